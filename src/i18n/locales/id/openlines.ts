/** Open Channels view (Indonesian). */
export default {
  title: 'Saluran Terbuka',
  description: 'Saluran terbuka beserta konektornya, dengan status yang dilaporkan portal untuk setiap pasangan, serta pengaturan konektor milik aplikasi ini.',
  refresh: 'Muat ulang dari portal',
  loading: 'Memuat saluran terbuka dan konektor…',
  loadErrorTitle: 'Saluran Terbuka tidak dapat dimuat',
  emptyTitle: 'Tidak ada saluran terbuka',
  emptyDescription: 'Portal belum memiliki saluran terbuka. Buat saluran di Contact Center, lalu kembali ke sini.',
  adminOnly: 'Hanya administrator Bitrix24 yang dapat mengatur konektor Saluran Terbuka. Anda dapat melihat statusnya di sini.',
  connectorsDenied: 'Daftar konektor tidak tersedia untuk Anda ({reason}); hanya konektor aplikasi ini yang ditampilkan.',
  line: {
    off: 'Saluran dinonaktifkan',
    number: 'Saluran {id}'
  },
  connector: {
    title: 'Konektor aplikasi ini',
    id: 'ID konektor: {id}',
    registered: 'Terdaftar',
    notRegistered: 'Tidak terdaftar',
    unknown: 'Status pendaftaran tidak diketahui',
    registerHint: 'Pendaftaran menambahkan konektor ke Contact Center; pengaturannya membuka aplikasi ini.',
    register: 'Daftarkan konektor',
    update: 'Perbarui pendaftaran',
    unregister: 'Batalkan pendaftaran',
    registeredToast: 'Konektor telah terdaftar.',
    unregisteredToast: 'Pendaftaran konektor telah dibatalkan.',
    confirmUnregisterTitle: 'Batalkan pendaftaran konektor?',
    confirmUnregisterText: 'Konektor akan dihapus dari setiap saluran terbuka, dan pengaturan kanal setiap saluran akan dihapus. Tindakan ini tidak dapat dibatalkan.',
    failed: 'Konektor tidak dapat diubah'
  },
  filter: {
    label: 'Tampilkan',
    all: 'Semua pasangan',
    attention: 'Perlu perhatian ({count})',
    search: 'Cari saluran dan konektor',
    onlyMine: 'Hanya konektor aplikasi ini'
  },
  table: {
    label: 'Saluran terbuka dan konektor',
    line: 'Saluran terbuka',
    connector: 'Konektor',
    status: 'Status',
    actions: 'Tindakan',
    empty: 'Tidak ada pasangan yang cocok dengan filter.',
    emptyAttention: 'Tidak ada yang perlu diperhatikan.'
  },
  status: {
    active: 'Aktif',
    inactive: 'Tidak aktif',
    connected: 'Terhubung',
    notConnected: 'Tidak terhubung',
    error: 'Kesalahan',
    working: 'Berfungsi',
    notWorking: 'Tidak berfungsi',
    registered: 'Terdaftar',
    notRegistered: 'Tidak terdaftar',
    unavailable: 'Status tidak tersedia',
    attention: 'Perlu perhatian'
  },
  actions: {
    activate: 'Aktifkan',
    deactivate: 'Nonaktifkan',
    settings: 'Pengaturan kanal',
    settingsFor: 'Pengaturan kanal untuk {line}',
    activateFor: 'Aktifkan di {line}',
    deactivateFor: 'Nonaktifkan di {line}',
    cancel: 'Batal',
    confirm: 'Konfirmasi',
    allLines: 'Semua saluran',
    close: 'Tutup'
  },
  activation: {
    activated: 'Konektor aktif di {line}.',
    deactivated: 'Konektor dinonaktifkan di {line}; pengaturannya di sana telah dihapus.',
    confirmTitle: 'Nonaktifkan di {line}?',
    confirmText: 'Penonaktifan menghapus pengaturan kanal saluran ini (ID, URL, URL operator, dan nama) di portal. Untuk menghubungkannya lagi, aktifkan konektor dan simpan kembali pengaturannya.',
    failed: 'Status konektor tidak dapat diubah'
  },
  channel: {
    title: 'Pengaturan kanal',
    pair: '{connector} di {line}',
    replaceNotice: 'Penyimpanan mengganti keempat pengaturan di portal: tidak ada cara untuk mengubah satu saja. Formulir selalu mengirim semuanya, dimulai dari nilai yang terakhir disimpan aplikasi ini.',
    noSaved: 'Aplikasi ini belum memiliki pengaturan tersimpan untuk saluran ini, jadi formulir dimulai dari nilai default.',
    connector: 'Konektor',
    line: 'Saluran terbuka',
    id: 'ID kanal',
    idHint: 'Jika kosong: {fallback}',
    url: 'URL kanal',
    urlHint: 'Tautan lengkap ke obrolan atau kanal, http:// atau https://',
    urlIm: 'URL operator',
    urlImHint: 'Jika kosong: URL kanal',
    name: 'Nama kanal',
    save: 'Simpan pengaturan',
    saved: 'Pengaturan kanal telah disimpan.',
    notRemembered: 'Portal menerima pengaturan tersebut, tetapi aplikasi tidak dapat mengingatnya untuk lain kali.',
    failed: 'Pengaturan tidak dapat disimpan',
    errors: {
      urlRequired: 'Masukkan URL kanal.',
      urlInvalid: 'Masukkan alamat lengkap yang diawali http:// atau https://.',
      urlImInvalid: 'Masukkan alamat lengkap yang diawali http:// atau https://, atau biarkan kosong untuk menggunakan URL kanal.',
      urlHidden: 'Alamat ini mengandung karakter arah tak terlihat yang dapat menyamarkan tujuannya. Ketik ulang alamat tanpa karakter tersebut.',
      nameRequired: 'Masukkan nama kanal.'
    }
  },
  placement: {
    title: 'Pengaturan konektor',
    lineMissing: 'Saluran terbuka {line} tidak ditemukan di portal.',
    fromPortal: 'Sesuai yang dilaporkan Contact Center saat membuka halaman ini'
  },
  errors: {
    wrongAuthType: 'Pengaturan konektor hanya berfungsi di dalam Bitrix24, saat portal membuka aplikasi ini (konteks aplikasi). Pengaturan ini tidak dapat diubah melalui webhook.',
    accessDenied: 'Anda tidak memiliki hak untuk mengedit konektor Saluran Terbuka. Hubungi administrator Bitrix24 Anda.',
    scope: 'Aplikasi tidak memiliki akses ke Saluran Terbuka (cakupan imopenlines). Minta administrator Anda untuk menginstal ulang aplikasi dengan cakupan tersebut.',
    busy: 'Portal sedang sibuk. Tunggu sebentar, lalu coba lagi.',
    network: 'Portal tidak dapat dijangkau. Periksa koneksi dan coba lagi.',
    generic: 'Portal merespons: {message}'
  }
}
