/** Open Channels view (English). e2e/ finds some elements by these texts: change them together. */
export default {
  title: 'Open Channels',
  description: 'Open lines against connectors, with the status the portal reports for each pair, and the settings of this app\'s own connector.',
  refresh: 'Reload from the portal',
  loading: 'Loading open lines and connectors…',
  loadErrorTitle: 'Open Channels could not be loaded',
  emptyTitle: 'No open lines',
  emptyDescription: 'The portal has no open lines yet. Create one in the Contact Center, then come back.',
  adminOnly: 'Only a Bitrix24 administrator sets up Open Channel connectors. You can see their status here.',
  connectorsDenied: 'The list of connectors is not available to you ({reason}); only this app\'s connector is shown.',
  line: {
    off: 'Line switched off',
    number: 'Line {id}'
  },
  connector: {
    title: 'This app\'s connector',
    id: 'Connector ID: {id}',
    registered: 'Registered',
    notRegistered: 'Not registered',
    unknown: 'Registration unknown',
    registerHint: 'Registering adds the connector to the Contact Center; its settings open this app.',
    register: 'Register connector',
    update: 'Update registration',
    unregister: 'Unregister',
    registeredToast: 'The connector is registered.',
    unregisteredToast: 'The connector is unregistered.',
    confirmUnregisterTitle: 'Unregister the connector?',
    confirmUnregisterText: 'The connector is removed from every open line, and the channel settings of each line are deleted. This cannot be undone.',
    failed: 'The connector could not be changed'
  },
  filter: {
    label: 'Show',
    all: 'All pairs',
    attention: 'Needs attention ({count})',
    search: 'Search lines and connectors',
    onlyMine: 'Only this app\'s connector'
  },
  table: {
    label: 'Open lines and connectors',
    line: 'Open line',
    connector: 'Connector',
    status: 'Status',
    actions: 'Actions',
    empty: 'No pair matches the filter.',
    emptyAttention: 'Nothing needs attention.'
  },
  status: {
    active: 'Active',
    inactive: 'Inactive',
    connected: 'Connected',
    notConnected: 'Not connected',
    error: 'Error',
    working: 'Working',
    notWorking: 'Not working',
    registered: 'Registered',
    notRegistered: 'Not registered',
    unavailable: 'Status unavailable',
    attention: 'Needs attention'
  },
  actions: {
    activate: 'Activate',
    deactivate: 'Deactivate',
    settings: 'Channel settings',
    settingsFor: 'Channel settings of {line}',
    activateFor: 'Activate on {line}',
    deactivateFor: 'Deactivate on {line}',
    cancel: 'Cancel',
    confirm: 'Confirm',
    allLines: 'All lines',
    close: 'Close'
  },
  activation: {
    activated: 'The connector is active on {line}.',
    deactivated: 'The connector is deactivated on {line}; its settings there are deleted.',
    confirmTitle: 'Deactivate on {line}?',
    confirmText: 'Deactivating deletes this line\'s channel settings (ID, URL, operator URL and name) on the portal. To connect again you activate the connector and save the settings anew.',
    failed: 'The connector could not be switched'
  },
  channel: {
    title: 'Channel settings',
    pair: '{connector} on {line}',
    replaceNotice: 'Saving replaces all four settings on the portal: there is no way to change just one. The form always sends all of them, starting from the values this app saved last.',
    noSaved: 'This app has no saved settings for this line yet, so the form starts from the defaults.',
    connector: 'Connector',
    line: 'Open line',
    id: 'Channel ID',
    idHint: 'Left empty: {fallback}',
    url: 'Channel URL',
    urlHint: 'Full link to the chat or channel, http:// or https://',
    urlIm: 'Operator URL',
    urlImHint: 'Left empty: the channel URL',
    name: 'Channel name',
    save: 'Save settings',
    saved: 'The channel settings are saved.',
    notRemembered: 'The portal took the settings, but the app could not remember them for next time.',
    failed: 'The settings could not be saved',
    errors: {
      urlRequired: 'Enter the channel URL.',
      urlInvalid: 'Enter a full address starting with http:// or https://.',
      urlImInvalid: 'Enter a full address starting with http:// or https://, or leave it empty to use the channel URL.',
      urlHidden: 'The address contains invisible direction characters that can disguise where it leads. Type it again without them.',
      nameRequired: 'Enter a name for the channel.'
    }
  },
  placement: {
    title: 'Connector settings',
    lineMissing: 'Open line {line} was not found on the portal.',
    fromPortal: 'As the Contact Center reported when it opened this page'
  },
  errors: {
    wrongAuthType: 'Connector settings work only inside Bitrix24, when the portal opens this app (an application context). They cannot be changed with a webhook.',
    accessDenied: 'You do not have the right to edit Open Channel connectors. Ask your Bitrix24 administrator.',
    scope: 'The app has no access to Open Channels (scope imopenlines). Ask your administrator to reinstall it with that scope.',
    busy: 'The portal is busy. Wait a moment and try again.',
    network: 'The portal could not be reached. Check the connection and try again.',
    generic: 'The portal answered: {message}'
  }
}
