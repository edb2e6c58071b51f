/** Common texts (Traditional Chinese). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: '區段',
    departments: '部門',
    chats: '聊天',
    openlines: '開放頻道',
    crmFields: 'CRM 欄位'
  },
  user: {
    admin: '管理員',
    avatarAlt: '{name} 的相片'
  },
  limits: {
    pacingTitle: '正在依入口網站的時間限制調整請求速度',
    pacing: '入口網站限制每個應用程式在十分鐘內對每個方法可使用的處理時間。為了不超出限制，接下來的請求（{methods}）將於 {time} 送出。您不需要進行任何操作：應用程式會自動繼續。',
    refusedTitle: '入口網站已暫停此應用程式的某個方法',
    refused: '{methods} 已達到入口網站的時間限制。應用程式將於 {time} 自動恢復，不會遺失任何資料。'
  },
  actions: {
    retry: '重試'
  },
  missing: {
    structureTitle: '無法使用公司結構',
    structure: '此入口網站未向應用程式提供其公司結構（REST 3.0）。其他區段可正常使用。',
    collabs: '此入口網站沒有協作，因此沒有可綁定的協作。'
  },
  colorMode: {
    label: '色彩模式：{mode}',
    system: '系統',
    light: '淺色',
    dark: '深色'
  },
  freshness: {
    asOf: '截至 {time}',
    checking: '正在檢查變更…',
    changed: '此後已變更：{count}',
    clearMarks: '隱藏標記',
    checkingRow: '正在檢查變更',
    changedRow: '已變更'
  },
  boot: {
    connecting: '正在連線到 Bitrix24…',
    errorTitle: '應用程式無法啟動',
    accessDenied: '您沒有此應用程式的存取權限。請聯絡您的 Bitrix24 管理員為您授予權限。'
  },
  errors: {
    network: '無法連線到入口網站。請檢查網路連線後再試一次。',
    generic: '入口網站回傳錯誤：{message}'
  },
  outside: {
    title: '請在 Bitrix24 中開啟此應用程式',
    lead: 'Communications Hub 在 Bitrix24 入口網站內執行：它從入口網站的框架取得目前登入的使用者及存取權限，因此無法在獨立頁面中運作。',
    portalTitle: '在您的 Bitrix24 入口網站中',
    portalSteps: {
      one: '前往「開發者資源」→「其他」→「本機應用程式」。',
      two: '將處理常式路徑（以及初始安裝路徑）設為此頁面的網址：',
      three: '授予權限範圍 humanresources、im、imopenlines、imconnector、crm、user、placement、socialnetwork，然後從「應用程式」選單開啟應用程式。',
      grant: '授予權限範圍 {scopes}，然後從「應用程式」選單開啟應用程式。'
    },
    emulatorTitle: '沒有入口網站時：使用模擬器',
    emulatorText: '在專案資料夾中執行下列指令。它會啟動一個內含此應用程式的本機模擬 Bitrix24 入口網站，並顯示要開啟的網址。'
  },
  install: {
    title: '安裝 Communications Hub',
    lead: 'Communications Hub 可將聊天、頻道和協作綁定到公司結構中的部門與團隊，並設定開放頻道連接器。',
    featuresTitle: '應用程式的功能',
    features: {
      departments: '顯示公司結構，以及每個部門和團隊的溝通管道。',
      chats: '建立群組聊天並管理參與者。',
      openlines: '註冊並設定開放頻道連接器。',
      crm: '顯示 CRM 溝通的欄位。',
      sidebar: '在群組聊天的側邊欄中新增一個項目：顯示聊天所綁定的部門與團隊。'
    },
    scopesTitle: '使用的存取權限',
    scopes: {
      humanresources: '公司結構',
      im: '聊天與即時通訊',
      imopenlines: '開放頻道',
      imconnector: '開放頻道連接器',
      crm: 'CRM',
      user: '使用者',
      placement: '嵌入入口網站',
      socialnetwork: '工作群組與協作'
    },
    finish: '完成安裝',
    finishFailed: '無法完成安裝：{message}',
    pendingTitle: '安裝尚未完成',
    pendingText: '必須由 Bitrix24 管理員開啟此應用程式一次，才能完成安裝。請聯絡您的管理員，然後再次開啟應用程式。'
  }
}
