/** Departments view (English). */
export default {
  title: 'Departments',
  description: 'The company structure and the chats, channels and collabs bound to each department and team.',
  tree: {
    label: 'Company structure',
    filterLabel: 'Find a department or team',
    filterPlaceholder: 'Department or team name',
    loading: 'Loading the company structure…',
    loadingCount: 'Loading the company structure… {count} loaded',
    loadingCountOf: 'Loading the company structure… {count} of {total}',
    errorTitle: 'The company structure could not be loaded',
    emptyTitle: 'No departments',
    emptyDescription: 'The portal has no departments or teams yet.',
    noMatches: 'Nothing matches “{term}”.',
    matches: 'Found: {count}',
    searching: 'Searching the portal…',
    members: 'nobody | 1 person | {count} people',
    expand: 'Expand {name}',
    collapse: 'Collapse {name}',
    keyboardHint: 'Arrow keys move, Right opens, Left closes, Enter selects.',
    chats: 'no chats | 1 chat | {n} chats',
    channels: 'no channels | 1 channel | {n} channels',
    collabs: 'no collabs | 1 collab | {n} collabs'
  },
  types: {
    DEPARTMENT: 'Department',
    TEAM: 'Team'
  },
  mine: {
    title: 'My departments',
    none: 'You are not in any department or team.'
  },
  panel: {
    placeholderTitle: 'Pick a department or team',
    placeholderDescription: 'Its chats, channels and collabs appear here.',
    loading: 'Loading the communications…',
    errorTitle: 'The communications could not be loaded',
    readOnly: 'You can see these communications but not change them: editing needs the right to edit the structure.',
    groups: {
      chats: 'Chats',
      channels: 'Channels',
      collabs: 'Collabs'
    },
    emptyGroup: 'None yet',
    hidden: '{count} more you cannot see',
    inherited: 'Inherited from {name}',
    inheritedUnknown: 'Inherited from a parent node',
    extranet: 'Extranet',
    noAccess: 'You are not a member',
    open: 'Open {title} in the messenger',
    openShort: 'Open',
    unbind: 'Unbind {title}',
    bind: 'Bind',
    createDefault: 'Create default',
    reload: 'Reload'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'You cannot change the communications of departments',
      TEAM: 'You cannot change the communications of teams'
    },
    refused: {
      DEPARTMENT: 'The portal refused your change: binding chats, channels and collabs to departments needs the "Edit departments" permission, which administrators grant in the company structure\'s access rights. Heading a department does not grant it.',
      TEAM: 'The portal refused your change: binding chats, channels and collabs to teams needs the "Edit teams" permission, which administrators grant in the company structure\'s access rights. Heading a team does not grant it.'
    },
    checkAgain: 'Check again'
  },
  bind: {
    title: 'Bind to {name}',
    description: 'Pick chats, channels and collabs. Already bound ones are marked.',
    tabs: {
      chats: 'Chats',
      channels: 'Channels',
      collabs: 'Collabs',
      search: 'Search'
    },
    searchLabel: 'Search chats',
    searchPlaceholder: 'At least 2 characters',
    searchShort: 'Type at least 2 characters.',
    loading: 'Loading…',
    empty: 'Nothing to pick here.',
    alreadyBound: 'Already bound',
    selected: 'Selected: {count}',
    nothingSelected: 'Pick at least one chat, channel or collab.',
    submit: 'Bind',
    cancel: 'Cancel',
    loadError: 'The list could not be loaded: {message}',
    picker: 'Chats, channels and collabs to bind'
  },
  defaults: {
    title: 'Create the default communication of {name}',
    description: 'The portal creates a private chat or channel, or a collab, named after the node, owned by its head, with its members.',
    typeLabel: 'What to create',
    submit: 'Create',
    types: {
      CHAT: 'Chat',
      CHANNEL: 'Channel',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Also apply to child departments and teams',
    preview: 'This change reaches {count} node: | This change reaches {count} nodes:',
    more: 'and {count} more'
  },
  unbind: {
    title: 'Unbind {title}?',
    description: 'It will no longer be bound to {name}. The chat itself and its members stay as they are.',
    confirm: 'Unbind',
    cancel: 'Cancel'
  },
  result: {
    bound: 'Bound to {name}.',
    unbound: 'Unbound from {name}.',
    created: 'Created for {name}.',
    failedTitle: 'The change was not made',
    partial: 'Some changes were made before the error; the list shows what the portal holds now.',
    notSent: 'Not sent: {types}.'
  },
  errors: {
    accessDenied: 'The portal refused: you do not have the right to edit this department or team.',
    viewDenied: 'The portal does not show you the company structure: it is open to the company\'s employees. Ask your Bitrix24 administrator if you need it.',
    notFound: 'The department or team no longer exists on the portal. Reload the structure.',
    validation: 'The portal did not accept the change: {message}'
  }
}
