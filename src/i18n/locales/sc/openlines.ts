/** Openlines texts (Simplified Chinese). */
export default {
  title: '开放渠道',
  description: '开放渠道与连接器的对照，显示门户为每一组报告的状态，以及本应用自有连接器的设置。',
  refresh: '从门户重新加载',
  loading: '正在加载开放渠道和连接器…',
  loadErrorTitle: '无法加载开放渠道',
  emptyTitle: '没有开放渠道',
  emptyDescription: '门户中还没有开放渠道。请先在联络中心创建一个，然后再回来。',
  adminOnly: '只有 Bitrix24 管理员可以设置开放渠道连接器。您可以在这里查看它们的状态。',
  connectorsDenied: '您无法查看连接器列表（{reason}）；仅显示本应用的连接器。',
  line: {
    off: '开放渠道已关闭',
    number: '开放渠道 {id}'
  },
  connector: {
    title: '本应用的连接器',
    id: '连接器 ID：{id}',
    registered: '已注册',
    notRegistered: '未注册',
    unknown: '注册状态未知',
    registerHint: '注册后，连接器会添加到联络中心；在其设置中会打开本应用。',
    register: '注册连接器',
    update: '更新注册',
    unregister: '取消注册',
    registeredToast: '连接器已注册。',
    unregisteredToast: '连接器已取消注册。',
    confirmUnregisterTitle: '取消注册连接器？',
    confirmUnregisterText: '连接器将从所有开放渠道中移除，每个渠道的频道设置也会被删除。此操作无法撤销。',
    failed: '无法更改连接器'
  },
  filter: {
    label: '显示',
    all: '全部组合',
    attention: '需要处理（{count}）',
    search: '搜索开放渠道和连接器',
    onlyMine: '仅本应用的连接器'
  },
  table: {
    label: '开放渠道和连接器',
    line: '开放渠道',
    connector: '连接器',
    status: '状态',
    actions: '操作',
    empty: '没有符合筛选条件的组合。',
    emptyAttention: '没有需要处理的内容。'
  },
  status: {
    active: '已启用',
    inactive: '未启用',
    connected: '已连接',
    notConnected: '未连接',
    error: '错误',
    working: '正常工作',
    notWorking: '未工作',
    registered: '已注册',
    notRegistered: '未注册',
    unavailable: '状态不可用',
    attention: '需要处理'
  },
  actions: {
    activate: '启用',
    deactivate: '停用',
    settings: '频道设置',
    settingsFor: '{line} 的频道设置',
    activateFor: '在 {line} 上启用',
    deactivateFor: '在 {line} 上停用',
    cancel: '取消',
    confirm: '确认',
    allLines: '所有开放渠道',
    close: '关闭'
  },
  activation: {
    activated: '连接器已在 {line} 上启用。',
    deactivated: '连接器已在 {line} 上停用；其在该渠道的设置已删除。',
    confirmTitle: '在 {line} 上停用？',
    confirmText: '停用会删除门户中此渠道的频道设置（ID、URL、客服 URL 和名称）。如需重新连接，请启用连接器并重新保存设置。',
    failed: '无法切换连接器'
  },
  channel: {
    title: '频道设置',
    pair: '{line} 上的 {connector}',
    replaceNotice: '保存会替换门户中的全部四项设置：无法只更改其中一项。表单始终会发送所有设置，初始值为本应用上次保存的值。',
    noSaved: '本应用尚未保存此渠道的设置，因此表单使用默认值。',
    connector: '连接器',
    line: '开放渠道',
    id: '频道 ID',
    idHint: '留空时：{fallback}',
    url: '频道 URL',
    urlHint: '指向聊天或频道的完整链接，以 http:// 或 https:// 开头',
    urlIm: '客服 URL',
    urlImHint: '留空时：使用频道 URL',
    name: '频道名称',
    save: '保存设置',
    saved: '频道设置已保存。',
    notRemembered: '门户已接受设置，但应用无法记住这些设置以供下次使用。',
    failed: '无法保存设置',
    errors: {
      urlRequired: '请输入频道 URL。',
      urlInvalid: '请输入以 http:// 或 https:// 开头的完整地址。',
      urlImInvalid: '请输入以 http:// 或 https:// 开头的完整地址，或留空以使用频道 URL。',
      urlHidden: '该地址包含不可见的方向控制字符，可能会掩盖其真实指向。请重新输入，不要包含这些字符。',
      nameRequired: '请输入频道名称。'
    }
  },
  placement: {
    title: '连接器设置',
    lineMissing: '在门户中找不到开放渠道 {line}。',
    fromPortal: '联络中心打开此页面时报告的信息'
  },
  errors: {
    wrongAuthType: '连接器设置只能在 Bitrix24 内由门户打开本应用时使用（应用上下文），无法通过 Webhook 更改。',
    accessDenied: '您无权编辑开放渠道连接器。请联系您的 Bitrix24 管理员。',
    scope: '应用没有开放渠道的访问权限（imopenlines 权限范围）。请联系管理员使用该权限范围重新安装应用。',
    busy: '门户繁忙。请稍候再试。',
    network: '无法连接到门户。请检查网络连接后重试。',
    generic: '门户返回：{message}'
  }
}
