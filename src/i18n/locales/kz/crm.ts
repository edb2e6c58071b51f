/** CRM texts (Kazakh). */
export default {
  fields: {
    title: 'CRM коммуникация өрістері',
    description: 'CRM ісі коммуникациясының өрістері (crm.activity.communication.fields), портал оларды қалай сипаттайды, солай.',
    tableLabel: 'CRM коммуникация өрістері',
    columns: {
      code: 'Өріс',
      title: 'Атауы',
      type: 'Түрі',
      isRequired: 'Міндетті',
      isReadOnly: 'Тек оқу',
      isImmutable: 'Өзгермейтін',
      isMultiple: 'Көп мәнді',
      isDynamic: 'Динамикалық'
    },
    yes: 'Иә',
    no: 'Жоқ',
    loading: 'Өрістер жүктелуде…',
    emptyTitle: 'Өріс жоқ',
    emptyDescription: 'Портал ешбір коммуникация өрісін сипаттамайды.',
    errorTitle: 'Өрістерді жүктеу мүмкін болмады'
  }
}
