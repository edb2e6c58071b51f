/** Openlines texts (Traditional Chinese). */
export default {
  title: '開放頻道',
  description: '開放頻道與連接器的對照，顯示入口網站針對每一組回報的狀態，以及此應用程式自有連接器的設定。',
  refresh: '從入口網站重新載入',
  loading: '正在載入開放頻道和連接器…',
  loadErrorTitle: '無法載入開放頻道',
  emptyTitle: '沒有開放頻道',
  emptyDescription: '入口網站中還沒有開放頻道。請先在聯絡中心建立一個，然後再回來。',
  adminOnly: '只有 Bitrix24 管理員可以設定開放頻道連接器。您可以在這裡查看它們的狀態。',
  connectorsDenied: '您無法查看連接器清單（{reason}）；僅顯示此應用程式的連接器。',
  line: {
    off: '開放頻道已關閉',
    number: '開放頻道 {id}'
  },
  connector: {
    title: '此應用程式的連接器',
    id: '連接器 ID：{id}',
    registered: '已註冊',
    notRegistered: '未註冊',
    unknown: '註冊狀態不明',
    registerHint: '註冊後，連接器會加入聯絡中心；其設定會開啟此應用程式。',
    register: '註冊連接器',
    update: '更新註冊',
    unregister: '取消註冊',
    registeredToast: '連接器已註冊。',
    unregisteredToast: '連接器已取消註冊。',
    confirmUnregisterTitle: '要取消註冊連接器嗎？',
    confirmUnregisterText: '連接器將從所有開放頻道中移除，每個開放頻道的頻道設定也會被刪除。此操作無法復原。',
    failed: '無法變更連接器'
  },
  filter: {
    label: '顯示',
    all: '所有組合',
    attention: '需要處理（{count}）',
    search: '搜尋開放頻道和連接器',
    onlyMine: '僅此應用程式的連接器'
  },
  table: {
    label: '開放頻道和連接器',
    line: '開放頻道',
    connector: '連接器',
    status: '狀態',
    actions: '操作',
    empty: '沒有符合篩選條件的組合。',
    emptyAttention: '沒有需要處理的項目。'
  },
  status: {
    active: '已啟用',
    inactive: '未啟用',
    connected: '已連線',
    notConnected: '未連線',
    error: '錯誤',
    working: '運作中',
    notWorking: '未運作',
    registered: '已註冊',
    notRegistered: '未註冊',
    unavailable: '無法取得狀態',
    attention: '需要處理'
  },
  actions: {
    activate: '啟用',
    deactivate: '停用',
    settings: '頻道設定',
    settingsFor: '{line} 的頻道設定',
    activateFor: '在 {line} 上啟用',
    deactivateFor: '在 {line} 上停用',
    cancel: '取消',
    confirm: '確認',
    allLines: '所有開放頻道',
    close: '關閉'
  },
  activation: {
    activated: '連接器已在 {line} 上啟用。',
    deactivated: '連接器已在 {line} 上停用；其在該處的設定已刪除。',
    confirmTitle: '要在 {line} 上停用嗎？',
    confirmText: '停用會刪除入口網站上此開放頻道的頻道設定（ID、URL、客服人員 URL 和名稱）。若要重新連線，請啟用連接器並重新儲存設定。',
    failed: '無法切換連接器'
  },
  channel: {
    title: '頻道設定',
    pair: '{line} 上的 {connector}',
    replaceNotice: '儲存會取代入口網站上的全部四項設定：無法只變更其中一項。表單一律會送出所有設定，並以此應用程式上次儲存的值為起點。',
    noSaved: '此應用程式尚未儲存這個開放頻道的設定，因此表單會使用預設值。',
    connector: '連接器',
    line: '開放頻道',
    id: '頻道 ID',
    idHint: '留空時：{fallback}',
    url: '頻道 URL',
    urlHint: '聊天或頻道的完整連結，以 http:// 或 https:// 開頭',
    urlIm: '客服人員 URL',
    urlImHint: '留空時：使用頻道 URL',
    name: '頻道名稱',
    save: '儲存設定',
    saved: '頻道設定已儲存。',
    notRemembered: '入口網站已接受設定，但應用程式無法記住這些設定供下次使用。',
    failed: '無法儲存設定',
    errors: {
      urlRequired: '請輸入頻道 URL。',
      urlInvalid: '請輸入以 http:// 或 https:// 開頭的完整網址。',
      urlImInvalid: '請輸入以 http:// 或 https:// 開頭的完整網址，或留空以使用頻道 URL。',
      urlHidden: '此網址含有不可見的方向控制字元，可能掩蓋其實際連結位置。請重新輸入，不要包含這些字元。',
      nameRequired: '請輸入頻道名稱。'
    }
  },
  placement: {
    title: '連接器設定',
    lineMissing: '在入口網站上找不到開放頻道 {line}。',
    fromPortal: '聯絡中心開啟此頁面時回報的資訊'
  },
  errors: {
    wrongAuthType: '連接器設定只能在 Bitrix24 內、由入口網站開啟此應用程式時使用（應用程式情境），無法透過 Webhook 變更。',
    accessDenied: '您無權編輯開放頻道連接器。請聯絡您的 Bitrix24 管理員。',
    scope: '應用程式沒有開放頻道的存取權限（imopenlines 權限範圍）。請聯絡管理員以該權限範圍重新安裝應用程式。',
    busy: '入口網站忙碌中。請稍候再試。',
    network: '無法連線到入口網站。請檢查網路連線後再試一次。',
    generic: '入口網站回應：{message}'
  }
}
