/** Openlines texts (Italian). */
export default {
  title: 'Canali aperti',
  description: 'I canali aperti e i connettori, con lo stato che il portale riporta per ogni coppia, e le impostazioni del connettore di questa applicazione.',
  refresh: 'Ricarica dal portale',
  loading: 'Caricamento di canali aperti e connettori…',
  loadErrorTitle: 'Impossibile caricare i Canali aperti',
  emptyTitle: 'Nessun canale aperto',
  emptyDescription: 'Il portale non ha ancora canali aperti. Creane uno nel Contact Center, poi torna qui.',
  adminOnly: 'Solo un amministratore di Bitrix24 configura i connettori dei Canali aperti. Qui puoi vederne lo stato.',
  connectorsDenied: 'L’elenco dei connettori non è disponibile per te ({reason}); viene mostrato solo il connettore di questa applicazione.',
  line: {
    off: 'Canale aperto disattivato',
    number: 'Canale aperto {id}'
  },
  connector: {
    title: 'Connettore di questa applicazione',
    id: 'ID connettore: {id}',
    registered: 'Registrato',
    notRegistered: 'Non registrato',
    unknown: 'Registrazione sconosciuta',
    registerHint: 'La registrazione aggiunge il connettore al Contact Center; le sue impostazioni aprono questa applicazione.',
    register: 'Registra connettore',
    update: 'Aggiorna registrazione',
    unregister: 'Annulla registrazione',
    registeredToast: 'Il connettore è registrato.',
    unregisteredToast: 'La registrazione del connettore è stata annullata.',
    confirmUnregisterTitle: 'Annullare la registrazione del connettore?',
    confirmUnregisterText: 'Il connettore viene rimosso da tutti i canali aperti e le impostazioni del canale di ciascuno vengono eliminate. L’operazione è irreversibile.',
    failed: 'Impossibile modificare il connettore'
  },
  filter: {
    label: 'Mostra',
    all: 'Tutte le coppie',
    attention: 'Da verificare ({count})',
    search: 'Cerca canali aperti e connettori',
    onlyMine: 'Solo il connettore di questa applicazione'
  },
  table: {
    label: 'Canali aperti e connettori',
    line: 'Canale aperto',
    connector: 'Connettore',
    status: 'Stato',
    actions: 'Azioni',
    empty: 'Nessuna coppia corrisponde al filtro.',
    emptyAttention: 'Niente da verificare.'
  },
  status: {
    active: 'Attivo',
    inactive: 'Inattivo',
    connected: 'Connesso',
    notConnected: 'Non connesso',
    error: 'Errore',
    working: 'Funziona',
    notWorking: 'Non funziona',
    registered: 'Registrato',
    notRegistered: 'Non registrato',
    unavailable: 'Stato non disponibile',
    attention: 'Da verificare'
  },
  actions: {
    activate: 'Attiva',
    deactivate: 'Disattiva',
    settings: 'Impostazioni del canale',
    settingsFor: 'Impostazioni del canale per {line}',
    activateFor: 'Attiva su {line}',
    deactivateFor: 'Disattiva su {line}',
    cancel: 'Annulla',
    confirm: 'Conferma',
    allLines: 'Tutti i canali aperti',
    close: 'Chiudi'
  },
  activation: {
    activated: 'Il connettore è attivo su {line}.',
    deactivated: 'Il connettore è disattivato su {line}; le sue impostazioni lì sono state eliminate.',
    confirmTitle: 'Disattivare su {line}?',
    confirmText: 'La disattivazione elimina nel portale le impostazioni del canale di questo canale aperto (ID, URL, URL operatore e nome). Per riconnetterlo, attiva il connettore e salva di nuovo le impostazioni.',
    failed: 'Impossibile attivare o disattivare il connettore'
  },
  channel: {
    title: 'Impostazioni del canale',
    pair: '{connector} su {line}',
    replaceNotice: 'Il salvataggio sostituisce tutte e quattro le impostazioni nel portale: non è possibile modificarne una sola. Per questo il modulo le invia sempre tutte, partendo dai valori salvati per ultimi da questa applicazione.',
    noSaved: 'Questa applicazione non ha ancora impostazioni salvate per questo canale aperto, quindi il modulo parte dai valori predefiniti.',
    connector: 'Connettore',
    line: 'Canale aperto',
    id: 'ID canale',
    idHint: 'Se vuoto: {fallback}',
    url: 'URL del canale',
    urlHint: 'Link completo alla chat o al canale, http:// o https://',
    urlIm: 'URL operatore',
    urlImHint: 'Se vuoto: l’URL del canale',
    name: 'Nome del canale',
    save: 'Salva impostazioni',
    saved: 'Le impostazioni del canale sono state salvate.',
    notRemembered: 'Il portale ha accettato le impostazioni, ma l’applicazione non è riuscita a memorizzarle per la prossima volta.',
    failed: 'Impossibile salvare le impostazioni',
    errors: {
      urlRequired: 'Inserisci l’URL del canale.',
      urlInvalid: 'Inserisci un indirizzo completo che inizi con http:// o https://.',
      urlImInvalid: 'Inserisci un indirizzo completo che inizi con http:// o https://, oppure lascia il campo vuoto per usare l’URL del canale.',
      urlHidden: 'L’indirizzo contiene caratteri di direzione invisibili che possono mascherarne la vera destinazione. Digitalo di nuovo senza di essi.',
      nameRequired: 'Inserisci un nome per il canale.'
    }
  },
  placement: {
    title: 'Impostazioni del connettore',
    lineMissing: 'Il canale aperto {line} non è stato trovato nel portale.',
    fromPortal: 'Come riportato dal Contact Center all’apertura di questa pagina'
  },
  errors: {
    wrongAuthType: 'Le impostazioni del connettore funzionano solo all’interno di Bitrix24, quando il portale apre questa applicazione (contesto di applicazione). Non possono essere modificate tramite un webhook.',
    accessDenied: 'Non hai il diritto di modificare i connettori dei Canali aperti. Rivolgiti al tuo amministratore di Bitrix24.',
    scope: 'L’applicazione non ha accesso ai Canali aperti (autorizzazione imopenlines). Chiedi al tuo amministratore di reinstallarla con questa autorizzazione.',
    busy: 'Il portale è occupato. Attendi un momento e riprova.',
    network: 'Il portale non è raggiungibile. Controlla la connessione e riprova.',
    generic: 'Risposta del portale: {message}'
  }
}
