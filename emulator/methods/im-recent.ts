/**
 * The messenger's lists of chats a user knows (rest-contract.md §6.2): im.recent.list and
 * im.search.chat.list, REST 2, scope im. Both are computed from `data.chats` on every call, so a chat
 * created later (im.chat.add, createDefault) appears in them at once.
 *
 * Decisions (emulator/README.md, "Messenger lists"; pinned by im-recent.spec.ts):
 * - The recent list holds the group chats, channels and collab chats the caller is a member of, newest
 *   activity first. The data model has no 1:1 dialogs, so SKIP_DIALOG changes nothing and SKIP_CHAT=Y
 *   leaves an empty list.
 * - Pages overlap as the docs warn ("records are collapsed to unique dialogs after selection"): a page
 *   asked for with OFFSET > 0 first repeats the record at OFFSET − 1, then gives LIMIT records from
 *   OFFSET. Nothing is skipped, so a client that advances OFFSET by LIMIT and de-duplicates sees every
 *   chat exactly once — and one that does not de-duplicate shows doubles.
 * - im.search.chat.list searches the titles of chats the caller is a member of plus open chats/channels.
 */
import { defineMethods, ListResult, RestError } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import type { ChatPermission, ChatRightLevel, EmuChat, EmuUser, PortalData } from '../data/types.ts'

export const CHAT_COLOR_HEX: Record<string, string> = {
  RED: '#df532d', GREEN: '#64a513', MINT: '#4ba984', LIGHT_BLUE: '#4ba5c3', DARK_BLUE: '#3e99ce',
  PURPLE: '#8474c8', AQUA: '#1eb4aa', PINK: '#f76187', LIME: '#58cc47', BROWN: '#ab7761', AZURE: '#29619b',
  KHAKI: '#728f7a', SAND: '#ba9c7b', MARENGO: '#556574', GRAY: '#5f5f5f', GRAPHITE: '#333333'
}

export function chatColorHex(color: string): string {
  if (color.startsWith('#')) return color
  return CHAT_COLOR_HEX[color.toUpperCase()] ?? CHAT_COLOR_HEX.AQUA!
}

/** im v2 names the kinds in camelCase (chat.type in the answers). */
const WIRE_TYPE: Record<EmuChat['type'], string> = {
  CHAT: 'chat', OPEN: 'open', CHANNEL: 'channel', OPEN_CHANNEL: 'openChannel', COLLAB: 'collab'
}

const MESSAGE_TYPE: Record<EmuChat['type'], string> = {
  CHAT: 'C', OPEN: 'O', CHANNEL: 'N', OPEN_CHANNEL: 'J', COLLAB: 'C'
}

const DEFAULT_RIGHTS: Record<ChatPermission, ChatRightLevel> = {
  manage_users_add: 'member',
  manage_users_delete: 'manager',
  manage_ui: 'member',
  manage_settings: 'owner',
  manage_messages: 'member',
  can_post: 'member'
}

/** Channels: only the owner and managers post and change the look (the messenger's defaults for channels). */
const CHANNEL_RIGHTS: Partial<Record<ChatPermission, ChatRightLevel>> = { can_post: 'manager', manage_ui: 'manager', manage_users_add: 'manager' }

export function chatPermissions(chat: EmuChat): Record<ChatPermission, ChatRightLevel> {
  const channel = chat.type === 'CHANNEL' || chat.type === 'OPEN_CHANNEL'
  return { ...DEFAULT_RIGHTS, ...(channel ? CHANNEL_RIGHTS : {}), ...(chat.permissions ?? {}) }
}

export function chatRole(chat: EmuChat, userId: number): 'OWNER' | 'MANAGER' | 'MEMBER' | 'NONE' {
  if (chat.ownerId === userId) return 'OWNER'
  if (chat.managerIds?.includes(userId)) return 'MANAGER'
  if (chat.memberIds.includes(userId)) return 'MEMBER'
  return 'NONE'
}

function entityLink(chat: EmuChat): Record<string, string> {
  if (chat.workgroupId !== null) {
    return { type: 'SONET_GROUP', url: `/workgroups/group/${chat.workgroupId}/`, id: String(chat.workgroupId) }
  }
  return { type: chat.entityType, url: '', id: chat.entityId }
}

/** The chat object shared by im.recent.list (`chat`) and im.search.chat.list (im.dialog.get shape). */
export function chatToWire(chat: EmuChat, userId: number): Record<string, unknown> {
  const isWorkgroupChat = chat.workgroupId !== null
  const lastMessage = chat.messages?.[chat.messages.length - 1]
  return {
    id: chat.id,
    parent_chat_id: 0,
    parent_message_id: 0,
    name: chat.title,
    description: chat.description,
    owner: chat.ownerId,
    extranet: chat.isExtranet,
    contains_collaber: false,
    avatar: chat.avatar,
    color: chatColorHex(chat.color),
    type: WIRE_TYPE[chat.type],
    counter: 0,
    user_counter: chat.memberIds.length,
    message_count: chat.messages?.length ?? 0,
    unread_id: 0,
    restrictions: { avatar: true, rename: true, extend: true, call: true, mute: true, leave: true, leave_owner: true, send: true, user_list: true },
    last_message_id: lastMessage?.id ?? 0,
    last_id: lastMessage?.id ?? 0,
    marked_id: 0,
    disk_folder_id: 0,
    entity_type: isWorkgroupChat ? 'SONET_GROUP' : chat.entityType,
    entity_id: isWorkgroupChat ? String(chat.workgroupId) : chat.entityId,
    entity_data_1: '',
    entity_data_2: '',
    entity_data_3: '',
    mute_list: Object.fromEntries(chat.mutedBy.map((id) => [String(id), true])),
    manager_list: [...(chat.managerIds ?? [])],
    date_create: chat.createdAt,
    message_type: MESSAGE_TYPE[chat.type],
    public: '',
    role: chatRole(chat, userId),
    entity_link: entityLink(chat),
    text_field_enabled: true,
    background_id: null,
    permissions: chatPermissions(chat),
    is_new: false
  }
}

export function isOpenChat(chat: EmuChat): boolean {
  return chat.type === 'OPEN' || chat.type === 'OPEN_CHANNEL'
}

export function isChannel(chat: EmuChat): boolean {
  return chat.type === 'CHANNEL' || chat.type === 'OPEN_CHANNEL'
}

function yes(value: unknown): boolean {
  return value === 'Y' || value === 'y' || value === true || value === 1 || value === '1'
}

function intParam(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = Number(value)
  return Number.isFinite(n) ? Math.trunc(n) : fallback
}

function recentItem(data: PortalData, chat: EmuChat, user: EmuUser): Record<string, unknown> {
  const last = chat.messages?.[chat.messages.length - 1]
  const author = last ? data.users.find((u) => u.id === last.authorId) : undefined
  return {
    id: `chat${chat.id}`,
    chat_id: chat.id,
    type: 'chat',
    avatar: { url: chat.avatar, color: chatColorHex(chat.color) },
    title: chat.title,
    message: {
      id: last?.id ?? 0,
      text: last?.text ?? '',
      file: false,
      author_id: last?.authorId ?? 0,
      attach: false,
      sticker: null,
      date: last?.date ?? chat.lastActivityAt,
      status: 'received',
      uuid: null
    },
    counter: 0,
    last_id: last?.id ?? 0,
    pinned: false,
    unread: false,
    has_reminder: false,
    date_update: chat.lastActivityAt,
    date_last_activity: chat.lastActivityAt,
    chat: chatToWire(chat, user.id),
    user: author ? { id: author.id, name: [author.name, author.lastName].filter(Boolean).join(' ') } : { id: 0 },
    options: []
  }
}

/** What the caller's recent list holds after the Y/N switches, newest first. */
export function recentChats(data: PortalData, user: EmuUser, params: Record<string, unknown>): EmuChat[] {
  if (yes(params.SKIP_CHAT) || yes(params.ONLY_COPILOT)) return []
  const before = typeof params.LAST_MESSAGE_DATE === 'string' && params.LAST_MESSAGE_DATE
    ? Date.parse(params.LAST_MESSAGE_DATE) : NaN
  return data.chats
    .filter((c) => c.memberIds.includes(user.id))
    .filter((c) => !yes(params.ONLY_CHANNEL) || isChannel(c))
    .filter((c) => !yes(params.CAN_MANAGE_MESSAGES) || chatRole(c, user.id) !== 'MEMBER' || chatPermissions(c).manage_messages === 'member')
    .filter((c) => Number.isNaN(before) || Date.parse(c.lastActivityAt) < before)
    .sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || b.id - a.id)
}

function recentList(params: Record<string, unknown>, call: CallContext): ListResult {
  const all = recentChats(call.data, call.user, params)
  const limit = Math.min(Math.max(intParam(params.LIMIT, 50), 1), 200)
  const offset = Math.max(intParam(params.OFFSET, 0), 0)
  // The overlap a real portal produces: a later page first repeats the previous page's last record.
  const repeated = offset > 0 && offset <= all.length ? [all[offset - 1]!] : []
  const page = [...repeated, ...all.slice(offset, offset + limit)]
  const hasMore = offset + limit < all.length
  return new ListResult({
    items: page.map((c) => recentItem(call.data, c, call.user)),
    hasMorePages: hasMore,
    hasMore,
    copilot: { chats: null, messages: null, roles: {}, recommendedRoles: [] },
    messagesAutoDeleteConfigs: []
  }, -1)
}

function searchChats(params: Record<string, unknown>, call: CallContext): ListResult {
  const find = typeof params.FIND === 'string' ? params.FIND.trim() : ''
  const findLines = typeof params.FIND_LINES === 'string' ? params.FIND_LINES.trim() : ''
  const phrase = find || findLines
  if (phrase.length < 2) throw new RestError(400, 'FIND_SHORT', 'Too short a search phrase')
  const limit = Math.min(Math.max(intParam(params.LIMIT, 10), 1), 50)
  const offset = Math.max(intParam(params.OFFSET, 0), 0)
  // The data model has no Open Channel chats, so FIND_LINES finds nothing.
  const needle = phrase.toLocaleLowerCase()
  const found = find
    ? call.data.chats
      .filter((c) => c.memberIds.includes(call.user.id) || isOpenChat(c))
      .filter((c) => c.title.toLocaleLowerCase().includes(needle))
      .sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || b.id - a.id)
    : []
  return new ListResult(found.slice(offset, offset + limit).map((c) => chatToWire(c, call.user.id)), found.length)
}

export const imRecentMethods = defineMethods({
  'im.recent.list': { api: 'v2', scope: 'im', handler: recentList },
  'im.search.chat.list': { api: 'v2', scope: 'im', handler: searchChats }
})
