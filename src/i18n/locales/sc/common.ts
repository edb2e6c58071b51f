/** Common texts (Simplified Chinese). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: '版块',
    departments: '部门',
    chats: '聊天',
    openlines: '开放渠道',
    crmFields: 'CRM 字段'
  },
  user: {
    admin: '管理员',
    avatarAlt: '{name} 的照片'
  },
  limits: {
    pacingTitle: '正在按门户的时间限制调整请求节奏',
    pacing: '门户限制每个应用在十分钟内对每个方法使用的处理时间。为了不超出限制，接下来的请求（{methods}）将于 {time} 发出。您无需进行任何操作：应用会自动继续。',
    refusedTitle: '门户已暂停此应用的某个方法',
    refused: '{methods} 已达到门户的时间限制。应用将于 {time} 自动恢复，不会丢失任何内容。'
  },
  actions: {
    retry: '重试'
  },
  missing: {
    structureTitle: '公司结构不可用',
    structure: '此门户未向应用提供其公司结构（REST 3.0）。其他版块可正常使用。',
    collabs: '此门户没有协作，因此没有可绑定的协作。'
  },
  colorMode: {
    label: '颜色模式：{mode}',
    system: '系统',
    light: '浅色',
    dark: '深色'
  },
  freshness: {
    asOf: '截至 {time}',
    checking: '正在检查更改…',
    changed: '此后已更改：{count}',
    clearMarks: '隐藏标记',
    checkingRow: '正在检查更改',
    changedRow: '已更改'
  },
  boot: {
    connecting: '正在连接 Bitrix24…',
    errorTitle: '应用无法启动',
    accessDenied: '您无权访问此应用。请联系您的 Bitrix24 管理员为您授予访问权限。'
  },
  errors: {
    network: '无法连接到门户。请检查网络连接后重试。',
    generic: '门户返回了错误：{message}'
  },
  outside: {
    title: '请在 Bitrix24 中打开此应用',
    lead: 'Communications Hub 在 Bitrix24 门户内运行：它从门户框架中获取当前登录的用户和访问权限，因此无法在独立页面中工作。',
    portalTitle: '在您的 Bitrix24 门户中',
    portalSteps: {
      one: '前往“开发者资源”→“其他”→“本地应用”。',
      two: '将处理程序路径（以及初始安装路径）设置为此页面的地址：',
      three: '为其授予权限范围 humanresources、im、imopenlines、imconnector、crm、user、placement、socialnetwork，然后从“应用”菜单打开应用。',
      grant: '为其授予权限范围 {scopes}，然后从“应用”菜单打开应用。'
    },
    emulatorTitle: '没有门户时：使用模拟器',
    emulatorText: '在项目文件夹中运行以下命令。它会启动一个内含此应用的本地 Bitrix24 模拟门户，并显示要打开的地址。'
  },
  install: {
    title: '安装 Communications Hub',
    lead: 'Communications Hub 将聊天、频道和协作绑定到公司结构中的部门和团队，并配置开放渠道连接器。',
    featuresTitle: '应用的功能',
    features: {
      departments: '显示公司结构以及每个部门和团队的沟通渠道。',
      chats: '创建群聊并管理参与者。',
      openlines: '注册并配置开放渠道连接器。',
      crm: '显示 CRM 沟通的字段。',
      sidebar: '在群聊的侧边栏中添加一个项目：显示聊天所绑定的部门和团队。'
    },
    scopesTitle: '使用的访问权限',
    scopes: {
      humanresources: '公司结构',
      im: '聊天和即时通讯',
      imopenlines: '开放渠道',
      imconnector: '开放渠道连接器',
      crm: 'CRM',
      user: '用户',
      placement: '嵌入门户',
      socialnetwork: '工作组和协作'
    },
    finish: '完成安装',
    finishFailed: '无法完成安装：{message}',
    pendingTitle: '安装尚未完成',
    pendingText: '需要 Bitrix24 管理员打开此应用一次才能完成安装。请联系您的管理员，然后再次打开应用。'
  }
}
