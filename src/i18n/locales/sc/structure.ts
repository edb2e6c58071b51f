/** The Structure section's texts (Simplified Chinese): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: '结构',
    tabs: '结构视图',
    matrix: '覆盖情况'
  },
  types: {
    CHAT: '聊天',
    CHANNEL: '频道',
    COLLAB: '协作'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: '聊天',
    CHANNEL: '频道',
    COLLAB: '协作'
  },
  status: {
    nodes: '正在加载结构：已加载 {count} 个节点…',
    nodesOf: '正在加载结构：已加载 {count}/{total} 个节点…',
    communications: '已加载 {loaded}/{total} 个节点',
    loaded: '{total} 个节点 | {total} 个节点',
    error: '无法加载覆盖情况：{message}',
    cancel: '停止加载',
    reload: '重新加载'
  },
  filters: {
    label: '筛选',
    text: '按名称筛选',
    noChat: '无聊天',
    noChannel: '无频道',
    noCollab: '无协作',
    branch: '分支：{name}',
    clearBranch: '显示整个结构',
    reset: '清除筛选',
    shown: '显示 {shown}/{total}'
  },
  matrix: {
    label: '公司结构覆盖情况',
    name: '部门或团队',
    chats: '聊天',
    channels: '频道',
    collabs: '协作',
    actions: '操作',
    selectColumn: '选择',
    select: '选择 {name}',
    inherited: '+{count} 个继承',
    hidden: '{count} 个隐藏',
    cellLabel: '直接 {direct} 个，继承 {inherited} 个，隐藏 {hidden} 个',
    unknown: '未加载',
    team: '团队',
    department: '部门',
    showBranch: '仅显示 {name} 的分支',
    selectBranch: '选择 {name} 及其下所有节点',
    empty: '没有符合筛选条件的部门或团队。',
    emptyStructure: '结构中还没有部门。'
  },
  selection: {
    count: '已选择：{count} | 已选择：{count}',
    selectFiltered: '全选显示的项',
    clear: '清除选择',
    bind: '绑定…',
    unbind: '解绑…',
    createDefault: '创建默认…',
    noEditRight: '只有管理员可以批量更改沟通渠道。'
  },
  csv: {
    export: '导出 CSV',
    fileName: '覆盖情况'
  },
  action: {
    titleBind: '绑定到 {count} 个选中的节点 | 绑定到 {count} 个选中的节点',
    titleUnbind: '从 {count} 个选中的节点解绑 | 从 {count} 个选中的节点解绑',
    titleCreate: '为 {count} 个选中的节点创建默认项 | 为 {count} 个选中的节点创建默认项',
    type: '类型',
    source: '选择来源',
    sources: {
      chats: '最近的聊天',
      channels: '频道',
      collabs: '协作',
      search: '搜索聊天'
    },
    searchLabel: '聊天名称',
    searchHint: '至少 {min} 个字符',
    byId: '或输入 ID',
    idLabel: '聊天、频道或协作的 ID',
    idInvalid: '请输入正整数。',
    pickRequired: '请先选择聊天、频道或协作。',
    loading: '正在加载…',
    empty: '这里没有可选的内容。',
    loadError: '无法加载列表：{message}',
    bound: '当前已绑定到选中节点',
    createHint: '每个没有{type}的选中节点都会获得一个以其命名的新私密{type}。已有的节点保持不变。',
    plan: '查看计划',
    cancel: '取消'
  },
  plan: {
    title: '计划：{action}',
    actionBind: '绑定{type}“{title}”',
    actionUnbind: '解绑{type}“{title}”',
    actionCreate: '创建默认{type}',
    summary: '将通过 {requests} 个请求发送 {count} 项更改。 | 将通过 {requests} 个请求发送 {count} 项更改。',
    nothing: '无需更改：所有选中的节点都已符合要求。',
    changes: '更改',
    skipped: '保持不变（{count}）',
    reasons: {
      'already-bound': '已绑定',
      'not-bound': '未绑定',
      'has-some': '已有一个',
      'not-loaded': '其沟通渠道未加载'
    },
    change: {
      bind: '绑定',
      unbind: '解绑',
      createDefault: '创建默认项'
    },
    send: '发送 {count} 项更改 | 发送 {count} 项更改',
    discard: '放弃计划',
    confirmUnbindTitle: '从 {count} 个节点解绑？ | 从 {count} 个节点解绑？',
    confirmUnbindText: '成员仍保留在聊天中，但聊天将不再属于这些部门和团队。可以在变更日志中撤销。',
    confirmUnbind: '解绑'
  },
  run: {
    title: '批量更改',
    progress: '已完成 {settled}/{total}',
    progressLabel: '批量更改进度',
    cancel: '取消',
    cancelling: '将在当前请求完成后停止…',
    interrupted: '批量更改在完成前停止：已完成 {done}/{total}。继续时不会重复发送任何内容。',
    resume: '继续',
    finished: '完成：{done} 项成功，{failed} 项失败。',
    succeeded: '成功（{count}）',
    failed: '失败（{count}）',
    unknown: '未确认（{count}）：无法向门户查询其当前状态。请继续以再次检查。',
    retry: '重试失败项',
    close: '关闭报告',
    error: '批量更改已停止：{message}',
    freshError: '无法从门户刷新页面：{message}',
    journalError: '更改已完成，但无法保存变更日志：{message}',
    status: {
      pending: '等待中',
      running: '发送中',
      done: '已完成',
      failed: '失败',
      unknown: '未确认'
    }
  }
}
