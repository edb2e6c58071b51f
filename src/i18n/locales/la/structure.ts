/** The Structure section's texts (Spanish): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Estructura',
    tabs: 'Vistas de la estructura',
    matrix: 'Cobertura'
  },
  types: {
    CHAT: 'Chat',
    CHANNEL: 'Canal',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'chat',
    CHANNEL: 'canal',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Cargando la estructura… nodos hasta ahora: {count}',
    nodesOf: 'Cargando la estructura… nodos: {count} de {total}',
    communications: 'Nodos cargados: {loaded} de {total}',
    loaded: '{total} nodos | {total} nodo | {total} nodos',
    error: 'No se pudo cargar la cobertura: {message}',
    cancel: 'Detener la carga',
    reload: 'Recargar'
  },
  filters: {
    label: 'Filtros',
    text: 'Filtrar por nombre',
    noChat: 'Sin chat',
    noChannel: 'Sin canal',
    noCollab: 'Sin collab',
    branch: 'Rama: {name}',
    clearBranch: 'Mostrar toda la estructura',
    reset: 'Borrar filtros',
    shown: 'Se muestran {shown} de {total}'
  },
  matrix: {
    label: 'Cobertura de la estructura de la empresa',
    name: 'Departamento o equipo',
    chats: 'Chats',
    channels: 'Canales',
    collabs: 'Collabs',
    actions: 'Acciones',
    selectColumn: 'Selección',
    select: 'Seleccionar {name}',
    inherited: '+{count} por herencia',
    hidden: 'ocultos: {count}',
    cellLabel: 'directos: {direct}, heredados: {inherited}, ocultos: {hidden}',
    unknown: 'no cargado',
    team: 'Equipo',
    department: 'Departamento',
    showBranch: 'Mostrar solo la rama de {name}',
    selectBranch: 'Seleccionar {name} y todo lo que depende de él',
    empty: 'Ningún departamento o equipo coincide con los filtros.',
    emptyStructure: 'La estructura aún no tiene departamentos.'
  },
  selection: {
    count: 'Ninguno seleccionado | {count} seleccionado | {count} seleccionados',
    selectFiltered: 'Seleccionar todos los mostrados',
    clear: 'Borrar la selección',
    bind: 'Vincular…',
    unbind: 'Desvincular…',
    createDefault: 'Crear predeterminado…',
    noEditRight: 'Solo los administradores pueden cambiar comunicaciones de forma masiva.'
  },
  csv: {
    export: 'Exportar CSV',
    fileName: 'cobertura'
  },
  action: {
    titleBind: 'Vincular a {count} nodos seleccionados | Vincular a {count} nodo seleccionado | Vincular a {count} nodos seleccionados',
    titleUnbind: 'Desvincular de {count} nodos seleccionados | Desvincular de {count} nodo seleccionado | Desvincular de {count} nodos seleccionados',
    titleCreate: 'Crear el predeterminado para {count} nodos seleccionados | Crear el predeterminado para {count} nodo seleccionado | Crear el predeterminado para {count} nodos seleccionados',
    type: 'Tipo',
    source: 'Elegir de',
    sources: {
      chats: 'Chats recientes',
      channels: 'Canales',
      collabs: 'Collabs',
      search: 'Buscar chats'
    },
    searchLabel: 'Nombre del chat',
    searchHint: 'Al menos {min} caracteres',
    byId: 'O indica un ID',
    idLabel: 'ID del chat, canal o collab',
    idInvalid: 'Indica un número entero positivo.',
    pickRequired: 'Primero elige un chat, canal o collab.',
    loading: 'Cargando…',
    empty: 'No hay nada que elegir aquí.',
    loadError: 'No se pudo cargar la lista: {message}',
    bound: 'Vinculados actualmente a los nodos seleccionados',
    createHint: 'Cada nodo seleccionado que no tenga {type} recibe uno nuevo, privado, con su nombre. Los nodos que ya tienen uno no se modifican.',
    plan: 'Revisar el plan',
    cancel: 'Cancelar'
  },
  plan: {
    title: 'Plan de cambios: {action}',
    actionBind: 'vincular el {type} “{title}”',
    actionUnbind: 'desvincular el {type} “{title}”',
    actionCreate: 'crear el {type} predeterminado',
    summary: 'Se enviarán {count} cambios (solicitudes: {requests}). | Se enviará {count} cambio (solicitudes: {requests}). | Se enviarán {count} cambios (solicitudes: {requests}).',
    nothing: 'No hay nada que cambiar: todos los nodos seleccionados ya están como se pidió.',
    changes: 'Cambios',
    skipped: 'Sin cambios ({count})',
    reasons: {
      'already-bound': 'ya lo tiene',
      'not-bound': 'no lo tiene',
      'has-some': 'ya tiene uno',
      'not-loaded': 'sus comunicaciones no están cargadas'
    },
    change: {
      bind: 'vincular',
      unbind: 'desvincular',
      createDefault: 'crear predeterminado'
    },
    send: 'Enviar {count} cambios | Enviar {count} cambio | Enviar {count} cambios',
    discard: 'Descartar el plan',
    confirmUnbindTitle: '¿Desvincular de {count} nodos? | ¿Desvincular de {count} nodo? | ¿Desvincular de {count} nodos?',
    confirmUnbindText: 'Los participantes conservan el chat, pero dejará de pertenecer a estos departamentos y equipos. Puedes deshacerlo desde el registro.',
    confirmUnbind: 'Desvincular'
  },
  run: {
    title: 'Cambio masivo',
    progress: '{settled} de {total} listos',
    progressLabel: 'Progreso del cambio masivo',
    cancel: 'Cancelar',
    cancelling: 'Deteniendo después de la solicitud actual…',
    interrupted: 'El cambio masivo se detuvo antes de terminar: {done} de {total} listos. Al reanudarlo, no se enviará nada dos veces.',
    resume: 'Reanudar',
    finished: 'Listo: {done} correctos, {failed} con error.',
    succeeded: 'Correctos ({count})',
    failed: 'Con error ({count})',
    unknown: 'Sin confirmar ({count}): no se pudo consultar al portal qué contiene. Reanuda para volver a comprobarlo.',
    retry: 'Reintentar los fallidos',
    close: 'Cerrar el informe',
    error: 'El cambio masivo se detuvo: {message}',
    freshError: 'No se pudo actualizar la pantalla con los datos del portal: {message}',
    journalError: 'Los cambios se hicieron, pero no se pudo guardar el registro: {message}',
    status: {
      pending: 'en espera',
      running: 'enviando',
      done: 'listo',
      failed: 'con error',
      unknown: 'sin confirmar'
    }
  }
}
