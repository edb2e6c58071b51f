/** CRM fields view (English). */
export default {
  fields: {
    title: 'CRM communication fields',
    description: 'The fields of a CRM activity communication (crm.activity.communication.fields), as the portal describes them.',
    tableLabel: 'CRM communication fields',
    columns: {
      code: 'Field',
      title: 'Title',
      type: 'Type',
      isRequired: 'Required',
      isReadOnly: 'Read-only',
      isImmutable: 'Immutable',
      isMultiple: 'Multiple',
      isDynamic: 'Dynamic'
    },
    yes: 'Yes',
    no: 'No',
    loading: 'Loading the fields…',
    emptyTitle: 'No fields',
    emptyDescription: 'The portal describes no communication fields.',
    errorTitle: 'The fields could not be loaded'
  }
}
