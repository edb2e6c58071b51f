import { batchV3, callV3 } from '@/b24'
import { flag, int, record, text } from './wire'
import type { Raw } from './wire'

/**
 * The company structure, REST 3.0, scope humanresources
 * (https://apidocs.bitrix24.com/api-reference/departments/index.html): departments and teams, their members,
 * and the chats, channels and collabs bound to them.
 */

export type NodeType = 'DEPARTMENT' | 'TEAM'
export type CommunicationType = 'CHAT' | 'CHANNEL' | 'COLLAB'

export const NODE_TYPES: NodeType[] = ['DEPARTMENT', 'TEAM']
export const COMMUNICATION_TYPES: CommunicationType[] = ['CHAT', 'CHANNEL', 'COLLAB']

export interface StructureNode {
  id: number
  name: string
  type: NodeType
  parentId: number | null
  userCount: number
  description: string
  colorName: string | null
}

export interface Communication {
  /** chat id for chats and channels, workgroup id for collabs: what `ids`/`removeIds` take */
  id: number
  type: CommunicationType
  /** for the messenger (imOpenMessenger) */
  dialogId: string
  title: string
  subtitle: string
  avatar: string
  /** HEX, '' when the portal sends none (collabs) */
  color: string
  isExtranet: boolean
  hasAccess: boolean
  /** set when the binding was applied to an ancestor "with children": that ancestor's id */
  originalNodeId: number | null
}

export interface NodeCommunications {
  chats: Communication[]
  channels: Communication[]
  collabs: Communication[]
  /** how many bound items of each group the user cannot see */
  chatsNoAccess: number
  channelsNoAccess: number
  collabsNoAccess: number
}

/** The largest page humanresources.node.list gives (pagination.limit max 200). */
export const NODE_PAGE_LIMIT = 200
/** A REST 3.0 batch holds at most 50 calls: the door's limit, under the name the structure modules use. */
export { V3_BATCH_LIMIT as BATCH_LIMIT } from '@/b24'

export function toStructureNode(raw: Raw): StructureNode | null {
  const id = int(raw.id)
  if (id === null) return null
  return {
    id,
    name: text(raw.name),
    type: raw.type === 'TEAM' ? 'TEAM' : 'DEPARTMENT',
    parentId: int(raw.parentId),
    userCount: int(raw.userCount, 0),
    description: text(raw.description),
    colorName: text(raw.colorName) || null
  }
}

function items(result: unknown): Raw[] {
  const list = (result as { items?: unknown } | null)?.items
  return Array.isArray(list) ? list.filter((i): i is Raw => typeof i === 'object' && i !== null) : []
}

export function toNodes(result: unknown): StructureNode[] {
  return items(result).map(toStructureNode).filter((n): n is StructureNode => n !== null)
}

/** The node fields every structure read asks for. */
export const NODE_SELECT = ['id', 'name', 'type', 'parentId', 'userCount', 'description', 'colorName']

/** Direct children (departments and teams) of a node. */
export async function fetchChildren(id: number): Promise<StructureNode[]> {
  return toNodes(await callV3('humanresources.node.children', { id, select: NODE_SELECT }))
}

/** Departments and teams whose name contains `name` (both types in one batch). */
export async function searchNodes(name: string, limit = 50): Promise<StructureNode[]> {
  const results = await batchV3(NODE_TYPES.map((type) => ({
    method: 'humanresources.node.search', params: { type, name, pagination: { limit } }
  })))
  return results.flatMap(toNodes)
}

/** The nodes the user belongs to: humanresources.employee.search by name, matched by user id. */
export async function fetchUserNodeIds(userId: number, name: string): Promise<{ departments: number[], teams: number[] }> {
  const result = await callV3('humanresources.employee.search', { name, select: ['userId', 'departments', 'teams'] })
  const me = items(result).find((row) => int(row.userId) === userId)
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((n) => int(record(n).id)).filter((n): n is number => n !== null) : [])
  return { departments: ids(me?.departments), teams: ids(me?.teams) }
}

function toCommunication(raw: Raw, fallbackType: CommunicationType): Communication | null {
  const id = int(raw.id)
  if (id === null) return null
  const type = COMMUNICATION_TYPES.includes(raw.type as CommunicationType) ? raw.type as CommunicationType : fallbackType
  return {
    id,
    type,
    dialogId: text(raw.dialogId) || `chat${id}`,
    title: text(raw.title),
    subtitle: text(raw.subtitle),
    avatar: text(raw.avatar),
    color: text(raw.color),
    isExtranet: flag(raw.isExtranet),
    hasAccess: flag(raw.hasAccess, true),
    originalNodeId: int(raw.originalNodeId)
  }
}

/** Every communication.list answer goes through here, which is where CollabIdKind is learnt. */
export function toNodeCommunications(raw: unknown): NodeCommunications {
  const r = record(raw)
  const group = (list: unknown, type: CommunicationType) =>
    (Array.isArray(list) ? list : []).map((c) => toCommunication(c as Raw, type)).filter((c): c is Communication => c !== null)
  const out: NodeCommunications = {
    chats: group(r.chats, 'CHAT'),
    channels: group(r.channels, 'CHANNEL'),
    collabs: group(r.collabs, 'COLLAB'),
    chatsNoAccess: int(r.chatsNoAccess, 0),
    channelsNoAccess: int(r.channelsNoAccess, 0),
    collabsNoAccess: int(r.collabsNoAccess, 0)
  }
  learnCollabIds(out)
  return out
}

/** humanresources.node.communication.list — note: its parameter is `id` (edit takes `nodeId`). */
export async function fetchCommunications(nodeId: number): Promise<NodeCommunications> {
  return toNodeCommunications(await callV3('humanresources.node.communication.list', { id: nodeId }))
}

export interface CommunicationEdit {
  nodeId: number
  communicationType: CommunicationType
  ids?: number[]
  removeIds?: number[]
  createDefault?: boolean
  withChildren?: boolean
}

/** The params humanresources.node.communication.edit takes (empty lists and false flags left out). */
export function editParams(edit: CommunicationEdit): Record<string, unknown> {
  const params: Record<string, unknown> = { nodeId: edit.nodeId, communicationType: edit.communicationType }
  if (edit.ids?.length) params.ids = edit.ids
  if (edit.removeIds?.length) params.removeIds = edit.removeIds
  if (edit.createDefault) params.createDefault = true
  if (edit.withChildren) params.withChildren = true
  return params
}

export interface PickedCommunication {
  type: CommunicationType
  /** chat id for chats and channels; for a collab its workgroup id (what the docs' .edit page names) */
  id: number
  /** a collab's chat id, for a portal that names collabs by their chat (collabEditId) */
  chatId?: number | null
}

/**
 * Which id names a collab in communication.list and .edit: the workgroup's (the .edit page sends you to
 * socialnetwork.api.workgroup.list for them) or its chat's (the .list page's example shows `id` 23 with
 * `dialogId` chat23) — nobody has documented which (docs/decisions.md D9). The app learns it from the first
 * listed collab whose dialogId names its chat; until then it goes by the .edit page, and a validation
 * refusal of a collab's id teaches it the other way (stores/departments.ts).
 */
export type CollabIdKind = 'workgroup' | 'chat'

/** `chat123` → 123 */
export function chatNumber(dialogId: string): number | null {
  const match = /^chat(\d+)$/.exec(dialogId)
  return match ? Number(match[1]) : null
}

/** Learns CollabIdKind from what a node lists. */
export function learnCollabIds(comms: NodeCommunications): void {
  for (const collab of comms.collabs) {
    const chat = chatNumber(collab.dialogId)
    if (chat === null) continue
    portalAnswers.collabIds = collab.id === chat ? 'chat' : 'workgroup'
    return
  }
}

/**
 * What `withChildren` reaches: the whole subtree or the direct children only — not documented either
 * (docs/decisions.md D9). Learnt from the first such bind whose node has grandchildren
 * (stores/departments.ts); until then the preview shows the whole subtree and the app checks what the portal
 * did.
 */
export type ChildrenReach = 'subtree' | 'children'

/**
 * How this portal answers the open questions above, as far as its answers have shown (null: not yet).
 * One per page: a portal answers one way.
 */
export const portalAnswers: { collabIds: CollabIdKind | null, childrenReach: ChildrenReach | null } = {
  collabIds: null,
  childrenReach: null
}

/** The id `ids` takes for a picked communication. */
export function collabEditId(picked: PickedCommunication): number {
  return picked.type === 'COLLAB' && portalAnswers.collabIds === 'chat' && picked.chatId ? picked.chatId : picked.id
}

/** A mixed selection becomes one edit per communication type, in the order CHAT, CHANNEL, COLLAB. */
export function planEdits(
  nodeId: number, add: PickedCommunication[], remove: PickedCommunication[], withChildren: boolean
): CommunicationEdit[] {
  return COMMUNICATION_TYPES.flatMap((type) => {
    const ids = [...new Set(add.filter((c) => c.type === type).map(collabEditId))]
    const removeIds = [...new Set(remove.filter((c) => c.type === type).map((c) => c.id))]
    if (!ids.length && !removeIds.length) return []
    const edit: CommunicationEdit = { nodeId, communicationType: type }
    if (ids.length) edit.ids = ids
    if (removeIds.length) edit.removeIds = removeIds
    if (withChildren) edit.withChildren = true
    return [edit]
  })
}
