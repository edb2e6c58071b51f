/** The Structure section's texts (German): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Struktur',
    tabs: 'Strukturansichten',
    matrix: 'Abdeckung'
  },
  types: {
    CHAT: 'Chat',
    CHANNEL: 'Kanal',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'Chat',
    CHANNEL: 'Kanal',
    COLLAB: 'Collab'
  },
  status: {
    nodes: 'Struktur wird geladen: bisher {count} Knoten…',
    nodesOf: 'Struktur wird geladen: {count} von {total} Knoten…',
    communications: '{loaded} von {total} Knoten geladen',
    loaded: '{total} Knoten | {total} Knoten | {total} Knoten',
    error: 'Die Abdeckung konnte nicht geladen werden: {message}',
    cancel: 'Laden abbrechen',
    reload: 'Neu laden'
  },
  filters: {
    label: 'Filter',
    text: 'Nach Name filtern',
    noChat: 'Ohne Chat',
    noChannel: 'Ohne Kanal',
    noCollab: 'Ohne Collab',
    branch: 'Zweig: {name}',
    clearBranch: 'Gesamte Struktur anzeigen',
    reset: 'Filter zurücksetzen',
    shown: '{shown} von {total} angezeigt'
  },
  matrix: {
    label: 'Abdeckung der Unternehmensstruktur',
    name: 'Abteilung oder Team',
    chats: 'Chats',
    channels: 'Kanäle',
    collabs: 'Collabs',
    actions: 'Aktionen',
    selectColumn: 'Auswahl',
    select: '{name} auswählen',
    inherited: '+{count} geerbt',
    hidden: '{count} verborgen',
    cellLabel: '{direct} direkt, {inherited} geerbt, {hidden} verborgen',
    unknown: 'nicht geladen',
    team: 'Team',
    department: 'Abteilung',
    showBranch: 'Nur den Zweig von {name} anzeigen',
    selectBranch: '{name} und alles darunter auswählen',
    empty: 'Keine Abteilung und kein Team entspricht den Filtern.',
    emptyStructure: 'Die Struktur enthält noch keine Abteilungen.'
  },
  selection: {
    count: 'Ausgewählt: {count} | Ausgewählt: {count} | Ausgewählt: {count}',
    selectFiltered: 'Alle angezeigten auswählen',
    clear: 'Auswahl aufheben',
    bind: 'Verknüpfen…',
    unbind: 'Verknüpfung aufheben…',
    createDefault: 'Standard erstellen…',
    noEditRight: 'Nur Administratoren können die Kommunikation per Massenänderung bearbeiten.'
  },
  csv: {
    export: 'CSV exportieren',
    fileName: 'abdeckung'
  },
  action: {
    titleBind: 'Mit {count} ausgewählten Knoten verknüpfen | Mit {count} ausgewähltem Knoten verknüpfen | Mit {count} ausgewählten Knoten verknüpfen',
    titleUnbind: 'Verknüpfung mit {count} ausgewählten Knoten aufheben | Verknüpfung mit {count} ausgewähltem Knoten aufheben | Verknüpfung mit {count} ausgewählten Knoten aufheben',
    titleCreate: 'Standard für {count} ausgewählte Knoten erstellen | Standard für {count} ausgewählten Knoten erstellen | Standard für {count} ausgewählte Knoten erstellen',
    type: 'Typ',
    source: 'Auswählen aus',
    sources: {
      chats: 'Letzte Chats',
      channels: 'Kanäle',
      collabs: 'Collabs',
      search: 'Chats suchen'
    },
    searchLabel: 'Chatname',
    searchHint: 'Mindestens {min} Zeichen',
    byId: 'Oder geben Sie eine ID ein',
    idLabel: 'ID des Chats, Kanals oder Collabs',
    idInvalid: 'Geben Sie eine positive ganze Zahl ein.',
    pickRequired: 'Wählen Sie zuerst einen Chat, Kanal oder Collab aus.',
    loading: 'Wird geladen…',
    empty: 'Hier gibt es nichts zur Auswahl.',
    loadError: 'Die Liste konnte nicht geladen werden: {message}',
    bound: 'Derzeit mit ausgewählten Knoten verknüpft',
    createHint: 'Jeder ausgewählte Knoten ohne {type} erhält einen neuen privaten, der nach dem Knoten benannt ist. Knoten, die bereits einen haben, bleiben unverändert.',
    plan: 'Plan prüfen',
    cancel: 'Abbrechen'
  },
  plan: {
    title: 'Plan: {action}',
    actionBind: 'Verknüpfung mit {type} „{title}“',
    actionUnbind: 'Verknüpfung mit {type} „{title}“ aufheben',
    actionCreate: 'Standard erstellen ({type})',
    summary: '{count} Änderungen werden gesendet, Anfragen: {requests}. | {count} Änderung wird gesendet, Anfragen: {requests}. | {count} Änderungen werden gesendet, Anfragen: {requests}.',
    nothing: 'Nichts zu ändern: Jeder ausgewählte Knoten ist bereits wie gewünscht.',
    changes: 'Änderungen',
    skipped: 'Unverändert ({count})',
    reasons: {
      'already-bound': 'bereits verknüpft',
      'not-bound': 'nicht verknüpft',
      'has-some': 'hat bereits einen',
      'not-loaded': 'Kommunikation nicht geladen'
    },
    change: {
      bind: 'verknüpfen',
      unbind: 'Verknüpfung aufheben',
      createDefault: 'Standard erstellen'
    },
    send: '{count} Änderungen senden | {count} Änderung senden | {count} Änderungen senden',
    discard: 'Plan verwerfen',
    confirmUnbindTitle: 'Verknüpfung mit {count} Knoten aufheben? | Verknüpfung mit {count} Knoten aufheben? | Verknüpfung mit {count} Knoten aufheben?',
    confirmUnbindText: 'Die Mitglieder behalten den Chat, er gehört dann aber nicht mehr zu diesen Abteilungen und Teams. Im Protokoll lässt sich das rückgängig machen.',
    confirmUnbind: 'Verknüpfung aufheben'
  },
  run: {
    title: 'Massenänderung',
    progress: '{settled} von {total} erledigt',
    progressLabel: 'Fortschritt der Massenänderung',
    cancel: 'Abbrechen',
    cancelling: 'Wird nach der aktuellen Anfrage gestoppt…',
    interrupted: 'Die Massenänderung wurde vor dem Ende unterbrochen: {done} von {total} erledigt. Beim Fortsetzen wird nichts doppelt gesendet.',
    resume: 'Fortsetzen',
    finished: 'Fertig: {done} erfolgreich, {failed} fehlgeschlagen.',
    succeeded: 'Erfolgreich ({count})',
    failed: 'Fehlgeschlagen ({count})',
    unknown: 'Nicht bestätigt ({count}): Der Stand im Portal konnte nicht abgefragt werden. Setzen Sie fort, um erneut zu prüfen.',
    retry: 'Fehlgeschlagene wiederholen',
    close: 'Bericht schließen',
    error: 'Die Massenänderung wurde gestoppt: {message}',
    freshError: 'Die Ansicht konnte nicht aus dem Portal aktualisiert werden: {message}',
    journalError: 'Die Änderungen wurden vorgenommen, aber das Protokoll konnte nicht gespeichert werden: {message}',
    status: {
      pending: 'wartet',
      running: 'wird gesendet',
      done: 'erledigt',
      failed: 'fehlgeschlagen',
      unknown: 'nicht bestätigt'
    }
  }
}
