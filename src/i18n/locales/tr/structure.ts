/** The Structure section's texts (Turkish): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Yapı',
    tabs: 'Yapı görünümleri',
    matrix: 'Kapsam'
  },
  types: {
    CHAT: 'Sohbet',
    CHANNEL: 'Kanal',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'sohbet',
    CHANNEL: 'kanal',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Yapı yükleniyor: şimdiye kadar {count} birim…',
    nodesOf: 'Yapı yükleniyor: {total} birimden {count} tanesi…',
    communications: '{total} birimden {loaded} tanesi yüklendi',
    loaded: '{total} birim | {total} birim | {total} birim',
    error: 'Kapsam yüklenemedi: {message}',
    cancel: 'Yüklemeyi durdur',
    reload: 'Yeniden yükle'
  },
  filters: {
    label: 'Filtreler',
    text: 'Ada göre filtrele',
    noChat: 'Sohbeti yok',
    noChannel: 'Kanalı yok',
    noCollab: 'Collab’ı yok',
    branch: 'Dal: {name}',
    clearBranch: 'Tüm yapıyı göster',
    reset: 'Filtreleri temizle',
    shown: '{total} birimden {shown} tanesi gösteriliyor'
  },
  matrix: {
    label: 'Şirket yapısının kapsamı',
    name: 'Departman veya ekip',
    chats: 'Sohbetler',
    channels: 'Kanallar',
    collabs: 'Collab’lar',
    actions: 'İşlemler',
    selectColumn: 'Seçim',
    select: 'Seç: {name}',
    inherited: '+{count} devralınan',
    hidden: '{count} gizli',
    cellLabel: '{direct} doğrudan, {inherited} devralınan, {hidden} gizli',
    unknown: 'yüklenmedi',
    team: 'Ekip',
    department: 'Departman',
    showBranch: 'Yalnızca {name} dalını göster',
    selectBranch: '{name} ve altındaki her şeyi seç',
    empty: 'Filtrelerle eşleşen departman veya ekip yok.',
    emptyStructure: 'Yapıda henüz departman yok.'
  },
  selection: {
    count: 'Seçilen: {count} | Seçilen: {count} | Seçilen: {count}',
    selectFiltered: 'Gösterilenlerin tümünü seç',
    clear: 'Seçimi temizle',
    bind: 'Bağla…',
    unbind: 'Bağlantıyı kaldır…',
    createDefault: 'Varsayılanı oluştur…',
    noEditRight: 'İletişim araçlarını toplu olarak yalnızca yöneticiler değiştirebilir.'
  },
  csv: {
    export: 'CSV olarak dışa aktar',
    fileName: 'kapsam'
  },
  action: {
    titleBind: 'Seçili {count} birime bağla | Seçili {count} birime bağla | Seçili {count} birime bağla',
    titleUnbind: 'Seçili {count} birimden bağlantıyı kaldır | Seçili {count} birimden bağlantıyı kaldır | Seçili {count} birimden bağlantıyı kaldır',
    titleCreate: 'Seçili {count} birim için varsayılanı oluştur | Seçili {count} birim için varsayılanı oluştur | Seçili {count} birim için varsayılanı oluştur',
    type: 'Tür',
    source: 'Nereden seçilecek',
    sources: {
      chats: 'Son sohbetler',
      channels: 'Kanallar',
      collabs: 'Collab’lar',
      search: 'Sohbet ara'
    },
    searchLabel: 'Sohbet adı',
    searchHint: 'En az {min} karakter',
    byId: 'Veya bir ID girin',
    idLabel: 'Sohbet, kanal veya collab ID’si',
    idInvalid: 'Pozitif bir tam sayı girin.',
    pickRequired: 'Önce bir sohbet, kanal veya collab seçin.',
    loading: 'Yükleniyor…',
    empty: 'Burada seçilecek bir şey yok.',
    loadError: 'Liste yüklenemedi: {message}',
    bound: 'Şu anda seçili birimlere bağlı',
    createHint: 'Seçili birimlerden {type} olmayan her biri için birimin adıyla yeni bir özel {type} oluşturulur. Zaten sahip olan birimlere dokunulmaz.',
    plan: 'Planı gözden geçir',
    cancel: 'İptal'
  },
  plan: {
    title: 'İşlem planı: {action}',
    actionBind: '{type} “{title}” bağlama',
    actionUnbind: '{type} “{title}” bağlantısını kaldırma',
    actionCreate: 'varsayılan {type} oluşturma',
    summary: '{count} değişiklik {requests} istekte gönderilecek. | {count} değişiklik {requests} istekte gönderilecek. | {count} değişiklik {requests} istekte gönderilecek.',
    nothing: 'Değiştirilecek bir şey yok: seçili birimlerin tümü zaten istendiği gibi.',
    changes: 'Değişiklikler',
    skipped: 'Dokunulmayanlar ({count})',
    reasons: {
      'already-bound': 'zaten bağlı',
      'not-bound': 'bağlı değil',
      'has-some': 'zaten bir tane var',
      'not-loaded': 'iletişim araçları yüklenmedi'
    },
    change: {
      bind: 'bağla',
      unbind: 'bağlantıyı kaldır',
      createDefault: 'varsayılanı oluştur'
    },
    send: '{count} değişikliği gönder | {count} değişikliği gönder | {count} değişikliği gönder',
    discard: 'Planı iptal et',
    confirmUnbindTitle: '{count} birimden bağlantı kaldırılsın mı? | {count} birimden bağlantı kaldırılsın mı? | {count} birimden bağlantı kaldırılsın mı?',
    confirmUnbindText: 'Üyeler sohbette kalır, ancak sohbet artık bu departmanlara ve ekiplere ait olmaz. Değişiklik günlüğünden geri alınabilir.',
    confirmUnbind: 'Bağlantıyı kaldır'
  },
  run: {
    title: 'Toplu değişiklik',
    progress: '{total} işlemden {settled} tanesi tamamlandı',
    progressLabel: 'Toplu değişiklik ilerlemesi',
    cancel: 'İptal',
    cancelling: 'Geçerli istekten sonra durduruluyor…',
    interrupted: 'Toplu değişiklik bitmeden durdu: {total} işlemden {done} tanesi tamamlandı. Devam ettiğinizde hiçbir şey iki kez gönderilmez.',
    resume: 'Devam et',
    finished: 'Tamamlandı: {done} başarılı, {failed} başarısız.',
    succeeded: 'Başarılı ({count})',
    failed: 'Başarısız ({count})',
    unknown: 'Doğrulanmadı ({count}): portalda ne olduğu sorgulanamadı. Yeniden kontrol etmek için devam edin.',
    retry: 'Başarısız olanları yeniden dene',
    close: 'Raporu kapat',
    error: 'Toplu değişiklik durdu: {message}',
    freshError: 'Ekran portaldaki verilerle yenilenemedi: {message}',
    journalError: 'Değişiklikler yapıldı, ancak günlük kaydedilemedi: {message}',
    status: {
      pending: 'bekliyor',
      running: 'gönderiliyor',
      done: 'tamamlandı',
      failed: 'başarısız',
      unknown: 'doğrulanmadı'
    }
  }
}
