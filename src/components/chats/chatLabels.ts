/** i18n keys for what the portal names in code (chat kinds, roles), shared by the chats components. */
const KINDS = new Set(['chat', 'open', 'channel', 'openChannel', 'collab', 'sonetGroup', 'crm'])

export function kindKey(kind: string): string {
  return `chats.kinds.${KINDS.has(kind) ? kind : 'other'}`
}

export function roleKey(role: string): string {
  return `chats.roles.${role}`
}
