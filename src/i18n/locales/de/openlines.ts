/** Openlines texts (German). */
export default {
  title: 'Kommunikationskanäle',
  description: 'Kommunikationskanäle und Konnektoren mit dem Status, den das Portal für jedes Paar meldet, sowie die Einstellungen des eigenen Konnektors dieser Anwendung.',
  refresh: 'Aus dem Portal neu laden',
  loading: 'Kommunikationskanäle und Konnektoren werden geladen…',
  loadErrorTitle: 'Die Kommunikationskanäle konnten nicht geladen werden',
  emptyTitle: 'Keine Kommunikationskanäle',
  emptyDescription: 'Im Portal gibt es noch keine Kommunikationskanäle. Erstellen Sie einen im Contact Center und kehren Sie dann hierher zurück.',
  adminOnly: 'Nur ein Bitrix24-Administrator kann Konnektoren für Kommunikationskanäle einrichten. Hier sehen Sie deren Status.',
  connectorsDenied: 'Die Liste der Konnektoren ist für Sie nicht verfügbar ({reason}); nur der Konnektor dieser Anwendung wird angezeigt.',
  line: {
    off: 'Kommunikationskanal deaktiviert',
    number: 'Kommunikationskanal {id}'
  },
  connector: {
    title: 'Konnektor dieser Anwendung',
    id: 'Konnektor-ID: {id}',
    registered: 'Registriert',
    notRegistered: 'Nicht registriert',
    unknown: 'Registrierung unbekannt',
    registerHint: 'Bei der Registrierung wird der Konnektor zum Contact Center hinzugefügt; seine Einstellungen öffnen diese Anwendung.',
    register: 'Konnektor registrieren',
    update: 'Registrierung aktualisieren',
    unregister: 'Registrierung aufheben',
    registeredToast: 'Der Konnektor ist registriert.',
    unregisteredToast: 'Die Registrierung des Konnektors wurde aufgehoben.',
    confirmUnregisterTitle: 'Registrierung des Konnektors aufheben?',
    confirmUnregisterText: 'Der Konnektor wird aus allen Kommunikationskanälen entfernt, und die Kanaleinstellungen jedes Kommunikationskanals werden gelöscht. Dies kann nicht rückgängig gemacht werden.',
    failed: 'Der Konnektor konnte nicht geändert werden'
  },
  filter: {
    label: 'Anzeigen',
    all: 'Alle Paare',
    attention: 'Handlungsbedarf ({count})',
    search: 'Kommunikationskanäle und Konnektoren suchen',
    onlyMine: 'Nur der Konnektor dieser Anwendung'
  },
  table: {
    label: 'Kommunikationskanäle und Konnektoren',
    line: 'Kommunikationskanal',
    connector: 'Konnektor',
    status: 'Status',
    actions: 'Aktionen',
    empty: 'Kein Paar entspricht dem Filter.',
    emptyAttention: 'Kein Handlungsbedarf.'
  },
  status: {
    active: 'Aktiv',
    inactive: 'Inaktiv',
    connected: 'Verbunden',
    notConnected: 'Nicht verbunden',
    error: 'Fehler',
    working: 'Funktioniert',
    notWorking: 'Funktioniert nicht',
    registered: 'Registriert',
    notRegistered: 'Nicht registriert',
    unavailable: 'Status nicht verfügbar',
    attention: 'Handlungsbedarf'
  },
  actions: {
    activate: 'Aktivieren',
    deactivate: 'Deaktivieren',
    settings: 'Kanaleinstellungen',
    settingsFor: 'Kanaleinstellungen für {line}',
    activateFor: 'Für {line} aktivieren',
    deactivateFor: 'Für {line} deaktivieren',
    cancel: 'Abbrechen',
    confirm: 'Bestätigen',
    allLines: 'Alle Kommunikationskanäle',
    close: 'Schließen'
  },
  activation: {
    activated: 'Der Konnektor ist für {line} aktiv.',
    deactivated: 'Der Konnektor ist für {line} deaktiviert; seine Einstellungen dort wurden gelöscht.',
    confirmTitle: 'Für {line} deaktivieren?',
    confirmText: 'Beim Deaktivieren werden die Kanaleinstellungen dieses Kommunikationskanals (ID, URL, Operator-URL und Name) im Portal gelöscht. Um die Verbindung wiederherzustellen, aktivieren Sie den Konnektor und speichern die Einstellungen erneut.',
    failed: 'Der Konnektor konnte nicht umgeschaltet werden'
  },
  channel: {
    title: 'Kanaleinstellungen',
    pair: '{connector} für {line}',
    replaceNotice: 'Beim Speichern werden alle vier Einstellungen im Portal ersetzt: Einzelne lassen sich nicht ändern. Das Formular sendet immer alle, ausgehend von den Werten, die diese Anwendung zuletzt gespeichert hat.',
    noSaved: 'Diese Anwendung hat für diesen Kommunikationskanal noch keine Einstellungen gespeichert, daher beginnt das Formular mit den Standardwerten.',
    connector: 'Konnektor',
    line: 'Kommunikationskanal',
    id: 'Kanal-ID',
    idHint: 'Wenn leer: {fallback}',
    url: 'Kanal-URL',
    urlHint: 'Vollständiger Link zum Chat oder Kanal, http:// oder https://',
    urlIm: 'Operator-URL',
    urlImHint: 'Wenn leer: die Kanal-URL',
    name: 'Kanalname',
    save: 'Einstellungen speichern',
    saved: 'Die Kanaleinstellungen wurden gespeichert.',
    notRemembered: 'Das Portal hat die Einstellungen übernommen, aber die Anwendung konnte sie sich nicht für das nächste Mal merken.',
    failed: 'Die Einstellungen konnten nicht gespeichert werden',
    errors: {
      urlRequired: 'Geben Sie die Kanal-URL ein.',
      urlInvalid: 'Geben Sie eine vollständige Adresse ein, die mit http:// oder https:// beginnt.',
      urlImInvalid: 'Geben Sie eine vollständige Adresse ein, die mit http:// oder https:// beginnt, oder lassen Sie das Feld leer, um die Kanal-URL zu verwenden.',
      urlHidden: 'Die Adresse enthält unsichtbare Richtungszeichen, die verschleiern können, wohin sie führt. Geben Sie sie ohne diese Zeichen erneut ein.',
      nameRequired: 'Geben Sie einen Namen für den Kanal ein.'
    }
  },
  placement: {
    title: 'Konnektoreinstellungen',
    lineMissing: 'Kommunikationskanal {line} wurde im Portal nicht gefunden.',
    fromPortal: 'Wie vom Contact Center beim Öffnen dieser Seite gemeldet'
  },
  errors: {
    wrongAuthType: 'Konnektoreinstellungen funktionieren nur innerhalb von Bitrix24, wenn das Portal diese Anwendung öffnet (Anwendungskontext). Über einen Webhook lassen sie sich nicht ändern.',
    accessDenied: 'Sie haben nicht das Recht, Konnektoren für Kommunikationskanäle zu bearbeiten. Wenden Sie sich an Ihren Bitrix24-Administrator.',
    scope: 'Die Anwendung hat keinen Zugriff auf Kommunikationskanäle (Berechtigung imopenlines). Bitten Sie Ihren Administrator, sie mit dieser Berechtigung neu zu installieren.',
    busy: 'Das Portal ist ausgelastet. Warten Sie einen Moment und versuchen Sie es erneut.',
    network: 'Das Portal ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    generic: 'Antwort des Portals: {message}'
  }
}
