/** Departments texts (Spanish). */
export default {
  title: 'Departamentos',
  description: 'La estructura de la empresa y los chats, canales y collabs vinculados a cada departamento y equipo.',
  tree: {
    label: 'Estructura de la empresa',
    filterLabel: 'Buscar un departamento o equipo',
    filterPlaceholder: 'Nombre del departamento o equipo',
    loading: 'Cargando la estructura de la empresa…',
    loadingCount: 'Cargando la estructura de la empresa… cargados: {count}',
    loadingCountOf: 'Cargando la estructura de la empresa… {count} de {total}',
    errorTitle: 'No se pudo cargar la estructura de la empresa',
    emptyTitle: 'Sin departamentos',
    emptyDescription: 'El portal aún no tiene departamentos ni equipos.',
    noMatches: 'Nada coincide con “{term}”.',
    matches: 'Encontrados: {count}',
    searching: 'Buscando en el portal…',
    members: 'nadie | {count} persona | {count} personas',
    expand: 'Expandir {name}',
    collapse: 'Contraer {name}',
    keyboardHint: 'Usa las flechas para moverte: derecha expande, izquierda contrae, Enter selecciona.',
    chats: 'ningún chat | {n} chat | {n} chats',
    channels: 'ningún canal | {n} canal | {n} canales',
    collabs: 'ningún collab | {n} collab | {n} collabs'
  },
  types: {
    DEPARTMENT: 'Departamento',
    TEAM: 'Equipo'
  },
  mine: {
    title: 'Mis departamentos',
    none: 'No formas parte de ningún departamento ni equipo.'
  },
  panel: {
    placeholderTitle: 'Elige un departamento o equipo',
    placeholderDescription: 'Aquí aparecen sus chats, canales y collabs.',
    loading: 'Cargando las comunicaciones…',
    errorTitle: 'No se pudieron cargar las comunicaciones',
    readOnly: 'Puedes ver estas comunicaciones, pero no modificarlas: para editarlas necesitas el permiso de editar la estructura.',
    groups: {
      chats: 'Chats',
      channels: 'Canales',
      collabs: 'Collabs'
    },
    emptyGroup: 'Ninguno todavía',
    hidden: '{count} más que no puedes ver',
    inherited: 'Heredado de {name}',
    inheritedUnknown: 'Heredado de un nodo superior',
    extranet: 'Extranet',
    noAccess: 'No eres participante',
    open: 'Abrir {title} en Messenger',
    openShort: 'Abrir',
    unbind: 'Desvincular {title}',
    bind: 'Vincular',
    createDefault: 'Crear predeterminado',
    reload: 'Recargar'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'No puedes cambiar las comunicaciones de los departamentos',
      TEAM: 'No puedes cambiar las comunicaciones de los equipos'
    },
    refused: {
      DEPARTMENT: 'El portal rechazó tu cambio: para vincular chats, canales y collabs a departamentos se necesita el permiso "Editar departamentos", que los administradores conceden en los permisos de acceso de la estructura de la empresa. Dirigir un departamento no otorga este permiso.',
      TEAM: 'El portal rechazó tu cambio: para vincular chats, canales y collabs a equipos se necesita el permiso "Editar equipos", que los administradores conceden en los permisos de acceso de la estructura de la empresa. Dirigir un equipo no otorga este permiso.'
    },
    checkAgain: 'Volver a comprobar'
  },
  bind: {
    title: 'Vincular a {name}',
    description: 'Elige chats, canales y collabs. Los que ya están vinculados aparecen marcados.',
    tabs: {
      chats: 'Chats',
      channels: 'Canales',
      collabs: 'Collabs',
      search: 'Buscar'
    },
    searchLabel: 'Buscar chats',
    searchPlaceholder: 'Al menos 2 caracteres',
    searchShort: 'Escribe al menos 2 caracteres.',
    loading: 'Cargando…',
    empty: 'No hay nada que elegir aquí.',
    alreadyBound: 'Ya vinculado',
    selected: 'Seleccionados: {count}',
    nothingSelected: 'Elige al menos un chat, canal o collab.',
    submit: 'Vincular',
    cancel: 'Cancelar',
    loadError: 'No se pudo cargar la lista: {message}',
    picker: 'Chats, canales y collabs para vincular'
  },
  defaults: {
    title: 'Crear la comunicación predeterminada de {name}',
    description: 'El portal crea un chat o canal privado, o un collab, con el nombre del nodo, cuyo propietario es su responsable y cuyos participantes son sus miembros.',
    typeLabel: 'Qué crear',
    submit: 'Crear',
    types: {
      CHAT: 'Chat',
      CHANNEL: 'Canal',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Aplicar también a los departamentos y equipos dependientes',
    preview: 'Este cambio afecta a {count} nodo: | Este cambio afecta a {count} nodos:',
    more: 'y {count} más'
  },
  unbind: {
    title: '¿Desvincular {title}?',
    description: 'Dejará de estar vinculado a {name}. El chat en sí y sus participantes no cambian.',
    confirm: 'Desvincular',
    cancel: 'Cancelar'
  },
  result: {
    bound: 'Vinculado a {name}.',
    unbound: 'Desvinculado de {name}.',
    created: 'Creado para {name}.',
    failedTitle: 'No se hizo el cambio',
    partial: 'Algunos cambios se hicieron antes del error; la lista muestra lo que el portal contiene ahora.',
    notSent: 'No enviado: {types}.'
  },
  errors: {
    accessDenied: 'El portal lo rechazó: no tienes permiso para editar este departamento o equipo.',
    viewDenied: 'El portal no te muestra la estructura de la empresa: está disponible para los empleados de la empresa. Si la necesitas, consulta con tu administrador de Bitrix24.',
    notFound: 'El departamento o equipo ya no existe en el portal. Recarga la estructura.',
    validation: 'El portal no aceptó el cambio: {message}'
  }
}
