/** The Structure section's texts (Hindi): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'संरचना',
    tabs: 'संरचना के व्यू',
    matrix: 'कवरेज'
  },
  types: {
    CHAT: 'चैट',
    CHANNEL: 'चैनल',
    COLLAB: 'कोलैब'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'चैट',
    CHANNEL: 'चैनल',
    COLLAB: 'कोलैब'
  },
  status: {
    nodes: 'संरचना लोड हो रही है: अब तक {count} इकाइयाँ…',
    nodesOf: 'संरचना लोड हो रही है: {total} में से {count} इकाइयाँ…',
    communications: '{total} में से {loaded} इकाइयाँ लोड हुईं',
    loaded: '{total} इकाइयाँ | {total} इकाई | {total} इकाइयाँ',
    error: 'कवरेज लोड नहीं हो सका: {message}',
    cancel: 'लोड करना रोकें',
    reload: 'फिर से लोड करें'
  },
  filters: {
    label: 'फ़िल्टर',
    text: 'नाम से फ़िल्टर करें',
    noChat: 'कोई चैट नहीं',
    noChannel: 'कोई चैनल नहीं',
    noCollab: 'कोई कोलैब नहीं',
    branch: 'शाखा: {name}',
    clearBranch: 'पूरी संरचना दिखाएँ',
    reset: 'फ़िल्टर साफ़ करें',
    shown: '{total} में से {shown} दिखाए गए'
  },
  matrix: {
    label: 'कंपनी संरचना का कवरेज',
    name: 'विभाग या टीम',
    chats: 'चैट',
    channels: 'चैनल',
    collabs: 'कोलैब',
    actions: 'कार्रवाइयाँ',
    selectColumn: 'चयन',
    select: '{name} चुनें',
    inherited: '+{count} विरासत में मिले',
    hidden: '{count} छिपे हुए',
    cellLabel: '{direct} सीधे, {inherited} विरासत में मिले, {hidden} छिपे हुए',
    unknown: 'लोड नहीं हुआ',
    team: 'टीम',
    department: 'विभाग',
    showBranch: 'केवल {name} की शाखा दिखाएँ',
    selectBranch: '{name} और उसके अंतर्गत सब कुछ चुनें',
    empty: 'कोई भी विभाग या टीम फ़िल्टर से मेल नहीं खाती।',
    emptyStructure: 'संरचना में अभी कोई विभाग नहीं है।'
  },
  selection: {
    count: 'चयनित: {count} | चयनित: {count} | चयनित: {count}',
    selectFiltered: 'दिखाए गए सभी चुनें',
    clear: 'चयन हटाएँ',
    bind: 'लिंक करें…',
    unbind: 'अनलिंक करें…',
    createDefault: 'डिफ़ॉल्ट बनाएँ…',
    noEditRight: 'केवल एडमिनिस्ट्रेटर ही कम्युनिकेशन को बल्क में बदल सकते हैं।'
  },
  csv: {
    export: 'CSV एक्सपोर्ट करें',
    fileName: 'कवरेज'
  },
  action: {
    titleBind: 'चुनी गई {count} इकाइयों से लिंक करें | चुनी गई {count} इकाई से लिंक करें | चुनी गई {count} इकाइयों से लिंक करें',
    titleUnbind: 'चुनी गई {count} इकाइयों से अनलिंक करें | चुनी गई {count} इकाई से अनलिंक करें | चुनी गई {count} इकाइयों से अनलिंक करें',
    titleCreate: 'चुनी गई {count} इकाइयों के लिए डिफ़ॉल्ट बनाएँ | चुनी गई {count} इकाई के लिए डिफ़ॉल्ट बनाएँ | चुनी गई {count} इकाइयों के लिए डिफ़ॉल्ट बनाएँ',
    type: 'प्रकार',
    source: 'कहाँ से चुनें',
    sources: {
      chats: 'हाल की चैट',
      channels: 'चैनल',
      collabs: 'कोलैब',
      search: 'चैट खोजें'
    },
    searchLabel: 'चैट का नाम',
    searchHint: 'कम से कम {min} वर्ण',
    byId: 'या ID दर्ज करें',
    idLabel: 'चैट, चैनल या कोलैब की ID',
    idInvalid: 'एक धनात्मक पूर्ण संख्या दर्ज करें।',
    pickRequired: 'पहले कोई चैट, चैनल या कोलैब चुनें।',
    loading: 'लोड हो रहा है…',
    empty: 'यहाँ चुनने के लिए कुछ नहीं है।',
    loadError: 'सूची लोड नहीं हो सकी: {message}',
    bound: 'अभी चुनी गई इकाइयों से लिंक है',
    createHint: 'चुनी गई जिन इकाइयों के पास {type} नहीं है, उनमें से हर एक के लिए उसी के नाम से एक नया निजी {type} बनाया जाएगा। जिनके पास पहले से है, उन्हें नहीं बदला जाएगा।',
    plan: 'योजना की समीक्षा करें',
    cancel: 'रद्द करें'
  },
  plan: {
    title: 'योजना: {action}',
    actionBind: '{type} “{title}” लिंक करें',
    actionUnbind: '{type} “{title}” अनलिंक करें',
    actionCreate: 'डिफ़ॉल्ट {type} बनाएँ',
    summary: '{count} बदलाव कुल {requests} अनुरोधों में भेजे जाएँगे। | {count} बदलाव कुल {requests} अनुरोधों में भेजा जाएगा। | {count} बदलाव कुल {requests} अनुरोधों में भेजे जाएँगे।',
    nothing: 'बदलने के लिए कुछ नहीं है: चुनी गई हर इकाई पहले से अनुरोध के अनुसार है।',
    changes: 'बदलाव',
    skipped: 'छोड़े गए ({count})',
    reasons: {
      'already-bound': 'पहले से मौजूद है',
      'not-bound': 'मौजूद नहीं है',
      'has-some': 'पहले से एक मौजूद है',
      'not-loaded': 'इसके कम्युनिकेशन लोड नहीं हुए हैं'
    },
    change: {
      bind: 'लिंक करें',
      unbind: 'अनलिंक करें',
      createDefault: 'डिफ़ॉल्ट बनाएँ'
    },
    send: '{count} बदलाव भेजें | {count} बदलाव भेजें | {count} बदलाव भेजें',
    discard: 'योजना छोड़ें',
    confirmUnbindTitle: '{count} इकाइयों से अनलिंक करें? | {count} इकाई से अनलिंक करें? | {count} इकाइयों से अनलिंक करें?',
    confirmUnbindText: 'सदस्य चैट में बने रहेंगे, लेकिन वह अब इन विभागों और टीमों से संबंधित नहीं रहेगी। जर्नल से इसे पूर्ववत किया जा सकता है।',
    confirmUnbind: 'अनलिंक करें'
  },
  run: {
    title: 'बल्क बदलाव',
    progress: '{total} में से {settled} पूरे',
    progressLabel: 'बल्क बदलाव की प्रगति',
    cancel: 'रद्द करें',
    cancelling: 'मौजूदा अनुरोध के बाद रोका जा रहा है…',
    interrupted: 'बल्क बदलाव बीच में रुक गया: {total} में से {done} पूरे हुए। फिर से शुरू करने पर कुछ भी दोबारा नहीं भेजा जाएगा।',
    resume: 'फिर से शुरू करें',
    finished: 'पूरा हुआ: {done} सफल, {failed} विफल।',
    succeeded: 'सफल ({count})',
    failed: 'विफल ({count})',
    unknown: 'पुष्टि नहीं हुई ({count}): पोर्टल से उसकी मौजूदा स्थिति पूछी नहीं जा सकी। फिर से जाँचने के लिए फिर से शुरू करें।',
    retry: 'विफल बदलाव फिर से आज़माएँ',
    close: 'रिपोर्ट बंद करें',
    error: 'बल्क बदलाव रुक गया: {message}',
    freshError: 'स्क्रीन को पोर्टल से रीफ़्रेश नहीं किया जा सका: {message}',
    journalError: 'बदलाव कर दिए गए, लेकिन जर्नल सहेजा नहीं जा सका: {message}',
    status: {
      pending: 'प्रतीक्षा में',
      running: 'भेजा जा रहा है',
      done: 'पूरा',
      failed: 'विफल',
      unknown: 'पुष्टि नहीं हुई'
    }
  }
}
