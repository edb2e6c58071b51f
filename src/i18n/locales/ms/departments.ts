/** Departments view (Malay). */
export default {
  title: 'Jabatan',
  description: 'Struktur syarikat serta sembang, saluran dan kolab yang dipautkan kepada setiap jabatan dan pasukan.',
  tree: {
    label: 'Struktur syarikat',
    filterLabel: 'Cari jabatan atau pasukan',
    filterPlaceholder: 'Nama jabatan atau pasukan',
    loading: 'Memuatkan struktur syarikat…',
    loadingCount: 'Memuatkan struktur syarikat… {count} dimuatkan',
    loadingCountOf: 'Memuatkan struktur syarikat… {count} daripada {total}',
    errorTitle: 'Struktur syarikat tidak dapat dimuatkan',
    emptyTitle: 'Tiada jabatan',
    emptyDescription: 'Portal belum mempunyai jabatan atau pasukan.',
    noMatches: 'Tiada yang sepadan dengan “{term}”.',
    matches: 'Ditemui: {count}',
    searching: 'Mencari dalam portal…',
    members: 'tiada orang | {count} orang',
    expand: 'Kembangkan {name}',
    collapse: 'Runtuhkan {name}',
    keyboardHint: 'Kekunci anak panah untuk bergerak, Kanan untuk membuka, Kiri untuk menutup, Enter untuk memilih.',
    chats: 'tiada sembang | {n} sembang',
    channels: 'tiada saluran | {n} saluran',
    collabs: 'tiada kolab | {n} kolab'
  },
  types: {
    DEPARTMENT: 'Jabatan',
    TEAM: 'Pasukan'
  },
  mine: {
    title: 'Jabatan saya',
    none: 'Anda tidak berada dalam mana-mana jabatan atau pasukan.'
  },
  panel: {
    placeholderTitle: 'Pilih jabatan atau pasukan',
    placeholderDescription: 'Sembang, saluran dan kolabnya akan dipaparkan di sini.',
    loading: 'Memuatkan komunikasi…',
    errorTitle: 'Komunikasi tidak dapat dimuatkan',
    readOnly: 'Anda boleh melihat komunikasi ini tetapi tidak boleh mengubahnya: pengeditan memerlukan hak untuk mengedit struktur.',
    groups: {
      chats: 'Sembang',
      channels: 'Saluran',
      collabs: 'Kolab'
    },
    emptyGroup: 'Belum ada',
    hidden: '{count} lagi yang tidak dapat anda lihat',
    inherited: 'Diwarisi daripada {name}',
    inheritedUnknown: 'Diwarisi daripada unit induk',
    extranet: 'Ekstranet',
    noAccess: 'Anda bukan ahli',
    open: 'Buka {title} dalam messenger',
    openShort: 'Buka',
    unbind: 'Nyahpaut {title}',
    bind: 'Pautkan',
    createDefault: 'Cipta lalai',
    reload: 'Muat semula'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Anda tidak boleh mengubah komunikasi jabatan',
      TEAM: 'Anda tidak boleh mengubah komunikasi pasukan'
    },
    refused: {
      DEPARTMENT: 'Portal menolak perubahan anda: untuk memautkan sembang, saluran dan kolab kepada jabatan, kebenaran “Edit jabatan” diperlukan, dan kebenaran ini diberikan oleh pentadbir dalam hak akses struktur syarikat. Menjadi ketua jabatan tidak memberikan kebenaran ini.',
      TEAM: 'Portal menolak perubahan anda: untuk memautkan sembang, saluran dan kolab kepada pasukan, kebenaran “Edit pasukan” diperlukan, dan kebenaran ini diberikan oleh pentadbir dalam hak akses struktur syarikat. Menjadi ketua pasukan tidak memberikan kebenaran ini.'
    },
    checkAgain: 'Semak semula'
  },
  bind: {
    title: 'Pautkan kepada {name}',
    description: 'Pilih sembang, saluran dan kolab. Yang sudah dipautkan ditandakan.',
    tabs: {
      chats: 'Sembang',
      channels: 'Saluran',
      collabs: 'Kolab',
      search: 'Cari'
    },
    searchLabel: 'Cari sembang',
    searchPlaceholder: 'Sekurang-kurangnya 2 aksara',
    searchShort: 'Taip sekurang-kurangnya 2 aksara.',
    loading: 'Memuatkan…',
    empty: 'Tiada apa untuk dipilih di sini.',
    alreadyBound: 'Sudah dipautkan',
    selected: 'Dipilih: {count}',
    nothingSelected: 'Pilih sekurang-kurangnya satu sembang, saluran atau kolab.',
    submit: 'Pautkan',
    cancel: 'Batal',
    loadError: 'Senarai tidak dapat dimuatkan: {message}',
    picker: 'Sembang, saluran dan kolab untuk dipautkan'
  },
  defaults: {
    title: 'Cipta komunikasi lalai untuk {name}',
    description: 'Portal mencipta sembang atau saluran peribadi, atau kolab, yang dinamakan sempena unit itu, dimiliki oleh ketuanya dan dianggotai oleh ahlinya.',
    typeLabel: 'Apa yang hendak dicipta',
    submit: 'Cipta',
    types: {
      CHAT: 'Sembang',
      CHANNEL: 'Saluran',
      COLLAB: 'Kolab'
    }
  },
  children: {
    label: 'Gunakan juga pada jabatan dan pasukan di bawahnya',
    preview: 'Perubahan ini melibatkan {count} unit:',
    more: 'dan {count} lagi'
  },
  unbind: {
    title: 'Nyahpaut {title}?',
    description: 'Pautannya kepada {name} akan dibuang. Sembang itu sendiri dan ahlinya kekal seperti sedia ada.',
    confirm: 'Nyahpaut',
    cancel: 'Batal'
  },
  result: {
    bound: 'Dipautkan kepada {name}.',
    unbound: 'Dinyahpaut daripada {name}.',
    created: 'Dicipta untuk {name}.',
    failedTitle: 'Perubahan tidak dibuat',
    partial: 'Sebahagian perubahan telah dibuat sebelum ralat berlaku; senarai menunjukkan keadaan portal sekarang.',
    notSent: 'Tidak dihantar: {types}.'
  },
  errors: {
    accessDenied: 'Portal menolak: anda tiada hak untuk mengedit jabatan atau pasukan ini.',
    viewDenied: 'Portal tidak menunjukkan struktur syarikat kepada anda: ia hanya terbuka kepada pekerja syarikat. Hubungi pentadbir Bitrix24 anda jika anda memerlukannya.',
    notFound: 'Jabatan atau pasukan ini sudah tiada dalam portal. Muat semula struktur.',
    validation: 'Portal tidak menerima perubahan: {message}'
  }
}
