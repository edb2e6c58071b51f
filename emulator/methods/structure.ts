/**
 * Company structure, REST 3.0, scope humanresources
 * (https://apidocs.bitrix24.com/api-reference/departments/index.html; specs in
 * emulator/docs-spec/methods/structure.*.json). Handlers read and change `data.nodes` and
 * `data.bindings`.
 *
 * Decisions where the docs are silent are listed in emulator/README.md ("Company structure") and pinned
 * by structure.spec.ts:
 * - Rights come from the user's structure permissions (EmuUser.structureRights, ../data/rights.ts), as the
 *   method pages name them: viewing needs "View Departments" / "View Teams" for the kind of node read,
 *   communication.edit needs "Edit Departments" for a department, "Edit Teams" for a team. Heading a node
 *   grants nothing. Extranet users get ACCESSDENIEDEXCEPTION whatever they hold (outside the structure).
 * - A private chat/channel/collab the caller is not a member of is listed with hasAccess:false to those
 *   who may edit the node (so they can unbind it), and only counted in *NoAccess for everyone else.
 * - withChildren reaches the whole subtree; every descendant's binding records originalNodeId = nodeId.
 * Open questions (docs/decisions.md D9) are answered as `call.emulator.questions` says (questions.ts):
 * firstPage, collabId, withChildren, rebind, createDefaultAgain.
 */
import { defineMethods, V3Error } from '../rest/registry.ts'
import { entriesOfNode, findBy, findById, ofTypeById } from '../data/lookup.ts'
import type { CallContext, V3Validation } from '../rest/registry.ts'
import { listOf, v3Bool, v3Int } from '../rest/params.ts'
import { chatColorHex } from './chats.ts'
import { DEFAULT_QUESTIONS } from '../questions.ts'
import type { Questions } from '../questions.ts'
import { structureRightOn } from '../data/rights.ts'
import type {
  CommunicationType, EmuBinding, EmuChat, EmuNode, EmuUser, EmuWorkgroup, Lang, NodeType, PortalData
} from '../data/types.ts'

// ---------------------------------------------------------------------------------------------------
// Validation helpers (messages follow the docs' wording in the portal language)

const NODE_TYPES: NodeType[] = ['DEPARTMENT', 'TEAM']
const COMMUNICATION_TYPES: CommunicationType[] = ['CHAT', 'CHANNEL', 'COLLAB']
export const NODE_FIELDS = ['id', 'name', 'type', 'structureId', 'parentId', 'description', 'accessCode',
  'userCount', 'colorName', 'xmlId', 'createdAt', 'updatedAt'] as const
const EMPLOYEE_FIELDS = ['userId', 'name', 'workPosition', 'avatar', 'url', 'departments', 'teams'] as const

const MAX_LIMIT = 200
const DEFAULT_LIMIT = 50

/** The open questions' answers for this call (a hand-made CallContext without them gets the defaults). */
function questionsOf(call: CallContext): Questions {
  return call.emulator.questions ?? DEFAULT_QUESTIONS
}

function t(lang: Lang, en: string, ru: string): string {
  return lang === 'ru' ? ru : en
}

function validationError(lang: Lang, validation: V3Validation[]): V3Error {
  return new V3Error(400, 'VALIDATION_REQUESTVALIDATIONEXCEPTION',
    t(lang, 'Error during request object validation', 'Ошибка при валидации объекта запроса'), validation)
}

function missing(lang: Lang, field: string): V3Error {
  return validationError(lang, [{ field, message: t(lang, `Required field \`${field}\` is missing`, `Обязательное поле \`${field}\` не указано`) }])
}

function wrongType(lang: Lang, field: string, type: string): V3Error {
  return validationError(lang, [{
    field,
    message: t(lang, `Field \`${field}\` requires data type \`${type}\` for this request`,
      `В поле \`${field}\` требуется тип данных \`${type}\` для такого запроса`)
  }])
}

function requireInt(params: Record<string, unknown>, field: string, lang: Lang): number {
  const raw = params[field]
  if (raw === undefined || raw === null || raw === '') throw missing(lang, field)
  const value = v3Int(raw)
  if (value === null) throw wrongType(lang, field, 'int')
  return value
}

function optionalInt(params: Record<string, unknown>, field: string, lang: Lang): number | null {
  const raw = params[field]
  if (raw === undefined || raw === null || raw === '') return null
  const value = v3Int(raw)
  if (value === null) throw wrongType(lang, field, 'int')
  return value
}

function requireNodeType(params: Record<string, unknown>, lang: Lang): NodeType {
  const raw = params.type
  if (raw === undefined || raw === null || raw === '') throw missing(lang, 'type')
  if (typeof raw !== 'string') throw wrongType(lang, 'type', 'string')
  const value = raw.toUpperCase() as NodeType
  if (!NODE_TYPES.includes(value)) {
    throw validationError(lang, [{
      field: 'type',
      message: t(lang, `Invalid value of field \`type\`. Allowed: ${NODE_TYPES.join(', ')}`,
        `Недопустимое значение поля \`type\`. Допустимые: ${NODE_TYPES.join(', ')}`)
    }])
  }
  return value
}

/**
 * `select` must be an array of strings (INVALIDSELECTEXCEPTION otherwise); unknown names are
 * UNKNOWNDTOPROPERTYEXCEPTION on node.list/get (as their pages say) and REQUESTVALIDATIONEXCEPTION on
 * node.children (as its page says). Empty or absent → every field.
 */
function parseSelect(
  params: Record<string, unknown>, allowed: readonly string[], lang: Lang, unknownAs: 'dto' | 'validation'
): string[] | null {
  const raw = params.select
  if (raw === undefined || raw === null) return null
  if (!Array.isArray(raw) || raw.some((f) => typeof f !== 'string')) {
    throw new V3Error(400, 'INVALIDSELECTEXCEPTION',
      t(lang, `Cannot parse the select expression \`${JSON.stringify(raw)}\``, `Не удается распознать выражение select \`${JSON.stringify(raw)}\``))
  }
  if (raw.length === 0) return null
  for (const field of raw as string[]) {
    if (!allowed.includes(field)) {
      if (unknownAs === 'dto') {
        throw new V3Error(400, 'UNKNOWNDTOPROPERTYEXCEPTION',
          t(lang, `Unknown field \`${field}\` for entity \`NodeDto\``, `Неизвестное поле \`${field}\` для сущности \`NodeDto\``))
      }
      throw validationError(lang, [{
        field: 'select',
        message: t(lang, `Unsupported field name \`${field}\` for select`, `Неподдерживаемое имя поля \`${field}\` для select`)
      }])
    }
  }
  return raw as string[]
}

interface Page {
  offset: number
  limit: number
}

/**
 * `pagination: {page, limit, offset}`: limit default 50, capped at 200; a given `page` wins over `offset`
 * (the offset is "computed automatically"). Which page is the first is an open question (`firstPage`):
 * 'one' (the docs' example sends page 1, offset 0): offset = (page − 1) · limit, page 0 reads as page 1;
 * 'zero' (what b24jssdk's v3 list helper sends): offset = page · limit. Without `page`, `offset` counts.
 * Non-numeric values and limit 0 → INVALIDPAGINATIONEXCEPTION.
 */
function parsePagination(params: Record<string, unknown>, lang: Lang, firstPage: Questions['firstPage']): Page {
  const raw = params.pagination
  if (raw === undefined || raw === null) return { offset: 0, limit: DEFAULT_LIMIT }
  const invalid = () => new V3Error(400, 'INVALIDPAGINATIONEXCEPTION',
    t(lang, `Cannot parse the pagination parameter \`${JSON.stringify(raw)}\``, `Не удается распознать параметр пагинации \`${JSON.stringify(raw)}\``))
  if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid()
  const p = raw as Record<string, unknown>
  const read = (key: string): number | null => {
    if (p[key] === undefined || p[key] === null) return null
    const value = v3Int(p[key])
    if (value === null || value < 0) throw invalid()
    return value
  }
  const limitRaw = read('limit')
  if (limitRaw === 0) throw invalid()
  const limit = Math.min(limitRaw ?? DEFAULT_LIMIT, MAX_LIMIT)
  const page = read('page')
  const offset = read('offset') ?? 0
  if (page === null) return { offset, limit }
  return { offset: (firstPage === 'zero' ? page : Math.max(page - 1, 0)) * limit, limit }
}

// ---------------------------------------------------------------------------------------------------
// Structure helpers

export function findNode(data: PortalData, id: number): EmuNode | undefined {
  return findById(data.nodes, id)
}

function notFound(lang: Lang, id: number, wording: 'record' | 'object'): V3Error {
  return wording === 'record'
    ? new V3Error(400, 'ENTITYNOTFOUNDEXCEPTION', t(lang, `Record with ID = \`${id}\` not found`, `Запись с ID = \`${id}\` не найдена`))
    : new V3Error(400, 'ENTITYNOTFOUNDEXCEPTION', t(lang, `Object with identifier \`${id}\` not found`, `Объект с идентификатором \`${id}\` не найден`))
}

function accessDenied(lang: Lang): V3Error {
  return new V3Error(403, 'ACCESSDENIEDEXCEPTION', t(lang, 'Access denied', 'Доступ запрещен'))
}

/** Direct children of every node, computed once per call (10,000 nodes: linear). */
function childrenIndex(data: PortalData): Map<number, EmuNode[]> {
  const index = new Map<number, EmuNode[]>()
  for (const node of data.nodes) {
    if (node.parentId === null) continue
    const list = index.get(node.parentId)
    if (list) list.push(node)
    else index.set(node.parentId, [node])
  }
  return index
}

/** The node and all its descendants, in breadth-first order. */
export function subtree(data: PortalData, rootId: number): EmuNode[] {
  const index = childrenIndex(data)
  const root = findNode(data, rootId)
  if (!root) return []
  const out: EmuNode[] = [root]
  for (let i = 0; i < out.length; i++) {
    for (const child of index.get(out[i]!.id) ?? []) out.push(child)
  }
  return out
}

function ancestorsAndSelf(data: PortalData, node: EmuNode): EmuNode[] {
  const out: EmuNode[] = []
  const seen = new Set<number>()
  let current: EmuNode | undefined = node
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    out.push(current)
    current = current.parentId === null ? undefined : findNode(data, current.parentId)
  }
  return out
}

/**
 * Structure view right: an active intranet user holding "View" (or "Edit") on nodes of `type`, or on
 * either kind when no type is given; extranet users are outside the company structure.
 */
export function canViewStructure(user: EmuUser, type?: NodeType): boolean {
  if (!user.active || user.userType !== 'employee') return false
  if (type) return structureRightOn(user, type) !== 'none'
  return structureRightOn(user, 'DEPARTMENT') !== 'none' || structureRightOn(user, 'TEAM') !== 'none'
}

/**
 * Edit right on a node: "Edit Departments" for a DEPARTMENT, "Edit Teams" for a TEAM (the page of
 * communication.edit). Being the head of the node or of an ancestor is not what grants it.
 */
export function canEditNode(_data: PortalData, user: EmuUser, node: EmuNode): boolean {
  return canViewStructure(user) && structureRightOn(user, node.type) === 'edit'
}

/** 403 unless the caller may view nodes of `type` (of either kind when no type is given). */
function requireView(call: CallContext, type?: NodeType): void {
  if (!canViewStructure(call.user, type)) throw accessDenied(call.lang)
}

function accessCode(node: EmuNode): string {
  return (node.type === 'TEAM' ? 'TR' : 'DR') + node.id
}

export function nodeDto(node: EmuNode, select: string[] | null): Record<string, unknown> {
  const full: Record<string, unknown> = {
    id: node.id,
    name: node.name,
    type: node.type,
    structureId: 1,
    parentId: node.parentId,
    // the docs print a string; an empty description is '' rather than null
    description: node.description ?? '',
    accessCode: accessCode(node),
    userCount: node.memberIds.length,
    colorName: node.colorName,
    xmlId: node.xmlId,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt
  }
  if (!select) return full
  const out: Record<string, unknown> = {}
  for (const key of select) if (key in full) out[key] = full[key]
  return out
}

function fullName(user: EmuUser): string {
  return [user.name, user.lastName].filter(Boolean).join(' ')
}

function userUrl(user: EmuUser): string {
  return `/company/personal/user/${user.id}/`
}

function memberRole(node: EmuNode, userId: number): string {
  const head = node.headIds[0] === userId
  const deputy = !head && node.headIds.includes(userId)
  if (node.type === 'TEAM') return head ? 'MEMBER_TEAM_HEAD' : deputy ? 'MEMBER_TEAM_DEPUTY_HEAD' : 'MEMBER_TEAM_EMPLOYEE'
  return head ? 'MEMBER_HEAD' : deputy ? 'MEMBER_DEPUTY_HEAD' : 'MEMBER_EMPLOYEE'
}

function nodeMembers(data: PortalData, node: EmuNode): Record<string, unknown>[] {
  const users = new Map(data.users.map((u) => [u.id, u]))
  const ordered = [...node.headIds, ...node.memberIds.filter((id) => !node.headIds.includes(id))]
  return ordered.flatMap((id) => {
    const user = users.get(id)
    if (!user) return []
    return [{ userId: user.id, name: fullName(user), workPosition: user.workPosition, role: memberRole(node, id), avatar: user.photo, url: userUrl(user) }]
  })
}

// ---------------------------------------------------------------------------------------------------
// Communications

type Group = 'chats' | 'channels' | 'collabs'

const GROUP_OF: Record<CommunicationType, Group> = { CHAT: 'chats', CHANNEL: 'channels', COLLAB: 'collabs' }

/** Chat kinds each communicationType accepts in `ids`. */
const CHAT_TYPES_OF: Record<CommunicationType, EmuChat['type'][]> = {
  CHAT: ['CHAT', 'OPEN'],
  CHANNEL: ['CHANNEL', 'OPEN_CHANNEL'],
  COLLAB: ['COLLAB']
}

/**
 * Collabs are bound by their workgroup id (the docs send `ids` from socialnetwork.api.workgroup.list) but
 * stored as the collab's chat id, so every binding points at a chat and "binding adds members" is uniform.
 */
function collabWorkgroup(data: PortalData, chat: EmuChat): EmuWorkgroup | undefined {
  if (chat.workgroupId !== null) return findById(data.workgroups, chat.workgroupId)
  return findBy(data.workgroups, 'chatId', chat.id)
}

/** Resolve a binding to its chat: for COLLAB bindings written by hand as workgroup ids, accept that too. */
function bindingChat(data: PortalData, binding: EmuBinding): EmuChat | undefined {
  const chat = findById(data.chats, binding.chatId)
  if (chat && (binding.type !== 'COLLAB' || chat.type === 'COLLAB')) return chat
  if (binding.type === 'COLLAB') {
    const group = findById(data.workgroups, binding.chatId)
    if (group?.chatId != null) return findById(data.chats, group.chatId)
  }
  return chat
}

function isPrivate(chat: EmuChat): boolean {
  return chat.type !== 'OPEN' && chat.type !== 'OPEN_CHANNEL'
}

function hasChatAccess(data: PortalData, user: EmuUser, chat: EmuChat): boolean {
  if (!isPrivate(chat)) return true
  if (chat.memberIds.includes(user.id)) return true
  if (chat.type === 'COLLAB') return collabWorkgroup(data, chat)?.memberIds.includes(user.id) ?? false
  return false
}

const SUBTITLES: Record<EmuChat['type'], [string, string]> = {
  CHAT: ['Private chat', 'Закрытый чат'],
  OPEN: ['Open chat', 'Открытый чат'],
  CHANNEL: ['Private channel', 'Закрытый канал'],
  OPEN_CHANNEL: ['Open channel', 'Открытый канал'],
  COLLAB: ['Collab', 'Коллаба']
}

function communicationDto(
  data: PortalData, binding: EmuBinding, chat: EmuChat, hasAccess: boolean, lang: Lang, collabId: Questions['collabId']
): Record<string, unknown> {
  const [en, ru] = SUBTITLES[chat.type]
  if (binding.type === 'COLLAB') {
    const group = collabWorkgroup(data, chat)
    return {
      avatar: (group?.avatar || chat.avatar) || null,
      dialogId: `chat${chat.id}`,
      hasAccess,
      id: collabId === 'chat' ? chat.id : (group?.id ?? chat.id),
      originalNodeId: binding.originalNodeId,
      subtitle: t(lang, en, ru),
      title: group?.name ?? chat.title,
      type: 'COLLAB'
    }
  }
  return {
    avatar: chat.avatar,
    color: chatColorHex(chat.color),
    dialogId: `chat${chat.id}`,
    hasAccess,
    id: chat.id,
    isExtranet: chat.isExtranet,
    originalNodeId: binding.originalNodeId,
    subtitle: t(lang, en, ru),
    title: chat.title,
    type: binding.type
  }
}

export function listCommunications(
  data: PortalData, user: EmuUser, node: EmuNode, lang: Lang, collabId: Questions['collabId'] = DEFAULT_QUESTIONS.collabId
): Record<string, unknown> {
  const editor = canEditNode(data, user, node)
  const result: Record<string, unknown> = {
    chats: [], chatsNoAccess: 0, channels: [], channelsNoAccess: 0, collabs: [], collabsNoAccess: 0
  }
  for (const binding of entriesOfNode(data.bindings, node.id)) {
    const chat = bindingChat(data, binding)
    if (!chat) continue
    const group = GROUP_OF[binding.type]
    const access = hasChatAccess(data, user, chat)
    if (access || editor) (result[group] as unknown[]).push(communicationDto(data, binding, chat, access, lang, collabId))
    else result[`${group}NoAccess`] = (result[`${group}NoAccess`] as number) + 1
  }
  return result
}

function editValidation(message: string, field: string): V3Error {
  // The docs note communication.edit's validation messages are English even on a Russian portal.
  return new V3Error(400, 'VALIDATION_REQUESTVALIDATIONEXCEPTION', 'Error during request object validation', [{ field, message }])
}

function readIdList(params: Record<string, unknown>, field: 'ids' | 'removeIds'): number[] {
  const ids: number[] = []
  for (const item of listOf(params[field])) {
    const id = v3Int(item)
    if (id === null || id <= 0) throw editValidation(`Parameter "${field}" must be an array of positive integers.`, field)
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

/**
 * Map `ids` to chats of the right kind; unknown ids or ids of another kind fail the whole call. A collab
 * is named by its workgroup id or by its chat's id, as the `collabId` question says.
 */
function resolveBindTargets(data: PortalData, type: CommunicationType, ids: number[], collabId: Questions['collabId']): EmuChat[] {
  const bad: number[] = []
  const chats: EmuChat[] = []
  for (const id of ids) {
    let chat: EmuChat | undefined
    if (type === 'COLLAB' && collabId === 'chat') {
      chat = data.chats.find((c) => c.id === id && c.type === 'COLLAB')
    } else if (type === 'COLLAB') {
      const group = data.workgroups.find((g) => g.id === id && g.type === 'collab')
      chat = group?.chatId != null ? data.chats.find((c) => c.id === group.chatId) : undefined
    } else {
      chat = data.chats.find((c) => c.id === id && CHAT_TYPES_OF[type].includes(c.type))
    }
    if (chat) chats.push(chat)
    else bad.push(id)
  }
  if (bad.length) {
    throw editValidation(`Communications not found or not of type ${type}: ${bad.join(', ')}.`, 'ids')
  }
  return chats
}

/** removeIds are ids as communication.list shows them: chat ids, for collabs workgroup ids or chat ids (`collabId`). */
function removeTargetChatIds(data: PortalData, type: CommunicationType, ids: number[], collabId: Questions['collabId']): number[] {
  if (type !== 'COLLAB' || collabId === 'chat') return ids
  return ids.map((id) => data.workgroups.find((g) => g.id === id)?.chatId ?? id)
}

function addMembers(data: PortalData, chat: EmuChat, userIds: number[]): void {
  for (const id of userIds) if (!chat.memberIds.includes(id)) chat.memberIds.push(id)
  if (chat.type === 'COLLAB') {
    const group = collabWorkgroup(data, chat)
    if (group) for (const id of userIds) if (!group.memberIds.includes(id)) group.memberIds.push(id)
  }
}

/** The entity a default communication carries, so a second createDefault finds it instead of duplicating. */
export const DEFAULT_ENTITY_TYPE = 'HR_STRUCTURE_NODE'

function nowIso(): string {
  return new Date().toISOString().slice(0, 19) + '+00:00'
}

function nextId(items: { id: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.id), 0) + 1
}

/** This node's default chat of `type` while it is still bound directly to the node (else undefined). */
function boundDefault(data: PortalData, node: EmuNode, type: CommunicationType): EmuChat | undefined {
  const existing = data.bindings.find((b) => b.nodeId === node.id && b.type === type && b.originalNodeId === null &&
    data.chats.some((c) => c.id === b.chatId && c.entityType === DEFAULT_ENTITY_TYPE && c.entityId === `${node.id}:${type}`))
  return existing ? data.chats.find((c) => c.id === existing.chatId) : undefined
}

/**
 * createDefault: a private chat (CHAT), a private channel (CHANNEL) or a collab with its chat (COLLAB),
 * named after the node, owned by its head (the nearest head above it when it has none, the caller when
 * nobody is), with the node's members. Whether a node that still has its default gets another one is the
 * `createDefaultAgain` question; the handler decides, this always creates.
 */
function createDefault(data: PortalData, node: EmuNode, type: CommunicationType, caller: EmuUser): EmuChat {
  // A node without a head is run by the nearest head above it (as the portal's structure shows it).
  const ownerId = ancestorsAndSelf(data, node).find((n) => n.headIds.length)?.headIds[0] ?? caller.id
  const members = [ownerId, ...node.memberIds.filter((id) => id !== ownerId)]
  const now = nowIso()
  const chat: EmuChat = {
    id: nextId(data.chats),
    type,
    title: node.name,
    description: '',
    color: type === 'CHANNEL' ? 'PURPLE' : 'AQUA',
    avatar: '',
    ownerId,
    memberIds: members,
    mutedBy: [],
    entityType: DEFAULT_ENTITY_TYPE,
    entityId: `${node.id}:${type}`,
    isExtranet: false,
    createdAt: now,
    lastActivityAt: now,
    workgroupId: null
  }
  if (type === 'COLLAB') {
    const group: EmuWorkgroup = { id: nextId(data.workgroups), name: node.name, type: 'collab', chatId: chat.id, ownerId, memberIds: [...members], avatar: '' }
    chat.workgroupId = group.id
    data.workgroups.push(group)
  }
  data.chats.push(chat)
  return chat
}

/** Bind chats to nodes: idempotent; a direct bind turns an inherited binding into a direct one. */
function bind(data: PortalData, nodes: EmuNode[], rootId: number, type: CommunicationType, chats: EmuChat[]): void {
  for (const node of nodes) {
    const originalNodeId = node.id === rootId ? null : rootId
    for (const chat of chats) {
      const existing = data.bindings.find((b) => b.nodeId === node.id && b.type === type && b.chatId === chat.id)
      if (existing) {
        if (originalNodeId === null) existing.originalNodeId = null
      } else {
        data.bindings.push({ nodeId: node.id, chatId: chat.id, type, originalNodeId })
      }
      addMembers(data, chat, node.memberIds)
    }
  }
}

/**
 * The `rebind: 'error'` answer: an id of `ids` already bound to the node itself (directly or inherited) and
 * not removed by the same call, or an id of `removeIds` not bound to it, fails the whole call (ids as the
 * caller sent them). Under 'silent' (the default) both change nothing and the call succeeds.
 */
function checkRebind(
  data: PortalData, node: EmuNode, type: CommunicationType,
  ids: number[], targets: EmuChat[], removeIds: number[], removeChatIds: number[]
): void {
  const boundHere = (chatId: number) => data.bindings.some((b) => b.nodeId === node.id && b.type === type && b.chatId === chatId)
  const already = ids.filter((_, i) => boundHere(targets[i]!.id) && !removeChatIds.includes(targets[i]!.id))
  if (already.length) throw editValidation(`Communications already bound to the node: ${already.join(', ')}.`, 'ids')
  const notBound = removeIds.filter((_, i) => !boundHere(removeChatIds[i]!))
  if (notBound.length) throw editValidation(`Communications not bound to the node: ${notBound.join(', ')}.`, 'removeIds')
}

/** Unbind is idempotent: ids that are not bound are ignored. Members stay in the chat. */
function unbind(data: PortalData, nodes: EmuNode[], type: CommunicationType, chatIds: number[]): void {
  const reached = new Set(nodes.map((n) => n.id))
  data.bindings = data.bindings.filter((b) => !(reached.has(b.nodeId) && b.type === type && chatIds.includes(b.chatId)))
}

// ---------------------------------------------------------------------------------------------------
// Methods

function nodeById(call: CallContext, id: number, wording: 'record' | 'object'): EmuNode {
  const node = findNode(call.data, id)
  if (!node) throw notFound(call.lang, id, wording)
  return node
}

export const structureMethods = defineMethods({
  'humanresources.node.list': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      requireView(call)
      const type = requireNodeType(params, call.lang)
      requireView(call, type)
      const select = parseSelect(params, NODE_FIELDS, call.lang, 'dto')
      const { offset, limit } = parsePagination(params, call.lang, questionsOf(call).firstPage)
      const items = ofTypeById(call.data.nodes, type)
        .slice(offset, offset + limit)
        .map((n) => nodeDto(n, select))
      return { items }
    }
  },

  // https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-count.html: no
  // parameters; { departments, teams }. Who may call it: "View departments" or "View teams". Whether a kind
  // the caller may not view is counted is not documented: the emulator counts it as 0 (our decision,
  // emulator/README.md), so a client never expects nodes it cannot list.
  'humanresources.node.count': {
    api: 'v3',
    scope: 'humanresources',
    handler(_params, call) {
      requireView(call)
      const count = (type: NodeType) => (canViewStructure(call.user, type) ? call.data.nodes.filter((n) => n.type === type).length : 0)
      return { departments: count('DEPARTMENT'), teams: count('TEAM') }
    }
  },

  'humanresources.node.get': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      requireView(call)
      const id = requireInt(params, 'id', call.lang)
      const select = parseSelect(params, [...NODE_FIELDS, 'members'], call.lang, 'dto')
      const node = nodeById(call, id, 'record')
      requireView(call, node.type)
      const item = nodeDto(node, select)
      if (!select || select.includes('members')) item.members = nodeMembers(call.data, node)
      return { item }
    }
  },

  'humanresources.node.children': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      requireView(call)
      const id = requireInt(params, 'id', call.lang)
      const select = parseSelect(params, NODE_FIELDS, call.lang, 'validation')
      requireView(call, nodeById(call, id, 'record').type)
      // Children of a kind the caller may not view are left out (decision: never kinder than the portal).
      const items = call.data.nodes
        .filter((n) => n.parentId === id && canViewStructure(call.user, n.type))
        .sort((a, b) => a.id - b.id)
        .map((n) => nodeDto(n, select))
      return { items }
    }
  },

  'humanresources.node.search': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      requireView(call)
      const type = requireNodeType(params, call.lang)
      requireView(call, type)
      const rawName = params.name
      if (rawName === undefined || rawName === null || rawName === '') throw missing(call.lang, 'name')
      if (typeof rawName !== 'string' && typeof rawName !== 'number') throw wrongType(call.lang, 'name', 'string')
      const name = String(rawName).trim().toLocaleLowerCase()
      const parentId = optionalInt(params, 'parentId', call.lang)
      // node.search reads only `limit` (its page says so): page and offset are validated, not applied
      const { limit } = parsePagination(params, call.lang, questionsOf(call).firstPage)
      // parentId restricts the search to that node's whole subtree (decision: "restrict to a parent").
      const scope = parentId === null ? null : new Set(subtree(call.data, parentId).filter((n) => n.id !== parentId).map((n) => n.id))
      const items = call.data.nodes
        .filter((n) => n.type === type && (!scope || scope.has(n.id)) && n.name.toLocaleLowerCase().includes(name))
        .sort((a, b) => a.id - b.id)
        .slice(0, limit)
        .map((n) => nodeDto(n, null))
      return { items }
    }
  },

  'humanresources.node.communication.list': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      requireView(call)
      const id = requireInt(params, 'id', call.lang)
      const node = nodeById(call, id, 'object')
      requireView(call, node.type)
      return listCommunications(call.data, call.user, node, call.lang, questionsOf(call).collabId)
    }
  },

  'humanresources.node.communication.edit': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      const rawNodeId = params.nodeId
      if (rawNodeId === undefined || rawNodeId === null || rawNodeId === '') throw editValidation('Parameter "nodeId" is required.', 'nodeId')
      const nodeId = v3Int(rawNodeId)
      if (nodeId === null) throw editValidation('Parameter "nodeId" must be an integer.', 'nodeId')
      const rawType = params.communicationType
      if (rawType === undefined || rawType === null || rawType === '') {
        throw editValidation('Parameter "communicationType" is required.', 'communicationType')
      }
      const type = String(rawType).toUpperCase() as CommunicationType
      if (!COMMUNICATION_TYPES.includes(type)) {
        throw editValidation('Invalid "communicationType" value. Allowed: CHAT, CHANNEL, COLLAB.', 'communicationType')
      }
      const ids = readIdList(params, 'ids')
      const removeIds = readIdList(params, 'removeIds')
      const makeDefault = v3Bool(params.createDefault)
      const withChildren = v3Bool(params.withChildren)

      const node = nodeById(call, nodeId, 'object')
      if (!canEditNode(call.data, call.user, node)) throw accessDenied(call.lang)
      if (!ids.length && !removeIds.length && !makeDefault) {
        throw editValidation('Nothing to change: pass "ids", "removeIds" or "createDefault".', 'ids')
      }
      // Validate everything before changing anything: a failed call leaves the portal as it was.
      const questions = questionsOf(call)
      const targets = resolveBindTargets(call.data, type, ids, questions.collabId)
      const removeChatIds = removeTargetChatIds(call.data, type, removeIds, questions.collabId)
      const nodes = !withChildren ? [node]
        : questions.withChildren === 'children' ? [node, ...call.data.nodes.filter((n) => n.parentId === node.id)]
          : subtree(call.data, node.id)
      // withChildren needs the edit permission on every node it reaches (a department's subtree holds teams).
      if (nodes.some((n) => !canEditNode(call.data, call.user, n))) throw accessDenied(call.lang)
      if (questions.rebind === 'error') checkRebind(call.data, node, type, ids, targets, removeIds, removeChatIds)
      const previousDefault = makeDefault ? boundDefault(call.data, node, type) : undefined
      const keptDefault = previousDefault && !removeChatIds.includes(previousDefault.id) ? previousDefault : undefined
      if (keptDefault && questions.createDefaultAgain === 'error') {
        throw editValidation(`The node already has its default ${type} communication (${keptDefault.id}).`, 'createDefault')
      }

      unbind(call.data, nodes, type, removeChatIds)
      if (makeDefault) {
        const reuse = questions.createDefaultAgain === 'nothing' ? keptDefault : undefined
        targets.push(reuse ?? createDefault(call.data, node, type, call.user))
      }
      bind(call.data, nodes, node.id, type, targets)
      return { success: true }
    }
  },

  'humanresources.employee.search': {
    api: 'v3',
    scope: 'humanresources',
    handler(params, call) {
      // "An authorised user bound to a department in the company structure."
      if (!canViewStructure(call.user) || !call.data.nodes.some((n) => n.memberIds.includes(call.user.id))) {
        throw accessDenied(call.lang)
      }
      const rawName = params.name
      if (rawName === undefined || rawName === null || rawName === '') throw missing(call.lang, 'name')
      if (typeof rawName !== 'string') throw wrongType(call.lang, 'name', 'string')
      const nodeId = optionalInt(params, 'nodeId', call.lang)
      const select = parseSelect(params, EMPLOYEE_FIELDS, call.lang, 'validation')
      let allowed: Set<number> | null = null
      if (nodeId !== null) {
        nodeById(call, nodeId, 'object')
        allowed = new Set(subtree(call.data, nodeId).flatMap((n) => n.memberIds))
      }
      const needle = rawName.trim().toLocaleLowerCase()
      const items = call.data.users
        .filter((u) => u.active && (!allowed || allowed.has(u.id)) &&
          [fullName(u), u.lastName, u.name].some((s) => s.toLocaleLowerCase().includes(needle)))
        .slice(0, DEFAULT_LIMIT)
        .map((u) => {
          const nodes = call.data.nodes.filter((n) => n.memberIds.includes(u.id))
          const full: Record<string, unknown> = {
            userId: u.id,
            name: fullName(u),
            workPosition: u.workPosition,
            avatar: u.photo,
            url: userUrl(u),
            departments: nodes.filter((n) => n.type === 'DEPARTMENT').map((n) => ({ id: n.id, name: n.name })),
            teams: nodes.filter((n) => n.type === 'TEAM').map((n) => ({ id: n.id, name: n.name }))
          }
          if (!select) return full
          return Object.fromEntries(select.map((k) => [k, full[k]]))
        })
      return { items }
    }
  }
})
