/** The Structure section's texts (Brazilian Portuguese): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Estrutura',
    tabs: 'Visualizações da estrutura',
    matrix: 'Cobertura'
  },
  types: {
    CHAT: 'Bate-papo',
    CHANNEL: 'Canal',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'bate-papo',
    CHANNEL: 'canal',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Carregando a estrutura… unidades até agora: {count}',
    nodesOf: 'Carregando a estrutura… unidades: {count} de {total}',
    communications: 'Unidades carregadas: {loaded} de {total}',
    loaded: '{total} unidades | {total} unidade | {total} unidades',
    error: 'Não foi possível carregar a cobertura: {message}',
    cancel: 'Parar o carregamento',
    reload: 'Recarregar'
  },
  filters: {
    label: 'Filtros',
    text: 'Filtrar por nome',
    noChat: 'Sem bate-papo',
    noChannel: 'Sem canal',
    noCollab: 'Sem collab',
    branch: 'Ramo: {name}',
    clearBranch: 'Mostrar toda a estrutura',
    reset: 'Limpar filtros',
    shown: '{shown} de {total} exibidos'
  },
  matrix: {
    label: 'Cobertura da estrutura da empresa',
    name: 'Departamento ou equipe',
    chats: 'Bate-papos',
    channels: 'Canais',
    collabs: 'Collabs',
    actions: 'Ações',
    selectColumn: 'Seleção',
    select: 'Selecionar {name}',
    inherited: '+{count} por herança',
    hidden: 'ocultos: {count}',
    cellLabel: 'diretos: {direct}, herdados: {inherited}, ocultos: {hidden}',
    unknown: 'não carregado',
    team: 'Equipe',
    department: 'Departamento',
    showBranch: 'Mostrar somente o ramo de {name}',
    selectBranch: 'Selecionar {name} e tudo o que está abaixo',
    empty: 'Nenhum departamento ou equipe corresponde aos filtros.',
    emptyStructure: 'A estrutura ainda não tem departamentos.'
  },
  selection: {
    count: 'Seleção: {count} | Seleção: {count} | Seleção: {count}',
    selectFiltered: 'Selecionar tudo o que está exibido',
    clear: 'Limpar seleção',
    bind: 'Vincular…',
    unbind: 'Desvincular…',
    createDefault: 'Criar padrão…',
    noEditRight: 'Somente administradores podem alterar comunicações em massa.'
  },
  csv: {
    export: 'Exportar CSV',
    fileName: 'cobertura'
  },
  action: {
    titleBind: 'Vincular a {count} unidades selecionadas | Vincular a {count} unidade selecionada | Vincular a {count} unidades selecionadas',
    titleUnbind: 'Desvincular de {count} unidades selecionadas | Desvincular de {count} unidade selecionada | Desvincular de {count} unidades selecionadas',
    titleCreate: 'Criar o padrão para {count} unidades selecionadas | Criar o padrão para {count} unidade selecionada | Criar o padrão para {count} unidades selecionadas',
    type: 'Tipo',
    source: 'Escolher entre',
    sources: {
      chats: 'Bate-papos recentes',
      channels: 'Canais',
      collabs: 'Collabs',
      search: 'Pesquisar bate-papos'
    },
    searchLabel: 'Nome do bate-papo',
    searchHint: 'Pelo menos {min} caracteres',
    byId: 'Ou informe um ID',
    idLabel: 'ID do bate-papo, canal ou collab',
    idInvalid: 'Informe um número inteiro positivo.',
    pickRequired: 'Escolha primeiro um bate-papo, canal ou collab.',
    loading: 'Carregando…',
    empty: 'Nada para escolher aqui.',
    loadError: 'Não foi possível carregar a lista: {message}',
    bound: 'Vinculados no momento às unidades selecionadas',
    createHint: 'Cada unidade selecionada que não tem {type} recebe um novo, privado, com o nome dela. As unidades que já têm um ficam como estão.',
    plan: 'Revisar o plano',
    cancel: 'Cancelar'
  },
  plan: {
    title: 'Plano: {action}',
    actionBind: 'vincular o {type} “{title}”',
    actionUnbind: 'desvincular o {type} “{title}”',
    actionCreate: 'criar o {type} padrão',
    summary: '{count} alterações serão enviadas (requisições: {requests}). | {count} alteração será enviada (requisições: {requests}). | {count} alterações serão enviadas (requisições: {requests}).',
    nothing: 'Nada a alterar: todas as unidades selecionadas já estão como solicitado.',
    changes: 'Alterações',
    skipped: 'Sem alteração ({count})',
    reasons: {
      'already-bound': 'já tem este vínculo',
      'not-bound': 'não tem este vínculo',
      'has-some': 'já tem um',
      'not-loaded': 'as comunicações não foram carregadas'
    },
    change: {
      bind: 'vincular',
      unbind: 'desvincular',
      createDefault: 'criar padrão'
    },
    send: 'Enviar {count} alterações | Enviar {count} alteração | Enviar {count} alterações',
    discard: 'Descartar o plano',
    confirmUnbindTitle: 'Desvincular de {count} unidades? | Desvincular de {count} unidade? | Desvincular de {count} unidades?',
    confirmUnbindText: 'Os participantes continuam no bate-papo, mas ele deixará de pertencer a esses departamentos e equipes. É possível desfazer isso no registro.',
    confirmUnbind: 'Desvincular'
  },
  run: {
    title: 'Alteração em massa',
    progress: '{settled} de {total} concluídas',
    progressLabel: 'Progresso da alteração em massa',
    cancel: 'Cancelar',
    cancelling: 'Parando após a requisição atual…',
    interrupted: 'A alteração em massa parou antes do fim: {done} de {total} concluídas. Ao retomar, nada será enviado duas vezes.',
    resume: 'Retomar',
    finished: 'Concluído: {done} com sucesso, {failed} com falha.',
    succeeded: 'Com sucesso ({count})',
    failed: 'Com falha ({count})',
    unknown: 'Não confirmadas ({count}): não foi possível consultar o portal sobre o que ele contém. Retome para verificar novamente.',
    retry: 'Repetir as que falharam',
    close: 'Fechar o relatório',
    error: 'A alteração em massa parou: {message}',
    freshError: 'Não foi possível atualizar a tela com os dados do portal: {message}',
    journalError: 'As alterações foram feitas, mas não foi possível salvar o registro: {message}',
    status: {
      pending: 'aguardando',
      running: 'enviando',
      done: 'concluída',
      failed: 'falhou',
      unknown: 'não confirmada'
    }
  }
}
