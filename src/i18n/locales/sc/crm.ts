/** CRM texts (Simplified Chinese). */
export default {
  fields: {
    title: 'CRM 沟通字段',
    description: 'CRM 活动沟通的字段（crm.activity.communication.fields），按门户的描述显示。',
    tableLabel: 'CRM 沟通字段',
    columns: {
      code: '字段',
      title: '名称',
      type: '类型',
      isRequired: '必填',
      isReadOnly: '只读',
      isImmutable: '不可更改',
      isMultiple: '多值',
      isDynamic: '动态'
    },
    yes: '是',
    no: '否',
    loading: '正在加载字段…',
    emptyTitle: '没有字段',
    emptyDescription: '门户未描述任何沟通字段。',
    errorTitle: '无法加载字段'
  }
}
