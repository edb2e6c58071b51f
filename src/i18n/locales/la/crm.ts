/** CRM texts (Spanish). */
export default {
  fields: {
    title: 'Campos de comunicación de CRM',
    description: 'Los campos de una comunicación de actividad de CRM (crm.activity.communication.fields), tal como los describe el portal.',
    tableLabel: 'Campos de comunicación de CRM',
    columns: {
      code: 'Campo',
      title: 'Título',
      type: 'Tipo',
      isRequired: 'Obligatorio',
      isReadOnly: 'Solo lectura',
      isImmutable: 'Inmutable',
      isMultiple: 'Múltiple',
      isDynamic: 'Dinámico'
    },
    yes: 'Sí',
    no: 'No',
    loading: 'Cargando los campos…',
    emptyTitle: 'Sin campos',
    emptyDescription: 'El portal no describe ningún campo de comunicación.',
    errorTitle: 'No se pudieron cargar los campos'
  }
}
