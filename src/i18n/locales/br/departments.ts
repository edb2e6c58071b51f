/** Departments texts (Brazilian Portuguese). */
export default {
  title: 'Departamentos',
  description: 'A estrutura da empresa e os bate-papos, canais e collabs vinculados a cada departamento e equipe.',
  tree: {
    label: 'Estrutura da empresa',
    filterLabel: 'Encontrar um departamento ou equipe',
    filterPlaceholder: 'Nome do departamento ou da equipe',
    loading: 'Carregando a estrutura da empresa…',
    loadingCount: 'Carregando a estrutura da empresa… carregados: {count}',
    loadingCountOf: 'Carregando a estrutura da empresa… {count} de {total}',
    errorTitle: 'Não foi possível carregar a estrutura da empresa',
    emptyTitle: 'Nenhum departamento',
    emptyDescription: 'O portal ainda não tem departamentos nem equipes.',
    noMatches: 'Nada corresponde a “{term}”.',
    matches: 'Encontrados: {count}',
    searching: 'Pesquisando no portal…',
    members: 'ninguém | {count} pessoa | {count} pessoas',
    expand: 'Expandir {name}',
    collapse: 'Recolher {name}',
    keyboardHint: 'Use as setas para navegar: seta para a direita expande, seta para a esquerda recolhe, Enter seleciona.',
    chats: 'nenhum bate-papo | {n} bate-papo | {n} bate-papos',
    channels: 'nenhum canal | {n} canal | {n} canais',
    collabs: 'nenhum collab | {n} collab | {n} collabs'
  },
  types: {
    DEPARTMENT: 'Departamento',
    TEAM: 'Equipe'
  },
  mine: {
    title: 'Meus departamentos',
    none: 'Você não faz parte de nenhum departamento ou equipe.'
  },
  panel: {
    placeholderTitle: 'Escolha um departamento ou equipe',
    placeholderDescription: 'Os bate-papos, canais e collabs vinculados aparecem aqui.',
    loading: 'Carregando as comunicações…',
    errorTitle: 'Não foi possível carregar as comunicações',
    readOnly: 'Você pode ver estas comunicações, mas não alterá-las: para isso, é preciso ter permissão para editar a estrutura.',
    groups: {
      chats: 'Bate-papos',
      channels: 'Canais',
      collabs: 'Collabs'
    },
    emptyGroup: 'Nenhum ainda',
    hidden: 'Mais {count} que você não pode ver',
    inherited: 'Herdado de {name}',
    inheritedUnknown: 'Herdado de uma unidade superior',
    extranet: 'Extranet',
    noAccess: 'Você não é participante',
    open: 'Abrir {title} no Messenger',
    openShort: 'Abrir',
    unbind: 'Desvincular {title}',
    bind: 'Vincular',
    createDefault: 'Criar padrão',
    reload: 'Recarregar'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Você não pode alterar as comunicações de departamentos',
      TEAM: 'Você não pode alterar as comunicações de equipes'
    },
    refused: {
      DEPARTMENT: 'O portal recusou sua alteração: para vincular bate-papos, canais e collabs a departamentos, é preciso ter a permissão "Editar departamentos", que os administradores concedem nas permissões de acesso da estrutura da empresa. Ser chefe de um departamento não dá essa permissão.',
      TEAM: 'O portal recusou sua alteração: para vincular bate-papos, canais e collabs a equipes, é preciso ter a permissão "Editar equipes", que os administradores concedem nas permissões de acesso da estrutura da empresa. Ser chefe de uma equipe não dá essa permissão.'
    },
    checkAgain: 'Verificar novamente'
  },
  bind: {
    title: 'Vincular a {name}',
    description: 'Escolha bate-papos, canais e collabs. Os que já estão vinculados aparecem marcados.',
    tabs: {
      chats: 'Bate-papos',
      channels: 'Canais',
      collabs: 'Collabs',
      search: 'Pesquisar'
    },
    searchLabel: 'Pesquisar bate-papos',
    searchPlaceholder: 'Pelo menos 2 caracteres',
    searchShort: 'Digite pelo menos 2 caracteres.',
    loading: 'Carregando…',
    empty: 'Nada para escolher aqui.',
    alreadyBound: 'Já vinculado',
    selected: 'Selecionados: {count}',
    nothingSelected: 'Escolha pelo menos um bate-papo, canal ou collab.',
    submit: 'Vincular',
    cancel: 'Cancelar',
    loadError: 'Não foi possível carregar a lista: {message}',
    picker: 'Bate-papos, canais e collabs a vincular'
  },
  defaults: {
    title: 'Criar a comunicação padrão de {name}',
    description: 'O portal cria um bate-papo ou canal privado, ou um collab, com o nome da unidade, tendo o chefe dela como proprietário e os membros dela como participantes.',
    typeLabel: 'O que criar',
    submit: 'Criar',
    types: {
      CHAT: 'Bate-papo',
      CHANNEL: 'Canal',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Aplicar também aos departamentos e equipes subordinados',
    preview: 'Esta alteração alcança {count} unidade: | Esta alteração alcança {count} unidades:',
    more: 'e mais {count}'
  },
  unbind: {
    title: 'Desvincular {title}?',
    description: 'Ele não estará mais vinculado a {name}. O próprio bate-papo e seus participantes continuam como estão.',
    confirm: 'Desvincular',
    cancel: 'Cancelar'
  },
  result: {
    bound: 'Vinculado a {name}.',
    unbound: 'Desvinculado de {name}.',
    created: 'Criado para {name}.',
    failedTitle: 'A alteração não foi feita',
    partial: 'Algumas alterações foram feitas antes do erro; a lista mostra o que o portal contém agora.',
    notSent: 'Não enviado: {types}.'
  },
  errors: {
    accessDenied: 'O portal recusou: você não tem permissão para editar este departamento ou equipe.',
    viewDenied: 'O portal não mostra a estrutura da empresa para você: ela está disponível para os funcionários da empresa. Se precisar dela, fale com o administrador do Bitrix24.',
    notFound: 'O departamento ou equipe não existe mais no portal. Recarregue a estrutura.',
    validation: 'O portal não aceitou a alteração: {message}'
  }
}
