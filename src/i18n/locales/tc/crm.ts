/** CRM texts (Traditional Chinese). */
export default {
  fields: {
    title: 'CRM 溝通欄位',
    description: 'CRM 活動溝通的欄位（crm.activity.communication.fields），依入口網站的描述顯示。',
    tableLabel: 'CRM 溝通欄位',
    columns: {
      code: '欄位',
      title: '名稱',
      type: '類型',
      isRequired: '必填',
      isReadOnly: '唯讀',
      isImmutable: '不可變更',
      isMultiple: '多值',
      isDynamic: '動態'
    },
    yes: '是',
    no: '否',
    loading: '正在載入欄位…',
    emptyTitle: '沒有欄位',
    emptyDescription: '入口網站未描述任何溝通欄位。',
    errorTitle: '無法載入欄位'
  }
}
