/** Shell texts (English). Playwright finds elements by several of these: change them together with e2e/. */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Sections',
    departments: 'Departments',
    chats: 'Chats',
    openlines: 'Open Channels',
    crmFields: 'CRM fields'
  },
  user: {
    admin: 'Administrator',
    avatarAlt: 'Photo of {name}'
  },
  limits: {
    pacingTitle: 'Pacing requests to the portal\'s time limit',
    pacing: 'The portal allows each app only so much processing time per method in ten minutes. To stay within it, the next requests ({methods}) go out at {time}. Nothing needs doing: the app carries on by itself.',
    refusedTitle: 'The portal paused a method for this app',
    refused: 'The portal\'s time limit for {methods} is reached. The app resumes at {time} by itself; nothing is lost.'
  },
  actions: {
    retry: 'Retry'
  },
  missing: {
    structureTitle: 'The company structure is not available',
    structure: 'This portal does not offer its company structure to applications (REST 3.0). The other sections work.',
    collabs: 'This portal has no collabs, so there are none to bind.'
  },
  colorMode: {
    label: 'Colour mode: {mode}',
    system: 'System',
    light: 'Light',
    dark: 'Dark'
  },
  freshness: {
    asOf: 'As of {time}',
    checking: 'Checking for changes…',
    changed: 'Changed since: {count}',
    clearMarks: 'Hide the marks',
    checkingRow: 'Checking for changes',
    changedRow: 'Changed'
  },
  boot: {
    connecting: 'Connecting to Bitrix24…',
    errorTitle: 'The app could not start',
    accessDenied: 'You do not have access to this application. Ask your Bitrix24 administrator to grant it.'
  },
  errors: {
    network: 'The portal could not be reached. Check the connection and try again.',
    generic: 'The portal answered with an error: {message}'
  },
  outside: {
    title: 'Open this app in Bitrix24',
    lead: 'Communications Hub runs inside a Bitrix24 portal: it gets the signed-in user and the access rights from the portal frame, so it cannot work on its own page.',
    portalTitle: 'In your Bitrix24 portal',
    portalSteps: {
      one: 'Go to Developer resources → Other → Local application.',
      two: 'Set the handler path (and the initial installation path) to the address of this page:',
      three: 'Give it the scopes humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, then open the app from the Applications menu.',
      grant: 'Give it the scopes {scopes}, then open the app from the Applications menu.'
    },
    emulatorTitle: 'Without a portal: the emulator',
    emulatorText: 'From the project folder, run the command below. It starts a local Bitrix24-like portal with this app inside it and prints the address to open.'
  },
  install: {
    title: 'Install Communications Hub',
    lead: 'Communications Hub binds chats, channels and collabs to the departments and teams of your company structure, and sets up Open Channel connectors.',
    featuresTitle: 'What the app does',
    features: {
      departments: 'Shows the company structure and the communications of each department and team.',
      chats: 'Creates group chats and manages their participants.',
      openlines: 'Registers and configures an Open Channel connector.',
      crm: 'Shows the fields of CRM communications.',
      sidebar: 'Adds an item to the sidebar of group chats: the departments and teams a chat is bound to.'
    },
    scopesTitle: 'Access it uses',
    scopes: {
      humanresources: 'company structure',
      im: 'chats and messenger',
      imopenlines: 'open channels',
      imconnector: 'open channel connectors',
      crm: 'CRM',
      user: 'users',
      placement: 'embedding in the portal',
      socialnetwork: 'workgroups and collabs'
    },
    finish: 'Finish installation',
    finishFailed: 'The installation could not be finished: {message}',
    pendingTitle: 'The installation is not finished',
    pendingText: 'A Bitrix24 administrator must open this app once to finish its installation. Ask your administrator, then open the app again.'
  }
}
