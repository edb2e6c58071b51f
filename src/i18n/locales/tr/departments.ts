/** Departments texts (Turkish). */
export default {
  title: 'Departmanlar',
  description: 'Şirket yapısı ve her departmana ve ekibe bağlı sohbetler, kanallar ve collab’lar.',
  tree: {
    label: 'Şirket yapısı',
    filterLabel: 'Departman veya ekip bul',
    filterPlaceholder: 'Departman veya ekip adı',
    loading: 'Şirket yapısı yükleniyor…',
    loadingCount: 'Şirket yapısı yükleniyor… {count} yüklendi',
    loadingCountOf: 'Şirket yapısı yükleniyor… {total} birimden {count} tanesi',
    errorTitle: 'Şirket yapısı yüklenemedi',
    emptyTitle: 'Departman yok',
    emptyDescription: 'Portalda henüz departman veya ekip yok.',
    noMatches: '“{term}” ile eşleşen sonuç yok.',
    matches: 'Bulunan: {count}',
    searching: 'Portalda aranıyor…',
    members: 'kimse yok | {count} kişi | {count} kişi',
    expand: 'Genişlet: {name}',
    collapse: 'Daralt: {name}',
    keyboardHint: 'Ok tuşları gezinir, Sağ açar, Sol kapatır, Enter seçer.',
    chats: 'sohbet yok | {n} sohbet | {n} sohbet',
    channels: 'kanal yok | {n} kanal | {n} kanal',
    collabs: 'collab yok | {n} collab | {n} collab'
  },
  types: {
    DEPARTMENT: 'Departman',
    TEAM: 'Ekip'
  },
  mine: {
    title: 'Departmanlarım',
    none: 'Hiçbir departmanda veya ekipte değilsiniz.'
  },
  panel: {
    placeholderTitle: 'Bir departman veya ekip seçin',
    placeholderDescription: 'Sohbetleri, kanalları ve collab’ları burada görünür.',
    loading: 'İletişim araçları yükleniyor…',
    errorTitle: 'İletişim araçları yüklenemedi',
    readOnly: 'Bu iletişim araçlarını görebilirsiniz ancak değiştiremezsiniz: bunun için yapıyı düzenleme hakkı gerekir.',
    groups: {
      chats: 'Sohbetler',
      channels: 'Kanallar',
      collabs: 'Collab’lar'
    },
    emptyGroup: 'Henüz yok',
    hidden: 'Göremediğiniz {count} tane daha',
    inherited: 'Devralındığı yer: {name}',
    inheritedUnknown: 'Üst birimden devralındı',
    extranet: 'Ekstranet',
    noAccess: 'Üye değilsiniz',
    open: 'Messenger’da aç: {title}',
    openShort: 'Aç',
    unbind: 'Bağlantıyı kaldır: {title}',
    bind: 'Bağla',
    createDefault: 'Varsayılanı oluştur',
    reload: 'Yeniden yükle'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Departmanların iletişim araçlarını değiştiremezsiniz',
      TEAM: 'Ekiplerin iletişim araçlarını değiştiremezsiniz'
    },
    refused: {
      DEPARTMENT: 'Portal değişikliğinizi reddetti: sohbetleri, kanalları ve collab’ları departmanlara bağlamak için “Departmanları düzenleme” izni gerekir; bu izni yöneticiler şirket yapısının erişim haklarından verir. Bir departmanın yöneticisi olmak bu izni sağlamaz.',
      TEAM: 'Portal değişikliğinizi reddetti: sohbetleri, kanalları ve collab’ları ekiplere bağlamak için “Ekipleri düzenleme” izni gerekir; bu izni yöneticiler şirket yapısının erişim haklarından verir. Bir ekibin yöneticisi olmak bu izni sağlamaz.'
    },
    checkAgain: 'Yeniden kontrol et'
  },
  bind: {
    title: 'Bağla: {name}',
    description: 'Sohbet, kanal ve collab seçin. Zaten bağlı olanlar işaretlidir.',
    tabs: {
      chats: 'Sohbetler',
      channels: 'Kanallar',
      collabs: 'Collab’lar',
      search: 'Ara'
    },
    searchLabel: 'Sohbet ara',
    searchPlaceholder: 'En az 2 karakter',
    searchShort: 'En az 2 karakter yazın.',
    loading: 'Yükleniyor…',
    empty: 'Burada seçilecek bir şey yok.',
    alreadyBound: 'Zaten bağlı',
    selected: 'Seçilen: {count}',
    nothingSelected: 'En az bir sohbet, kanal veya collab seçin.',
    submit: 'Bağla',
    cancel: 'İptal',
    loadError: 'Liste yüklenemedi: {message}',
    picker: 'Bağlanacak sohbetler, kanallar ve collab’lar'
  },
  defaults: {
    title: 'Varsayılan iletişim aracını oluştur: {name}',
    description: 'Portal, birimin adını taşıyan, sahibi birimin yöneticisi ve üyeleri birimin çalışanları olan özel bir sohbet, kanal veya collab oluşturur.',
    typeLabel: 'Ne oluşturulacak',
    submit: 'Oluştur',
    types: {
      CHAT: 'Sohbet',
      CHANNEL: 'Kanal',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Alt departmanlara ve ekiplere de uygula',
    preview: 'Bu değişiklik {count} birimi etkiler: | Bu değişiklik {count} birimi etkiler:',
    more: 've {count} tane daha'
  },
  unbind: {
    title: '“{title}” bağlantısı kaldırılsın mı?',
    description: 'Artık {name} birimine bağlı olmayacak. Sohbetin kendisi ve üyeleri olduğu gibi kalır.',
    confirm: 'Bağlantıyı kaldır',
    cancel: 'İptal'
  },
  result: {
    bound: 'Bağlandı: {name}.',
    unbound: 'Bağlantı kaldırıldı: {name}.',
    created: 'Oluşturuldu: {name}.',
    failedTitle: 'Değişiklik yapılmadı',
    partial: 'Hatadan önce bazı değişiklikler yapıldı; liste portalda şu anda bulunanları gösteriyor.',
    notSent: 'Gönderilmedi: {types}.'
  },
  errors: {
    accessDenied: 'Portal reddetti: bu departmanı veya ekibi düzenleme hakkınız yok.',
    viewDenied: 'Portal size şirket yapısını göstermiyor: yapı yalnızca şirket çalışanlarına açıktır. İhtiyacınız varsa Bitrix24 yöneticinize başvurun.',
    notFound: 'Departman veya ekip artık portalda yok. Yapıyı yeniden yükleyin.',
    validation: 'Portal değişikliği kabul etmedi: {message}'
  }
}
