/** CRM texts (Ukrainian). */
export default {
  fields: {
    title: 'Поля комунікацій CRM',
    description: 'Поля комунікації справи CRM (crm.activity.communication.fields) у тому вигляді, як їх описує портал.',
    tableLabel: 'Поля комунікацій CRM',
    columns: {
      code: 'Поле',
      title: 'Назва',
      type: 'Тип',
      isRequired: 'Обов’язкове',
      isReadOnly: 'Лише читання',
      isImmutable: 'Незмінне',
      isMultiple: 'Множинне',
      isDynamic: 'Динамічне'
    },
    yes: 'Так',
    no: 'Ні',
    loading: 'Завантаження полів…',
    emptyTitle: 'Полів немає',
    emptyDescription: 'Портал не описує жодного поля комунікації.',
    errorTitle: 'Не вдалося завантажити поля'
  }
}
