/** Departments view (Indonesian). */
export default {
  title: 'Departemen',
  description: 'Struktur perusahaan beserta obrolan, saluran, dan kolab yang ditautkan ke setiap departemen dan tim.',
  tree: {
    label: 'Struktur perusahaan',
    filterLabel: 'Cari departemen atau tim',
    filterPlaceholder: 'Nama departemen atau tim',
    loading: 'Memuat struktur perusahaan…',
    loadingCount: 'Memuat struktur perusahaan… {count} dimuat',
    loadingCountOf: 'Memuat struktur perusahaan… {count} dari {total}',
    errorTitle: 'Struktur perusahaan tidak dapat dimuat',
    emptyTitle: 'Tidak ada departemen',
    emptyDescription: 'Portal belum memiliki departemen atau tim.',
    noMatches: 'Tidak ada yang cocok dengan “{term}”.',
    matches: 'Ditemukan: {count}',
    searching: 'Mencari di portal…',
    members: 'tidak ada orang | {count} orang',
    expand: 'Perluas {name}',
    collapse: 'Ciutkan {name}',
    keyboardHint: 'Tombol panah untuk berpindah, Kanan untuk membuka, Kiri untuk menutup, Enter untuk memilih.',
    chats: 'tidak ada obrolan | {n} obrolan',
    channels: 'tidak ada saluran | {n} saluran',
    collabs: 'tidak ada kolab | {n} kolab'
  },
  types: {
    DEPARTMENT: 'Departemen',
    TEAM: 'Tim'
  },
  mine: {
    title: 'Departemen saya',
    none: 'Anda tidak tergabung dalam departemen atau tim mana pun.'
  },
  panel: {
    placeholderTitle: 'Pilih departemen atau tim',
    placeholderDescription: 'Obrolan, saluran, dan kolabnya akan muncul di sini.',
    loading: 'Memuat komunikasi…',
    errorTitle: 'Komunikasi tidak dapat dimuat',
    readOnly: 'Anda dapat melihat komunikasi ini, tetapi tidak dapat mengubahnya: untuk mengedit diperlukan hak mengedit struktur.',
    groups: {
      chats: 'Obrolan',
      channels: 'Saluran',
      collabs: 'Kolab'
    },
    emptyGroup: 'Belum ada',
    hidden: '{count} lainnya yang tidak dapat Anda lihat',
    inherited: 'Diwarisi dari {name}',
    inheritedUnknown: 'Diwarisi dari unit induk',
    extranet: 'Ekstranet',
    noAccess: 'Anda bukan anggota',
    open: 'Buka {title} di messenger',
    openShort: 'Buka',
    unbind: 'Lepas tautan {title}',
    bind: 'Tautkan',
    createDefault: 'Buat default',
    reload: 'Muat ulang'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Anda tidak dapat mengubah komunikasi departemen',
      TEAM: 'Anda tidak dapat mengubah komunikasi tim'
    },
    refused: {
      DEPARTMENT: 'Portal menolak perubahan Anda: untuk menautkan obrolan, saluran, dan kolab ke departemen diperlukan izin “Edit departemen”, yang diberikan administrator di hak akses struktur perusahaan. Menjadi kepala departemen tidak otomatis memberikan izin ini.',
      TEAM: 'Portal menolak perubahan Anda: untuk menautkan obrolan, saluran, dan kolab ke tim diperlukan izin “Edit tim”, yang diberikan administrator di hak akses struktur perusahaan. Menjadi kepala tim tidak otomatis memberikan izin ini.'
    },
    checkAgain: 'Periksa lagi'
  },
  bind: {
    title: 'Tautkan ke {name}',
    description: 'Pilih obrolan, saluran, dan kolab. Yang sudah ditautkan diberi tanda.',
    tabs: {
      chats: 'Obrolan',
      channels: 'Saluran',
      collabs: 'Kolab',
      search: 'Cari'
    },
    searchLabel: 'Cari obrolan',
    searchPlaceholder: 'Minimal 2 karakter',
    searchShort: 'Ketik minimal 2 karakter.',
    loading: 'Memuat…',
    empty: 'Tidak ada yang dapat dipilih di sini.',
    alreadyBound: 'Sudah ditautkan',
    selected: 'Dipilih: {count}',
    nothingSelected: 'Pilih setidaknya satu obrolan, saluran, atau kolab.',
    submit: 'Tautkan',
    cancel: 'Batal',
    loadError: 'Daftar tidak dapat dimuat: {message}',
    picker: 'Obrolan, saluran, dan kolab yang akan ditautkan'
  },
  defaults: {
    title: 'Buat komunikasi default untuk {name}',
    description: 'Portal membuat obrolan atau saluran privat, atau kolab, dengan nama unit tersebut, dimiliki oleh kepalanya, dan beranggotakan anggota unit itu.',
    typeLabel: 'Yang akan dibuat',
    submit: 'Buat',
    types: {
      CHAT: 'Obrolan',
      CHANNEL: 'Saluran',
      COLLAB: 'Kolab'
    }
  },
  children: {
    label: 'Terapkan juga ke departemen dan tim turunan',
    preview: 'Perubahan ini berlaku untuk {count} unit:',
    more: 'dan {count} lainnya'
  },
  unbind: {
    title: 'Lepas tautan {title}?',
    description: 'Tautannya ke {name} akan dilepas. Obrolan itu sendiri beserta anggotanya tetap seperti semula.',
    confirm: 'Lepas tautan',
    cancel: 'Batal'
  },
  result: {
    bound: 'Ditautkan ke {name}.',
    unbound: 'Tautan ke {name} dilepas.',
    created: 'Dibuat untuk {name}.',
    failedTitle: 'Perubahan tidak dilakukan',
    partial: 'Sebagian perubahan sudah dilakukan sebelum terjadi kesalahan; daftar menampilkan kondisi portal saat ini.',
    notSent: 'Tidak dikirim: {types}.'
  },
  errors: {
    accessDenied: 'Portal menolak: Anda tidak memiliki hak untuk mengedit departemen atau tim ini.',
    viewDenied: 'Portal tidak menampilkan struktur perusahaan kepada Anda: struktur ini hanya terbuka bagi karyawan perusahaan. Hubungi administrator Bitrix24 Anda jika Anda memerlukannya.',
    notFound: 'Departemen atau tim ini sudah tidak ada di portal. Muat ulang struktur.',
    validation: 'Portal tidak menerima perubahan: {message}'
  }
}
