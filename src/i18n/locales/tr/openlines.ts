/** Open Channels texts (Turkish). */
export default {
  title: 'Açık Kanallar',
  description: 'Açık kanallar ve bağlayıcılar: portalın her eşleşme için bildirdiği durum ve bu uygulamanın kendi bağlayıcısının ayarları.',
  refresh: 'Portaldan yeniden yükle',
  loading: 'Açık kanallar ve bağlayıcılar yükleniyor…',
  loadErrorTitle: 'Açık Kanallar yüklenemedi',
  emptyTitle: 'Açık kanal yok',
  emptyDescription: 'Portalda henüz açık kanal yok. İletişim Merkezi’nde bir tane oluşturun, sonra buraya dönün.',
  adminOnly: 'Açık Kanal bağlayıcılarını yalnızca bir Bitrix24 yöneticisi ayarlayabilir. Durumlarını burada görebilirsiniz.',
  connectorsDenied: 'Bağlayıcı listesine erişiminiz yok ({reason}); yalnızca bu uygulamanın bağlayıcısı gösteriliyor.',
  line: {
    off: 'Açık kanal kapalı',
    number: 'Açık kanal {id}'
  },
  connector: {
    title: 'Bu uygulamanın bağlayıcısı',
    id: 'Bağlayıcı ID’si: {id}',
    registered: 'Kayıtlı',
    notRegistered: 'Kayıtlı değil',
    unknown: 'Kayıt durumu bilinmiyor',
    registerHint: 'Kayıt, bağlayıcıyı İletişim Merkezi’ne ekler; bağlayıcının ayarları bu uygulamayı açar.',
    register: 'Bağlayıcıyı kaydet',
    update: 'Kaydı güncelle',
    unregister: 'Kaydı sil',
    registeredToast: 'Bağlayıcı kaydedildi.',
    unregisteredToast: 'Bağlayıcının kaydı silindi.',
    confirmUnregisterTitle: 'Bağlayıcının kaydı silinsin mi?',
    confirmUnregisterText: 'Bağlayıcı tüm açık kanallardan kaldırılır ve her açık kanalın kanal ayarları silinir. Bu işlem geri alınamaz.',
    failed: 'Bağlayıcı değiştirilemedi'
  },
  filter: {
    label: 'Göster',
    all: 'Tüm eşleşmeler',
    attention: 'Dikkat gerektirenler ({count})',
    search: 'Açık kanallarda ve bağlayıcılarda ara',
    onlyMine: 'Yalnızca bu uygulamanın bağlayıcısı'
  },
  table: {
    label: 'Açık kanallar ve bağlayıcılar',
    line: 'Açık kanal',
    connector: 'Bağlayıcı',
    status: 'Durum',
    actions: 'İşlemler',
    empty: 'Filtreye uyan eşleşme yok.',
    emptyAttention: 'Dikkat gerektiren bir şey yok.'
  },
  status: {
    active: 'Etkin',
    inactive: 'Etkin değil',
    connected: 'Bağlı',
    notConnected: 'Bağlı değil',
    error: 'Hata',
    working: 'Çalışıyor',
    notWorking: 'Çalışmıyor',
    registered: 'Kayıtlı',
    notRegistered: 'Kayıtlı değil',
    unavailable: 'Durum alınamıyor',
    attention: 'Dikkat gerektiriyor'
  },
  actions: {
    activate: 'Etkinleştir',
    deactivate: 'Devre dışı bırak',
    settings: 'Kanal ayarları',
    settingsFor: 'Kanal ayarları: {line}',
    activateFor: 'Etkinleştir: {line}',
    deactivateFor: 'Devre dışı bırak: {line}',
    cancel: 'İptal',
    confirm: 'Onayla',
    allLines: 'Tüm açık kanallar',
    close: 'Kapat'
  },
  activation: {
    activated: 'Bağlayıcı {line} açık kanalında etkin.',
    deactivated: 'Bağlayıcı {line} açık kanalında devre dışı bırakıldı; oradaki ayarları silindi.',
    confirmTitle: '{line} açık kanalında devre dışı bırakılsın mı?',
    confirmText: 'Devre dışı bırakmak, bu açık kanalın portaldaki kanal ayarlarını (ID, URL, operatör URL’si ve ad) siler. Yeniden bağlanmak için bağlayıcıyı etkinleştirip ayarları yeniden kaydedersiniz.',
    failed: 'Bağlayıcının durumu değiştirilemedi'
  },
  channel: {
    title: 'Kanal ayarları',
    pair: '{line} açık kanalında {connector}',
    replaceNotice: 'Kaydetmek portaldaki dört ayarın tümünü değiştirir: yalnızca birini değiştirmenin yolu yoktur. Form her zaman hepsini gönderir ve bu uygulamanın en son kaydettiği değerlerden başlar.',
    noSaved: 'Bu uygulamanın bu açık kanal için henüz kayıtlı ayarı yok; bu nedenle form varsayılan değerlerle başlıyor.',
    connector: 'Bağlayıcı',
    line: 'Açık kanal',
    id: 'Kanal ID’si',
    idHint: 'Boş bırakılırsa: {fallback}',
    url: 'Kanal URL’si',
    urlHint: 'Sohbetin veya kanalın tam bağlantısı, http:// veya https://',
    urlIm: 'Operatör URL’si',
    urlImHint: 'Boş bırakılırsa: kanal URL’si',
    name: 'Kanal adı',
    save: 'Ayarları kaydet',
    saved: 'Kanal ayarları kaydedildi.',
    notRemembered: 'Portal ayarları aldı, ancak uygulama bunları bir sonraki sefer için hatırlayamadı.',
    failed: 'Ayarlar kaydedilemedi',
    errors: {
      urlRequired: 'Kanal URL’sini girin.',
      urlInvalid: 'http:// veya https:// ile başlayan tam bir adres girin.',
      urlImInvalid: 'http:// veya https:// ile başlayan tam bir adres girin ya da kanal URL’sinin kullanılması için boş bırakın.',
      urlHidden: 'Adreste, nereye gittiğini gizleyebilecek görünmez yön karakterleri var. Adresi bu karakterler olmadan yeniden yazın.',
      nameRequired: 'Kanal için bir ad girin.'
    }
  },
  placement: {
    title: 'Bağlayıcı ayarları',
    lineMissing: '{line} açık kanalı portalda bulunamadı.',
    fromPortal: 'Bu sayfa açıldığında İletişim Merkezi’nin bildirdiği şekliyle'
  },
  errors: {
    wrongAuthType: 'Bağlayıcı ayarları yalnızca Bitrix24 içinde, portal bu uygulamayı açtığında (uygulama bağlamı) çalışır. Bir webhook ile değiştirilemezler.',
    accessDenied: 'Açık Kanal bağlayıcılarını düzenleme hakkınız yok. Bitrix24 yöneticinize başvurun.',
    scope: 'Uygulamanın Açık Kanallar’a erişimi yok (scope imopenlines). Yöneticinizden uygulamayı bu kapsamla yeniden yüklemesini isteyin.',
    busy: 'Portal meşgul. Biraz bekleyip yeniden deneyin.',
    network: 'Portala ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
    generic: 'Portalın yanıtı: {message}'
  }
}
