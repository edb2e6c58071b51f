/** Common texts (German). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Bereiche',
    departments: 'Abteilungen',
    chats: 'Chats',
    openlines: 'Kommunikationskanäle',
    crmFields: 'CRM-Felder'
  },
  user: {
    admin: 'Administrator',
    avatarAlt: 'Foto von {name}'
  },
  limits: {
    pacingTitle: 'Anfragen werden an das Zeitlimit des Portals angepasst',
    pacing: 'Das Portal gewährt jeder Anwendung pro Methode nur eine begrenzte Verarbeitungszeit innerhalb von zehn Minuten. Um dieses Limit einzuhalten, werden die nächsten Anfragen ({methods}) um {time} gesendet. Sie müssen nichts tun: Die Anwendung arbeitet selbstständig weiter.',
    refusedTitle: 'Das Portal hat eine Methode für diese Anwendung pausiert',
    refused: 'Das Zeitlimit des Portals für {methods} ist erreicht. Die Anwendung arbeitet um {time} selbstständig weiter; es geht nichts verloren.'
  },
  actions: {
    retry: 'Erneut versuchen'
  },
  missing: {
    structureTitle: 'Die Unternehmensstruktur ist nicht verfügbar',
    structure: 'Dieses Portal stellt Anwendungen seine Unternehmensstruktur nicht zur Verfügung (REST 3.0). Die anderen Bereiche funktionieren.',
    collabs: 'Dieses Portal hat keine Collabs, daher gibt es keine zum Verknüpfen.'
  },
  colorMode: {
    label: 'Farbmodus: {mode}',
    system: 'Systemstandard',
    light: 'Hell',
    dark: 'Dunkel'
  },
  freshness: {
    asOf: 'Stand: {time}',
    checking: 'Änderungen werden geprüft…',
    changed: 'Seitdem geändert: {count}',
    clearMarks: 'Markierungen ausblenden',
    checkingRow: 'Änderungen werden geprüft',
    changedRow: 'Geändert'
  },
  boot: {
    connecting: 'Verbindung mit Bitrix24 wird hergestellt…',
    errorTitle: 'Die Anwendung konnte nicht gestartet werden',
    accessDenied: 'Sie haben keinen Zugriff auf diese Anwendung. Bitten Sie Ihren Bitrix24-Administrator, Ihnen den Zugriff zu gewähren.'
  },
  errors: {
    network: 'Das Portal ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    generic: 'Das Portal hat mit einem Fehler geantwortet: {message}'
  },
  outside: {
    title: 'Öffnen Sie diese Anwendung in Bitrix24',
    lead: 'Communications Hub läuft innerhalb eines Bitrix24-Portals: Den angemeldeten Nutzer und die Zugriffsrechte erhält die Anwendung aus dem Frame des Portals, daher funktioniert sie nicht auf einer eigenen Seite.',
    portalTitle: 'In Ihrem Bitrix24-Portal',
    portalSteps: {
      one: 'Öffnen Sie Entwicklerressourcen → Andere → Lokale Anwendung.',
      two: 'Geben Sie als Pfad des Handlers (und als Pfad für die Erstinstallation) die Adresse dieser Seite an:',
      three: 'Vergeben Sie die Berechtigungen humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork und öffnen Sie die Anwendung dann über das Menü Anwendungen.',
      grant: 'Vergeben Sie die Berechtigungen {scopes} und öffnen Sie die Anwendung dann über das Menü Anwendungen.'
    },
    emulatorTitle: 'Ohne Portal: der Emulator',
    emulatorText: 'Führen Sie im Projektordner den folgenden Befehl aus. Er startet ein lokales, Bitrix24-ähnliches Portal mit dieser Anwendung und gibt die Adresse aus, die Sie öffnen müssen.'
  },
  install: {
    title: 'Communications Hub installieren',
    lead: 'Communications Hub verknüpft Chats, Kanäle und Collabs mit den Abteilungen und Teams Ihrer Unternehmensstruktur und richtet Konnektoren für Kommunikationskanäle ein.',
    featuresTitle: 'Was die Anwendung macht',
    features: {
      departments: 'Zeigt die Unternehmensstruktur und die Kommunikation jeder Abteilung und jedes Teams.',
      chats: 'Erstellt Gruppenchats und verwaltet deren Teilnehmer.',
      openlines: 'Registriert und konfiguriert einen Konnektor für Kommunikationskanäle.',
      crm: 'Zeigt die Felder der CRM-Kommunikation.',
      sidebar: 'Fügt der Seitenleiste von Gruppenchats einen Eintrag hinzu: die Abteilungen und Teams, mit denen ein Chat verknüpft ist.'
    },
    scopesTitle: 'Verwendete Zugriffsrechte',
    scopes: {
      humanresources: 'Unternehmensstruktur',
      im: 'Chats und Messenger',
      imopenlines: 'Kommunikationskanäle',
      imconnector: 'Konnektoren für Kommunikationskanäle',
      crm: 'CRM',
      user: 'Nutzer',
      placement: 'Einbettung ins Portal',
      socialnetwork: 'Arbeitsgruppen und Collabs'
    },
    finish: 'Installation abschließen',
    finishFailed: 'Die Installation konnte nicht abgeschlossen werden: {message}',
    pendingTitle: 'Die Installation ist nicht abgeschlossen',
    pendingText: 'Ein Bitrix24-Administrator muss diese Anwendung einmal öffnen, um die Installation abzuschließen. Wenden Sie sich an Ihren Administrator und öffnen Sie die Anwendung dann erneut.'
  }
}
