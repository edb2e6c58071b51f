/** Departments texts (Japanese). */
export default {
  title: '部署',
  description: '組織構造と、各部署・チームに紐付けられたチャット、チャンネル、コラボ。',
  tree: {
    label: '組織構造',
    filterLabel: '部署またはチームを検索',
    filterPlaceholder: '部署名またはチーム名',
    loading: '組織構造を読み込んでいます…',
    loadingCount: '組織構造を読み込んでいます…（{count} 件読み込み済み）',
    loadingCountOf: '組織構造を読み込んでいます…（{total} 件中 {count} 件）',
    errorTitle: '組織構造を読み込めませんでした',
    emptyTitle: '部署がありません',
    emptyDescription: 'ポータルにはまだ部署もチームもありません。',
    noMatches: '「{term}」に一致するものはありません。',
    matches: '検索結果：{count} 件',
    searching: 'ポータルを検索しています…',
    members: 'メンバーなし | {count} 人',
    expand: '{name} を展開',
    collapse: '{name} を折りたたむ',
    keyboardHint: '矢印キーで移動、→ で展開、← で折りたたみ、Enter で選択します。',
    chats: 'チャットなし | チャット {n} 件',
    channels: 'チャンネルなし | チャンネル {n} 件',
    collabs: 'コラボなし | コラボ {n} 件'
  },
  types: {
    DEPARTMENT: '部署',
    TEAM: 'チーム'
  },
  mine: {
    title: '自分の部署',
    none: 'あなたはどの部署にもチームにも所属していません。'
  },
  panel: {
    placeholderTitle: '部署またはチームを選択してください',
    placeholderDescription: '選択した部署・チームのチャット、チャンネル、コラボがここに表示されます。',
    loading: 'コミュニケーションを読み込んでいます…',
    errorTitle: 'コミュニケーションを読み込めませんでした',
    readOnly: 'これらのコミュニケーションを閲覧できますが、変更はできません。変更するには組織構造の編集権限が必要です。',
    groups: {
      chats: 'チャット',
      channels: 'チャンネル',
      collabs: 'コラボ'
    },
    emptyGroup: 'まだありません',
    hidden: 'ほかに表示権限のないものが {count} 件あります',
    inherited: '{name} から継承',
    inheritedUnknown: '上位ノードから継承',
    extranet: 'エクストラネット',
    noAccess: 'あなたはメンバーではありません',
    open: '{title} をメッセンジャーで開く',
    openShort: '開く',
    unbind: '{title} の紐付けを解除',
    bind: '紐付け',
    createDefault: 'デフォルトを作成',
    reload: '再読み込み'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: '部署のコミュニケーションを変更する権限がありません',
      TEAM: 'チームのコミュニケーションを変更する権限がありません'
    },
    refused: {
      DEPARTMENT: 'ポータルが変更を拒否しました。チャット、チャンネル、コラボを部署に紐付けるには「部署の編集」権限が必要です。この権限は管理者が組織構造のアクセス権で付与します。部署の責任者であっても、この権限は付与されません。',
      TEAM: 'ポータルが変更を拒否しました。チャット、チャンネル、コラボをチームに紐付けるには「チームの編集」権限が必要です。この権限は管理者が組織構造のアクセス権で付与します。チームの責任者であっても、この権限は付与されません。'
    },
    checkAgain: '再確認'
  },
  bind: {
    title: '{name} に紐付け',
    description: 'チャット、チャンネル、コラボを選択してください。既に紐付けられているものには印が付いています。',
    tabs: {
      chats: 'チャット',
      channels: 'チャンネル',
      collabs: 'コラボ',
      search: '検索'
    },
    searchLabel: 'チャットを検索',
    searchPlaceholder: '2 文字以上',
    searchShort: '2 文字以上入力してください。',
    loading: '読み込んでいます…',
    empty: '選択できる項目はありません。',
    alreadyBound: '紐付け済み',
    selected: '選択済み：{count}',
    nothingSelected: 'チャット、チャンネルまたはコラボを 1 つ以上選択してください。',
    submit: '紐付け',
    cancel: 'キャンセル',
    loadError: '一覧を読み込めませんでした：{message}',
    picker: '紐付けるチャット、チャンネル、コラボ'
  },
  defaults: {
    title: '{name} のデフォルトのコミュニケーションを作成',
    description: 'ポータルが、ノード名を付けたプライベートのチャットまたはチャンネル、あるいはコラボを作成します。オーナーはノードの責任者、参加者はノードのメンバーです。',
    typeLabel: '作成するもの',
    submit: '作成',
    types: {
      CHAT: 'チャット',
      CHANNEL: 'チャンネル',
      COLLAB: 'コラボ'
    }
  },
  children: {
    label: '下位の部署とチームにも適用',
    preview: 'この変更は {count} ノードに適用されます：',
    more: 'ほか {count} 件'
  },
  unbind: {
    title: '{title} の紐付けを解除しますか？',
    description: '{name} への紐付けが解除されます。チャット自体とその参加者はそのまま残ります。',
    confirm: '紐付けを解除',
    cancel: 'キャンセル'
  },
  result: {
    bound: '{name} に紐付けました。',
    unbound: '{name} から紐付けを解除しました。',
    created: '{name} に作成しました。',
    failedTitle: '変更は行われませんでした',
    partial: 'エラーの前に一部の変更は行われました。一覧には現在のポータルの状態が表示されています。',
    notSent: '未送信：{types}。'
  },
  errors: {
    accessDenied: 'ポータルが拒否しました：この部署またはチームを編集する権限がありません。',
    viewDenied: '組織構造は社内の従業員にのみ公開されているため、表示できません。必要な場合は Bitrix24 の管理者にお問い合わせください。',
    notFound: 'この部署またはチームはポータルに存在しなくなりました。組織構造を再読み込みしてください。',
    validation: 'ポータルが変更を受け付けませんでした：{message}'
  }
}
