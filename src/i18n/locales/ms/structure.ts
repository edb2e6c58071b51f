/** The Structure section's texts (Malay): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Struktur',
    tabs: 'Paparan struktur',
    matrix: 'Liputan'
  },
  types: {
    CHAT: 'Sembang',
    CHANNEL: 'Saluran',
    COLLAB: 'Kolab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'sembang',
    CHANNEL: 'saluran',
    COLLAB: 'kolab'
  },
  status: {
    nodes: 'Memuatkan struktur: {count} unit setakat ini…',
    nodesOf: 'Memuatkan struktur: {count} daripada {total} unit…',
    communications: '{loaded} daripada {total} unit dimuatkan',
    loaded: '{total} unit | {total} unit',
    error: 'Liputan tidak dapat dimuatkan: {message}',
    cancel: 'Hentikan pemuatan',
    reload: 'Muat semula'
  },
  filters: {
    label: 'Penapis',
    text: 'Tapis mengikut nama',
    noChat: 'Tiada sembang',
    noChannel: 'Tiada saluran',
    noCollab: 'Tiada kolab',
    branch: 'Cabang: {name}',
    clearBranch: 'Tunjukkan seluruh struktur',
    reset: 'Kosongkan penapis',
    shown: '{shown} daripada {total} dipaparkan'
  },
  matrix: {
    label: 'Liputan struktur syarikat',
    name: 'Jabatan atau pasukan',
    chats: 'Sembang',
    channels: 'Saluran',
    collabs: 'Kolab',
    actions: 'Tindakan',
    selectColumn: 'Pilihan',
    select: 'Pilih {name}',
    inherited: '+{count} diwarisi',
    hidden: '{count} tersembunyi',
    cellLabel: '{direct} terus, {inherited} diwarisi, {hidden} tersembunyi',
    unknown: 'belum dimuatkan',
    team: 'Pasukan',
    department: 'Jabatan',
    showBranch: 'Tunjukkan cabang {name} sahaja',
    selectBranch: 'Pilih {name} dan semua di bawahnya',
    empty: 'Tiada jabatan atau pasukan yang sepadan dengan penapis.',
    emptyStructure: 'Struktur belum mempunyai jabatan.'
  },
  selection: {
    count: 'Dipilih: {count} | Dipilih: {count}',
    selectFiltered: 'Pilih semua yang dipaparkan',
    clear: 'Kosongkan pilihan',
    bind: 'Pautkan…',
    unbind: 'Nyahpaut…',
    createDefault: 'Cipta lalai…',
    noEditRight: 'Hanya pentadbir boleh mengubah komunikasi secara pukal.'
  },
  csv: {
    export: 'Eksport CSV',
    fileName: 'liputan'
  },
  action: {
    titleBind: 'Pautkan kepada {count} unit yang dipilih | Pautkan kepada {count} unit yang dipilih',
    titleUnbind: 'Nyahpaut daripada {count} unit yang dipilih | Nyahpaut daripada {count} unit yang dipilih',
    titleCreate: 'Cipta lalai untuk {count} unit yang dipilih | Cipta lalai untuk {count} unit yang dipilih',
    type: 'Jenis',
    source: 'Pilih daripada',
    sources: {
      chats: 'Sembang terkini',
      channels: 'Saluran',
      collabs: 'Kolab',
      search: 'Cari sembang'
    },
    searchLabel: 'Nama sembang',
    searchHint: 'Sekurang-kurangnya {min} aksara',
    byId: 'Atau masukkan ID',
    idLabel: 'ID sembang, saluran atau kolab',
    idInvalid: 'Masukkan nombor bulat positif.',
    pickRequired: 'Pilih sembang, saluran atau kolab terlebih dahulu.',
    loading: 'Memuatkan…',
    empty: 'Tiada apa untuk dipilih di sini.',
    loadError: 'Senarai tidak dapat dimuatkan: {message}',
    bound: 'Kini dipautkan kepada unit yang dipilih',
    createHint: 'Setiap unit dipilih yang belum mempunyai {type} akan mendapat satu yang baharu, bersifat peribadi dan dinamakan sempena unit itu. Unit yang sudah mempunyainya tidak diubah.',
    plan: 'Semak pelan',
    cancel: 'Batal'
  },
  plan: {
    title: 'Pelan: {action}',
    actionBind: 'pautkan {type} “{title}”',
    actionUnbind: 'nyahpaut {type} “{title}”',
    actionCreate: 'cipta {type} lalai',
    summary: '{count} perubahan akan dihantar dalam {requests} permintaan. | {count} perubahan akan dihantar dalam {requests} permintaan.',
    nothing: 'Tiada apa untuk diubah: setiap unit yang dipilih sudah seperti yang diminta.',
    changes: 'Perubahan',
    skipped: 'Tidak diubah ({count})',
    reasons: {
      'already-bound': 'sudah mempunyainya',
      'not-bound': 'tidak mempunyainya',
      'has-some': 'sudah mempunyai satu',
      'not-loaded': 'komunikasinya belum dimuatkan'
    },
    change: {
      bind: 'pautkan',
      unbind: 'nyahpaut',
      createDefault: 'cipta lalai'
    },
    send: 'Hantar {count} perubahan | Hantar {count} perubahan',
    discard: 'Buang pelan',
    confirmUnbindTitle: 'Nyahpaut daripada {count} unit? | Nyahpaut daripada {count} unit?',
    confirmUnbindText: 'Ahli kekal dalam sembang, tetapi sembang itu tidak lagi milik jabatan dan pasukan ini. Jurnal boleh membuat asal perubahan ini.',
    confirmUnbind: 'Nyahpaut'
  },
  run: {
    title: 'Perubahan pukal',
    progress: '{settled} daripada {total} selesai',
    progressLabel: 'Kemajuan perubahan pukal',
    cancel: 'Batal',
    cancelling: 'Berhenti selepas permintaan semasa…',
    interrupted: 'Perubahan pukal berhenti sebelum tamat: {done} daripada {total} selesai. Tiada apa yang dihantar dua kali apabila disambung semula.',
    resume: 'Sambung semula',
    finished: 'Selesai: {done} berjaya, {failed} gagal.',
    succeeded: 'Berjaya ({count})',
    failed: 'Gagal ({count})',
    unknown: 'Belum disahkan ({count}): portal tidak dapat ditanya tentang keadaannya. Sambung semula untuk menyemak sekali lagi.',
    retry: 'Cuba semula yang gagal',
    close: 'Tutup laporan',
    error: 'Perubahan pukal berhenti: {message}',
    freshError: 'Skrin tidak dapat dikemas kini daripada portal: {message}',
    journalError: 'Perubahan telah dibuat, tetapi jurnal tidak dapat disimpan: {message}',
    status: {
      pending: 'menunggu',
      running: 'menghantar',
      done: 'selesai',
      failed: 'gagal',
      unknown: 'belum disahkan'
    }
  }
}
