/** The Structure section's texts (French): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Structure',
    tabs: 'Vues de la structure',
    matrix: 'Couverture'
  },
  types: {
    CHAT: 'Chat',
    CHANNEL: 'Canal',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'chat',
    CHANNEL: 'canal',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Chargement de la structure : {count} nœuds jusqu’ici…',
    nodesOf: 'Chargement de la structure : {count} nœuds sur {total}…',
    communications: '{loaded} nœuds chargés sur {total}',
    loaded: '{total} nœud | {total} nœud | {total} nœuds',
    error: 'La couverture n’a pas pu être chargée : {message}',
    cancel: 'Arrêter le chargement',
    reload: 'Recharger'
  },
  filters: {
    label: 'Filtres',
    text: 'Filtrer par nom',
    noChat: 'Sans chat',
    noChannel: 'Sans canal',
    noCollab: 'Sans collab',
    branch: 'Branche : {name}',
    clearBranch: 'Afficher toute la structure',
    reset: 'Effacer les filtres',
    shown: '{shown} sur {total} affichés'
  },
  matrix: {
    label: 'Couverture de la structure de l’entreprise',
    name: 'Département ou équipe',
    chats: 'Chats',
    channels: 'Canaux',
    collabs: 'Collabs',
    actions: 'Actions',
    selectColumn: 'Sélection',
    select: 'Sélectionner {name}',
    inherited: '+{count} hérités',
    hidden: '{count} masqués',
    cellLabel: '{direct} directs, {inherited} hérités, {hidden} masqués',
    unknown: 'non chargé',
    team: 'Équipe',
    department: 'Département',
    showBranch: 'Afficher uniquement la branche de {name}',
    selectBranch: 'Sélectionner {name} et tout ce qui en dépend',
    empty: 'Aucun département ni aucune équipe ne correspond aux filtres.',
    emptyStructure: 'La structure ne contient encore aucun département.'
  },
  selection: {
    count: 'Sélection : {count} | Sélection : {count} | Sélection : {count}',
    selectFiltered: 'Sélectionner tous les éléments affichés',
    clear: 'Effacer la sélection',
    bind: 'Associer…',
    unbind: 'Dissocier…',
    createDefault: 'Créer par défaut…',
    noEditRight: 'Seuls les administrateurs peuvent modifier les communications en masse.'
  },
  csv: {
    export: 'Exporter en CSV',
    fileName: 'couverture'
  },
  action: {
    titleBind: 'Associer à {count} nœud sélectionné | Associer à {count} nœud sélectionné | Associer à {count} nœuds sélectionnés',
    titleUnbind: 'Dissocier de {count} nœud sélectionné | Dissocier de {count} nœud sélectionné | Dissocier de {count} nœuds sélectionnés',
    titleCreate: 'Créer l’élément par défaut pour {count} nœud sélectionné | Créer l’élément par défaut pour {count} nœud sélectionné | Créer l’élément par défaut pour {count} nœuds sélectionnés',
    type: 'Type',
    source: 'Choisir parmi',
    sources: {
      chats: 'Chats récents',
      channels: 'Canaux',
      collabs: 'Collabs',
      search: 'Rechercher des chats'
    },
    searchLabel: 'Nom du chat',
    searchHint: 'Au moins {min} caractères',
    byId: 'Ou saisissez un ID',
    idLabel: 'ID du chat, du canal ou de la collab',
    idInvalid: 'Saisissez un nombre entier positif.',
    pickRequired: 'Choisissez d’abord un chat, un canal ou une collab.',
    loading: 'Chargement…',
    empty: 'Rien à choisir ici.',
    loadError: 'La liste n’a pas pu être chargée : {message}',
    bound: 'Actuellement associé aux nœuds sélectionnés',
    createHint: 'Un nouvel élément privé portant le nom du nœud est créé pour chaque nœud sélectionné sans {type}. Les nœuds qui en ont déjà un restent inchangés.',
    plan: 'Vérifier le plan',
    cancel: 'Annuler'
  },
  plan: {
    title: 'Plan : {action}',
    actionBind: 'association de {type} « {title} »',
    actionUnbind: 'dissociation de {type} « {title} »',
    actionCreate: 'création par défaut ({type})',
    summary: '{count} modification sera envoyée (requêtes : {requests}). | {count} modification sera envoyée (requêtes : {requests}). | {count} modifications seront envoyées (requêtes : {requests}).',
    nothing: 'Rien à modifier : chaque nœud sélectionné est déjà dans l’état demandé.',
    changes: 'Modifications',
    skipped: 'Inchangés ({count})',
    reasons: {
      'already-bound': 'déjà associé',
      'not-bound': 'non associé',
      'has-some': 'en a déjà un',
      'not-loaded': 'communications non chargées'
    },
    change: {
      bind: 'associer',
      unbind: 'dissocier',
      createDefault: 'créer par défaut'
    },
    send: 'Envoyer {count} modification | Envoyer {count} modification | Envoyer {count} modifications',
    discard: 'Abandonner le plan',
    confirmUnbindTitle: 'Dissocier de {count} nœud ? | Dissocier de {count} nœud ? | Dissocier de {count} nœuds ?',
    confirmUnbindText: 'Les membres conservent le chat, mais il n’appartiendra plus à ces départements et équipes. Le journal permet d’annuler l’opération.',
    confirmUnbind: 'Dissocier'
  },
  run: {
    title: 'Modification groupée',
    progress: '{settled} sur {total} traités',
    progressLabel: 'Progression de la modification groupée',
    cancel: 'Annuler',
    cancelling: 'Arrêt après la requête en cours…',
    interrupted: 'La modification groupée s’est arrêtée avant la fin : {done} sur {total} traités. Rien ne sera envoyé deux fois à la reprise.',
    resume: 'Reprendre',
    finished: 'Terminé : {done} réussies, {failed} échouées.',
    succeeded: 'Réussies ({count})',
    failed: 'Échouées ({count})',
    unknown: 'Non confirmées ({count}) : impossible de demander au portail ce qu’il contient. Reprenez pour vérifier à nouveau.',
    retry: 'Relancer les échecs',
    close: 'Fermer le rapport',
    error: 'La modification groupée s’est arrêtée : {message}',
    freshError: 'L’écran n’a pas pu être actualisé depuis le portail : {message}',
    journalError: 'Les modifications ont été effectuées, mais le journal n’a pas pu être enregistré : {message}',
    status: {
      pending: 'en attente',
      running: 'envoi en cours',
      done: 'terminé',
      failed: 'échec',
      unknown: 'non confirmé'
    }
  }
}
