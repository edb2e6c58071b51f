/** Open Channels texts (Spanish). */
export default {
  title: 'Canales abiertos',
  description: 'Canales abiertos y conectores, con el estado que el portal indica para cada par, y la configuración del conector de esta aplicación.',
  refresh: 'Recargar desde el portal',
  loading: 'Cargando canales abiertos y conectores…',
  loadErrorTitle: 'No se pudieron cargar los canales abiertos',
  emptyTitle: 'No hay canales abiertos',
  emptyDescription: 'El portal aún no tiene canales abiertos. Crea uno en el Contact Center y vuelve aquí.',
  adminOnly: 'Solo un administrador de Bitrix24 configura los conectores de canales abiertos. Aquí puedes ver su estado.',
  connectorsDenied: 'La lista de conectores no está disponible para ti ({reason}); solo se muestra el conector de esta aplicación.',
  line: {
    off: 'Canal abierto desactivado',
    number: 'Canal abierto {id}'
  },
  connector: {
    title: 'Conector de esta aplicación',
    id: 'ID del conector: {id}',
    registered: 'Registrado',
    notRegistered: 'No registrado',
    unknown: 'Registro desconocido',
    registerHint: 'Al registrarlo, el conector se agrega al Contact Center; su configuración abre esta aplicación.',
    register: 'Registrar conector',
    update: 'Actualizar el registro',
    unregister: 'Anular el registro',
    registeredToast: 'El conector está registrado.',
    unregisteredToast: 'Se anuló el registro del conector.',
    confirmUnregisterTitle: '¿Anular el registro del conector?',
    confirmUnregisterText: 'El conector se quitará de todos los canales abiertos y se eliminará la configuración de canal de cada uno. Esta acción no se puede deshacer.',
    failed: 'No se pudo cambiar el conector'
  },
  filter: {
    label: 'Mostrar',
    all: 'Todos los pares',
    attention: 'Requieren atención ({count})',
    search: 'Buscar canales abiertos y conectores',
    onlyMine: 'Solo el conector de esta aplicación'
  },
  table: {
    label: 'Canales abiertos y conectores',
    line: 'Canal abierto',
    connector: 'Conector',
    status: 'Estado',
    actions: 'Acciones',
    empty: 'Ningún par coincide con el filtro.',
    emptyAttention: 'Nada requiere atención.'
  },
  status: {
    active: 'Activo',
    inactive: 'Inactivo',
    connected: 'Conectado',
    notConnected: 'No conectado',
    error: 'Error',
    working: 'Funciona',
    notWorking: 'No funciona',
    registered: 'Registrado',
    notRegistered: 'No registrado',
    unavailable: 'Estado no disponible',
    attention: 'Requiere atención'
  },
  actions: {
    activate: 'Activar',
    deactivate: 'Desactivar',
    settings: 'Configuración del canal',
    settingsFor: 'Configuración del canal de {line}',
    activateFor: 'Activar en {line}',
    deactivateFor: 'Desactivar en {line}',
    cancel: 'Cancelar',
    confirm: 'Confirmar',
    allLines: 'Todos los canales abiertos',
    close: 'Cerrar'
  },
  activation: {
    activated: 'El conector está activo en {line}.',
    deactivated: 'El conector se desactivó en {line}; se eliminó su configuración en ese canal abierto.',
    confirmTitle: '¿Desactivar en {line}?',
    confirmText: 'Al desactivarlo se elimina en el portal la configuración de canal de este canal abierto (ID, URL, URL del operador y nombre). Para volver a conectarlo, activa el conector y guarda de nuevo la configuración.',
    failed: 'No se pudo activar o desactivar el conector'
  },
  channel: {
    title: 'Configuración del canal',
    pair: '{connector} en {line}',
    replaceNotice: 'Al guardar se reemplazan en el portal los cuatro ajustes: no es posible cambiar solo uno. El formulario siempre los envía todos, partiendo de los valores que esta aplicación guardó por última vez.',
    noSaved: 'Esta aplicación aún no tiene ajustes guardados para este canal abierto, así que el formulario parte de los valores predeterminados.',
    connector: 'Conector',
    line: 'Canal abierto',
    id: 'ID del canal',
    idHint: 'Si se deja vacío: {fallback}',
    url: 'URL del canal',
    urlHint: 'Enlace completo al chat o canal, con http:// o https://',
    urlIm: 'URL del operador',
    urlImHint: 'Si se deja vacío: la URL del canal',
    name: 'Nombre del canal',
    save: 'Guardar la configuración',
    saved: 'Se guardó la configuración del canal.',
    notRemembered: 'El portal aceptó la configuración, pero la aplicación no pudo recordarla para la próxima vez.',
    failed: 'No se pudo guardar la configuración',
    errors: {
      urlRequired: 'Indica la URL del canal.',
      urlInvalid: 'Indica una dirección completa que empiece por http:// o https://.',
      urlImInvalid: 'Indica una dirección completa que empiece por http:// o https://, o déjala vacía para usar la URL del canal.',
      urlHidden: 'La dirección contiene caracteres invisibles de control del sentido del texto que pueden disimular adónde lleva. Vuelve a escribirla sin ellos.',
      nameRequired: 'Indica un nombre para el canal.'
    }
  },
  placement: {
    title: 'Configuración del conector',
    lineMissing: 'No se encontró el canal abierto {line} en el portal.',
    fromPortal: 'Según lo que indicó el Contact Center al abrir esta página'
  },
  errors: {
    wrongAuthType: 'La configuración del conector solo funciona dentro de Bitrix24, cuando el portal abre esta aplicación (un contexto de aplicación). No se puede cambiar con un webhook.',
    accessDenied: 'No tienes permiso para editar los conectores de canales abiertos. Consulta con tu administrador de Bitrix24.',
    scope: 'La aplicación no tiene acceso a los canales abiertos (permiso imopenlines). Pide a tu administrador que la reinstale con ese permiso.',
    busy: 'El portal está ocupado. Espera un momento y vuelve a intentarlo.',
    network: 'No se pudo conectar con el portal. Revisa la conexión e inténtalo de nuevo.',
    generic: 'El portal respondió: {message}'
  }
}
