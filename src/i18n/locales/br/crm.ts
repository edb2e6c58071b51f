/** CRM texts (Brazilian Portuguese). */
export default {
  fields: {
    title: 'Campos de comunicação do CRM',
    description: 'Os campos de uma comunicação de atividade do CRM (crm.activity.communication.fields), conforme o portal os descreve.',
    tableLabel: 'Campos de comunicação do CRM',
    columns: {
      code: 'Campo',
      title: 'Título',
      type: 'Tipo',
      isRequired: 'Obrigatório',
      isReadOnly: 'Somente leitura',
      isImmutable: 'Imutável',
      isMultiple: 'Múltiplo',
      isDynamic: 'Dinâmico'
    },
    yes: 'Sim',
    no: 'Não',
    loading: 'Carregando os campos…',
    emptyTitle: 'Nenhum campo',
    emptyDescription: 'O portal não descreve nenhum campo de comunicação.',
    errorTitle: 'Não foi possível carregar os campos'
  }
}
