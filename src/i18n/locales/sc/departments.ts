/** Departments texts (Simplified Chinese). */
export default {
  title: '部门',
  description: '公司结构，以及绑定到每个部门和团队的聊天、频道和协作。',
  tree: {
    label: '公司结构',
    filterLabel: '查找部门或团队',
    filterPlaceholder: '部门或团队名称',
    loading: '正在加载公司结构…',
    loadingCount: '正在加载公司结构…已加载 {count} 个',
    loadingCountOf: '正在加载公司结构…已加载 {count}/{total} 个',
    errorTitle: '无法加载公司结构',
    emptyTitle: '没有部门',
    emptyDescription: '门户中还没有部门或团队。',
    noMatches: '没有与“{term}”匹配的内容。',
    matches: '找到：{count}',
    searching: '正在门户中搜索…',
    members: '无人 | {count} 人',
    expand: '展开 {name}',
    collapse: '收起 {name}',
    keyboardHint: '使用方向键移动，按 → 展开，按 ← 收起，按 Enter 选择。',
    chats: '没有聊天 | {n} 个聊天',
    channels: '没有频道 | {n} 个频道',
    collabs: '没有协作 | {n} 个协作'
  },
  types: {
    DEPARTMENT: '部门',
    TEAM: '团队'
  },
  mine: {
    title: '我的部门',
    none: '您不属于任何部门或团队。'
  },
  panel: {
    placeholderTitle: '选择部门或团队',
    placeholderDescription: '其聊天、频道和协作将显示在这里。',
    loading: '正在加载沟通渠道…',
    errorTitle: '无法加载沟通渠道',
    readOnly: '您可以查看这些沟通渠道，但不能更改：编辑需要具有编辑结构的权限。',
    groups: {
      chats: '聊天',
      channels: '频道',
      collabs: '协作'
    },
    emptyGroup: '暂无',
    hidden: '另有 {count} 个您无法查看',
    inherited: '继承自 {name}',
    inheritedUnknown: '继承自上级节点',
    extranet: '外部网',
    noAccess: '您不是成员',
    open: '在即时通讯中打开 {title}',
    openShort: '打开',
    unbind: '解绑 {title}',
    bind: '绑定',
    createDefault: '创建默认项',
    reload: '重新加载'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: '您无法更改部门的沟通渠道',
      TEAM: '您无法更改团队的沟通渠道'
    },
    refused: {
      DEPARTMENT: '门户拒绝了您的更改：将聊天、频道和协作绑定到部门需要“编辑部门”权限，该权限由管理员在公司结构的访问权限中授予。担任部门负责人并不会自动获得此权限。',
      TEAM: '门户拒绝了您的更改：将聊天、频道和协作绑定到团队需要“编辑团队”权限，该权限由管理员在公司结构的访问权限中授予。担任团队负责人并不会自动获得此权限。'
    },
    checkAgain: '重新检查'
  },
  bind: {
    title: '绑定到 {name}',
    description: '选择聊天、频道和协作。已绑定的会有标记。',
    tabs: {
      chats: '聊天',
      channels: '频道',
      collabs: '协作',
      search: '搜索'
    },
    searchLabel: '搜索聊天',
    searchPlaceholder: '至少 2 个字符',
    searchShort: '请至少输入 2 个字符。',
    loading: '正在加载…',
    empty: '这里没有可选的内容。',
    alreadyBound: '已绑定',
    selected: '已选择：{count}',
    nothingSelected: '请至少选择一个聊天、频道或协作。',
    submit: '绑定',
    cancel: '取消',
    loadError: '无法加载列表：{message}',
    picker: '要绑定的聊天、频道和协作'
  },
  defaults: {
    title: '为 {name} 创建默认沟通渠道',
    description: '门户将创建一个以该节点命名的私密聊天或频道，或一个协作，所有者为节点负责人，成员为节点成员。',
    typeLabel: '创建内容',
    submit: '创建',
    types: {
      CHAT: '聊天',
      CHANNEL: '频道',
      COLLAB: '协作'
    }
  },
  children: {
    label: '同时应用于下级部门和团队',
    preview: '此更改将影响 {count} 个节点：',
    more: '以及另外 {count} 个'
  },
  unbind: {
    title: '解绑 {title}？',
    description: '它将不再绑定到 {name}。聊天本身及其成员保持不变。',
    confirm: '解绑',
    cancel: '取消'
  },
  result: {
    bound: '已绑定到 {name}。',
    unbound: '已从 {name} 解绑。',
    created: '已为 {name} 创建。',
    failedTitle: '更改未完成',
    partial: '出错前已完成部分更改；列表显示的是门户当前的状态。',
    notSent: '未发送：{types}。'
  },
  errors: {
    accessDenied: '门户拒绝了操作：您无权编辑此部门或团队。',
    viewDenied: '门户不向您显示公司结构：它仅对公司员工开放。如有需要，请联系您的 Bitrix24 管理员。',
    notFound: '该部门或团队在门户中已不存在。请重新加载结构。',
    validation: '门户不接受此更改：{message}'
  }
}
