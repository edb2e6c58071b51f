/** CRM texts (French). */
export default {
  fields: {
    title: 'Champs de communication CRM',
    description: 'Les champs d’une communication d’activité CRM (crm.activity.communication.fields), tels que le portail les décrit.',
    tableLabel: 'Champs de communication CRM',
    columns: {
      code: 'Champ',
      title: 'Titre',
      type: 'Type',
      isRequired: 'Obligatoire',
      isReadOnly: 'Lecture seule',
      isImmutable: 'Non modifiable',
      isMultiple: 'Multiple',
      isDynamic: 'Dynamique'
    },
    yes: 'Oui',
    no: 'Non',
    loading: 'Chargement des champs…',
    emptyTitle: 'Aucun champ',
    emptyDescription: 'Le portail ne décrit aucun champ de communication.',
    errorTitle: 'Les champs n’ont pas pu être chargés'
  }
}
