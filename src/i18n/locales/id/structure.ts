/** The Structure section's texts (Indonesian): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Struktur',
    tabs: 'Tampilan struktur',
    matrix: 'Cakupan'
  },
  types: {
    CHAT: 'Obrolan',
    CHANNEL: 'Saluran',
    COLLAB: 'Kolab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'obrolan',
    CHANNEL: 'saluran',
    COLLAB: 'kolab'
  },
  status: {
    nodes: 'Memuat struktur: sejauh ini {count} unit…',
    nodesOf: 'Memuat struktur: {count} dari {total} unit…',
    communications: '{loaded} dari {total} unit dimuat',
    loaded: '{total} unit | {total} unit',
    error: 'Cakupan tidak dapat dimuat: {message}',
    cancel: 'Hentikan pemuatan',
    reload: 'Muat ulang'
  },
  filters: {
    label: 'Filter',
    text: 'Saring menurut nama',
    noChat: 'Tanpa obrolan',
    noChannel: 'Tanpa saluran',
    noCollab: 'Tanpa kolab',
    branch: 'Cabang: {name}',
    clearBranch: 'Tampilkan seluruh struktur',
    reset: 'Hapus filter',
    shown: '{shown} dari {total} ditampilkan'
  },
  matrix: {
    label: 'Cakupan struktur perusahaan',
    name: 'Departemen atau tim',
    chats: 'Obrolan',
    channels: 'Saluran',
    collabs: 'Kolab',
    actions: 'Tindakan',
    selectColumn: 'Pilihan',
    select: 'Pilih {name}',
    inherited: '+{count} diwarisi',
    hidden: '{count} tersembunyi',
    cellLabel: '{direct} langsung, {inherited} diwarisi, {hidden} tersembunyi',
    unknown: 'belum dimuat',
    team: 'Tim',
    department: 'Departemen',
    showBranch: 'Tampilkan hanya cabang {name}',
    selectBranch: 'Pilih {name} beserta semua yang ada di bawahnya',
    empty: 'Tidak ada departemen atau tim yang cocok dengan filter.',
    emptyStructure: 'Struktur belum memiliki departemen.'
  },
  selection: {
    count: 'Dipilih: {count} | Dipilih: {count}',
    selectFiltered: 'Pilih semua yang ditampilkan',
    clear: 'Hapus pilihan',
    bind: 'Tautkan…',
    unbind: 'Lepas tautan…',
    createDefault: 'Buat default…',
    noEditRight: 'Hanya administrator yang dapat mengubah komunikasi secara massal.'
  },
  csv: {
    export: 'Ekspor CSV',
    fileName: 'cakupan'
  },
  action: {
    titleBind: 'Tautkan ke {count} unit terpilih | Tautkan ke {count} unit terpilih',
    titleUnbind: 'Lepas tautan dari {count} unit terpilih | Lepas tautan dari {count} unit terpilih',
    titleCreate: 'Buat default untuk {count} unit terpilih | Buat default untuk {count} unit terpilih',
    type: 'Jenis',
    source: 'Pilih dari',
    sources: {
      chats: 'Obrolan terbaru',
      channels: 'Saluran',
      collabs: 'Kolab',
      search: 'Cari obrolan'
    },
    searchLabel: 'Nama obrolan',
    searchHint: 'Minimal {min} karakter',
    byId: 'Atau masukkan ID',
    idLabel: 'ID obrolan, saluran, atau kolab',
    idInvalid: 'Masukkan bilangan bulat positif.',
    pickRequired: 'Pilih obrolan, saluran, atau kolab terlebih dahulu.',
    loading: 'Memuat…',
    empty: 'Tidak ada yang dapat dipilih di sini.',
    loadError: 'Daftar tidak dapat dimuat: {message}',
    bound: 'Saat ini ditautkan ke unit terpilih',
    createHint: 'Setiap unit terpilih yang belum memiliki {type} akan mendapatkan yang baru, bersifat privat dan dinamai sesuai unit tersebut. Unit yang sudah memilikinya tidak diubah.',
    plan: 'Tinjau rencana',
    cancel: 'Batal'
  },
  plan: {
    title: 'Rencana: {action}',
    actionBind: 'tautkan {type} “{title}”',
    actionUnbind: 'lepas tautan {type} “{title}”',
    actionCreate: 'buat {type} default',
    summary: '{count} perubahan akan dikirim dalam {requests} permintaan. | {count} perubahan akan dikirim dalam {requests} permintaan.',
    nothing: 'Tidak ada yang perlu diubah: setiap unit terpilih sudah sesuai permintaan.',
    changes: 'Perubahan',
    skipped: 'Tidak diubah ({count})',
    reasons: {
      'already-bound': 'sudah memilikinya',
      'not-bound': 'tidak memilikinya',
      'has-some': 'sudah memiliki satu',
      'not-loaded': 'komunikasinya belum dimuat'
    },
    change: {
      bind: 'tautkan',
      unbind: 'lepas tautan',
      createDefault: 'buat default'
    },
    send: 'Kirim {count} perubahan | Kirim {count} perubahan',
    discard: 'Buang rencana',
    confirmUnbindTitle: 'Lepas tautan dari {count} unit? | Lepas tautan dari {count} unit?',
    confirmUnbindText: 'Anggota tetap berada di obrolan, tetapi obrolan itu tidak lagi menjadi milik departemen dan tim ini. Perubahan ini dapat dikembalikan dari jurnal.',
    confirmUnbind: 'Lepas tautan'
  },
  run: {
    title: 'Perubahan massal',
    progress: '{settled} dari {total} selesai',
    progressLabel: 'Kemajuan perubahan massal',
    cancel: 'Batal',
    cancelling: 'Berhenti setelah permintaan saat ini…',
    interrupted: 'Perubahan massal berhenti sebelum selesai: {done} dari {total} selesai. Saat dilanjutkan, tidak ada yang dikirim dua kali.',
    resume: 'Lanjutkan',
    finished: 'Selesai: {done} berhasil, {failed} gagal.',
    succeeded: 'Berhasil ({count})',
    failed: 'Gagal ({count})',
    unknown: 'Belum dikonfirmasi ({count}): portal tidak dapat ditanyai tentang kondisinya. Lanjutkan untuk memeriksa lagi.',
    retry: 'Ulangi yang gagal',
    close: 'Tutup laporan',
    error: 'Perubahan massal berhenti: {message}',
    freshError: 'Layar tidak dapat diperbarui dari portal: {message}',
    journalError: 'Perubahan telah dilakukan, tetapi jurnal tidak dapat disimpan: {message}',
    status: {
      pending: 'menunggu',
      running: 'mengirim',
      done: 'selesai',
      failed: 'gagal',
      unknown: 'belum dikonfirmasi'
    }
  }
}
