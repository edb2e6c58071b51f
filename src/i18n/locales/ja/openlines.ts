/** Openlines texts (Japanese). */
export default {
  title: 'オープンチャネル',
  description: 'オープンチャネルとコネクターの組み合わせごとにポータルが報告するステータスと、このアプリのコネクターの設定。',
  refresh: 'ポータルから再読み込み',
  loading: 'オープンチャネルとコネクターを読み込んでいます…',
  loadErrorTitle: 'オープンチャネルを読み込めませんでした',
  emptyTitle: 'オープンチャネルがありません',
  emptyDescription: 'ポータルにはまだオープンチャネルがありません。コンタクトセンターで作成してから、もう一度開いてください。',
  adminOnly: 'オープンチャネルのコネクターを設定できるのは Bitrix24 の管理者のみです。ここではステータスを確認できます。',
  connectorsDenied: 'コネクターの一覧を表示する権限がありません（{reason}）。このアプリのコネクターのみ表示しています。',
  line: {
    off: 'オープンチャネルは無効です',
    number: 'オープンチャネル {id}'
  },
  connector: {
    title: 'このアプリのコネクター',
    id: 'コネクター ID：{id}',
    registered: '登録済み',
    notRegistered: '未登録',
    unknown: '登録状況不明',
    registerHint: '登録すると、コネクターがコンタクトセンターに追加され、その設定からこのアプリが開きます。',
    register: 'コネクターを登録',
    update: '登録を更新',
    unregister: '登録を解除',
    registeredToast: 'コネクターを登録しました。',
    unregisteredToast: 'コネクターの登録を解除しました。',
    confirmUnregisterTitle: 'コネクターの登録を解除しますか？',
    confirmUnregisterText: 'コネクターはすべてのオープンチャネルから削除され、各オープンチャネルのチャンネル設定も削除されます。この操作は元に戻せません。',
    failed: 'コネクターを変更できませんでした'
  },
  filter: {
    label: '表示',
    all: 'すべての組み合わせ',
    attention: '要対応（{count}）',
    search: 'オープンチャネルとコネクターを検索',
    onlyMine: 'このアプリのコネクターのみ'
  },
  table: {
    label: 'オープンチャネルとコネクター',
    line: 'オープンチャネル',
    connector: 'コネクター',
    status: 'ステータス',
    actions: '操作',
    empty: 'フィルターに一致する組み合わせはありません。',
    emptyAttention: '対応が必要なものはありません。'
  },
  status: {
    active: '有効',
    inactive: '無効',
    connected: '接続済み',
    notConnected: '未接続',
    error: 'エラー',
    working: '稼働中',
    notWorking: '停止中',
    registered: '登録済み',
    notRegistered: '未登録',
    unavailable: 'ステータスを取得できません',
    attention: '要対応'
  },
  actions: {
    activate: '有効化',
    deactivate: '無効化',
    settings: 'チャンネル設定',
    settingsFor: '{line} のチャンネル設定',
    activateFor: '{line} で有効化',
    deactivateFor: '{line} で無効化',
    cancel: 'キャンセル',
    confirm: '確認',
    allLines: 'すべてのオープンチャネル',
    close: '閉じる'
  },
  activation: {
    activated: 'コネクターは {line} で有効になりました。',
    deactivated: 'コネクターは {line} で無効になり、そこでの設定は削除されました。',
    confirmTitle: '{line} で無効化しますか？',
    confirmText: '無効化すると、ポータル上のこのオープンチャネルのチャンネル設定（ID、URL、担当者用 URL、名前）が削除されます。再接続するには、コネクターを有効化して設定を保存し直す必要があります。',
    failed: 'コネクターを切り替えられませんでした'
  },
  channel: {
    title: 'チャンネル設定',
    pair: '{line} の {connector}',
    replaceNotice: '保存すると、ポータル上の 4 つの設定がすべて置き換えられます。1 つだけを変更することはできません。フォームは、このアプリが前回保存した値をもとに、常にすべての設定を送信します。',
    noSaved: 'このアプリにはこのオープンチャネルの保存済み設定がまだないため、フォームには既定値が入っています。',
    connector: 'コネクター',
    line: 'オープンチャネル',
    id: 'チャンネル ID',
    idHint: '空欄の場合：{fallback}',
    url: 'チャンネル URL',
    urlHint: 'チャットまたはチャンネルへの完全なリンク（http:// または https://）',
    urlIm: '担当者用 URL',
    urlImHint: '空欄の場合：チャンネル URL',
    name: 'チャンネル名',
    save: '設定を保存',
    saved: 'チャンネル設定を保存しました。',
    notRemembered: 'ポータルは設定を受け付けましたが、アプリは次回のために設定を記憶できませんでした。',
    failed: '設定を保存できませんでした',
    errors: {
      urlRequired: 'チャンネル URL を入力してください。',
      urlInvalid: 'http:// または https:// で始まる完全なアドレスを入力してください。',
      urlImInvalid: 'http:// または https:// で始まる完全なアドレスを入力するか、チャンネル URL を使う場合は空欄のままにしてください。',
      urlHidden: 'アドレスに、リンク先を偽装できる不可視の方向制御文字が含まれています。これらの文字を含めずに入力し直してください。',
      nameRequired: 'チャンネル名を入力してください。'
    }
  },
  placement: {
    title: 'コネクターの設定',
    lineMissing: 'オープンチャネル {line} がポータルに見つかりませんでした。',
    fromPortal: 'このページを開いたときにコンタクトセンターから渡された情報'
  },
  errors: {
    wrongAuthType: 'コネクターの設定は、Bitrix24 内でポータルがこのアプリを開いた場合（アプリケーションコンテキスト）にのみ使用できます。Webhook では変更できません。',
    accessDenied: 'オープンチャネルのコネクターを編集する権限がありません。Bitrix24 の管理者にお問い合わせください。',
    scope: 'アプリにオープンチャネルへのアクセス権（スコープ imopenlines）がありません。管理者に、このスコープを付けてアプリを再インストールするよう依頼してください。',
    busy: 'ポータルが混み合っています。しばらく待ってから、もう一度お試しください。',
    network: 'ポータルに接続できませんでした。接続を確認して、もう一度お試しください。',
    generic: 'ポータルからの応答：{message}'
  }
}
