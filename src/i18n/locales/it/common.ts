/** Common texts (Italian). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Sezioni',
    departments: 'Dipartimenti',
    chats: 'Chat',
    openlines: 'Canali aperti',
    crmFields: 'Campi CRM'
  },
  user: {
    admin: 'Amministratore',
    avatarAlt: 'Foto di {name}'
  },
  limits: {
    pacingTitle: 'Richieste cadenzate secondo il limite di tempo del portale',
    pacing: 'Il portale concede a ogni applicazione un tempo di elaborazione limitato per metodo ogni dieci minuti. Per restare nel limite, le prossime richieste ({methods}) partiranno alle {time}. Non devi fare nulla: l’applicazione prosegue da sola.',
    refusedTitle: 'Il portale ha sospeso un metodo per questa applicazione',
    refused: 'È stato raggiunto il limite di tempo del portale per {methods}. L’applicazione riprenderà da sola alle {time}; non andrà perso nulla.'
  },
  actions: {
    retry: 'Riprova'
  },
  missing: {
    structureTitle: 'La struttura aziendale non è disponibile',
    structure: 'Questo portale non rende disponibile la struttura aziendale alle applicazioni (REST 3.0). Le altre sezioni funzionano.',
    collabs: 'Questo portale non ha collab, quindi non ce ne sono da collegare.'
  },
  colorMode: {
    label: 'Modalità colore: {mode}',
    system: 'Sistema',
    light: 'Chiaro',
    dark: 'Scuro'
  },
  freshness: {
    asOf: 'Ultimo aggiornamento: {time}',
    checking: 'Verifica delle modifiche…',
    changed: 'Modificati da allora: {count}',
    clearMarks: 'Nascondi i contrassegni',
    checkingRow: 'Verifica delle modifiche',
    changedRow: 'Modificato'
  },
  boot: {
    connecting: 'Connessione a Bitrix24…',
    errorTitle: 'Impossibile avviare l’applicazione',
    accessDenied: 'Non hai accesso a questa applicazione. Chiedi al tuo amministratore di Bitrix24 di concedertelo.'
  },
  errors: {
    network: 'Il portale non è raggiungibile. Controlla la connessione e riprova.',
    generic: 'Il portale ha risposto con un errore: {message}'
  },
  outside: {
    title: 'Apri questa applicazione in Bitrix24',
    lead: 'Communications Hub funziona all’interno di un portale Bitrix24: riceve l’utente connesso e i diritti di accesso dal frame del portale, quindi non può funzionare su una pagina a sé.',
    portalTitle: 'Nel tuo portale Bitrix24',
    portalSteps: {
      one: 'Vai in Risorse per sviluppatori → Altro → Applicazione locale.',
      two: 'Imposta come percorso del gestore (e come percorso di installazione iniziale) l’indirizzo di questa pagina:',
      three: 'Assegna le autorizzazioni humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, quindi apri l’applicazione dal menu Applicazioni.',
      grant: 'Assegna le autorizzazioni {scopes}, quindi apri l’applicazione dal menu Applicazioni.'
    },
    emulatorTitle: 'Senza portale: l’emulatore',
    emulatorText: 'Dalla cartella del progetto, esegui il comando qui sotto. Avvia un portale locale simile a Bitrix24 con questa applicazione al suo interno e mostra l’indirizzo da aprire.'
  },
  install: {
    title: 'Installa Communications Hub',
    lead: 'Communications Hub collega chat, canali e collab ai dipartimenti e ai team della struttura aziendale e configura i connettori dei Canali aperti.',
    featuresTitle: 'Cosa fa l’applicazione',
    features: {
      departments: 'Mostra la struttura aziendale e le comunicazioni di ogni dipartimento e team.',
      chats: 'Crea chat di gruppo e ne gestisce i partecipanti.',
      openlines: 'Registra e configura un connettore dei Canali aperti.',
      crm: 'Mostra i campi delle comunicazioni CRM.',
      sidebar: 'Aggiunge una voce alla barra laterale delle chat di gruppo: i dipartimenti e i team a cui è collegata una chat.'
    },
    scopesTitle: 'Accessi utilizzati',
    scopes: {
      humanresources: 'struttura aziendale',
      im: 'chat e messenger',
      imopenlines: 'canali aperti',
      imconnector: 'connettori dei canali aperti',
      crm: 'CRM',
      user: 'utenti',
      placement: 'integrazione nel portale',
      socialnetwork: 'gruppi di lavoro e collab'
    },
    finish: 'Completa l’installazione',
    finishFailed: 'Impossibile completare l’installazione: {message}',
    pendingTitle: 'L’installazione non è completata',
    pendingText: 'Un amministratore di Bitrix24 deve aprire questa applicazione una volta per completarne l’installazione. Rivolgiti al tuo amministratore, poi riapri l’applicazione.'
  }
}
