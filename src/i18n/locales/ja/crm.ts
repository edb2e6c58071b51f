/** CRM texts (Japanese). */
export default {
  fields: {
    title: 'CRM コミュニケーションのフィールド',
    description: 'CRM アクティビティのコミュニケーションのフィールド（crm.activity.communication.fields）を、ポータルの定義どおりに表示します。',
    tableLabel: 'CRM コミュニケーションのフィールド',
    columns: {
      code: 'フィールド',
      title: '名前',
      type: '種類',
      isRequired: '必須',
      isReadOnly: '読み取り専用',
      isImmutable: '変更不可',
      isMultiple: '複数値',
      isDynamic: '動的'
    },
    yes: 'はい',
    no: 'いいえ',
    loading: 'フィールドを読み込んでいます…',
    emptyTitle: 'フィールドがありません',
    emptyDescription: 'ポータルにはコミュニケーションのフィールドが定義されていません。',
    errorTitle: 'フィールドを読み込めませんでした'
  }
}
