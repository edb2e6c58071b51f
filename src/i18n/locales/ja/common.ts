/** Common texts (Japanese). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'セクション',
    departments: '部署',
    chats: 'チャット',
    openlines: 'オープンチャネル',
    crmFields: 'CRM フィールド'
  },
  user: {
    admin: '管理者',
    avatarAlt: '{name} の写真'
  },
  limits: {
    pacingTitle: 'ポータルの時間制限に合わせてリクエストを調整しています',
    pacing: 'ポータルでは、アプリごとに各メソッドの処理時間が 10 分あたりで制限されています。制限内に収めるため、次のリクエスト（{methods}）は {time} に送信されます。操作は必要ありません。アプリが自動的に処理を続けます。',
    refusedTitle: 'ポータルがこのアプリのメソッドを一時停止しました',
    refused: '{methods} に対するポータルの時間制限に達しました。アプリは {time} に自動的に再開します。データが失われることはありません。'
  },
  actions: {
    retry: '再試行'
  },
  missing: {
    structureTitle: '組織構造を利用できません',
    structure: 'このポータルでは、組織構造がアプリケーションに提供されていません（REST 3.0）。その他のセクションは利用できます。',
    collabs: 'このポータルにはコラボがないため、紐付けるコラボはありません。'
  },
  colorMode: {
    label: 'カラーモード：{mode}',
    system: 'システム',
    light: 'ライト',
    dark: 'ダーク'
  },
  freshness: {
    asOf: '{time} 時点',
    checking: '変更を確認しています…',
    changed: '前回以降の変更：{count} 件',
    clearMarks: 'マークを非表示',
    checkingRow: '変更を確認中',
    changedRow: '変更あり'
  },
  boot: {
    connecting: 'Bitrix24 に接続しています…',
    errorTitle: 'アプリを起動できませんでした',
    accessDenied: 'このアプリケーションへのアクセス権がありません。Bitrix24 の管理者にアクセス権の付与を依頼してください。'
  },
  errors: {
    network: 'ポータルに接続できませんでした。接続を確認して、もう一度お試しください。',
    generic: 'ポータルがエラーを返しました：{message}'
  },
  outside: {
    title: 'このアプリは Bitrix24 で開いてください',
    lead: 'Communications Hub は Bitrix24 ポータル内で動作します。ログイン中のユーザーとアクセス権をポータルのフレームから取得するため、単独のページでは動作しません。',
    portalTitle: 'Bitrix24 ポータルでの設定',
    portalSteps: {
      one: '開発者リソース → その他 → ローカルアプリケーション を開きます。',
      two: 'ハンドラーのパス（および初回インストールのパス）に、このページのアドレスを設定します：',
      three: 'スコープ humanresources、im、imopenlines、imconnector、crm、user、placement、socialnetwork を付与し、アプリケーションメニューからアプリを開きます。',
      grant: 'スコープ {scopes} を付与し、アプリケーションメニューからアプリを開きます。'
    },
    emulatorTitle: 'ポータルを使わない場合：エミュレーター',
    emulatorText: 'プロジェクトのフォルダーで次のコマンドを実行します。このアプリを組み込んだ Bitrix24 風のローカルポータルが起動し、開くべきアドレスが表示されます。'
  },
  install: {
    title: 'Communications Hub のインストール',
    lead: 'Communications Hub は、チャット、チャンネル、コラボを組織構造の部署やチームに紐付け、オープンチャネルのコネクターを設定します。',
    featuresTitle: 'アプリでできること',
    features: {
      departments: '組織構造と、各部署・チームのコミュニケーションを表示します。',
      chats: 'グループチャットを作成し、参加者を管理します。',
      openlines: 'オープンチャネルのコネクターを登録して設定します。',
      crm: 'CRM コミュニケーションのフィールドを表示します。',
      sidebar: 'グループチャットのサイドバーに、チャットが紐付けられている部署とチームを表示する項目を追加します。'
    },
    scopesTitle: '使用するアクセス権',
    scopes: {
      humanresources: '組織構造',
      im: 'チャットとメッセンジャー',
      imopenlines: 'オープンチャネル',
      imconnector: 'オープンチャネルのコネクター',
      crm: 'CRM',
      user: 'ユーザー',
      placement: 'ポータルへの埋め込み',
      socialnetwork: 'ワークグループとコラボ'
    },
    finish: 'インストールを完了',
    finishFailed: 'インストールを完了できませんでした：{message}',
    pendingTitle: 'インストールが完了していません',
    pendingText: 'インストールを完了するには、Bitrix24 の管理者がこのアプリを一度開く必要があります。管理者に依頼してから、もう一度アプリを開いてください。'
  }
}
