/** Common texts (Brazilian Portuguese). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Seções',
    departments: 'Departamentos',
    chats: 'Bate-papos',
    openlines: 'Canais Abertos',
    crmFields: 'Campos do CRM'
  },
  user: {
    admin: 'Administrador',
    avatarAlt: 'Foto de {name}'
  },
  limits: {
    pacingTitle: 'Ajustando o ritmo das requisições ao limite de tempo do portal',
    pacing: 'O portal concede a cada aplicativo apenas um certo tempo de processamento por método a cada dez minutos. Para respeitar esse limite, as próximas requisições ({methods}) serão enviadas às {time}. Você não precisa fazer nada: o aplicativo continua sozinho.',
    refusedTitle: 'O portal pausou um método para este aplicativo',
    refused: 'O limite de tempo do portal para {methods} foi atingido. O aplicativo retoma sozinho às {time}; nada será perdido.'
  },
  actions: {
    retry: 'Tentar novamente'
  },
  missing: {
    structureTitle: 'A estrutura da empresa não está disponível',
    structure: 'Este portal não disponibiliza a estrutura da empresa para aplicativos (REST 3.0). As outras seções funcionam normalmente.',
    collabs: 'Este portal não tem collabs, então não há nenhum para vincular.'
  },
  colorMode: {
    label: 'Modo de cor: {mode}',
    system: 'Sistema',
    light: 'Claro',
    dark: 'Escuro'
  },
  freshness: {
    asOf: 'Última atualização: {time}',
    checking: 'Verificando alterações…',
    changed: 'Alterados desde então: {count}',
    clearMarks: 'Ocultar as marcações',
    checkingRow: 'Verificando alterações',
    changedRow: 'Alterado'
  },
  boot: {
    connecting: 'Conectando ao Bitrix24…',
    errorTitle: 'Não foi possível iniciar o aplicativo',
    accessDenied: 'Você não tem acesso a este aplicativo. Peça ao administrador do Bitrix24 que o libere para você.'
  },
  errors: {
    network: 'Não foi possível acessar o portal. Verifique a conexão e tente novamente.',
    generic: 'O portal respondeu com um erro: {message}'
  },
  outside: {
    title: 'Abra este aplicativo no Bitrix24',
    lead: 'O Communications Hub funciona dentro de um portal Bitrix24: ele recebe o usuário conectado e as permissões de acesso do frame do portal, por isso não funciona em uma página própria.',
    portalTitle: 'No seu portal Bitrix24',
    portalSteps: {
      one: 'Acesse Recursos para desenvolvedores → Outros → Aplicativo local.',
      two: 'Defina o caminho do manipulador (e o caminho da instalação inicial) como o endereço desta página:',
      three: 'Conceda os escopos humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork e abra o aplicativo pelo menu Aplicativos.',
      grant: 'Conceda os escopos {scopes} e abra o aplicativo pelo menu Aplicativos.'
    },
    emulatorTitle: 'Sem portal: o emulador',
    emulatorText: 'Na pasta do projeto, execute o comando abaixo. Ele inicia um portal local semelhante ao Bitrix24 com este aplicativo dentro e mostra o endereço que deve ser aberto.'
  },
  install: {
    title: 'Instalar o Communications Hub',
    lead: 'O Communications Hub vincula bate-papos, canais e collabs aos departamentos e equipes da estrutura da sua empresa e configura conectores de Canais Abertos.',
    featuresTitle: 'O que o aplicativo faz',
    features: {
      departments: 'Mostra a estrutura da empresa e as comunicações de cada departamento e equipe.',
      chats: 'Cria bate-papos em grupo e gerencia seus participantes.',
      openlines: 'Registra e configura um conector de Canais Abertos.',
      crm: 'Mostra os campos das comunicações do CRM.',
      sidebar: 'Adiciona um item à barra lateral dos bate-papos em grupo: os departamentos e equipes aos quais um bate-papo está vinculado.'
    },
    scopesTitle: 'Acessos utilizados',
    scopes: {
      humanresources: 'estrutura da empresa',
      im: 'bate-papos e Messenger',
      imopenlines: 'Canais Abertos',
      imconnector: 'conectores de Canais Abertos',
      crm: 'CRM',
      user: 'usuários',
      placement: 'incorporação no portal',
      socialnetwork: 'grupos de trabalho e collabs'
    },
    finish: 'Concluir a instalação',
    finishFailed: 'Não foi possível concluir a instalação: {message}',
    pendingTitle: 'A instalação não foi concluída',
    pendingText: 'Um administrador do Bitrix24 precisa abrir este aplicativo uma vez para concluir a instalação. Fale com o administrador e depois abra o aplicativo novamente.'
  }
}
