/** Departments texts (Traditional Chinese). */
export default {
  title: '部門',
  description: '公司結構，以及綁定到每個部門和團隊的聊天、頻道和協作。',
  tree: {
    label: '公司結構',
    filterLabel: '尋找部門或團隊',
    filterPlaceholder: '部門或團隊名稱',
    loading: '正在載入公司結構…',
    loadingCount: '正在載入公司結構…已載入 {count} 個',
    loadingCountOf: '正在載入公司結構…已載入 {count}/{total} 個',
    errorTitle: '無法載入公司結構',
    emptyTitle: '沒有部門',
    emptyDescription: '入口網站中還沒有部門或團隊。',
    noMatches: '沒有符合「{term}」的項目。',
    matches: '找到：{count}',
    searching: '正在入口網站中搜尋…',
    members: '沒有人 | {count} 人',
    expand: '展開 {name}',
    collapse: '收合 {name}',
    keyboardHint: '使用方向鍵移動，按 → 展開，按 ← 收合，按 Enter 選取。',
    chats: '沒有聊天 | {n} 個聊天',
    channels: '沒有頻道 | {n} 個頻道',
    collabs: '沒有協作 | {n} 個協作'
  },
  types: {
    DEPARTMENT: '部門',
    TEAM: '團隊'
  },
  mine: {
    title: '我的部門',
    none: '您不屬於任何部門或團隊。'
  },
  panel: {
    placeholderTitle: '選擇部門或團隊',
    placeholderDescription: '其聊天、頻道和協作會顯示在這裡。',
    loading: '正在載入溝通管道…',
    errorTitle: '無法載入溝通管道',
    readOnly: '您可以檢視這些溝通管道，但無法變更：編輯需要具備編輯結構的權限。',
    groups: {
      chats: '聊天',
      channels: '頻道',
      collabs: '協作'
    },
    emptyGroup: '尚無項目',
    hidden: '另有 {count} 個您無法查看',
    inherited: '繼承自 {name}',
    inheritedUnknown: '繼承自上層節點',
    extranet: '外部網路',
    noAccess: '您不是成員',
    open: '在即時通訊中開啟 {title}',
    openShort: '開啟',
    unbind: '解除綁定 {title}',
    bind: '綁定',
    createDefault: '建立預設項目',
    reload: '重新載入'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: '您無法變更部門的溝通管道',
      TEAM: '您無法變更團隊的溝通管道'
    },
    refused: {
      DEPARTMENT: '入口網站拒絕了您的變更：將聊天、頻道和協作綁定到部門需要「編輯部門」權限，此權限由管理員在公司結構的存取權限中授予。擔任部門主管並不會因此取得此權限。',
      TEAM: '入口網站拒絕了您的變更：將聊天、頻道和協作綁定到團隊需要「編輯團隊」權限，此權限由管理員在公司結構的存取權限中授予。擔任團隊主管並不會因此取得此權限。'
    },
    checkAgain: '重新確認'
  },
  bind: {
    title: '綁定到 {name}',
    description: '選擇聊天、頻道和協作。已綁定的項目會加上標記。',
    tabs: {
      chats: '聊天',
      channels: '頻道',
      collabs: '協作',
      search: '搜尋'
    },
    searchLabel: '搜尋聊天',
    searchPlaceholder: '至少 2 個字元',
    searchShort: '請至少輸入 2 個字元。',
    loading: '正在載入…',
    empty: '這裡沒有可選擇的項目。',
    alreadyBound: '已綁定',
    selected: '已選取：{count}',
    nothingSelected: '請至少選擇一個聊天、頻道或協作。',
    submit: '綁定',
    cancel: '取消',
    loadError: '無法載入清單：{message}',
    picker: '要綁定的聊天、頻道和協作'
  },
  defaults: {
    title: '為 {name} 建立預設溝通管道',
    description: '入口網站會建立一個以該節點命名的私人聊天或頻道，或一個協作，擁有者為節點主管，成員為節點成員。',
    typeLabel: '要建立的項目',
    submit: '建立',
    types: {
      CHAT: '聊天',
      CHANNEL: '頻道',
      COLLAB: '協作'
    }
  },
  children: {
    label: '一併套用到下層部門和團隊',
    preview: '此變更會影響 {count} 個節點：',
    more: '以及另外 {count} 個'
  },
  unbind: {
    title: '要解除綁定 {title} 嗎？',
    description: '它將不再綁定到 {name}。聊天本身及其成員維持不變。',
    confirm: '解除綁定',
    cancel: '取消'
  },
  result: {
    bound: '已綁定到 {name}。',
    unbound: '已從 {name} 解除綁定。',
    created: '已為 {name} 建立。',
    failedTitle: '變更未完成',
    partial: '發生錯誤前已完成部分變更；清單顯示的是入口網站目前的狀態。',
    notSent: '未送出：{types}。'
  },
  errors: {
    accessDenied: '入口網站拒絕了操作：您無權編輯此部門或團隊。',
    viewDenied: '入口網站未向您顯示公司結構：它僅開放給公司員工。如有需要，請聯絡您的 Bitrix24 管理員。',
    notFound: '此部門或團隊已不存在於入口網站中。請重新載入結構。',
    validation: '入口網站不接受此變更：{message}'
  }
}
