/** The Structure section's texts (Japanese): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: '組織構造',
    tabs: '組織構造の表示',
    matrix: 'カバレッジ'
  },
  types: {
    CHAT: 'チャット',
    CHANNEL: 'チャンネル',
    COLLAB: 'コラボ'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'チャット',
    CHANNEL: 'チャンネル',
    COLLAB: 'コラボ'
  },
  status: {
    nodes: '組織構造を読み込んでいます：これまでに {count} ノード…',
    nodesOf: '組織構造を読み込んでいます：{total} ノード中 {count} ノード…',
    communications: '{total} ノード中 {loaded} ノードを読み込みました',
    loaded: '{total} ノード | {total} ノード',
    error: 'カバレッジを読み込めませんでした：{message}',
    cancel: '読み込みを中止',
    reload: '再読み込み'
  },
  filters: {
    label: 'フィルター',
    text: '名前で絞り込み',
    noChat: 'チャットなし',
    noChannel: 'チャンネルなし',
    noCollab: 'コラボなし',
    branch: '配下のみ：{name}',
    clearBranch: '組織構造全体を表示',
    reset: 'フィルターをクリア',
    shown: '{total} 件中 {shown} 件を表示'
  },
  matrix: {
    label: '組織構造のカバレッジ',
    name: '部署またはチーム',
    chats: 'チャット',
    channels: 'チャンネル',
    collabs: 'コラボ',
    actions: '操作',
    selectColumn: '選択',
    select: '{name} を選択',
    inherited: '+{count} 件継承',
    hidden: '{count} 件非表示',
    cellLabel: '直接 {direct} 件、継承 {inherited} 件、非表示 {hidden} 件',
    unknown: '未読み込み',
    team: 'チーム',
    department: '部署',
    showBranch: '{name} とその配下のみ表示',
    selectBranch: '{name} とその配下をすべて選択',
    empty: 'フィルターに一致する部署またはチームはありません。',
    emptyStructure: '組織構造にはまだ部署がありません。'
  },
  selection: {
    count: '選択済み：{count} | 選択済み：{count}',
    selectFiltered: '表示中のものをすべて選択',
    clear: '選択を解除',
    bind: '紐付け…',
    unbind: '紐付けを解除…',
    createDefault: 'デフォルトを作成…',
    noEditRight: 'コミュニケーションを一括変更できるのは管理者のみです。'
  },
  csv: {
    export: 'CSV をエクスポート',
    fileName: 'カバレッジ'
  },
  action: {
    titleBind: '選択した {count} ノードに紐付け | 選択した {count} ノードに紐付け',
    titleUnbind: '選択した {count} ノードから紐付けを解除 | 選択した {count} ノードから紐付けを解除',
    titleCreate: '選択した {count} ノードにデフォルトを作成 | 選択した {count} ノードにデフォルトを作成',
    type: '種類',
    source: '選択元',
    sources: {
      chats: '最近のチャット',
      channels: 'チャンネル',
      collabs: 'コラボ',
      search: 'チャットを検索'
    },
    searchLabel: 'チャット名',
    searchHint: '{min} 文字以上',
    byId: 'または ID を入力',
    idLabel: 'チャット、チャンネルまたはコラボの ID',
    idInvalid: '正の整数を入力してください。',
    pickRequired: '先にチャット、チャンネルまたはコラボを選択してください。',
    loading: '読み込んでいます…',
    empty: '選択できる項目はありません。',
    loadError: '一覧を読み込めませんでした：{message}',
    bound: '選択したノードに現在紐付けられているもの',
    createHint: '{type} がない選択ノードごとに、ノード名を付けた新しいプライベートの {type} が作成されます。既にあるノードはそのままです。',
    plan: '計画を確認',
    cancel: 'キャンセル'
  },
  plan: {
    title: '計画：{action}',
    actionBind: '{type}「{title}」を紐付け',
    actionUnbind: '{type}「{title}」の紐付けを解除',
    actionCreate: 'デフォルトの {type} を作成',
    summary: '{count} 件の変更を {requests} 件のリクエストで送信します。 | {count} 件の変更を {requests} 件のリクエストで送信します。',
    nothing: '変更はありません。選択したノードはすべて既に指定どおりの状態です。',
    changes: '変更',
    skipped: 'そのまま（{count}）',
    reasons: {
      'already-bound': '既に紐付け済み',
      'not-bound': '紐付けられていない',
      'has-some': '既にある',
      'not-loaded': 'コミュニケーションが読み込まれていない'
    },
    change: {
      bind: '紐付け',
      unbind: '紐付け解除',
      createDefault: 'デフォルトを作成'
    },
    send: '{count} 件の変更を送信 | {count} 件の変更を送信',
    discard: '計画を破棄',
    confirmUnbindTitle: '{count} ノードから紐付けを解除しますか？ | {count} ノードから紐付けを解除しますか？',
    confirmUnbindText: '参加者はチャットに残りますが、チャットはこれらの部署やチームに属さなくなります。変更履歴から元に戻せます。',
    confirmUnbind: '紐付けを解除'
  },
  run: {
    title: '一括変更',
    progress: '{total} 件中 {settled} 件完了',
    progressLabel: '一括変更の進捗状況',
    cancel: 'キャンセル',
    cancelling: '現在のリクエストの後に停止します…',
    interrupted: '一括変更が途中で停止しました：{total} 件中 {done} 件完了。再開しても、同じ変更が二重に送信されることはありません。',
    resume: '再開',
    finished: '完了：成功 {done} 件、失敗 {failed} 件。',
    succeeded: '成功（{count}）',
    failed: '失敗（{count}）',
    unknown: '未確認（{count}）：ポータルの状態を問い合わせることができませんでした。再開して、もう一度確認してください。',
    retry: '失敗したものを再試行',
    close: 'レポートを閉じる',
    error: '一括変更が停止しました：{message}',
    freshError: 'ポータルから画面を更新できませんでした：{message}',
    journalError: '変更は完了しましたが、変更履歴を保存できませんでした：{message}',
    status: {
      pending: '待機中',
      running: '送信中',
      done: '完了',
      failed: '失敗',
      unknown: '未確認'
    }
  }
}
