/** The Structure section's texts (Kazakh): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Құрылым',
    tabs: 'Құрылым көріністері',
    matrix: 'Қамту'
  },
  types: {
    CHAT: 'Чат',
    CHANNEL: 'Арна',
    COLLAB: 'Коллаб'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'чат',
    CHANNEL: 'арна',
    COLLAB: 'коллаб'
  },
  status: {
    nodes: 'Құрылым жүктелуде: әзірге {count} түйін…',
    nodesOf: 'Құрылым жүктелуде: {count} / {total} түйін…',
    communications: 'Жүктелді: {loaded} / {total} түйін',
    loaded: '{total} түйін | {total} түйін | {total} түйін',
    error: 'Қамтуды жүктеу мүмкін болмады: {message}',
    cancel: 'Жүктеуді тоқтату',
    reload: 'Қайта жүктеу'
  },
  filters: {
    label: 'Сүзгілер',
    text: 'Атауы бойынша сүзу',
    noChat: 'Чаты жоқ',
    noChannel: 'Арнасы жоқ',
    noCollab: 'Коллабы жоқ',
    branch: 'Тармақ: {name}',
    clearBranch: 'Бүкіл құрылымды көрсету',
    reset: 'Сүзгілерді тазалау',
    shown: 'Көрсетілді: {shown} / {total}'
  },
  matrix: {
    label: 'Компания құрылымын қамту',
    name: 'Бөлім немесе команда',
    chats: 'Чаттар',
    channels: 'Арналар',
    collabs: 'Коллабтар',
    actions: 'Әрекеттер',
    selectColumn: 'Таңдау',
    select: 'Таңдау: {name}',
    inherited: '+{count} мұраланған',
    hidden: '{count} жасырын',
    cellLabel: 'тікелей: {direct}, мұраланған: {inherited}, жасырын: {hidden}',
    unknown: 'жүктелмеген',
    team: 'Команда',
    department: 'Бөлім',
    showBranch: 'Тек «{name}» тармағын көрсету',
    selectBranch: '«{name}» және оның астындағының бәрін таңдау',
    empty: 'Сүзгілерге сәйкес бөлім немесе команда жоқ.',
    emptyStructure: 'Құрылымда әзірге бөлім жоқ.'
  },
  selection: {
    count: 'Таңдалды: {count} | Таңдалды: {count} | Таңдалды: {count}',
    selectFiltered: 'Көрсетілгеннің бәрін таңдау',
    clear: 'Таңдауды тазалау',
    bind: 'Байланыстыру…',
    unbind: 'Ажырату…',
    createDefault: 'Әдепкісін жасау…',
    noEditRight: 'Коммуникацияларды жаппай тек әкімшілер өзгерте алады.'
  },
  csv: {
    export: 'CSV экспорттау',
    fileName: 'qamtu'
  },
  action: {
    titleBind: 'Таңдалған {count} түйінге байланыстыру | Таңдалған {count} түйінге байланыстыру | Таңдалған {count} түйінге байланыстыру',
    titleUnbind: 'Таңдалған {count} түйіннен ажырату | Таңдалған {count} түйіннен ажырату | Таңдалған {count} түйіннен ажырату',
    titleCreate: 'Таңдалған {count} түйін үшін әдепкісін жасау | Таңдалған {count} түйін үшін әдепкісін жасау | Таңдалған {count} түйін үшін әдепкісін жасау',
    type: 'Түрі',
    source: 'Қайдан таңдау',
    sources: {
      chats: 'Соңғы чаттар',
      channels: 'Арналар',
      collabs: 'Коллабтар',
      search: 'Чаттарды іздеу'
    },
    searchLabel: 'Чат атауы',
    searchHint: 'Кемінде {min} таңба',
    byId: 'Немесе ID енгізіңіз',
    idLabel: 'Чат, арна немесе коллаб ID',
    idInvalid: 'Оң бүтін сан енгізіңіз.',
    pickRequired: 'Алдымен чатты, арнаны немесе коллабты таңдаңыз.',
    loading: 'Жүктелуде…',
    empty: 'Мұнда таңдайтын ештеңе жоқ.',
    loadError: 'Тізімді жүктеу мүмкін болмады: {message}',
    bound: 'Қазір таңдалған түйіндерге байланыстырылған',
    createHint: '«{type}» түріндегі коммуникациясы жоқ әр таңдалған түйін өз атауымен жаңа жабық коммуникация алады. Мұндай коммуникациясы бар түйіндер өзгермейді.',
    plan: 'Жоспарды қарау',
    cancel: 'Бас тарту'
  },
  plan: {
    title: 'Жоспар: {action}',
    actionBind: '{type} «{title}» байланыстыру',
    actionUnbind: '{type} «{title}» ажырату',
    actionCreate: 'әдепкі {type} жасау',
    summary: '{count} өзгеріс {requests} сұраумен жіберіледі. | {count} өзгеріс {requests} сұраумен жіберіледі. | {count} өзгеріс {requests} сұраумен жіберіледі.',
    nothing: 'Өзгертетін ештеңе жоқ: таңдалған түйіндердің бәрі қажетті күйде.',
    changes: 'Өзгерістер',
    skipped: 'Өзгеріссіз ({count})',
    reasons: {
      'already-bound': 'әлдеқашан байланыстырылған',
      'not-bound': 'байланыстырылмаған',
      'has-some': 'әлдеқашан бар',
      'not-loaded': 'коммуникациялары жүктелмеген'
    },
    change: {
      bind: 'байланыстыру',
      unbind: 'ажырату',
      createDefault: 'әдепкісін жасау'
    },
    send: '{count} өзгерісті жіберу | {count} өзгерісті жіберу | {count} өзгерісті жіберу',
    discard: 'Жоспардан бас тарту',
    confirmUnbindTitle: '{count} түйіннен ажыратылсын ба? | {count} түйіннен ажыратылсын ба? | {count} түйіннен ажыратылсын ба?',
    confirmUnbindText: 'Қатысушылар чатта қалады, бірақ ол бұдан былай осы бөлімдер мен командаларға тиесілі болмайды. Мұны журнал арқылы кері қайтаруға болады.',
    confirmUnbind: 'Ажырату'
  },
  run: {
    title: 'Жаппай өзгерту',
    progress: '{total} ішінен {settled} дайын',
    progressLabel: 'Жаппай өзгерту барысы',
    cancel: 'Тоқтату',
    cancelling: 'Ағымдағы сұраудан кейін тоқтатылуда…',
    interrupted: 'Жаппай өзгерту соңына дейін жетпей тоқтады: {total} ішінен {done} дайын. Жалғастырғанда ештеңе екі рет жіберілмейді.',
    resume: 'Жалғастыру',
    finished: 'Дайын: {done} сәтті, {failed} сәтсіз.',
    succeeded: 'Сәтті ({count})',
    failed: 'Сәтсіз ({count})',
    unknown: 'Расталмаған ({count}): порталдан онда не бар екенін сұрау мүмкін болмады. Қайта тексеру үшін жалғастырыңыз.',
    retry: 'Сәтсіздерін қайталау',
    close: 'Есепті жабу',
    error: 'Жаппай өзгерту тоқтады: {message}',
    freshError: 'Экранды портал деректерімен жаңарту мүмкін болмады: {message}',
    journalError: 'Өзгерістер енгізілді, бірақ журналды сақтау мүмкін болмады: {message}',
    status: {
      pending: 'күтуде',
      running: 'жіберілуде',
      done: 'дайын',
      failed: 'сәтсіз',
      unknown: 'расталмаған'
    }
  }
}
