/** Open Channels view (Malay). */
export default {
  title: 'Saluran Terbuka',
  description: 'Talian terbuka dan penyambung, dengan status yang dilaporkan oleh portal bagi setiap pasangan, serta tetapan penyambung aplikasi ini sendiri.',
  refresh: 'Muat semula daripada portal',
  loading: 'Memuatkan talian terbuka dan penyambung…',
  loadErrorTitle: 'Saluran Terbuka tidak dapat dimuatkan',
  emptyTitle: 'Tiada talian terbuka',
  emptyDescription: 'Portal belum mempunyai talian terbuka. Cipta satu dalam Pusat Hubungan, kemudian kembali ke sini.',
  adminOnly: 'Hanya pentadbir Bitrix24 boleh menyediakan penyambung Saluran Terbuka. Anda boleh melihat statusnya di sini.',
  connectorsDenied: 'Senarai penyambung tidak tersedia untuk anda ({reason}); hanya penyambung aplikasi ini dipaparkan.',
  line: {
    off: 'Talian dimatikan',
    number: 'Talian {id}'
  },
  connector: {
    title: 'Penyambung aplikasi ini',
    id: 'ID penyambung: {id}',
    registered: 'Didaftarkan',
    notRegistered: 'Tidak didaftarkan',
    unknown: 'Status pendaftaran tidak diketahui',
    registerHint: 'Pendaftaran menambah penyambung ke Pusat Hubungan; tetapannya membuka aplikasi ini.',
    register: 'Daftar penyambung',
    update: 'Kemas kini pendaftaran',
    unregister: 'Nyahdaftar',
    registeredToast: 'Penyambung telah didaftarkan.',
    unregisteredToast: 'Penyambung telah dinyahdaftar.',
    confirmUnregisterTitle: 'Nyahdaftar penyambung?',
    confirmUnregisterText: 'Penyambung akan dialih keluar daripada setiap talian terbuka, dan tetapan saluran bagi setiap talian akan dipadam. Tindakan ini tidak boleh dibuat asal.',
    failed: 'Penyambung tidak dapat diubah'
  },
  filter: {
    label: 'Tunjukkan',
    all: 'Semua pasangan',
    attention: 'Perlu perhatian ({count})',
    search: 'Cari talian dan penyambung',
    onlyMine: 'Hanya penyambung aplikasi ini'
  },
  table: {
    label: 'Talian terbuka dan penyambung',
    line: 'Talian terbuka',
    connector: 'Penyambung',
    status: 'Status',
    actions: 'Tindakan',
    empty: 'Tiada pasangan yang sepadan dengan penapis.',
    emptyAttention: 'Tiada apa yang perlu diberi perhatian.'
  },
  status: {
    active: 'Aktif',
    inactive: 'Tidak aktif',
    connected: 'Disambungkan',
    notConnected: 'Tidak disambungkan',
    error: 'Ralat',
    working: 'Berfungsi',
    notWorking: 'Tidak berfungsi',
    registered: 'Didaftarkan',
    notRegistered: 'Tidak didaftarkan',
    unavailable: 'Status tidak tersedia',
    attention: 'Perlu perhatian'
  },
  actions: {
    activate: 'Aktifkan',
    deactivate: 'Nyahaktifkan',
    settings: 'Tetapan saluran',
    settingsFor: 'Tetapan saluran untuk {line}',
    activateFor: 'Aktifkan pada {line}',
    deactivateFor: 'Nyahaktifkan pada {line}',
    cancel: 'Batal',
    confirm: 'Sahkan',
    allLines: 'Semua talian',
    close: 'Tutup'
  },
  activation: {
    activated: 'Penyambung aktif pada {line}.',
    deactivated: 'Penyambung dinyahaktifkan pada {line}; tetapannya di sana telah dipadam.',
    confirmTitle: 'Nyahaktifkan pada {line}?',
    confirmText: 'Penyahaktifan memadam tetapan saluran talian ini (ID, URL, URL operator dan nama) dalam portal. Untuk menyambung semula, aktifkan penyambung dan simpan tetapan sekali lagi.',
    failed: 'Status penyambung tidak dapat ditukar'
  },
  channel: {
    title: 'Tetapan saluran',
    pair: '{connector} pada {line}',
    replaceNotice: 'Menyimpan akan menggantikan keempat-empat tetapan dalam portal: tiada cara untuk menukar satu sahaja. Borang sentiasa menghantar kesemuanya, bermula daripada nilai yang terakhir disimpan oleh aplikasi ini.',
    noSaved: 'Aplikasi ini belum mempunyai tetapan yang disimpan untuk talian ini, jadi borang bermula dengan nilai lalai.',
    connector: 'Penyambung',
    line: 'Talian terbuka',
    id: 'ID saluran',
    idHint: 'Jika dibiarkan kosong: {fallback}',
    url: 'URL saluran',
    urlHint: 'Pautan penuh ke sembang atau saluran, http:// atau https://',
    urlIm: 'URL operator',
    urlImHint: 'Jika dibiarkan kosong: URL saluran',
    name: 'Nama saluran',
    save: 'Simpan tetapan',
    saved: 'Tetapan saluran telah disimpan.',
    notRemembered: 'Portal menerima tetapan itu, tetapi aplikasi tidak dapat mengingatnya untuk kali seterusnya.',
    failed: 'Tetapan tidak dapat disimpan',
    errors: {
      urlRequired: 'Masukkan URL saluran.',
      urlInvalid: 'Masukkan alamat penuh yang bermula dengan http:// atau https://.',
      urlImInvalid: 'Masukkan alamat penuh yang bermula dengan http:// atau https://, atau biarkan kosong untuk menggunakan URL saluran.',
      urlHidden: 'Alamat ini mengandungi aksara arah tersembunyi yang boleh menyamarkan destinasinya. Taip semula tanpa aksara tersebut.',
      nameRequired: 'Masukkan nama untuk saluran.'
    }
  },
  placement: {
    title: 'Tetapan penyambung',
    lineMissing: 'Talian terbuka {line} tidak ditemui dalam portal.',
    fromPortal: 'Seperti yang dilaporkan oleh Pusat Hubungan semasa membuka halaman ini'
  },
  errors: {
    wrongAuthType: 'Tetapan penyambung hanya berfungsi di dalam Bitrix24, apabila portal membuka aplikasi ini (konteks aplikasi). Tetapan ini tidak boleh diubah melalui webhook.',
    accessDenied: 'Anda tiada hak untuk mengedit penyambung Saluran Terbuka. Hubungi pentadbir Bitrix24 anda.',
    scope: 'Aplikasi tiada akses kepada Saluran Terbuka (skop imopenlines). Minta pentadbir anda memasang semula aplikasi dengan skop tersebut.',
    busy: 'Portal sedang sibuk. Tunggu sebentar dan cuba lagi.',
    network: 'Portal tidak dapat dihubungi. Semak sambungan dan cuba lagi.',
    generic: 'Portal membalas: {message}'
  }
}
