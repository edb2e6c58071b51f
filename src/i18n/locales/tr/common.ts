/** Common texts (Turkish). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Bölümler',
    departments: 'Departmanlar',
    chats: 'Sohbetler',
    openlines: 'Açık Kanallar',
    crmFields: 'CRM alanları'
  },
  user: {
    admin: 'Yönetici',
    avatarAlt: 'Fotoğraf: {name}'
  },
  limits: {
    pacingTitle: 'İstekler portalın süre sınırına göre ayarlanıyor',
    pacing: 'Portal, her uygulamaya on dakikada yöntem başına yalnızca belirli bir işlem süresi tanır. Bu sınırın içinde kalmak için sonraki istekler ({methods}) {time} saatinde gönderilecek. Bir şey yapmanız gerekmiyor: uygulama kendiliğinden devam eder.',
    refusedTitle: 'Portal bu uygulama için bir yöntemi duraklattı',
    refused: '{methods} için portalın süre sınırına ulaşıldı. Uygulama {time} saatinde kendiliğinden devam eder; hiçbir şey kaybolmaz.'
  },
  actions: {
    retry: 'Yeniden dene'
  },
  missing: {
    structureTitle: 'Şirket yapısı kullanılamıyor',
    structure: 'Bu portal şirket yapısını uygulamalara sunmuyor (REST 3.0). Diğer bölümler çalışır.',
    collabs: 'Bu portalda collab yok, bu nedenle bağlanacak collab da yok.'
  },
  colorMode: {
    label: 'Renk modu: {mode}',
    system: 'Sistem',
    light: 'Açık',
    dark: 'Koyu'
  },
  freshness: {
    asOf: '{time} itibarıyla',
    checking: 'Değişiklikler kontrol ediliyor…',
    changed: 'O zamandan beri değişen: {count}',
    clearMarks: 'İşaretleri gizle',
    checkingRow: 'Değişiklikler kontrol ediliyor',
    changedRow: 'Değişti'
  },
  boot: {
    connecting: 'Bitrix24’e bağlanılıyor…',
    errorTitle: 'Uygulama başlatılamadı',
    accessDenied: 'Bu uygulamaya erişiminiz yok. Bitrix24 yöneticinizden erişim vermesini isteyin.'
  },
  errors: {
    network: 'Portala ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
    generic: 'Portal bir hatayla yanıt verdi: {message}'
  },
  outside: {
    title: 'Bu uygulamayı Bitrix24’te açın',
    lead: 'Communications Hub bir Bitrix24 portalının içinde çalışır: oturum açmış kullanıcıyı ve erişim haklarını portal çerçevesinden alır; bu nedenle kendi sayfasında tek başına çalışamaz.',
    portalTitle: 'Bitrix24 portalınızda',
    portalSteps: {
      one: 'Geliştirici kaynakları → Diğer → Yerel uygulama bölümüne gidin.',
      two: 'İşleyici yolunu (ve ilk kurulum yolunu) bu sayfanın adresi olarak ayarlayın:',
      three: 'humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork kapsamlarını verin, ardından uygulamayı Uygulamalar menüsünden açın.',
      grant: '{scopes} kapsamlarını verin, ardından uygulamayı Uygulamalar menüsünden açın.'
    },
    emulatorTitle: 'Portal olmadan: emülatör',
    emulatorText: 'Proje klasöründe aşağıdaki komutu çalıştırın. Komut, içinde bu uygulamanın bulunduğu Bitrix24 benzeri yerel bir portal başlatır ve açmanız gereken adresi yazdırır.'
  },
  install: {
    title: 'Communications Hub kurulumu',
    lead: 'Communications Hub; sohbetleri, kanalları ve collab’ları şirket yapınızdaki departmanlara ve ekiplere bağlar, Açık Kanal bağlayıcılarını ayarlar.',
    featuresTitle: 'Uygulama neler yapar',
    features: {
      departments: 'Şirket yapısını ve her departman ile ekibin iletişim araçlarını gösterir.',
      chats: 'Grup sohbetleri oluşturur ve katılımcılarını yönetir.',
      openlines: 'Bir Açık Kanal bağlayıcısını kaydeder ve yapılandırır.',
      crm: 'CRM iletişim alanlarını gösterir.',
      sidebar: 'Grup sohbetlerinin kenar çubuğuna bir öğe ekler: sohbetin bağlı olduğu departmanlar ve ekipler.'
    },
    scopesTitle: 'Kullandığı erişimler',
    scopes: {
      humanresources: 'şirket yapısı',
      im: 'sohbetler ve messenger',
      imopenlines: 'açık kanallar',
      imconnector: 'açık kanal bağlayıcıları',
      crm: 'CRM',
      user: 'kullanıcılar',
      placement: 'portala yerleştirme',
      socialnetwork: 'çalışma grupları ve collab’lar'
    },
    finish: 'Kurulumu tamamla',
    finishFailed: 'Kurulum tamamlanamadı: {message}',
    pendingTitle: 'Kurulum tamamlanmadı',
    pendingText: 'Kurulumun tamamlanması için bir Bitrix24 yöneticisinin bu uygulamayı bir kez açması gerekir. Yöneticinize başvurun, ardından uygulamayı yeniden açın.'
  }
}
