/** Common texts (Spanish). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Secciones',
    departments: 'Departamentos',
    chats: 'Chats',
    openlines: 'Canales abiertos',
    crmFields: 'Campos de CRM'
  },
  user: {
    admin: 'Administrador',
    avatarAlt: 'Foto de {name}'
  },
  limits: {
    pacingTitle: 'Ajustando el ritmo de las solicitudes al límite de tiempo del portal',
    pacing: 'El portal concede a cada aplicación un tiempo de procesamiento limitado por método cada diez minutos. Para no superarlo, las próximas solicitudes ({methods}) se enviarán a las {time}. No tienes que hacer nada: la aplicación continúa sola.',
    refusedTitle: 'El portal pausó un método para esta aplicación',
    refused: 'Se alcanzó el límite de tiempo del portal para {methods}. La aplicación se reanudará sola a las {time}; no se pierde nada.'
  },
  actions: {
    retry: 'Reintentar'
  },
  missing: {
    structureTitle: 'La estructura de la empresa no está disponible',
    structure: 'Este portal no ofrece su estructura de la empresa a las aplicaciones (REST 3.0). Las demás secciones funcionan.',
    collabs: 'Este portal no tiene collabs, así que no hay ninguno para vincular.'
  },
  colorMode: {
    label: 'Modo de color: {mode}',
    system: 'Sistema',
    light: 'Claro',
    dark: 'Oscuro'
  },
  freshness: {
    asOf: 'Última actualización: {time}',
    checking: 'Buscando cambios…',
    changed: 'Cambiados desde entonces: {count}',
    clearMarks: 'Ocultar las marcas',
    checkingRow: 'Buscando cambios',
    changedRow: 'Cambiado'
  },
  boot: {
    connecting: 'Conectando con Bitrix24…',
    errorTitle: 'No se pudo iniciar la aplicación',
    accessDenied: 'No tienes acceso a esta aplicación. Pide al administrador de Bitrix24 que te lo conceda.'
  },
  errors: {
    network: 'No se pudo conectar con el portal. Revisa la conexión e inténtalo de nuevo.',
    generic: 'El portal respondió con un error: {message}'
  },
  outside: {
    title: 'Abre esta aplicación en Bitrix24',
    lead: 'Communications Hub funciona dentro de un portal de Bitrix24: obtiene el usuario que inició sesión y los permisos de acceso del marco del portal, por lo que no puede funcionar en una página propia.',
    portalTitle: 'En tu portal de Bitrix24',
    portalSteps: {
      one: 'Ve a Recursos para desarrolladores → Otros → Aplicación local.',
      two: 'Indica como ruta del controlador (y como ruta de instalación inicial) la dirección de esta página:',
      three: 'Concede los permisos humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork y abre la aplicación desde el menú Aplicaciones.',
      grant: 'Concede los permisos {scopes} y abre la aplicación desde el menú Aplicaciones.'
    },
    emulatorTitle: 'Sin portal: el emulador',
    emulatorText: 'Desde la carpeta del proyecto, ejecuta el siguiente comando. Inicia un portal local similar a Bitrix24 con esta aplicación dentro y muestra la dirección que debes abrir.'
  },
  install: {
    title: 'Instalar Communications Hub',
    lead: 'Communications Hub vincula chats, canales y collabs a los departamentos y equipos de la estructura de tu empresa, y configura conectores de canales abiertos.',
    featuresTitle: 'Qué hace la aplicación',
    features: {
      departments: 'Muestra la estructura de la empresa y las comunicaciones de cada departamento y equipo.',
      chats: 'Crea chats grupales y gestiona sus participantes.',
      openlines: 'Registra y configura un conector de canales abiertos.',
      crm: 'Muestra los campos de las comunicaciones de CRM.',
      sidebar: 'Añade un elemento a la barra lateral de los chats grupales: los departamentos y equipos a los que está vinculado el chat.'
    },
    scopesTitle: 'Accesos que utiliza',
    scopes: {
      humanresources: 'estructura de la empresa',
      im: 'chats y Messenger',
      imopenlines: 'canales abiertos',
      imconnector: 'conectores de canales abiertos',
      crm: 'CRM',
      user: 'usuarios',
      placement: 'integración en el portal',
      socialnetwork: 'grupos de trabajo y collabs'
    },
    finish: 'Finalizar la instalación',
    finishFailed: 'No se pudo finalizar la instalación: {message}',
    pendingTitle: 'La instalación no ha finalizado',
    pendingText: 'Un administrador de Bitrix24 debe abrir esta aplicación una vez para finalizar la instalación. Pídeselo a tu administrador y luego vuelve a abrir la aplicación.'
  }
}
