/** Shell texts (Indonesian). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Bagian',
    departments: 'Departemen',
    chats: 'Obrolan',
    openlines: 'Saluran Terbuka',
    crmFields: 'Bidang CRM'
  },
  user: {
    admin: 'Administrator',
    avatarAlt: 'Foto {name}'
  },
  limits: {
    pacingTitle: 'Permintaan disesuaikan dengan batas waktu portal',
    pacing: 'Portal hanya memberi setiap aplikasi waktu pemrosesan terbatas per metode dalam sepuluh menit. Agar tetap dalam batas itu, permintaan berikutnya ({methods}) dikirim pada {time}. Anda tidak perlu melakukan apa pun: aplikasi akan melanjutkan sendiri.',
    refusedTitle: 'Portal menjeda sebuah metode untuk aplikasi ini',
    refused: 'Batas waktu portal untuk {methods} telah tercapai. Aplikasi akan melanjutkan sendiri pada {time}; tidak ada yang hilang.'
  },
  actions: {
    retry: 'Coba lagi'
  },
  missing: {
    structureTitle: 'Struktur perusahaan tidak tersedia',
    structure: 'Portal ini tidak menyediakan struktur perusahaannya untuk aplikasi (REST 3.0). Bagian lainnya tetap berfungsi.',
    collabs: 'Portal ini tidak memiliki kolab, jadi tidak ada yang dapat ditautkan.'
  },
  colorMode: {
    label: 'Mode warna: {mode}',
    system: 'Sistem',
    light: 'Terang',
    dark: 'Gelap'
  },
  freshness: {
    asOf: 'Data per {time}',
    checking: 'Memeriksa perubahan…',
    changed: 'Berubah sejak itu: {count}',
    clearMarks: 'Sembunyikan tanda',
    checkingRow: 'Memeriksa perubahan',
    changedRow: 'Berubah'
  },
  boot: {
    connecting: 'Menghubungkan ke Bitrix24…',
    errorTitle: 'Aplikasi tidak dapat dimulai',
    accessDenied: 'Anda tidak memiliki akses ke aplikasi ini. Minta administrator Bitrix24 Anda untuk memberikannya.'
  },
  errors: {
    network: 'Portal tidak dapat dijangkau. Periksa koneksi dan coba lagi.',
    generic: 'Portal merespons dengan kesalahan: {message}'
  },
  outside: {
    title: 'Buka aplikasi ini di Bitrix24',
    lead: 'Communications Hub berjalan di dalam portal Bitrix24: aplikasi ini mendapatkan pengguna yang sedang masuk dan hak aksesnya dari bingkai portal, sehingga tidak dapat bekerja di halamannya sendiri.',
    portalTitle: 'Di portal Bitrix24 Anda',
    portalSteps: {
      one: 'Buka Sumber daya pengembang → Lainnya → Aplikasi lokal.',
      two: 'Atur jalur handler (dan jalur instalasi awal) ke alamat halaman ini:',
      three: 'Berikan cakupan humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, lalu buka aplikasi dari menu Aplikasi.',
      grant: 'Berikan cakupan {scopes}, lalu buka aplikasi dari menu Aplikasi.'
    },
    emulatorTitle: 'Tanpa portal: emulator',
    emulatorText: 'Dari folder proyek, jalankan perintah di bawah ini. Perintah ini menjalankan portal lokal yang mirip Bitrix24 dengan aplikasi ini di dalamnya, lalu menampilkan alamat yang perlu dibuka.'
  },
  install: {
    title: 'Instal Communications Hub',
    lead: 'Communications Hub menautkan obrolan, saluran, dan kolab ke departemen dan tim dalam struktur perusahaan Anda, serta mengatur konektor Saluran Terbuka.',
    featuresTitle: 'Yang dilakukan aplikasi',
    features: {
      departments: 'Menampilkan struktur perusahaan serta komunikasi setiap departemen dan tim.',
      chats: 'Membuat obrolan grup dan mengelola pesertanya.',
      openlines: 'Mendaftarkan dan mengonfigurasi konektor Saluran Terbuka.',
      crm: 'Menampilkan bidang komunikasi CRM.',
      sidebar: 'Menambahkan item ke bilah samping obrolan grup: departemen dan tim yang ditautkan dengan obrolan tersebut.'
    },
    scopesTitle: 'Akses yang digunakan',
    scopes: {
      humanresources: 'struktur perusahaan',
      im: 'obrolan dan messenger',
      imopenlines: 'saluran terbuka',
      imconnector: 'konektor saluran terbuka',
      crm: 'CRM',
      user: 'pengguna',
      placement: 'penyematan di portal',
      socialnetwork: 'grup kerja dan kolab'
    },
    finish: 'Selesaikan instalasi',
    finishFailed: 'Instalasi tidak dapat diselesaikan: {message}',
    pendingTitle: 'Instalasi belum selesai',
    pendingText: 'Administrator Bitrix24 harus membuka aplikasi ini satu kali untuk menyelesaikan instalasinya. Hubungi administrator Anda, lalu buka aplikasi ini lagi.'
  }
}
