/** The Structure section's texts (Traditional Chinese): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: '結構',
    tabs: '結構檢視',
    matrix: '涵蓋情況'
  },
  types: {
    CHAT: '聊天',
    CHANNEL: '頻道',
    COLLAB: '協作'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: '聊天',
    CHANNEL: '頻道',
    COLLAB: '協作'
  },
  status: {
    nodes: '正在載入結構：目前已載入 {count} 個節點…',
    nodesOf: '正在載入結構：已載入 {count}/{total} 個節點…',
    communications: '已載入 {loaded}/{total} 個節點',
    loaded: '{total} 個節點 | {total} 個節點',
    error: '無法載入涵蓋情況：{message}',
    cancel: '停止載入',
    reload: '重新載入'
  },
  filters: {
    label: '篩選',
    text: '依名稱篩選',
    noChat: '無聊天',
    noChannel: '無頻道',
    noCollab: '無協作',
    branch: '分支：{name}',
    clearBranch: '顯示整個結構',
    reset: '清除篩選',
    shown: '顯示 {shown}/{total}'
  },
  matrix: {
    label: '公司結構涵蓋情況',
    name: '部門或團隊',
    chats: '聊天',
    channels: '頻道',
    collabs: '協作',
    actions: '操作',
    selectColumn: '選取',
    select: '選取 {name}',
    inherited: '+{count} 個繼承',
    hidden: '{count} 個隱藏',
    cellLabel: '直接 {direct} 個，繼承 {inherited} 個，隱藏 {hidden} 個',
    unknown: '未載入',
    team: '團隊',
    department: '部門',
    showBranch: '僅顯示 {name} 的分支',
    selectBranch: '選取 {name} 及其下所有項目',
    empty: '沒有符合篩選條件的部門或團隊。',
    emptyStructure: '結構中還沒有部門。'
  },
  selection: {
    count: '已選取：{count} | 已選取：{count}',
    selectFiltered: '全選顯示的項目',
    clear: '清除選取',
    bind: '綁定…',
    unbind: '解除綁定…',
    createDefault: '建立預設…',
    noEditRight: '只有管理員可以批次變更溝通管道。'
  },
  csv: {
    export: '匯出 CSV',
    fileName: '涵蓋情況'
  },
  action: {
    titleBind: '綁定到 {count} 個選取的節點 | 綁定到 {count} 個選取的節點',
    titleUnbind: '從 {count} 個選取的節點解除綁定 | 從 {count} 個選取的節點解除綁定',
    titleCreate: '為 {count} 個選取的節點建立預設項目 | 為 {count} 個選取的節點建立預設項目',
    type: '類型',
    source: '選擇來源',
    sources: {
      chats: '最近的聊天',
      channels: '頻道',
      collabs: '協作',
      search: '搜尋聊天'
    },
    searchLabel: '聊天名稱',
    searchHint: '至少 {min} 個字元',
    byId: '或輸入 ID',
    idLabel: '聊天、頻道或協作的 ID',
    idInvalid: '請輸入正整數。',
    pickRequired: '請先選擇聊天、頻道或協作。',
    loading: '正在載入…',
    empty: '這裡沒有可選擇的項目。',
    loadError: '無法載入清單：{message}',
    bound: '目前已綁定到選取的節點',
    createHint: '每個沒有{type}的選取節點，都會取得一個以其命名的新私人{type}。已有的節點保持不變。',
    plan: '檢視計畫',
    cancel: '取消'
  },
  plan: {
    title: '計畫：{action}',
    actionBind: '綁定{type}「{title}」',
    actionUnbind: '解除綁定{type}「{title}」',
    actionCreate: '建立預設{type}',
    summary: '將以 {requests} 個請求送出 {count} 項變更。 | 將以 {requests} 個請求送出 {count} 項變更。',
    nothing: '沒有需要變更的項目：所有選取的節點都已符合要求。',
    changes: '變更',
    skipped: '保持不變（{count}）',
    reasons: {
      'already-bound': '已綁定',
      'not-bound': '未綁定',
      'has-some': '已有一個',
      'not-loaded': '其溝通管道尚未載入'
    },
    change: {
      bind: '綁定',
      unbind: '解除綁定',
      createDefault: '建立預設項目'
    },
    send: '送出 {count} 項變更 | 送出 {count} 項變更',
    discard: '捨棄計畫',
    confirmUnbindTitle: '要從 {count} 個節點解除綁定嗎？ | 要從 {count} 個節點解除綁定嗎？',
    confirmUnbindText: '成員仍會保留在聊天中，但聊天將不再屬於這些部門和團隊。可以在變更記錄中復原。',
    confirmUnbind: '解除綁定'
  },
  run: {
    title: '批次變更',
    progress: '已完成 {settled}/{total}',
    progressLabel: '批次變更進度',
    cancel: '取消',
    cancelling: '將在目前的請求完成後停止…',
    interrupted: '批次變更在完成前停止：已完成 {done}/{total}。繼續時不會重複送出任何內容。',
    resume: '繼續',
    finished: '完成：{done} 項成功，{failed} 項失敗。',
    succeeded: '成功（{count}）',
    failed: '失敗（{count}）',
    unknown: '未確認（{count}）：無法向入口網站查詢目前的狀態。請繼續以再次確認。',
    retry: '重試失敗項目',
    close: '關閉報告',
    error: '批次變更已停止：{message}',
    freshError: '無法從入口網站重新整理畫面：{message}',
    journalError: '變更已完成，但無法儲存變更記錄：{message}',
    status: {
      pending: '等待中',
      running: '傳送中',
      done: '已完成',
      failed: '失敗',
      unknown: '未確認'
    }
  }
}
