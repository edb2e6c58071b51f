/** Open Channels texts (Brazilian Portuguese). */
export default {
  title: 'Canais Abertos',
  description: 'Canais abertos e conectores, com o status que o portal informa para cada par, e as configurações do conector deste aplicativo.',
  refresh: 'Recarregar do portal',
  loading: 'Carregando canais abertos e conectores…',
  loadErrorTitle: 'Não foi possível carregar os Canais Abertos',
  emptyTitle: 'Nenhum canal aberto',
  emptyDescription: 'O portal ainda não tem canais abertos. Crie um no Contact Center e depois volte aqui.',
  adminOnly: 'Somente um administrador do Bitrix24 configura conectores de Canais Abertos. Aqui você pode ver o status deles.',
  connectorsDenied: 'A lista de conectores não está disponível para você ({reason}); somente o conector deste aplicativo é exibido.',
  line: {
    off: 'Canal aberto desativado',
    number: 'Canal aberto {id}'
  },
  connector: {
    title: 'Conector deste aplicativo',
    id: 'ID do conector: {id}',
    registered: 'Registrado',
    notRegistered: 'Não registrado',
    unknown: 'Registro desconhecido',
    registerHint: 'O registro adiciona o conector ao Contact Center; as configurações dele abrem este aplicativo.',
    register: 'Registrar conector',
    update: 'Atualizar registro',
    unregister: 'Remover registro',
    registeredToast: 'O conector foi registrado.',
    unregisteredToast: 'O registro do conector foi removido.',
    confirmUnregisterTitle: 'Remover o registro do conector?',
    confirmUnregisterText: 'O conector será removido de todos os canais abertos, e as configurações de canal de cada um serão excluídas. Não é possível desfazer isso.',
    failed: 'Não foi possível alterar o conector'
  },
  filter: {
    label: 'Mostrar',
    all: 'Todos os pares',
    attention: 'Requer atenção ({count})',
    search: 'Pesquisar canais abertos e conectores',
    onlyMine: 'Somente o conector deste aplicativo'
  },
  table: {
    label: 'Canais abertos e conectores',
    line: 'Canal aberto',
    connector: 'Conector',
    status: 'Status',
    actions: 'Ações',
    empty: 'Nenhum par corresponde ao filtro.',
    emptyAttention: 'Nada requer atenção.'
  },
  status: {
    active: 'Ativo',
    inactive: 'Inativo',
    connected: 'Conectado',
    notConnected: 'Não conectado',
    error: 'Erro',
    working: 'Funcionando',
    notWorking: 'Não funciona',
    registered: 'Registrado',
    notRegistered: 'Não registrado',
    unavailable: 'Status indisponível',
    attention: 'Requer atenção'
  },
  actions: {
    activate: 'Ativar',
    deactivate: 'Desativar',
    settings: 'Configurações do canal',
    settingsFor: 'Configurações do canal de {line}',
    activateFor: 'Ativar em {line}',
    deactivateFor: 'Desativar em {line}',
    cancel: 'Cancelar',
    confirm: 'Confirmar',
    allLines: 'Todos os canais abertos',
    close: 'Fechar'
  },
  activation: {
    activated: 'O conector está ativo em {line}.',
    deactivated: 'O conector foi desativado em {line}; as configurações dele nesse canal aberto foram excluídas.',
    confirmTitle: 'Desativar em {line}?',
    confirmText: 'A desativação exclui do portal as configurações de canal deste canal aberto (ID, URL, URL do operador e nome). Para conectar de novo, ative o conector e salve as configurações outra vez.',
    failed: 'Não foi possível ativar ou desativar o conector'
  },
  channel: {
    title: 'Configurações do canal',
    pair: '{connector} em {line}',
    replaceNotice: 'Salvar substitui as quatro configurações no portal: não é possível alterar só uma. O formulário sempre envia todas, partindo dos valores que este aplicativo salvou por último.',
    noSaved: 'Este aplicativo ainda não tem configurações salvas para este canal aberto, então o formulário começa com os valores padrão.',
    connector: 'Conector',
    line: 'Canal aberto',
    id: 'ID do canal',
    idHint: 'Se ficar vazio: {fallback}',
    url: 'URL do canal',
    urlHint: 'Link completo para o bate-papo ou canal, com http:// ou https://',
    urlIm: 'URL do operador',
    urlImHint: 'Se ficar vazio: a URL do canal',
    name: 'Nome do canal',
    save: 'Salvar configurações',
    saved: 'As configurações do canal foram salvas.',
    notRemembered: 'O portal aceitou as configurações, mas o aplicativo não conseguiu guardá-las para a próxima vez.',
    failed: 'Não foi possível salvar as configurações',
    errors: {
      urlRequired: 'Informe a URL do canal.',
      urlInvalid: 'Informe um endereço completo que comece com http:// ou https://.',
      urlImInvalid: 'Informe um endereço completo que comece com http:// ou https://, ou deixe o campo vazio para usar a URL do canal.',
      urlHidden: 'O endereço contém caracteres invisíveis de direção do texto que podem disfarçar para onde ele leva. Digite-o novamente sem eles.',
      nameRequired: 'Informe um nome para o canal.'
    }
  },
  placement: {
    title: 'Configurações do conector',
    lineMissing: 'O canal aberto {line} não foi encontrado no portal.',
    fromPortal: 'Conforme informado pelo Contact Center ao abrir esta página'
  },
  errors: {
    wrongAuthType: 'As configurações do conector funcionam somente dentro do Bitrix24, quando o portal abre este aplicativo (contexto de aplicativo). Elas não podem ser alteradas por um webhook.',
    accessDenied: 'Você não tem permissão para editar conectores de Canais Abertos. Fale com o administrador do Bitrix24.',
    scope: 'O aplicativo não tem acesso aos Canais Abertos (escopo imopenlines). Peça ao administrador que o reinstale com esse escopo.',
    busy: 'O portal está ocupado. Aguarde um momento e tente novamente.',
    network: 'Não foi possível acessar o portal. Verifique a conexão e tente novamente.',
    generic: 'Resposta do portal: {message}'
  }
}
