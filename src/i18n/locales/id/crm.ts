/** CRM fields view (Indonesian). */
export default {
  fields: {
    title: 'Bidang komunikasi CRM',
    description: 'Bidang komunikasi aktivitas CRM (crm.activity.communication.fields), sebagaimana dijelaskan oleh portal.',
    tableLabel: 'Bidang komunikasi CRM',
    columns: {
      code: 'Bidang',
      title: 'Judul',
      type: 'Jenis',
      isRequired: 'Wajib',
      isReadOnly: 'Hanya baca',
      isImmutable: 'Tidak dapat diubah',
      isMultiple: 'Jamak',
      isDynamic: 'Dinamis'
    },
    yes: 'Ya',
    no: 'Tidak',
    loading: 'Memuat bidang…',
    emptyTitle: 'Tidak ada bidang',
    emptyDescription: 'Portal tidak menjelaskan bidang komunikasi apa pun.',
    errorTitle: 'Bidang tidak dapat dimuat'
  }
}
