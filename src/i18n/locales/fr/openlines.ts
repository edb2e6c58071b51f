/** Openlines texts (French). */
export default {
  title: 'Canaux ouverts',
  description: 'Les canaux ouverts et les connecteurs, avec le statut que le portail indique pour chaque paire, ainsi que les paramètres du connecteur propre à cette application.',
  refresh: 'Recharger depuis le portail',
  loading: 'Chargement des canaux ouverts et des connecteurs…',
  loadErrorTitle: 'Les Canaux ouverts n’ont pas pu être chargés',
  emptyTitle: 'Aucun canal ouvert',
  emptyDescription: 'Le portail n’a encore aucun canal ouvert. Créez-en un dans le Centre de contact, puis revenez ici.',
  adminOnly: 'Seul un administrateur Bitrix24 configure les connecteurs de Canaux ouverts. Vous pouvez voir leur statut ici.',
  connectorsDenied: 'La liste des connecteurs ne vous est pas accessible ({reason}) ; seul le connecteur de cette application est affiché.',
  line: {
    off: 'Canal ouvert désactivé',
    number: 'Canal ouvert {id}'
  },
  connector: {
    title: 'Connecteur de cette application',
    id: 'ID du connecteur : {id}',
    registered: 'Enregistré',
    notRegistered: 'Non enregistré',
    unknown: 'Enregistrement inconnu',
    registerHint: 'L’enregistrement ajoute le connecteur au Centre de contact ; ses paramètres ouvrent cette application.',
    register: 'Enregistrer le connecteur',
    update: 'Mettre à jour l’enregistrement',
    unregister: 'Annuler l’enregistrement',
    registeredToast: 'Le connecteur est enregistré.',
    unregisteredToast: 'L’enregistrement du connecteur a été annulé.',
    confirmUnregisterTitle: 'Annuler l’enregistrement du connecteur ?',
    confirmUnregisterText: 'Le connecteur est retiré de tous les canaux ouverts, et les paramètres de canal de chacun d’eux sont supprimés. Cette action est irréversible.',
    failed: 'Le connecteur n’a pas pu être modifié'
  },
  filter: {
    label: 'Afficher',
    all: 'Toutes les paires',
    attention: 'À vérifier ({count})',
    search: 'Rechercher des canaux ouverts et des connecteurs',
    onlyMine: 'Seulement le connecteur de cette application'
  },
  table: {
    label: 'Canaux ouverts et connecteurs',
    line: 'Canal ouvert',
    connector: 'Connecteur',
    status: 'Statut',
    actions: 'Actions',
    empty: 'Aucune paire ne correspond au filtre.',
    emptyAttention: 'Rien à vérifier.'
  },
  status: {
    active: 'Actif',
    inactive: 'Inactif',
    connected: 'Connecté',
    notConnected: 'Non connecté',
    error: 'Erreur',
    working: 'Fonctionne',
    notWorking: 'Ne fonctionne pas',
    registered: 'Enregistré',
    notRegistered: 'Non enregistré',
    unavailable: 'Statut indisponible',
    attention: 'À vérifier'
  },
  actions: {
    activate: 'Activer',
    deactivate: 'Désactiver',
    settings: 'Paramètres du canal',
    settingsFor: 'Paramètres du canal pour {line}',
    activateFor: 'Activer sur {line}',
    deactivateFor: 'Désactiver sur {line}',
    cancel: 'Annuler',
    confirm: 'Confirmer',
    allLines: 'Tous les canaux ouverts',
    close: 'Fermer'
  },
  activation: {
    activated: 'Le connecteur est actif sur {line}.',
    deactivated: 'Le connecteur est désactivé sur {line} ; ses paramètres y ont été supprimés.',
    confirmTitle: 'Désactiver sur {line} ?',
    confirmText: 'La désactivation supprime sur le portail les paramètres de canal de ce canal ouvert (ID, URL, URL opérateur et nom). Pour le reconnecter, activez le connecteur et enregistrez à nouveau les paramètres.',
    failed: 'Le connecteur n’a pas pu être activé ou désactivé'
  },
  channel: {
    title: 'Paramètres du canal',
    pair: '{connector} sur {line}',
    replaceNotice: 'L’enregistrement remplace les quatre paramètres sur le portail : il est impossible d’en modifier un seul. Le formulaire les envoie donc toujours tous, à partir des dernières valeurs enregistrées par cette application.',
    noSaved: 'Cette application n’a encore enregistré aucun paramètre pour ce canal ouvert : le formulaire part des valeurs par défaut.',
    connector: 'Connecteur',
    line: 'Canal ouvert',
    id: 'ID du canal',
    idHint: 'Si vide : {fallback}',
    url: 'URL du canal',
    urlHint: 'Lien complet vers le chat ou le canal, http:// ou https://',
    urlIm: 'URL opérateur',
    urlImHint: 'Si vide : l’URL du canal',
    name: 'Nom du canal',
    save: 'Enregistrer les paramètres',
    saved: 'Les paramètres du canal sont enregistrés.',
    notRemembered: 'Le portail a accepté les paramètres, mais l’application n’a pas pu les mémoriser pour la prochaine fois.',
    failed: 'Les paramètres n’ont pas pu être enregistrés',
    errors: {
      urlRequired: 'Saisissez l’URL du canal.',
      urlInvalid: 'Saisissez une adresse complète commençant par http:// ou https://.',
      urlImInvalid: 'Saisissez une adresse complète commençant par http:// ou https://, ou laissez le champ vide pour utiliser l’URL du canal.',
      urlHidden: 'L’adresse contient des caractères de direction invisibles qui peuvent masquer sa destination réelle. Saisissez-la à nouveau sans ces caractères.',
      nameRequired: 'Saisissez un nom pour le canal.'
    }
  },
  placement: {
    title: 'Paramètres du connecteur',
    lineMissing: 'Le canal ouvert {line} est introuvable sur le portail.',
    fromPortal: 'Tel qu’indiqué par le Centre de contact à l’ouverture de cette page'
  },
  errors: {
    wrongAuthType: 'Les paramètres du connecteur ne fonctionnent que dans Bitrix24, lorsque le portail ouvre cette application (contexte d’application). Ils ne peuvent pas être modifiés via un webhook.',
    accessDenied: 'Vous n’avez pas le droit de modifier les connecteurs de Canaux ouverts. Adressez-vous à votre administrateur Bitrix24.',
    scope: 'L’application n’a pas accès aux Canaux ouverts (autorisation imopenlines). Demandez à votre administrateur de la réinstaller avec cette autorisation.',
    busy: 'Le portail est occupé. Patientez un instant et réessayez.',
    network: 'Le portail est injoignable. Vérifiez la connexion et réessayez.',
    generic: 'Réponse du portail : {message}'
  }
}
