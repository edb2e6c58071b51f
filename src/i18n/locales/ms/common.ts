/** Shell texts (Malay). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Bahagian',
    departments: 'Jabatan',
    chats: 'Sembang',
    openlines: 'Saluran Terbuka',
    crmFields: 'Medan CRM'
  },
  user: {
    admin: 'Pentadbir',
    avatarAlt: 'Foto {name}'
  },
  limits: {
    pacingTitle: 'Permintaan disesuaikan dengan had masa portal',
    pacing: 'Portal hanya memberi setiap aplikasi masa pemprosesan yang terhad bagi setiap kaedah dalam tempoh sepuluh minit. Untuk kekal dalam had itu, permintaan seterusnya ({methods}) akan dihantar pada {time}. Anda tidak perlu berbuat apa-apa: aplikasi akan meneruskannya sendiri.',
    refusedTitle: 'Portal menjeda satu kaedah untuk aplikasi ini',
    refused: 'Had masa portal untuk {methods} telah dicapai. Aplikasi akan menyambung semula sendiri pada {time}; tiada apa yang hilang.'
  },
  actions: {
    retry: 'Cuba semula'
  },
  missing: {
    structureTitle: 'Struktur syarikat tidak tersedia',
    structure: 'Portal ini tidak menyediakan struktur syarikatnya kepada aplikasi (REST 3.0). Bahagian lain tetap berfungsi.',
    collabs: 'Portal ini tiada kolab, jadi tiada kolab untuk dipautkan.'
  },
  colorMode: {
    label: 'Mod warna: {mode}',
    system: 'Sistem',
    light: 'Terang',
    dark: 'Gelap'
  },
  freshness: {
    asOf: 'Data setakat {time}',
    checking: 'Menyemak perubahan…',
    changed: 'Berubah sejak itu: {count}',
    clearMarks: 'Sembunyikan tanda',
    checkingRow: 'Menyemak perubahan',
    changedRow: 'Berubah'
  },
  boot: {
    connecting: 'Menyambung ke Bitrix24…',
    errorTitle: 'Aplikasi tidak dapat dimulakan',
    accessDenied: 'Anda tiada akses kepada aplikasi ini. Minta pentadbir Bitrix24 anda memberikannya.'
  },
  errors: {
    network: 'Portal tidak dapat dihubungi. Semak sambungan dan cuba lagi.',
    generic: 'Portal membalas dengan ralat: {message}'
  },
  outside: {
    title: 'Buka aplikasi ini dalam Bitrix24',
    lead: 'Communications Hub berjalan di dalam portal Bitrix24: ia mendapatkan pengguna yang log masuk dan hak aksesnya daripada bingkai portal, jadi ia tidak boleh berfungsi pada halamannya sendiri.',
    portalTitle: 'Dalam portal Bitrix24 anda',
    portalSteps: {
      one: 'Pergi ke Sumber pembangun → Lain-lain → Aplikasi setempat.',
      two: 'Tetapkan laluan pengendali (dan laluan pemasangan awal) kepada alamat halaman ini:',
      three: 'Berikan skop humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, kemudian buka aplikasi daripada menu Aplikasi.',
      grant: 'Berikan skop {scopes}, kemudian buka aplikasi daripada menu Aplikasi.'
    },
    emulatorTitle: 'Tanpa portal: emulator',
    emulatorText: 'Dari folder projek, jalankan arahan di bawah. Arahan ini memulakan portal setempat yang menyerupai Bitrix24 dengan aplikasi ini di dalamnya dan memaparkan alamat yang perlu dibuka.'
  },
  install: {
    title: 'Pasang Communications Hub',
    lead: 'Communications Hub memautkan sembang, saluran dan kolab kepada jabatan dan pasukan dalam struktur syarikat anda, serta menyediakan penyambung Saluran Terbuka.',
    featuresTitle: 'Apa yang dilakukan oleh aplikasi',
    features: {
      departments: 'Memaparkan struktur syarikat serta komunikasi setiap jabatan dan pasukan.',
      chats: 'Mencipta sembang kumpulan dan mengurus pesertanya.',
      openlines: 'Mendaftar dan mengkonfigurasi penyambung Saluran Terbuka.',
      crm: 'Memaparkan medan komunikasi CRM.',
      sidebar: 'Menambah item pada bar sisi sembang kumpulan: jabatan dan pasukan yang dipautkan kepada sembang itu.'
    },
    scopesTitle: 'Akses yang digunakan',
    scopes: {
      humanresources: 'struktur syarikat',
      im: 'sembang dan messenger',
      imopenlines: 'saluran terbuka',
      imconnector: 'penyambung saluran terbuka',
      crm: 'CRM',
      user: 'pengguna',
      placement: 'benaman dalam portal',
      socialnetwork: 'kumpulan kerja dan kolab'
    },
    finish: 'Selesaikan pemasangan',
    finishFailed: 'Pemasangan tidak dapat diselesaikan: {message}',
    pendingTitle: 'Pemasangan belum selesai',
    pendingText: 'Pentadbir Bitrix24 perlu membuka aplikasi ini sekali untuk menyelesaikan pemasangannya. Hubungi pentadbir anda, kemudian buka aplikasi ini semula.'
  }
}
