import { callV2 } from '@/b24'
import { flag, int, ints, record, text } from './wire'

/**
 * Group chats (REST 2, scope im): im.chat.*, im.dialog.*, and the messenger lists (im.recent.list,
 * im.search.chat.list) that both the Chats view and the Departments bind picker read: one summary type, one
 * mapper per answer shape, one de-duplication, one page cap. Every parameter and error: the docs' pages
 * https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html,
 * https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html and the pages beside them.
 *
 * Wire habits mapped here so nothing else has to know them: colours are written as names and read as HEX;
 * numeric CHAT_ID never carries the `chat` prefix, DIALOG_ID always does; im.chat.get answers null for
 * "no such chat"; im.chat.user.list answers [] when the user may not see the participants.
 */

/** The 16 colours a chat can have (names as im.chat.add / im.chat.updateColor take them). */
export const CHAT_COLOR_NAMES = [
  'RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK',
  'LIME', 'BROWN', 'AZURE', 'KHAKI', 'SAND', 'MARENGO', 'GRAY', 'GRAPHITE'
] as const

export type ChatColorName = typeof CHAT_COLOR_NAMES[number]

/**
 * How the messenger paints each name (Bitrix\Im\Color). Reads answer HEX only, so this table is how the
 * app knows which name a chat has now — and therefore whether a colour change would change anything.
 */
export const CHAT_COLOR_HEX: Record<ChatColorName, string> = {
  RED: '#df532d',
  GREEN: '#64a513',
  MINT: '#4ba984',
  LIGHT_BLUE: '#4ba5c3',
  DARK_BLUE: '#3e99ce',
  PURPLE: '#8474c8',
  AQUA: '#1eb4aa',
  PINK: '#f76187',
  LIME: '#58cc47',
  BROWN: '#ab7761',
  AZURE: '#29619b',
  KHAKI: '#728f7a',
  SAND: '#ba9c7b',
  MARENGO: '#556574',
  GRAY: '#909090',
  GRAPHITE: '#5e5f5e'
}

/** The name of a HEX colour the portal answered, or null when it is not one of the 16. */
export function colorNameOf(hex: string): ChatColorName | null {
  const wanted = hex.trim().toLowerCase()
  return CHAT_COLOR_NAMES.find(name => CHAT_COLOR_HEX[name] === wanted) ?? null
}

export function isChatColorName(value: unknown): value is ChatColorName {
  return typeof value === 'string' && (CHAT_COLOR_NAMES as readonly string[]).includes(value)
}

export type ChatRole = 'owner' | 'manager' | 'member' | 'guest'
export type RightLevel = 'member' | 'manager' | 'owner'
export type ChatPermissionName = 'manage_users_add' | 'manage_users_delete' | 'manage_ui' | 'manage_settings'
  | 'manage_messages' | 'can_post'

/** A chat in a list: the user's recent chats, a search hit, a bind picker option's source. */
export interface ChatSummary {
  /** numeric chat id: what im.chat.* CHAT_ID and humanresources `ids` take */
  id: number
  /** "chat12": what the messenger and im.dialog.* take */
  dialogId: string
  title: string
  /** im v2 kind: chat, open, channel, openChannel, generalChannel, collab, sonetGroup, crm, copilot, … */
  kind: string
  /** URL or '' */
  avatar: string
  /** HEX */
  color: string
  memberCount: number
  role: ChatRole
  ownerId: number
  entityType: string
  entityId: string
  /** ISO date of the last activity, '' when unknown */
  lastActivity: string
  /** ISO date of creation, '' when unknown */
  createdAt: string
}

const CHANNEL_KINDS = ['channel', 'openChannel', 'generalChannel']

/** Channels bind as CHANNEL, other chats as CHAT (or not at all). */
export function isChannel(chat: Pick<ChatSummary, 'kind'>): boolean {
  return CHANNEL_KINDS.includes(chat.kind)
}

export interface ChatRestrictions {
  avatar: boolean
  rename: boolean
  extend: boolean
  mute: boolean
  leave: boolean
  leaveOwner: boolean
  userList: boolean
}

/** A chat as im.dialog.get describes it to the current user. */
export interface ChatDetails extends ChatSummary {
  description: string
  permissions: Record<ChatPermissionName, RightLevel>
  restrictions: ChatRestrictions
  managerIds: number[]
  mutedBy: number[]
  extranet: boolean
}

/** A participant with what user.get tells about them. */
export interface ChatPerson {
  id: number
  name: string
  photo: string
  position: string
}

// region mapping

/** Roles come lower-case from im.dialog.get and upper-case from im.recent.list; the app uses lower-case. */
export function toRole(value: unknown): ChatRole {
  const role = text(value).toLowerCase()
  if (role === 'owner' || role === 'manager' || role === 'member') return role
  return 'guest'
}

function toLevel(value: unknown, fallback: RightLevel): RightLevel {
  const level = text(value).toLowerCase()
  return level === 'member' || level === 'manager' || level === 'owner' ? level : fallback
}

/** mute_list is `[]` when empty and `{"503": true}` otherwise (PHP's json_encode). */
function mutedIds(value: unknown): number[] {
  const ids = Array.isArray(value) ? ints(value) : ints(Object.entries(record(value)).filter(([, on]) => flag(on)).map(([id]) => id))
  return ids.filter(id => id > 0)
}

/**
 * A chat object in the im.dialog.get shape as a list entry: the rows of im.search.chat.list, the `chat` of
 * an im.recent.list item, and the common part of toChatDetails.
 */
export function dialogToSummary(raw: unknown): ChatSummary {
  const chat = record(raw)
  const id = int(chat.id, 0)
  return {
    id,
    dialogId: text(chat.dialog_id) || `chat${id}`,
    title: text(chat.name),
    kind: text(chat.type) || 'chat',
    avatar: text(chat.avatar),
    color: text(chat.color),
    memberCount: int(chat.user_counter, 0),
    role: toRole(chat.role),
    ownerId: int(chat.owner, 0),
    entityType: text(chat.entity_type),
    entityId: text(chat.entity_id),
    lastActivity: '',
    createdAt: text(chat.date_create)
  }
}

/** The chat object of im.dialog.get. */
export function toChatDetails(raw: unknown): ChatDetails {
  const chat = record(raw)
  const permissions = record(chat.permissions)
  const restrictions = record(chat.restrictions)
  return {
    ...dialogToSummary(chat),
    description: text(chat.description),
    permissions: {
      // the portal's defaults when a field is missing (the im.dialog.get example)
      manage_users_add: toLevel(permissions.manage_users_add, 'member'),
      manage_users_delete: toLevel(permissions.manage_users_delete, 'manager'),
      manage_ui: toLevel(permissions.manage_ui, 'member'),
      manage_settings: toLevel(permissions.manage_settings, 'owner'),
      manage_messages: toLevel(permissions.manage_messages, 'member'),
      can_post: toLevel(permissions.can_post, 'member')
    },
    restrictions: {
      avatar: flag(restrictions.avatar, true),
      rename: flag(restrictions.rename, true),
      extend: flag(restrictions.extend, true),
      mute: flag(restrictions.mute, true),
      leave: flag(restrictions.leave, true),
      leaveOwner: flag(restrictions.leave_owner, true),
      userList: flag(restrictions.user_list, true)
    },
    managerIds: ints(chat.manager_list),
    mutedBy: mutedIds(chat.mute_list),
    extranet: flag(chat.extranet)
  }
}

/**
 * One item of im.recent.list: its `chat` (the im.dialog.get shape) with what the item itself says on top
 * (id, title, avatar, activity). Null for 1:1 dialogs (they are not group chats). Reads, never writes, `raw`.
 */
export function recentItemToSummary(raw: unknown): ChatSummary | null {
  const item = record(raw)
  if (text(item.type) !== 'chat') return null
  const chat = dialogToSummary(item.chat)
  const id = int(item.chat_id, 0) || chat.id
  if (id <= 0) return null
  const avatar = record(item.avatar)
  return {
    ...chat,
    id,
    dialogId: text(item.id) || `chat${id}`,
    title: text(item.title) || chat.title,
    avatar: text(avatar.url) || chat.avatar,
    color: text(avatar.color) || chat.color,
    lastActivity: text(item.date_last_activity) || text(item.date_update)
  }
}

/**
 * Later pages of im.recent.list repeat records of earlier ones (the docs: records are collapsed to unique
 * dialogs after selection): keep the first (newest) of each chat, in order.
 */
export function dedupeChats<T extends { id: number }>(rows: T[]): T[] {
  const seen = new Set<number>()
  return rows.filter((row) => {
    if (seen.has(row.id)) return false
    seen.add(row.id)
    return true
  })
}

// endregion

// region rights

/** What the current user may do in a chat: only these actions are offered (docs/decisions.md D11). */
export interface ChatAbilities {
  rename: boolean
  recolor: boolean
  changeAvatar: boolean
  addUsers: boolean
  removeUsers: boolean
  setOwner: boolean
  leave: boolean
  mute: boolean
  typing: boolean
}

function holds(role: ChatRole, level: RightLevel): boolean {
  if (role === 'guest') return false
  if (level === 'member') return true
  if (level === 'manager') return role === 'owner' || role === 'manager'
  return role === 'owner'
}

function isWorkgroupChat(chat: ChatDetails): boolean {
  return chat.entityType === 'SONET_GROUP' || chat.kind === 'sonetGroup' || chat.kind === 'collab'
}

/**
 * From im.dialog.get: the user's role, the chat's permissions (who may add, remove, restyle) and its
 * restrictions (what the chat allows at all: a workgroup chat cannot be renamed or left).
 */
export function chatAbilities(chat: ChatDetails): ChatAbilities {
  const { role, permissions, restrictions } = chat
  const member = role !== 'guest'
  return {
    rename: restrictions.rename && holds(role, permissions.manage_ui),
    recolor: holds(role, permissions.manage_ui),
    changeAvatar: restrictions.avatar && holds(role, permissions.manage_ui),
    addUsers: restrictions.extend && holds(role, permissions.manage_users_add),
    removeUsers: restrictions.extend && holds(role, permissions.manage_users_delete),
    // im.chat.setOwner: the current owner only; a workgroup chat follows its group's owner
    setOwner: role === 'owner' && !isWorkgroupChat(chat),
    leave: member && restrictions.leave && (role !== 'owner' || restrictions.leaveOwner),
    mute: member && restrictions.mute,
    typing: member
  }
}

// endregion

// region reads

/** Page size of im.recent.list (its maximum); the docs advise advancing OFFSET by LIMIT. */
export const RECENT_PAGE = 200

/**
 * The most pages of im.recent.list one list reads: 10 × 200 = 2,000 chats, in 10 calls. The portal's rate
 * limit is a leaky bucket of 50 calls (then 2 a second), so a list that took the whole bucket would stall
 * every other call behind it; a fifth of it leaves room. Nobody scrolls past 2,000 group chats, and im.search.chat.list still finds the older ones by title.
 * It also ends the loop for a portal that keeps answering hasMore.
 */
export const MAX_RECENT_PAGES = 10

interface RecentPage {
  items?: unknown[]
  hasMore?: boolean
  hasMorePages?: boolean
}

export interface RecentOptions {
  /** ONLY_CHANNEL=Y: the channels only (the bind picker's Channels tab) */
  onlyChannels?: boolean
  /** LIMIT per page, at most RECENT_PAGE */
  pageSize?: number
  /** at most MAX_RECENT_PAGES */
  maxPages?: number
}

/**
 * The group chats (or, with onlyChannels, the channels) in the user's recent list, newest activity first,
 * without 1:1 dialogs (SKIP_DIALOG=Y) and open-line chats: every page up to the cap, de-duplicated.
 */
export async function fetchRecentChats(options: RecentOptions = {}): Promise<ChatSummary[]> {
  const limit = Math.min(options.pageSize ?? RECENT_PAGE, RECENT_PAGE)
  const maxPages = Math.min(options.maxPages ?? MAX_RECENT_PAGES, MAX_RECENT_PAGES)
  const rows: ChatSummary[] = []
  for (let page = 0; page < maxPages; page++) {
    const params: Record<string, unknown> = { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: page * limit, LIMIT: limit }
    if (options.onlyChannels) params.ONLY_CHANNEL = 'Y'
    const answer = await callV2<RecentPage>('im.recent.list', params)
    const items = Array.isArray(answer?.items) ? answer.items : []
    for (const item of items) {
      const summary = recentItemToSummary(item)
      if (summary) rows.push(summary)
    }
    if (!(answer?.hasMore ?? answer?.hasMorePages) || items.length === 0) break
  }
  return dedupeChats(rows)
}

/** The newest page of the user's chats only (create reconciliation: a new chat is on top). */
export function fetchNewestChats(): Promise<ChatSummary[]> {
  return fetchRecentChats({ pageSize: 50, maxPages: 1 })
}

/** The portal refuses shorter phrases with FIND_SHORT; callers check it before searching. */
export const SEARCH_MIN_LENGTH = 2

/** im.search.chat.list: chats the user is in, and open chats and channels, whose title matches. */
export async function searchChats(find: string): Promise<ChatSummary[]> {
  const rows = await callV2<unknown[]>('im.search.chat.list', { FIND: find.trim(), LIMIT: 50 })
  return Array.isArray(rows) ? dedupeChats(rows.map(dialogToSummary)) : []
}

/** im.dialog.get by "chat12". */
export async function fetchChat(dialogId: string): Promise<ChatDetails> {
  return toChatDetails(await callV2<unknown>('im.dialog.get', { DIALOG_ID: dialogId }))
}

/** im.chat.user.list: participant ids; [] when the user may not see them. */
export async function fetchChatUserIds(chatId: number): Promise<number[]> {
  const ids = await callV2<unknown[]>('im.chat.user.list', { CHAT_ID: chatId })
  return ints(ids).filter(id => id > 0)
}

/** im.chat.get: the chat bound to an entity, or null. */
export async function findChatByEntity(entityType: string, entityId: string): Promise<number | null> {
  const found = await callV2<{ ID?: unknown } | null>('im.chat.get', { ENTITY_TYPE: entityType.trim(), ENTITY_ID: entityId.trim() })
  const id = int(found?.ID)
  return id !== null && id > 0 ? id : null
}

// endregion

// region writes

export interface NewChat {
  type: 'CHAT' | 'OPEN'
  title: string
  description: string
  color: ChatColorName | null
  message: string
  userIds: number[]
  /** Base64 without a data: prefix, or '' */
  avatar: string
  entityType: string
  entityId: string
}

/** im.chat.add's parameters: empty options are left out so the portal applies its own defaults. */
export function toChatAddParams(chat: NewChat): Record<string, unknown> {
  const params: Record<string, unknown> = { TYPE: chat.type, TITLE: chat.title.trim() }
  if (chat.description.trim()) params.DESCRIPTION = chat.description.trim()
  if (chat.color) params.COLOR = chat.color
  if (chat.message.trim()) params.MESSAGE = chat.message.trim()
  if (chat.userIds.length > 0) params.USERS = [...new Set(chat.userIds)]
  if (chat.avatar) params.AVATAR = chat.avatar
  if (chat.entityType.trim() && chat.entityId.trim()) {
    params.ENTITY_TYPE = chat.entityType.trim()
    params.ENTITY_ID = chat.entityId.trim()
  }
  return params
}

/**
 * im.chat.add, sent exactly once (retry: false): an automatic re-send after a lost answer would create a
 * second chat. The caller reconciles (stores/chats.ts) before offering to try again.
 */
export async function createChat(chat: NewChat): Promise<number> {
  return int(await callV2<unknown>('im.chat.add', toChatAddParams(chat), { retry: false }), 0)
}

export async function addChatUsers(chatId: number, userIds: number[], hideHistory = true): Promise<void> {
  await callV2('im.chat.user.add', { CHAT_ID: chatId, USERS: userIds, HIDE_HISTORY: hideHistory ? 'Y' : 'N' })
}

export async function removeChatUser(chatId: number, userId: number): Promise<void> {
  await callV2('im.chat.user.delete', { CHAT_ID: chatId, USER_ID: userId })
}

export async function leaveChat(chatId: number): Promise<void> {
  await callV2('im.chat.leave', { CHAT_ID: chatId })
}

export async function setChatOwner(chatId: number, userId: number): Promise<void> {
  await callV2('im.chat.setOwner', { CHAT_ID: chatId, USER_ID: userId })
}

export async function muteChat(chatId: number, mute: boolean): Promise<void> {
  await callV2('im.chat.mute', { CHAT_ID: chatId, MUTE: mute ? 'Y' : 'N' })
}

export async function renameChat(chatId: number, title: string): Promise<void> {
  await callV2('im.chat.updateTitle', { CHAT_ID: chatId, TITLE: title.trim() })
}

export async function recolorChat(chatId: number, color: ChatColorName): Promise<void> {
  await callV2('im.chat.updateColor', { CHAT_ID: chatId, COLOR: color })
}

/** AVATAR is Base64 without the data: prefix. */
export async function updateChatAvatar(chatId: number, base64: string): Promise<void> {
  await callV2('im.chat.updateAvatar', { CHAT_ID: chatId, AVATAR: base64 })
}

/** im.dialog.writing: shows "… is typing" to the others for a few seconds. */
export async function sendTyping(dialogId: string): Promise<void> {
  await callV2('im.dialog.writing', { DIALOG_ID: dialogId })
}

// endregion
