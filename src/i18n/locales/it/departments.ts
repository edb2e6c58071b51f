/** Departments texts (Italian). */
export default {
  title: 'Dipartimenti',
  description: 'La struttura aziendale e le chat, i canali e le collab collegati a ogni dipartimento e team.',
  tree: {
    label: 'Struttura aziendale',
    filterLabel: 'Trova un dipartimento o un team',
    filterPlaceholder: 'Nome del dipartimento o del team',
    loading: 'Caricamento della struttura aziendale…',
    loadingCount: 'Caricamento della struttura aziendale… {count} caricati',
    loadingCountOf: 'Caricamento della struttura aziendale… {count} su {total}',
    errorTitle: 'Impossibile caricare la struttura aziendale',
    emptyTitle: 'Nessun dipartimento',
    emptyDescription: 'Il portale non ha ancora dipartimenti o team.',
    noMatches: 'Nessun risultato per “{term}”.',
    matches: 'Trovati: {count}',
    searching: 'Ricerca nel portale…',
    members: 'nessuno | {count} persona | {count} persone',
    expand: 'Espandi {name}',
    collapse: 'Comprimi {name}',
    keyboardHint: 'Frecce per spostarti, Destra per aprire, Sinistra per chiudere, Invio per selezionare.',
    chats: 'nessuna chat | {n} chat | {n} chat',
    channels: 'nessun canale | {n} canale | {n} canali',
    collabs: 'nessuna collab | {n} collab | {n} collab'
  },
  types: {
    DEPARTMENT: 'Dipartimento',
    TEAM: 'Team'
  },
  mine: {
    title: 'I miei dipartimenti',
    none: 'Non fai parte di alcun dipartimento o team.'
  },
  panel: {
    placeholderTitle: 'Scegli un dipartimento o un team',
    placeholderDescription: 'Qui compaiono le sue chat, i suoi canali e le sue collab.',
    loading: 'Caricamento delle comunicazioni…',
    errorTitle: 'Impossibile caricare le comunicazioni',
    readOnly: 'Puoi vedere queste comunicazioni ma non modificarle: serve il diritto di modificare la struttura.',
    groups: {
      chats: 'Chat',
      channels: 'Canali',
      collabs: 'Collab'
    },
    emptyGroup: 'Ancora nessuno',
    hidden: 'Altri {count} che non puoi vedere',
    inherited: 'Ereditato da {name}',
    inheritedUnknown: 'Ereditato da un nodo superiore',
    extranet: 'Extranet',
    noAccess: 'Non sei un membro',
    open: 'Apri {title} nel messenger',
    openShort: 'Apri',
    unbind: 'Scollega {title}',
    bind: 'Collega',
    createDefault: 'Crea predefinito',
    reload: 'Ricarica'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Non puoi modificare le comunicazioni dei dipartimenti',
      TEAM: 'Non puoi modificare le comunicazioni dei team'
    },
    refused: {
      DEPARTMENT: 'Il portale ha rifiutato la modifica: per collegare chat, canali e collab ai dipartimenti serve l’autorizzazione “Modifica dipartimenti”, che gli amministratori concedono nei diritti di accesso della struttura aziendale. Essere a capo di un dipartimento non basta.',
      TEAM: 'Il portale ha rifiutato la modifica: per collegare chat, canali e collab ai team serve l’autorizzazione “Modifica team”, che gli amministratori concedono nei diritti di accesso della struttura aziendale. Essere a capo di un team non basta.'
    },
    checkAgain: 'Verifica di nuovo'
  },
  bind: {
    title: 'Collega a {name}',
    description: 'Scegli chat, canali e collab. Quelli già collegati sono contrassegnati.',
    tabs: {
      chats: 'Chat',
      channels: 'Canali',
      collabs: 'Collab',
      search: 'Cerca'
    },
    searchLabel: 'Cerca chat',
    searchPlaceholder: 'Almeno 2 caratteri',
    searchShort: 'Digita almeno 2 caratteri.',
    loading: 'Caricamento…',
    empty: 'Niente da scegliere qui.',
    alreadyBound: 'Già collegato',
    selected: 'Selezionati: {count}',
    nothingSelected: 'Scegli almeno una chat, un canale o una collab.',
    submit: 'Collega',
    cancel: 'Annulla',
    loadError: 'Impossibile caricare l’elenco: {message}',
    picker: 'Chat, canali e collab da collegare'
  },
  defaults: {
    title: 'Crea la comunicazione predefinita di {name}',
    description: 'Il portale crea una chat o un canale privato, oppure una collab, con il nome del nodo: il responsabile del nodo ne è il proprietario e i suoi membri ne sono i partecipanti.',
    typeLabel: 'Cosa creare',
    submit: 'Crea',
    types: {
      CHAT: 'Chat',
      CHANNEL: 'Canale',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Applica anche ai dipartimenti e ai team figli',
    preview: 'Questa modifica riguarda {count} nodo: | Questa modifica riguarda {count} nodi:',
    more: 'e altri {count}'
  },
  unbind: {
    title: 'Scollegare {title}?',
    description: 'Il collegamento con {name} verrà rimosso. La chat stessa e i suoi membri restano invariati.',
    confirm: 'Scollega',
    cancel: 'Annulla'
  },
  result: {
    bound: 'Collegato a {name}.',
    unbound: 'Scollegato da {name}.',
    created: 'Creato per {name}.',
    failedTitle: 'La modifica non è stata eseguita',
    partial: 'Alcune modifiche sono state eseguite prima dell’errore; l’elenco mostra cosa contiene ora il portale.',
    notSent: 'Non inviati: {types}.'
  },
  errors: {
    accessDenied: 'Il portale ha rifiutato: non hai il diritto di modificare questo dipartimento o team.',
    viewDenied: 'Il portale non ti mostra la struttura aziendale: è accessibile ai dipendenti dell’azienda. Se ti serve, chiedi al tuo amministratore di Bitrix24.',
    notFound: 'Il dipartimento o team non esiste più nel portale. Ricarica la struttura.',
    validation: 'Il portale non ha accettato la modifica: {message}'
  }
}
