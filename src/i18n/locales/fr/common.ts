/** Common texts (French). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Sections',
    departments: 'Départements',
    chats: 'Chats',
    openlines: 'Canaux ouverts',
    crmFields: 'Champs CRM'
  },
  user: {
    admin: 'Administrateur',
    avatarAlt: 'Photo de {name}'
  },
  limits: {
    pacingTitle: 'Requêtes cadencées selon la limite de temps du portail',
    pacing: 'Le portail accorde à chaque application un temps de traitement limité par méthode sur dix minutes. Pour rester dans cette limite, les prochaines requêtes ({methods}) partiront à {time}. Vous n’avez rien à faire : l’application reprend d’elle-même.',
    refusedTitle: 'Le portail a suspendu une méthode pour cette application',
    refused: 'La limite de temps du portail pour {methods} est atteinte. L’application reprendra d’elle-même à {time} ; rien n’est perdu.'
  },
  actions: {
    retry: 'Réessayer'
  },
  missing: {
    structureTitle: 'La structure de l’entreprise n’est pas disponible',
    structure: 'Ce portail ne met pas la structure de son entreprise à la disposition des applications (REST 3.0). Les autres sections fonctionnent.',
    collabs: 'Ce portail n’a pas de collabs : il n’y en a donc aucune à associer.'
  },
  colorMode: {
    label: 'Mode d’affichage : {mode}',
    system: 'Système',
    light: 'Clair',
    dark: 'Sombre'
  },
  freshness: {
    asOf: 'Dernière mise à jour : {time}',
    checking: 'Recherche de modifications…',
    changed: 'Modifiés depuis : {count}',
    clearMarks: 'Masquer les marqueurs',
    checkingRow: 'Recherche de modifications',
    changedRow: 'Modifié'
  },
  boot: {
    connecting: 'Connexion à Bitrix24…',
    errorTitle: 'L’application n’a pas pu démarrer',
    accessDenied: 'Vous n’avez pas accès à cette application. Demandez à votre administrateur Bitrix24 de vous l’accorder.'
  },
  errors: {
    network: 'Le portail est injoignable. Vérifiez la connexion et réessayez.',
    generic: 'Le portail a répondu par une erreur : {message}'
  },
  outside: {
    title: 'Ouvrez cette application dans Bitrix24',
    lead: 'Communications Hub fonctionne à l’intérieur d’un portail Bitrix24 : il obtient l’utilisateur connecté et les droits d’accès depuis le cadre du portail, il ne peut donc pas fonctionner sur sa propre page.',
    portalTitle: 'Dans votre portail Bitrix24',
    portalSteps: {
      one: 'Allez dans Ressources pour les développeurs → Autre → Application locale.',
      two: 'Indiquez comme chemin du gestionnaire (et comme chemin d’installation initiale) l’adresse de cette page :',
      three: 'Accordez-lui les autorisations humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, puis ouvrez l’application depuis le menu Applications.',
      grant: 'Accordez-lui les autorisations {scopes}, puis ouvrez l’application depuis le menu Applications.'
    },
    emulatorTitle: 'Sans portail : l’émulateur',
    emulatorText: 'Dans le dossier du projet, exécutez la commande ci-dessous. Elle démarre un portail local semblable à Bitrix24 qui contient cette application, et affiche l’adresse à ouvrir.'
  },
  install: {
    title: 'Installer Communications Hub',
    lead: 'Communications Hub associe des chats, des canaux et des collabs aux départements et aux équipes de la structure de votre entreprise, et configure des connecteurs de Canaux ouverts.',
    featuresTitle: 'Ce que fait l’application',
    features: {
      departments: 'Affiche la structure de l’entreprise et les communications de chaque département et de chaque équipe.',
      chats: 'Crée des chats de groupe et gère leurs participants.',
      openlines: 'Enregistre et configure un connecteur de Canaux ouverts.',
      crm: 'Affiche les champs des communications CRM.',
      sidebar: 'Ajoute un élément au panneau latéral des chats de groupe : les départements et les équipes auxquels un chat est associé.'
    },
    scopesTitle: 'Accès utilisés',
    scopes: {
      humanresources: 'structure de l’entreprise',
      im: 'chats et Messenger',
      imopenlines: 'canaux ouverts',
      imconnector: 'connecteurs de canaux ouverts',
      crm: 'CRM',
      user: 'utilisateurs',
      placement: 'intégration dans le portail',
      socialnetwork: 'groupes de travail et collabs'
    },
    finish: 'Terminer l’installation',
    finishFailed: 'L’installation n’a pas pu être terminée : {message}',
    pendingTitle: 'L’installation n’est pas terminée',
    pendingText: 'Un administrateur Bitrix24 doit ouvrir cette application une fois pour terminer son installation. Contactez votre administrateur, puis rouvrez l’application.'
  }
}
