/** The Structure section's texts (English): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Structure',
    tabs: 'Structure views',
    matrix: 'Coverage'
  },
  types: {
    CHAT: 'Chat',
    CHANNEL: 'Channel',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'chat',
    CHANNEL: 'channel',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Loading the structure: {count} nodes so far…',
    nodesOf: 'Loading the structure: {count} of {total} nodes…',
    communications: 'Loaded {loaded} of {total} nodes',
    loaded: '{total} nodes | {total} node | {total} nodes',
    error: 'The coverage could not be loaded: {message}',
    cancel: 'Stop loading',
    reload: 'Reload'
  },
  filters: {
    label: 'Filters',
    text: 'Filter by name',
    noChat: 'No chat',
    noChannel: 'No channel',
    noCollab: 'No collab',
    branch: 'Branch: {name}',
    clearBranch: 'Show the whole structure',
    reset: 'Clear filters',
    shown: '{shown} of {total} shown'
  },
  matrix: {
    label: 'Coverage of the company structure',
    name: 'Department or team',
    chats: 'Chats',
    channels: 'Channels',
    collabs: 'Collabs',
    actions: 'Actions',
    selectColumn: 'Selection',
    select: 'Select {name}',
    inherited: '+{count} inherited',
    hidden: '{count} hidden',
    cellLabel: '{direct} direct, {inherited} inherited, {hidden} hidden',
    unknown: 'not loaded',
    team: 'Team',
    department: 'Department',
    showBranch: 'Show only the branch of {name}',
    selectBranch: 'Select {name} and everything under it',
    empty: 'No department or team matches the filters.',
    emptyStructure: 'The structure has no departments yet.'
  },
  selection: {
    count: 'Selected: {count} | Selected: {count} | Selected: {count}',
    selectFiltered: 'Select all shown',
    clear: 'Clear selection',
    bind: 'Bind…',
    unbind: 'Unbind…',
    createDefault: 'Create default…',
    noEditRight: 'Only administrators can change communications in bulk.'
  },
  csv: {
    export: 'Export CSV',
    fileName: 'coverage'
  },
  action: {
    titleBind: 'Bind to {count} selected nodes | Bind to {count} selected node | Bind to {count} selected nodes',
    titleUnbind: 'Unbind from {count} selected nodes | Unbind from {count} selected node | Unbind from {count} selected nodes',
    titleCreate: 'Create the default for {count} selected nodes | Create the default for {count} selected node | Create the default for {count} selected nodes',
    type: 'Type',
    source: 'Pick from',
    sources: {
      chats: 'Recent chats',
      channels: 'Channels',
      collabs: 'Collabs',
      search: 'Search chats'
    },
    searchLabel: 'Chat name',
    searchHint: 'At least {min} characters',
    byId: 'Or enter an id',
    idLabel: 'Chat, channel or collab id',
    idInvalid: 'Enter a positive whole number.',
    pickRequired: 'Pick a chat, channel or collab first.',
    loading: 'Loading…',
    empty: 'Nothing to pick here.',
    loadError: 'The list could not be loaded: {message}',
    bound: 'Currently bound to selected nodes',
    createHint: 'Every selected node that has no {type} gets a new private one named after it. Nodes that already have one are left alone.',
    plan: 'Review the plan',
    cancel: 'Cancel'
  },
  plan: {
    title: 'Plan: {action}',
    actionBind: 'bind {type} “{title}”',
    actionUnbind: 'unbind {type} “{title}”',
    actionCreate: 'create the default {type}',
    summary: '{count} changes will be sent in {requests} requests. | {count} change will be sent in {requests} requests. | {count} changes will be sent in {requests} requests.',
    nothing: 'Nothing to change: every selected node is already as asked.',
    changes: 'Changes',
    skipped: 'Left alone ({count})',
    reasons: {
      'already-bound': 'already has it',
      'not-bound': 'does not have it',
      'has-some': 'already has one',
      'not-loaded': 'its communications are not loaded'
    },
    change: {
      bind: 'bind',
      unbind: 'unbind',
      createDefault: 'create default'
    },
    send: 'Send {count} changes | Send {count} change | Send {count} changes',
    discard: 'Discard the plan',
    confirmUnbindTitle: 'Unbind from {count} nodes? | Unbind from {count} node? | Unbind from {count} nodes?',
    confirmUnbindText: 'Members keep the chat, but it will no longer belong to these departments and teams. The journal can undo it.',
    confirmUnbind: 'Unbind'
  },
  run: {
    title: 'Bulk change',
    progress: '{settled} of {total} done',
    progressLabel: 'Bulk change progress',
    cancel: 'Cancel',
    cancelling: 'Stopping after the current request…',
    interrupted: 'The bulk change stopped before the end: {done} of {total} done. Nothing is sent twice when it resumes.',
    resume: 'Resume',
    finished: 'Done: {done} succeeded, {failed} failed.',
    succeeded: 'Succeeded ({count})',
    failed: 'Failed ({count})',
    unknown: 'Not confirmed ({count}): the portal could not be asked what it holds. Resume to check again.',
    retry: 'Retry failed',
    close: 'Close the report',
    error: 'The bulk change stopped: {message}',
    freshError: 'The screen could not be refreshed from the portal: {message}',
    journalError: 'The changes were made, but the journal could not be saved: {message}',
    status: {
      pending: 'waiting',
      running: 'sending',
      done: 'done',
      failed: 'failed',
      unknown: 'not confirmed'
    }
  }
}
