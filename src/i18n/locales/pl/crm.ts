/** CRM texts (Polish). */
export default {
  fields: {
    title: 'Pola komunikacji CRM',
    description: 'Pola komunikacji aktywności CRM (crm.activity.communication.fields) w postaci, w jakiej opisuje je portal.',
    tableLabel: 'Pola komunikacji CRM',
    columns: {
      code: 'Pole',
      title: 'Nazwa',
      type: 'Typ',
      isRequired: 'Wymagane',
      isReadOnly: 'Tylko do odczytu',
      isImmutable: 'Niezmienne',
      isMultiple: 'Wielokrotne',
      isDynamic: 'Dynamiczne'
    },
    yes: 'Tak',
    no: 'Nie',
    loading: 'Ładowanie pól…',
    emptyTitle: 'Brak pól',
    emptyDescription: 'Portal nie opisuje żadnych pól komunikacji.',
    errorTitle: 'Nie udało się załadować pól'
  }
}
