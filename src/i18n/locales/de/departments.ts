/** Departments texts (German). */
export default {
  title: 'Abteilungen',
  description: 'Die Unternehmensstruktur und die Chats, Kanäle und Collabs, die mit jeder Abteilung und jedem Team verknüpft sind.',
  tree: {
    label: 'Unternehmensstruktur',
    filterLabel: 'Abteilung oder Team suchen',
    filterPlaceholder: 'Name der Abteilung oder des Teams',
    loading: 'Unternehmensstruktur wird geladen…',
    loadingCount: 'Unternehmensstruktur wird geladen… {count} geladen',
    loadingCountOf: 'Unternehmensstruktur wird geladen… {count} von {total}',
    errorTitle: 'Die Unternehmensstruktur konnte nicht geladen werden',
    emptyTitle: 'Keine Abteilungen',
    emptyDescription: 'Im Portal gibt es noch keine Abteilungen oder Teams.',
    noMatches: 'Keine Treffer für „{term}“.',
    matches: 'Gefunden: {count}',
    searching: 'Portal wird durchsucht…',
    members: 'niemand | {count} Person | {count} Personen',
    expand: '{name} aufklappen',
    collapse: '{name} zuklappen',
    keyboardHint: 'Pfeiltasten bewegen, Rechts öffnet, Links schließt, Enter wählt aus.',
    chats: 'keine Chats | {n} Chat | {n} Chats',
    channels: 'keine Kanäle | {n} Kanal | {n} Kanäle',
    collabs: 'keine Collabs | {n} Collab | {n} Collabs'
  },
  types: {
    DEPARTMENT: 'Abteilung',
    TEAM: 'Team'
  },
  mine: {
    title: 'Meine Abteilungen',
    none: 'Sie gehören keiner Abteilung und keinem Team an.'
  },
  panel: {
    placeholderTitle: 'Wählen Sie eine Abteilung oder ein Team',
    placeholderDescription: 'Hier werden die zugehörigen Chats, Kanäle und Collabs angezeigt.',
    loading: 'Chats, Kanäle und Collabs werden geladen…',
    errorTitle: 'Chats, Kanäle und Collabs konnten nicht geladen werden',
    readOnly: 'Sie können diese Kommunikation sehen, aber nicht ändern: Dazu ist das Recht zum Bearbeiten der Struktur erforderlich.',
    groups: {
      chats: 'Chats',
      channels: 'Kanäle',
      collabs: 'Collabs'
    },
    emptyGroup: 'Noch keine',
    hidden: '{count} weitere, die Sie nicht sehen können',
    inherited: 'Geerbt von {name}',
    inheritedUnknown: 'Von einem übergeordneten Knoten geerbt',
    extranet: 'Extranet',
    noAccess: 'Sie sind kein Mitglied',
    open: '{title} im Messenger öffnen',
    openShort: 'Öffnen',
    unbind: 'Verknüpfung mit {title} aufheben',
    bind: 'Verknüpfen',
    createDefault: 'Standard erstellen',
    reload: 'Neu laden'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Sie können die Kommunikation von Abteilungen nicht ändern',
      TEAM: 'Sie können die Kommunikation von Teams nicht ändern'
    },
    refused: {
      DEPARTMENT: 'Das Portal hat Ihre Änderung abgelehnt: Um Chats, Kanäle und Collabs mit Abteilungen zu verknüpfen, ist die Berechtigung „Abteilungen bearbeiten“ erforderlich, die Administratoren in den Zugriffsrechten der Unternehmensstruktur vergeben. Die Leitung einer Abteilung allein gewährt sie nicht.',
      TEAM: 'Das Portal hat Ihre Änderung abgelehnt: Um Chats, Kanäle und Collabs mit Teams zu verknüpfen, ist die Berechtigung „Teams bearbeiten“ erforderlich, die Administratoren in den Zugriffsrechten der Unternehmensstruktur vergeben. Die Leitung eines Teams allein gewährt sie nicht.'
    },
    checkAgain: 'Erneut prüfen'
  },
  bind: {
    title: 'Mit {name} verknüpfen',
    description: 'Wählen Sie Chats, Kanäle und Collabs aus. Bereits verknüpfte sind markiert.',
    tabs: {
      chats: 'Chats',
      channels: 'Kanäle',
      collabs: 'Collabs',
      search: 'Suche'
    },
    searchLabel: 'Chats suchen',
    searchPlaceholder: 'Mindestens 2 Zeichen',
    searchShort: 'Geben Sie mindestens 2 Zeichen ein.',
    loading: 'Wird geladen…',
    empty: 'Hier gibt es nichts zur Auswahl.',
    alreadyBound: 'Bereits verknüpft',
    selected: 'Ausgewählt: {count}',
    nothingSelected: 'Wählen Sie mindestens einen Chat, Kanal oder Collab aus.',
    submit: 'Verknüpfen',
    cancel: 'Abbrechen',
    loadError: 'Die Liste konnte nicht geladen werden: {message}',
    picker: 'Zu verknüpfende Chats, Kanäle und Collabs'
  },
  defaults: {
    title: 'Standardkommunikation für {name} erstellen',
    description: 'Das Portal erstellt einen privaten Chat, einen privaten Kanal oder einen Collab mit dem Namen des Knotens; Besitzer ist dessen Leiter, Teilnehmer sind dessen Mitglieder.',
    typeLabel: 'Was erstellt werden soll',
    submit: 'Erstellen',
    types: {
      CHAT: 'Chat',
      CHANNEL: 'Kanal',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Auch auf untergeordnete Abteilungen und Teams anwenden',
    preview: 'Diese Änderung betrifft {count} Knoten: | Diese Änderung betrifft {count} Knoten:',
    more: 'und {count} weitere'
  },
  unbind: {
    title: 'Verknüpfung mit {title} aufheben?',
    description: 'Er ist dann nicht mehr mit {name} verknüpft. Der Chat selbst und seine Mitglieder bleiben unverändert.',
    confirm: 'Verknüpfung aufheben',
    cancel: 'Abbrechen'
  },
  result: {
    bound: 'Mit {name} verknüpft.',
    unbound: 'Verknüpfung mit {name} aufgehoben.',
    created: 'Für {name} erstellt.',
    failedTitle: 'Die Änderung wurde nicht vorgenommen',
    partial: 'Vor dem Fehler wurden einige Änderungen vorgenommen; die Liste zeigt den aktuellen Stand im Portal.',
    notSent: 'Nicht gesendet: {types}.'
  },
  errors: {
    accessDenied: 'Das Portal hat abgelehnt: Sie haben nicht das Recht, diese Abteilung oder dieses Team zu bearbeiten.',
    viewDenied: 'Das Portal zeigt Ihnen die Unternehmensstruktur nicht an: Sie steht den Mitarbeitern des Unternehmens offen. Wenden Sie sich an Ihren Bitrix24-Administrator, wenn Sie sie benötigen.',
    notFound: 'Die Abteilung oder das Team existiert im Portal nicht mehr. Laden Sie die Struktur neu.',
    validation: 'Das Portal hat die Änderung nicht akzeptiert: {message}'
  }
}
