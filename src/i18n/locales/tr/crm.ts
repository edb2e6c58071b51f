/** CRM texts (Turkish). */
export default {
  fields: {
    title: 'CRM iletişim alanları',
    description: 'Bir CRM etkinliği iletişiminin alanları (crm.activity.communication.fields), portalın tanımladığı şekliyle.',
    tableLabel: 'CRM iletişim alanları',
    columns: {
      code: 'Alan',
      title: 'Başlık',
      type: 'Tür',
      isRequired: 'Zorunlu',
      isReadOnly: 'Salt okunur',
      isImmutable: 'Değiştirilemez',
      isMultiple: 'Çoklu',
      isDynamic: 'Dinamik'
    },
    yes: 'Evet',
    no: 'Hayır',
    loading: 'Alanlar yükleniyor…',
    emptyTitle: 'Alan yok',
    emptyDescription: 'Portal hiçbir iletişim alanı tanımlamıyor.',
    errorTitle: 'Alanlar yüklenemedi'
  }
}
