/** CRM fields view (Malay). */
export default {
  fields: {
    title: 'Medan komunikasi CRM',
    description: 'Medan komunikasi aktiviti CRM (crm.activity.communication.fields), seperti yang diterangkan oleh portal.',
    tableLabel: 'Medan komunikasi CRM',
    columns: {
      code: 'Medan',
      title: 'Tajuk',
      type: 'Jenis',
      isRequired: 'Wajib',
      isReadOnly: 'Baca sahaja',
      isImmutable: 'Tidak boleh diubah',
      isMultiple: 'Berbilang',
      isDynamic: 'Dinamik'
    },
    yes: 'Ya',
    no: 'Tidak',
    loading: 'Memuatkan medan…',
    emptyTitle: 'Tiada medan',
    emptyDescription: 'Portal tidak menerangkan sebarang medan komunikasi.',
    errorTitle: 'Medan tidak dapat dimuatkan'
  }
}
