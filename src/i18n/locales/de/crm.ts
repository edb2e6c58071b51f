/** CRM texts (German). */
export default {
  fields: {
    title: 'Felder der CRM-Kommunikation',
    description: 'Die Felder einer Kommunikation in CRM-Aktivitäten (crm.activity.communication.fields), wie das Portal sie beschreibt.',
    tableLabel: 'Felder der CRM-Kommunikation',
    columns: {
      code: 'Feld',
      title: 'Bezeichnung',
      type: 'Typ',
      isRequired: 'Pflichtfeld',
      isReadOnly: 'Schreibgeschützt',
      isImmutable: 'Unveränderlich',
      isMultiple: 'Mehrfach',
      isDynamic: 'Dynamisch'
    },
    yes: 'Ja',
    no: 'Nein',
    loading: 'Felder werden geladen…',
    emptyTitle: 'Keine Felder',
    emptyDescription: 'Das Portal beschreibt keine Kommunikationsfelder.',
    errorTitle: 'Die Felder konnten nicht geladen werden'
  }
}
