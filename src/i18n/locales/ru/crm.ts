/** Раздел «Поля CRM» (русский). */
export default {
  fields: {
    title: 'Поля коммуникаций CRM',
    description: 'Поля коммуникации дела CRM (crm.activity.communication.fields) в том виде, в каком их описывает портал.',
    tableLabel: 'Поля коммуникаций CRM',
    columns: {
      code: 'Поле',
      title: 'Название',
      type: 'Тип',
      isRequired: 'Обязательное',
      isReadOnly: 'Только чтение',
      isImmutable: 'Неизменяемое',
      isMultiple: 'Множественное',
      isDynamic: 'Динамическое'
    },
    yes: 'Да',
    no: 'Нет',
    loading: 'Загрузка полей…',
    emptyTitle: 'Полей нет',
    emptyDescription: 'Портал не описывает ни одного поля коммуникации.',
    errorTitle: 'Не удалось загрузить поля'
  }
}
