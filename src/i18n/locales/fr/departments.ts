/** Departments texts (French). */
export default {
  title: 'Départements',
  description: 'La structure de l’entreprise et les chats, canaux et collabs associés à chaque département et à chaque équipe.',
  tree: {
    label: 'Structure de l’entreprise',
    filterLabel: 'Trouver un département ou une équipe',
    filterPlaceholder: 'Nom du département ou de l’équipe',
    loading: 'Chargement de la structure de l’entreprise…',
    loadingCount: 'Chargement de la structure de l’entreprise… {count} chargés',
    loadingCountOf: 'Chargement de la structure de l’entreprise… {count} sur {total}',
    errorTitle: 'La structure de l’entreprise n’a pas pu être chargée',
    emptyTitle: 'Aucun département',
    emptyDescription: 'Le portail n’a encore aucun département ni aucune équipe.',
    noMatches: 'Aucun résultat pour « {term} ».',
    matches: 'Trouvés : {count}',
    searching: 'Recherche dans le portail…',
    members: 'aucune personne | {count} personne | {count} personnes',
    expand: 'Développer {name}',
    collapse: 'Réduire {name}',
    keyboardHint: 'Flèches pour se déplacer, Droite pour ouvrir, Gauche pour fermer, Entrée pour sélectionner.',
    chats: 'aucun chat | {n} chat | {n} chats',
    channels: 'aucun canal | {n} canal | {n} canaux',
    collabs: 'aucune collab | {n} collab | {n} collabs'
  },
  types: {
    DEPARTMENT: 'Département',
    TEAM: 'Équipe'
  },
  mine: {
    title: 'Mes départements',
    none: 'Vous ne faites partie d’aucun département ni d’aucune équipe.'
  },
  panel: {
    placeholderTitle: 'Choisissez un département ou une équipe',
    placeholderDescription: 'Ses chats, canaux et collabs apparaissent ici.',
    loading: 'Chargement des communications…',
    errorTitle: 'Les communications n’ont pas pu être chargées',
    readOnly: 'Vous pouvez voir ces communications, mais pas les modifier : il faut pour cela le droit de modifier la structure.',
    groups: {
      chats: 'Chats',
      channels: 'Canaux',
      collabs: 'Collabs'
    },
    emptyGroup: 'Aucun pour l’instant',
    hidden: '{count} autres que vous ne pouvez pas voir',
    inherited: 'Hérité de {name}',
    inheritedUnknown: 'Hérité d’un nœud parent',
    extranet: 'Extranet',
    noAccess: 'Vous n’êtes pas membre',
    open: 'Ouvrir {title} dans Messenger',
    openShort: 'Ouvrir',
    unbind: 'Dissocier {title}',
    bind: 'Associer',
    createDefault: 'Créer par défaut',
    reload: 'Recharger'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Vous ne pouvez pas modifier les communications des départements',
      TEAM: 'Vous ne pouvez pas modifier les communications des équipes'
    },
    refused: {
      DEPARTMENT: 'Le portail a refusé votre modification : associer des chats, des canaux et des collabs à des départements nécessite l’autorisation « Modifier les départements », que les administrateurs accordent dans les droits d’accès de la structure de l’entreprise. Diriger un département ne la confère pas.',
      TEAM: 'Le portail a refusé votre modification : associer des chats, des canaux et des collabs à des équipes nécessite l’autorisation « Modifier les équipes », que les administrateurs accordent dans les droits d’accès de la structure de l’entreprise. Diriger une équipe ne la confère pas.'
    },
    checkAgain: 'Vérifier à nouveau'
  },
  bind: {
    title: 'Associer à {name}',
    description: 'Choisissez des chats, des canaux et des collabs. Ceux qui sont déjà associés sont signalés.',
    tabs: {
      chats: 'Chats',
      channels: 'Canaux',
      collabs: 'Collabs',
      search: 'Recherche'
    },
    searchLabel: 'Rechercher des chats',
    searchPlaceholder: 'Au moins 2 caractères',
    searchShort: 'Saisissez au moins 2 caractères.',
    loading: 'Chargement…',
    empty: 'Rien à choisir ici.',
    alreadyBound: 'Déjà associé',
    selected: 'Sélection : {count}',
    nothingSelected: 'Choisissez au moins un chat, un canal ou une collab.',
    submit: 'Associer',
    cancel: 'Annuler',
    loadError: 'La liste n’a pas pu être chargée : {message}',
    picker: 'Chats, canaux et collabs à associer'
  },
  defaults: {
    title: 'Créer la communication par défaut de {name}',
    description: 'Le portail crée un chat ou un canal privé, ou une collab, qui porte le nom du nœud, dont son responsable est propriétaire et ses membres sont participants.',
    typeLabel: 'Élément à créer',
    submit: 'Créer',
    types: {
      CHAT: 'Chat',
      CHANNEL: 'Canal',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Appliquer aussi aux départements et équipes enfants',
    preview: 'Cette modification concerne {count} nœud : | Cette modification concerne {count} nœuds :',
    more: 'et {count} de plus'
  },
  unbind: {
    title: 'Dissocier {title} ?',
    description: 'L’association avec {name} sera supprimée. Le chat lui-même et ses membres restent inchangés.',
    confirm: 'Dissocier',
    cancel: 'Annuler'
  },
  result: {
    bound: 'Associé à {name}.',
    unbound: 'Dissocié de {name}.',
    created: 'Créé pour {name}.',
    failedTitle: 'La modification n’a pas été effectuée',
    partial: 'Certaines modifications ont été effectuées avant l’erreur ; la liste montre ce que le portail contient maintenant.',
    notSent: 'Non envoyé : {types}.'
  },
  errors: {
    accessDenied: 'Le portail a refusé : vous n’avez pas le droit de modifier ce département ou cette équipe.',
    viewDenied: 'Le portail ne vous montre pas la structure de l’entreprise : elle est réservée aux employés de l’entreprise. Adressez-vous à votre administrateur Bitrix24 si vous en avez besoin.',
    notFound: 'Le département ou l’équipe n’existe plus sur le portail. Rechargez la structure.',
    validation: 'Le portail n’a pas accepté la modification : {message}'
  }
}
