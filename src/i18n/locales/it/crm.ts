/** CRM texts (Italian). */
export default {
  fields: {
    title: 'Campi di comunicazione CRM',
    description: 'I campi di una comunicazione di un’attività CRM (crm.activity.communication.fields), come li descrive il portale.',
    tableLabel: 'Campi di comunicazione CRM',
    columns: {
      code: 'Campo',
      title: 'Titolo',
      type: 'Tipo',
      isRequired: 'Obbligatorio',
      isReadOnly: 'Sola lettura',
      isImmutable: 'Non modificabile',
      isMultiple: 'Multiplo',
      isDynamic: 'Dinamico'
    },
    yes: 'Sì',
    no: 'No',
    loading: 'Caricamento dei campi…',
    emptyTitle: 'Nessun campo',
    emptyDescription: 'Il portale non descrive alcun campo di comunicazione.',
    errorTitle: 'Impossibile caricare i campi'
  }
}
