/** The Structure section's texts (Italian): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Struttura',
    tabs: 'Viste della struttura',
    matrix: 'Copertura'
  },
  types: {
    CHAT: 'Chat',
    CHANNEL: 'Canale',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'chat',
    CHANNEL: 'canale',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Caricamento della struttura: finora {count} nodi…',
    nodesOf: 'Caricamento della struttura: {count} nodi su {total}…',
    communications: 'Caricati {loaded} nodi su {total}',
    loaded: '{total} nodi | {total} nodo | {total} nodi',
    error: 'Impossibile caricare la copertura: {message}',
    cancel: 'Interrompi il caricamento',
    reload: 'Ricarica'
  },
  filters: {
    label: 'Filtri',
    text: 'Filtra per nome',
    noChat: 'Senza chat',
    noChannel: 'Senza canale',
    noCollab: 'Senza collab',
    branch: 'Ramo: {name}',
    clearBranch: 'Mostra tutta la struttura',
    reset: 'Cancella i filtri',
    shown: '{shown} di {total} mostrati'
  },
  matrix: {
    label: 'Copertura della struttura aziendale',
    name: 'Dipartimento o team',
    chats: 'Chat',
    channels: 'Canali',
    collabs: 'Collab',
    actions: 'Azioni',
    selectColumn: 'Selezione',
    select: 'Seleziona {name}',
    inherited: '+{count} ereditati',
    hidden: '{count} nascosti',
    cellLabel: '{direct} diretti, {inherited} ereditati, {hidden} nascosti',
    unknown: 'non caricato',
    team: 'Team',
    department: 'Dipartimento',
    showBranch: 'Mostra solo il ramo di {name}',
    selectBranch: 'Seleziona {name} e tutto ciò che ne dipende',
    empty: 'Nessun dipartimento o team corrisponde ai filtri.',
    emptyStructure: 'La struttura non contiene ancora dipartimenti.'
  },
  selection: {
    count: 'Selezionati: {count} | Selezionati: {count} | Selezionati: {count}',
    selectFiltered: 'Seleziona tutti quelli mostrati',
    clear: 'Cancella la selezione',
    bind: 'Collega…',
    unbind: 'Scollega…',
    createDefault: 'Crea predefinito…',
    noEditRight: 'Solo gli amministratori possono modificare le comunicazioni in blocco.'
  },
  csv: {
    export: 'Esporta CSV',
    fileName: 'copertura'
  },
  action: {
    titleBind: 'Collega a {count} nodi selezionati | Collega a {count} nodo selezionato | Collega a {count} nodi selezionati',
    titleUnbind: 'Scollega da {count} nodi selezionati | Scollega da {count} nodo selezionato | Scollega da {count} nodi selezionati',
    titleCreate: 'Crea l’elemento predefinito per {count} nodi selezionati | Crea l’elemento predefinito per {count} nodo selezionato | Crea l’elemento predefinito per {count} nodi selezionati',
    type: 'Tipo',
    source: 'Scegli da',
    sources: {
      chats: 'Chat recenti',
      channels: 'Canali',
      collabs: 'Collab',
      search: 'Cerca chat'
    },
    searchLabel: 'Nome della chat',
    searchHint: 'Almeno {min} caratteri',
    byId: 'Oppure inserisci un ID',
    idLabel: 'ID della chat, del canale o della collab',
    idInvalid: 'Inserisci un numero intero positivo.',
    pickRequired: 'Scegli prima una chat, un canale o una collab.',
    loading: 'Caricamento…',
    empty: 'Niente da scegliere qui.',
    loadError: 'Impossibile caricare l’elenco: {message}',
    bound: 'Attualmente collegati ai nodi selezionati',
    createHint: 'Per ogni nodo selezionato senza {type} viene creato un nuovo elemento privato con il nome del nodo. I nodi che ne hanno già uno restano invariati.',
    plan: 'Rivedi il piano',
    cancel: 'Annulla'
  },
  plan: {
    title: 'Piano: {action}',
    actionBind: 'collega {type} “{title}”',
    actionUnbind: 'scollega {type} “{title}”',
    actionCreate: 'crea predefinito ({type})',
    summary: '{count} modifiche verranno inviate (richieste: {requests}). | {count} modifica verrà inviata (richieste: {requests}). | {count} modifiche verranno inviate (richieste: {requests}).',
    nothing: 'Niente da modificare: ogni nodo selezionato è già come richiesto.',
    changes: 'Modifiche',
    skipped: 'Invariati ({count})',
    reasons: {
      'already-bound': 'già collegato',
      'not-bound': 'non collegato',
      'has-some': 'ne ha già uno',
      'not-loaded': 'comunicazioni non caricate'
    },
    change: {
      bind: 'collega',
      unbind: 'scollega',
      createDefault: 'crea predefinito'
    },
    send: 'Invia {count} modifiche | Invia {count} modifica | Invia {count} modifiche',
    discard: 'Scarta il piano',
    confirmUnbindTitle: 'Scollegare da {count} nodi? | Scollegare da {count} nodo? | Scollegare da {count} nodi?',
    confirmUnbindText: 'I membri mantengono la chat, ma non apparterrà più a questi dipartimenti e team. Puoi revocare l’operazione dal registro.',
    confirmUnbind: 'Scollega'
  },
  run: {
    title: 'Modifica in blocco',
    progress: '{settled} di {total} completati',
    progressLabel: 'Avanzamento della modifica in blocco',
    cancel: 'Annulla',
    cancelling: 'Interruzione dopo la richiesta in corso…',
    interrupted: 'La modifica in blocco si è interrotta prima della fine: {done} di {total} completati. Alla ripresa non verrà inviato nulla due volte.',
    resume: 'Riprendi',
    finished: 'Fatto: {done} riuscite, {failed} non riuscite.',
    succeeded: 'Riuscite ({count})',
    failed: 'Non riuscite ({count})',
    unknown: 'Non confermate ({count}): non è stato possibile chiedere al portale cosa contiene. Riprendi per verificare di nuovo.',
    retry: 'Riprova quelle non riuscite',
    close: 'Chiudi il rapporto',
    error: 'La modifica in blocco si è interrotta: {message}',
    freshError: 'Impossibile aggiornare la schermata dal portale: {message}',
    journalError: 'Le modifiche sono state eseguite, ma non è stato possibile salvare il registro: {message}',
    status: {
      pending: 'in attesa',
      running: 'invio in corso',
      done: 'completata',
      failed: 'non riuscita',
      unknown: 'non confermata'
    }
  }
}
