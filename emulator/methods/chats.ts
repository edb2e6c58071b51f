/**
 * Group chats (REST 2, scope im): im.chat.* and im.dialog.* as the docs describe them
 * (https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html and the pages beside it).
 * Where the docs are silent the choices are listed in emulator/README.md ("Chats"); each one is pinned
 * by a test in chats.spec.ts.
 *
 * Wire habits of these methods that the app must survive, reproduced on purpose:
 * - colours are written as one of 16 names and read back as HEX;
 * - numeric CHAT_ID never takes the `chat` prefix ("chat12" → CHAT_ID_EMPTY), DIALOG_ID always does;
 * - im.chat.get answers null (never an error) when nothing matches;
 * - im.chat.user.list answers [] (never an error) when the caller may not see the participants.
 */
import { defineMethods, ListResult, RestError } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import type {
  ChatPermission, ChatRightLevel, EmuChat, EmuChatMessage, EmuUser, Lang, PortalData
} from '../data/types.ts'
import { atomDate } from '../rest/time.ts'
import { flag, idList, positiveId } from '../rest/params.ts'
import { checkAvatar } from './image-header.ts'

// region colours

/** Name → HEX as the im module paints them (Bitrix\Im\Color); reads answer the HEX, writes take the name. */
export const CHAT_COLOR_HEX: Record<string, string> = {
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

export const CHAT_COLOR_NAMES = Object.keys(CHAT_COLOR_HEX)

/** The HEX of a stored colour name; unknown names (older data) fall back to GRAY rather than ''. */
export function chatColorHex(name: string): string {
  return CHAT_COLOR_HEX[name.toUpperCase()] ?? CHAT_COLOR_HEX.GRAY!
}

const COLOR_TITLES: Record<Lang, Record<string, string>> = {
  en: {
    RED: 'Red', GREEN: 'Green', MINT: 'Mint', LIGHT_BLUE: 'Light blue', DARK_BLUE: 'Dark blue', PURPLE: 'Purple',
    AQUA: 'Aqua', PINK: 'Pink', LIME: 'Lime', BROWN: 'Brown', AZURE: 'Azure', KHAKI: 'Khaki', SAND: 'Sand',
    MARENGO: 'Marengo', GRAY: 'Gray', GRAPHITE: 'Graphite'
  },
  ru: {
    RED: 'Красный', GREEN: 'Зелёный', MINT: 'Мятный', LIGHT_BLUE: 'Голубой', DARK_BLUE: 'Тёмно-синий',
    PURPLE: 'Фиолетовый', AQUA: 'Аквамариновый', PINK: 'Розовый', LIME: 'Лаймовый', BROWN: 'Коричневый',
    AZURE: 'Лазурный', KHAKI: 'Хаки', SAND: 'Песочный', MARENGO: 'Маренго', GRAY: 'Серый', GRAPHITE: 'Графитовый'
  }
}

// endregion

// region errors (*_EMPTY and request errors 400, access errors 403: as im.chat.mute and im.dialog.get map them)

const msg = {
  chatIdEmpty: () => new RestError(400, 'CHAT_ID_EMPTY', 'Chat ID can\'t be empty'),
  dialogIdEmpty: () => new RestError(400, 'DIALOG_ID_EMPTY', 'Dialog ID can\'t be empty'),
  userIdEmpty: () => new RestError(400, 'USER_ID_EMPTY', 'User ID can\'t be empty'),
  titleEmpty: () => new RestError(400, 'TITLE_EMPTY', 'Title can\'t be empty'),
  unavailable: () => new RestError(403, 'ACCESS_ERROR', 'Action unavailable'),
  noDialogAccess: () => new RestError(403, 'ACCESS_ERROR', 'You do not have access to the specified dialog'),
  cannotRename: () => new RestError(403, 'ACCESS_ERROR', 'This chat cannot be renamed'),
  cannotMute: () => new RestError(403, 'ACCESS_ERROR', 'This chat cannot be muted'),
  avatarLocked: () => new RestError(403, 'ACCESS_ERROR', 'The avatar of this chat cannot be changed'),
  addForbidden: () => new RestError(403, 'ACCESS_ERROR', 'It is forbidden to add users to this chat'),
  deleteForbidden: () => new RestError(403, 'ACCESS_ERROR', 'It is forbidden to delete users of this chat'),
  accessDenied: () => new RestError(403, 'ACCESS_DENIED', 'Access denied'),
  extendDenied: (lang: Lang) => new RestError(403, 'ACCESS_DENIED_EXTEND', lang === 'ru'
    ? 'Недостаточно прав на добавление участников в чат'
    : 'Not enough rights to add participants to the chat'),
  kickDenied: (lang: Lang) => new RestError(403, 'ACCESS_DENIED_KICK', lang === 'ru'
    ? 'Недостаточно прав на исключение участников из чата'
    : 'Access denied to kick user from chat'),
  userNotInChat: (lang: Lang) => new RestError(400, 'USER_NOT_FOUND', lang === 'ru'
    ? 'Указанный пользователь не состоит в чате'
    : 'The user is not a member of the chat'),
  wrongColor: () => new RestError(400, 'WRONG_COLOR', 'This color currently unavailable'),
  colorUnchanged: () => new RestError(400, 'WRONG_REQUEST', 'This color currently set or chat isn\'t exists'),
  chatMissing: () => new RestError(400, 'WRONG_REQUEST', 'Chat isn\'t exists'),
  ownerOnly: () => new RestError(400, 'WRONG_REQUEST', 'Change owner can only owner and user must be member in chat'),
  usersWrong: () => new RestError(400, 'WRONG_REQUEST', 'No users to add: USERS names no active user'),
  avatarType: () => new RestError(400, 'AVATAR_ERROR', 'Avatar incorrect type'),
  avatarSize: () => new RestError(400, 'AVATAR_ERROR', 'Avatar incorrect size (max 5000x5000)')
}

// endregion

// region parameters (REST 2 params arrive as JSON values or as form strings: "12", "Y", USERS[0]=…)

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

/**
 * What a b_im_chat column keeps (TITLE and ENTITY_ID varchar(255), ENTITY_TYPE varchar(50)): the first
 * `max` characters — code points, as MySQL utf8mb4 counts them, so an emoji is one. The docs name no limit;
 * the app refuses longer values before sending (src/components/chats/chatForm.ts).
 */
export function column(value: string, max: number): string {
  const chars = [...value]
  return chars.length > max ? chars.slice(0, max).join('') : value
}

function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return ''
}

export type DialogRef =
  | { kind: 'chat', chatId: number }
  | { kind: 'user', userId: number }

/** `chat12` | `sg5` (a workgroup's chat) | `7` (a 1:1 dialog with user 7); null = malformed. */
export function parseDialogId(data: PortalData, value: unknown): DialogRef | null {
  const s = text(value).trim()
  let m = /^chat(\d+)$/.exec(s)
  if (m) return { kind: 'chat', chatId: Number(m[1]) }
  m = /^sg(\d+)$/.exec(s)
  if (m) {
    const group = data.workgroups.find(w => w.id === Number(m![1]))
    // a group without a chat: the portal cannot resolve it to a dialog
    return group?.chatId ? { kind: 'chat', chatId: group.chatId } : null
  }
  // a user's dialog id is digits only (Im\Common::isDialogId), not intval's reading: "12abc" is malformed
  const userId = /^\d+$/.test(s) ? Number(s) : 0
  return userId > 0 ? { kind: 'user', userId } : null
}

/**
 * CHAT_ID or DIALOG_ID of the group-chat methods (update*, setOwner): a numeric CHAT_ID wins; "chat12"
 * as CHAT_ID is CHAT_ID_EMPTY; a 1:1 dialog or a malformed DIALOG_ID is DIALOG_ID_EMPTY.
 */
function groupChatId(params: Record<string, unknown>, data: PortalData): number {
  if (present(params.CHAT_ID)) {
    const id = positiveId(params.CHAT_ID)
    if (id === null) throw msg.chatIdEmpty()
    return id
  }
  if (present(params.DIALOG_ID)) {
    const ref = parseDialogId(data, params.DIALOG_ID)
    if (!ref || ref.kind !== 'chat') throw msg.dialogIdEmpty()
    return ref.chatId
  }
  throw msg.chatIdEmpty()
}

/** CHAT_ID only (user.list, user.add, user.delete, leave). */
function chatIdOnly(params: Record<string, unknown>): number {
  const id = positiveId(params.CHAT_ID)
  if (id === null) throw msg.chatIdEmpty()
  return id
}

// endregion

// region rights

/** Workgroup chats (and collabs) belong to their group: members, title and avatar follow the group. */
export function isWorkgroupChat(chat: EmuChat): boolean {
  return chat.entityType === 'SONET_GROUP' || chat.workgroupId !== null || chat.type === 'COLLAB'
}

const DEFAULT_PERMISSIONS: Record<'chat' | 'channel' | 'group', Record<ChatPermission, ChatRightLevel>> = {
  // the im.dialog.get example: members add and restyle, managers remove, the owner alone manages settings
  chat: {
    manage_users_add: 'member', manage_users_delete: 'manager', manage_ui: 'member',
    manage_settings: 'owner', manage_messages: 'member', can_post: 'member'
  },
  // channels: only the owner and managers post and manage
  channel: {
    manage_users_add: 'manager', manage_users_delete: 'manager', manage_ui: 'manager',
    manage_settings: 'owner', manage_messages: 'manager', can_post: 'manager'
  },
  group: {
    manage_users_add: 'owner', manage_users_delete: 'owner', manage_ui: 'owner',
    manage_settings: 'owner', manage_messages: 'member', can_post: 'member'
  }
}

export function chatPermissions(chat: EmuChat): Record<ChatPermission, ChatRightLevel> {
  const kind = isWorkgroupChat(chat) ? 'group' : chat.type === 'CHANNEL' || chat.type === 'OPEN_CHANNEL' ? 'channel' : 'chat'
  return { ...DEFAULT_PERMISSIONS[kind], ...chat.permissions }
}

export type ChatRole = 'owner' | 'manager' | 'member' | 'guest'

export function chatRole(chat: EmuChat, userId: number): ChatRole {
  if (chat.ownerId === userId && chat.memberIds.includes(userId)) return 'owner'
  if (!chat.memberIds.includes(userId)) return 'guest'
  return chat.managerIds?.includes(userId) ? 'manager' : 'member'
}

function holds(chat: EmuChat, userId: number, permission: ChatPermission): boolean {
  const role = chatRole(chat, userId)
  const level = chatPermissions(chat)[permission]
  if (role === 'guest') return false
  if (level === 'member') return true
  if (level === 'manager') return role === 'owner' || role === 'manager'
  return role === 'owner'
}

/** Members see a chat; so does any intranet user for an open chat or open channel. */
export function canSeeChat(chat: EmuChat, user: EmuUser): boolean {
  if (chat.memberIds.includes(user.id)) return true
  return (chat.type === 'OPEN' || chat.type === 'OPEN_CHANNEL') && user.userType === 'employee'
}

export interface ChatRestrictions {
  avatar: boolean
  rename: boolean
  extend: boolean
  call: boolean
  mute: boolean
  leave: boolean
  leave_owner: boolean
  send: boolean
  user_list: boolean
  path: string
  path_title: string
}

/** What the chat itself allows (true = allowed), whatever the user's rights are. */
export function chatRestrictions(chat: EmuChat): ChatRestrictions {
  const group = isWorkgroupChat(chat)
  // the im.dialog.get example: a CRM item's chat keeps the item's name and picture
  const crm = chat.entityType === 'CRM'
  return {
    avatar: !group && !crm,
    rename: !group && !crm,
    extend: !group,
    call: true,
    mute: true,
    leave: !group,
    leave_owner: !group && !crm,
    send: true,
    user_list: true,
    path: '',
    path_title: ''
  }
}

// endregion

// region read shapes

function findChat(data: PortalData, chatId: number): EmuChat | undefined {
  return data.chats.find(c => c.id === chatId)
}

function fullName(user: EmuUser): string {
  return [user.name, user.lastName].filter(Boolean).join(' ')
}

function chatTypeName(chat: EmuChat): string {
  switch (chat.type) {
    case 'OPEN': return 'open'
    case 'CHANNEL': return 'channel'
    case 'OPEN_CHANNEL': return 'openChannel'
    case 'COLLAB': return 'collab'
  }
  const byEntity: Record<string, string> = {
    SONET_GROUP: 'sonetGroup', CRM: 'crm', TASKS: 'tasks', CALENDAR: 'calendar', MAIL: 'mail', CALL: 'call',
    VIDEOCONF: 'videoconf', LINES: 'lines'
  }
  return byEntity[chat.entityType] ?? 'chat'
}

const MESSAGE_TYPE: Record<EmuChat['type'], string> = {
  CHAT: 'C', OPEN: 'O', CHANNEL: 'N', OPEN_CHANNEL: 'J', COLLAB: 'B'
}

function entityLink(chat: EmuChat): { type: string, url: string, id: string } {
  if (chat.entityType === 'CRM') {
    const [kind = '', id = ''] = chat.entityId.split('|')
    return { type: kind, url: kind && id ? `/crm/${kind.toLowerCase()}/details/${id}/` : '', id: chat.entityId }
  }
  if (isWorkgroupChat(chat)) {
    const groupId = chat.workgroupId ?? positiveId(chat.entityId)
    return { type: 'SONET_GROUP', url: groupId ? `/workgroups/group/${groupId}/` : '', id: String(groupId ?? '') }
  }
  return { type: '', url: '', id: '' }
}

/** PHP's json_encode prints an empty map as [] and a filled one as an object. */
function phpMap(ids: number[]): Record<string, true> | [] {
  if (ids.length === 0) return []
  return Object.fromEntries(ids.map(id => [String(id), true as const]))
}

/**
 * The chat object of im.dialog.get (also the shape im.search.chat.list and im.recent.list's `chat`
 * use — exported for those modules) as the given user sees it.
 */
export function dialogChat(data: PortalData, chat: EmuChat, viewer: EmuUser) {
  const messages = chat.messages ?? []
  const lastId = messages.at(-1)?.id ?? 0
  const users = new Map(data.users.map(u => [u.id, u]))
  const managers = [...new Set([chat.ownerId, ...(chat.managerIds ?? [])])].filter(id => chat.memberIds.includes(id))
  return {
    id: chat.id,
    parent_chat_id: 0,
    parent_message_id: 0,
    name: chat.title,
    description: chat.description,
    owner: chat.ownerId,
    extranet: chat.isExtranet,
    avatar: chat.avatar,
    color: chatColorHex(chat.color),
    type: chatTypeName(chat),
    counter: 0,
    user_counter: chat.memberIds.length,
    message_count: messages.length,
    unread_id: 0,
    restrictions: chatRestrictions(chat),
    last_message_id: lastId,
    last_id: lastId,
    marked_id: 0,
    disk_folder_id: 0,
    entity_type: chat.entityType,
    entity_id: chat.entityId,
    entity_data_1: '',
    entity_data_2: '',
    entity_data_3: '',
    mute_list: phpMap(chat.mutedBy),
    date_create: chat.createdAt,
    message_type: MESSAGE_TYPE[chat.type],
    public: '',
    role: chatRole(chat, viewer.id),
    entity_link: entityLink(chat),
    text_field_enabled: true,
    background_id: null,
    permissions: chatPermissions(chat),
    is_new: false,
    readed_list: chat.memberIds.filter(id => id !== viewer.id).map(id => ({
      user_id: id,
      user_name: users.get(id) ? fullName(users.get(id)!) : '',
      message_id: lastId,
      date: null
    })),
    manager_list: managers,
    last_message_views: { message_id: lastId, first_viewers: [], count_of_viewers: 0 },
    dialog_id: `chat${chat.id}`
  }
}

/** The 1:1 dialog of im.dialog.get: the emulator does not keep private chats, so it is synthesised. */
function privateDialog(viewer: EmuUser, other: EmuUser) {
  return {
    id: 0,
    parent_chat_id: 0,
    parent_message_id: 0,
    name: fullName(other),
    description: '',
    owner: 0,
    extranet: other.userType === 'extranet',
    avatar: other.photo,
    color: userColor(other),
    type: 'private',
    counter: 0,
    user_counter: viewer.id === other.id ? 1 : 2,
    message_count: 0,
    unread_id: 0,
    restrictions: {
      avatar: false, rename: false, extend: false, call: true, mute: true, leave: false, leave_owner: false,
      send: true, user_list: true, path: '', path_title: ''
    },
    last_message_id: 0,
    last_id: 0,
    marked_id: 0,
    disk_folder_id: 0,
    entity_type: '',
    entity_id: '',
    entity_data_1: '',
    entity_data_2: '',
    entity_data_3: '',
    mute_list: [],
    date_create: other.dateRegister,
    message_type: 'P',
    public: '',
    role: 'member',
    entity_link: { type: '', url: '', id: '' },
    text_field_enabled: true,
    background_id: null,
    permissions: DEFAULT_PERMISSIONS.chat,
    is_new: false,
    readed_list: [],
    manager_list: [],
    last_message_views: { message_id: 0, first_viewers: [], count_of_viewers: 0 },
    dialog_id: String(other.id)
  }
}

/** Users have a stable colour in the messenger too; derived from the id so it never changes. */
function userColor(user: EmuUser): string {
  return CHAT_COLOR_HEX[CHAT_COLOR_NAMES[user.id % CHAT_COLOR_NAMES.length]!]!
}

/** A participant card of im.dialog.users.list. */
export function dialogUser(user: EmuUser) {
  return {
    id: user.id,
    active: user.active,
    name: fullName(user),
    first_name: user.name,
    last_name: user.lastName,
    work_position: user.workPosition,
    color: userColor(user),
    avatar: user.photo,
    avatar_hr: user.photo,
    gender: user.gender,
    birthday: '',
    extranet: user.userType === 'extranet',
    network: false,
    bot: false,
    connector: false,
    external_auth_id: 'socservices',
    status: 'online',
    idle: false,
    last_activity_date: user.isOnline ? user.lastLogin : false,
    mobile_last_date: false,
    desktop_last_date: false,
    absent: false,
    departments: user.departmentIds,
    // the model keeps no phone numbers; PHP prints an empty phone map as []
    phones: [],
    bot_data: null,
    type: user.userType === 'extranet' ? 'extranet' : 'user',
    website: '',
    email: user.email
  }
}

// endregion

// region writes

function now(): string {
  return atomDate(Date.now())
}

function nextMessageId(data: PortalData): number {
  let max = 0
  for (const chat of data.chats) for (const m of chat.messages ?? []) if (m.id > max) max = m.id
  return max + 1
}

/** Every change posts a notice into the chat (as the change methods' pages say) and bumps it in the recent list. */
function post(data: PortalData, chat: EmuChat, authorId: number, body: string): EmuChatMessage {
  const message = { id: nextMessageId(data), authorId, text: body, date: now() }
  chat.messages = [...(chat.messages ?? []), message]
  chat.lastActivityAt = message.date
  return message
}

function notice(call: CallContext, en: string, ru: string): string {
  return call.lang === 'ru' ? ru : en
}

function activeUser(data: PortalData, id: number): EmuUser | undefined {
  return data.users.find(u => u.id === id && u.active)
}

/** The chat a member may act in; a missing chat and a non-member both get "Action unavailable". */
function memberChat(call: CallContext, chatId: number): EmuChat {
  const chat = findChat(call.data, chatId)
  if (!chat || !chat.memberIds.includes(call.user.id)) throw msg.unavailable()
  return chat
}

/** The owner leaves or is removed: the chat passes to a manager, else to the longest-standing member. */
function removeMember(chat: EmuChat, userId: number): void {
  chat.memberIds = chat.memberIds.filter(id => id !== userId)
  chat.managerIds = chat.managerIds?.filter(id => id !== userId)
  chat.mutedBy = chat.mutedBy.filter(id => id !== userId)
  if (chat.ownerId === userId) {
    chat.ownerId = chat.managerIds?.find(id => chat.memberIds.includes(id)) ?? chat.memberIds[0] ?? 0
  }
}

function defaultTitle(data: PortalData, call: CallContext, color: string, others: number[]): string {
  if (others.length > 0) {
    const names = others.slice(0, 3).map(id => data.users.find(u => u.id === id)).filter(Boolean).map(u => fullName(u!))
    return notice(call, `Chat with ${names.join(', ')}`, `Чат с ${names.join(', ')}`)
  }
  const number = data.chats.filter(c => c.color === color).length + 1
  const colour = COLOR_TITLES[call.lang][color] ?? color
  return notice(call, `${colour} chat #${number}`, `${colour} чат №${number}`)
}

// endregion

export const imChatMethods = defineMethods({
  'im.chat.add': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const { data, user } = call
      const others = idList(params.USERS).filter(id => id !== user.id && activeUser(data, id))
      // the portal reads anything but OPEN as a private chat, and an unknown colour as "pick one"
      const type = text(params.TYPE).toUpperCase() === 'OPEN' ? 'OPEN' : 'CHAT'
      const wanted = text(params.COLOR).trim().toUpperCase()
      const id = data.chats.reduce((max, c) => Math.max(max, c.id), 0) + 1
      const color = CHAT_COLOR_HEX[wanted] ? wanted : CHAT_COLOR_NAMES[id % CHAT_COLOR_NAMES.length]!
      const title = column(text(params.TITLE).trim(), 255) || defaultTitle(data, call, color, others)
      // an AVATAR the portal cannot read as an image is dropped and the chat is still created (as the
      // portal's CRestUtil::saveFile path does); im.chat.updateAvatar is the method that refuses it
      const avatar = present(params.AVATAR) ? checkAvatar(params.AVATAR) : null
      const created = now()
      const chat: EmuChat = {
        id,
        type,
        title,
        description: text(params.DESCRIPTION),
        color,
        avatar: avatar?.ok ? `data:${avatar.info.mime};base64,${avatar.base64}` : '',
        ownerId: user.id,
        memberIds: [user.id, ...others],
        mutedBy: [],
        entityType: column(text(params.ENTITY_TYPE).trim(), 50),
        entityId: column(text(params.ENTITY_ID).trim(), 255),
        isExtranet: [user.id, ...others].some(uid => data.users.find(u => u.id === uid)?.userType === 'extranet'),
        createdAt: created,
        lastActivityAt: created,
        workgroupId: null,
        messages: []
      }
      data.chats.push(chat)
      post(data, chat, 0, notice(call, `${fullName(user)} created the chat "${title}"`, `${fullName(user)} создал(а) чат «${title}»`))
      const first = text(params.MESSAGE).trim()
      if (first) post(data, chat, user.id, first)
      return id
    }
  },

  'im.chat.get': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const entityType = text(params.ENTITY_TYPE).trim()
      const entityId = text(params.ENTITY_ID).trim()
      // missing or wrong parameters are not an error here: the answer is simply null
      if (!entityType || !entityId) return null
      const chat = call.data.chats.find(c => c.entityType === entityType && c.entityId === entityId)
      return chat ? { ID: chat.id } : null
    }
  },

  'im.chat.user.list': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chat = findChat(call.data, chatIdOnly(params))
      // no right to see the participants (or no such chat): an empty list, not an error
      if (!chat || !canSeeChat(chat, call.user)) return []
      return [...chat.memberIds]
    }
  },

  'im.chat.user.add': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chat = memberChat(call, chatIdOnly(params))
      if (!chatRestrictions(chat).extend) throw msg.addForbidden()
      if (!holds(chat, call.user.id, 'manage_users_add')) throw msg.extendDenied(call.lang)
      const valid = idList(params.USERS).filter(id => activeUser(call.data, id))
      if (valid.length === 0) throw msg.usersWrong()
      // adding someone who is already in the chat changes nothing and is not an error: a re-sent request
      // after a lost answer must not fail
      const fresh = valid.filter(id => !chat.memberIds.includes(id))
      if (fresh.length === 0) return true
      // HIDE_HISTORY (default Y) only changes what the newcomers see in the messenger; nothing to keep
      chat.memberIds = [...chat.memberIds, ...fresh]
      const names = fresh.map(id => fullName(activeUser(call.data, id)!)).join(', ')
      post(call.data, chat, 0, notice(call, `${fullName(call.user)} added ${names}`, `${fullName(call.user)} добавил(а) ${names}`))
      return true
    }
  },

  'im.chat.user.delete': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chatId = chatIdOnly(params)
      const userId = positiveId(params.USER_ID)
      if (userId === null) throw msg.userIdEmpty()
      const chat = memberChat(call, chatId)
      const self = userId === call.user.id
      if (self ? !chatRestrictions(chat).leave : !chatRestrictions(chat).extend) throw msg.deleteForbidden()
      if (!chat.memberIds.includes(userId)) throw msg.userNotInChat(call.lang)
      // removing oneself is leaving; nobody may remove the owner
      if (!self && (chat.ownerId === userId || !holds(chat, call.user.id, 'manage_users_delete'))) {
        throw msg.kickDenied(call.lang)
      }
      if (self && chat.ownerId === userId && !chatRestrictions(chat).leave_owner) throw msg.kickDenied(call.lang)
      const target = call.data.users.find(u => u.id === userId)
      removeMember(chat, userId)
      post(call.data, chat, 0, self
        ? notice(call, `${fullName(call.user)} left the chat`, `${fullName(call.user)} покинул(а) чат`)
        : notice(call, `${fullName(call.user)} removed ${target ? fullName(target) : userId}`,
          `${fullName(call.user)} исключил(а) ${target ? fullName(target) : userId}`))
      return true
    }
  },

  'im.chat.leave': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chat = findChat(call.data, chatIdOnly(params))
      if (!chat) throw msg.unavailable()
      if (!chatRestrictions(chat).leave) throw msg.deleteForbidden()
      if (!chat.memberIds.includes(call.user.id)) throw msg.kickDenied(call.lang)
      if (chat.ownerId === call.user.id && !chatRestrictions(chat).leave_owner) throw msg.kickDenied(call.lang)
      removeMember(chat, call.user.id)
      post(call.data, chat, 0, notice(call, `${fullName(call.user)} left the chat`, `${fullName(call.user)} покинул(а) чат`))
      return true
    }
  },

  'im.chat.updateTitle': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chatId = groupChatId(params, call.data)
      // the portal trims spaces and line breaks before it checks
      const title = column(text(params.TITLE).trim(), 255)
      if (!title) throw msg.titleEmpty()
      const chat = memberChat(call, chatId)
      if (!chatRestrictions(chat).rename) throw msg.cannotRename()
      if (!holds(chat, call.user.id, 'manage_ui')) throw msg.unavailable()
      if (chat.title !== title) {
        chat.title = title
        post(call.data, chat, 0, notice(call, `${fullName(call.user)} renamed the chat to "${title}"`,
          `${fullName(call.user)} переименовал(а) чат в «${title}»`))
      }
      return true
    }
  },

  'im.chat.updateColor': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chat = findChat(call.data, groupChatId(params, call.data))
      if (!chat) throw msg.colorUnchanged()
      if (!chat.memberIds.includes(call.user.id) || !holds(chat, call.user.id, 'manage_ui')) throw msg.unavailable()
      const color = text(params.COLOR).trim().toUpperCase()
      if (!CHAT_COLOR_HEX[color]) throw msg.wrongColor()
      // setting the colour the chat already has is an error on the portal, not a no-op
      if (chat.color.toUpperCase() === color) throw msg.colorUnchanged()
      chat.color = color
      post(call.data, chat, 0, notice(call, `${fullName(call.user)} changed the chat colour`, `${fullName(call.user)} изменил(а) цвет чата`))
      return true
    }
  },

  'im.chat.updateAvatar': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chat = findChat(call.data, groupChatId(params, call.data))
      if (!chat) throw msg.chatMissing()
      if (!chat.memberIds.includes(call.user.id)) throw msg.accessDenied()
      if (!chatRestrictions(chat).avatar) throw msg.avatarLocked()
      if (!holds(chat, call.user.id, 'manage_ui')) throw msg.unavailable()
      const avatar = checkAvatar(params.AVATAR)
      if (!avatar.ok) throw avatar.reason === 'size' ? msg.avatarSize() : msg.avatarType()
      // kept as a data: URL so the state stays one JSON document and <img> can show it as it is
      chat.avatar = `data:${avatar.info.mime};base64,${avatar.base64}`
      post(call.data, chat, 0, notice(call, `${fullName(call.user)} changed the chat avatar`, `${fullName(call.user)} изменил(а) аватар чата`))
      return true
    }
  },

  'im.chat.setOwner': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const chatId = groupChatId(params, call.data)
      const userId = positiveId(params.USER_ID)
      if (userId === null) throw msg.userIdEmpty()
      const chat = memberChat(call, chatId)
      if (isWorkgroupChat(chat)) throw msg.unavailable()
      if (chat.ownerId !== call.user.id || !chat.memberIds.includes(userId)) throw msg.ownerOnly()
      if (userId !== chat.ownerId) {
        chat.ownerId = userId
        chat.managerIds = chat.managerIds?.filter(id => id !== userId)
        const target = call.data.users.find(u => u.id === userId)
        post(call.data, chat, 0, notice(call, `${target ? fullName(target) : userId} is now the chat owner`,
          `${target ? fullName(target) : userId} теперь владелец чата`))
      }
      return true
    }
  },

  'im.chat.mute': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      let chatId: number | null = null
      if (present(params.CHAT_ID)) {
        chatId = positiveId(params.CHAT_ID)
        if (chatId === null) throw msg.chatIdEmpty()
      } else if (present(params.DIALOG_ID)) {
        const ref = parseDialogId(call.data, params.DIALOG_ID)
        if (!ref) throw msg.dialogIdEmpty()
        if (ref.kind === 'user') {
          // 1:1 dialogs are not kept by the emulator: muting one is accepted for an existing user
          if (!activeUser(call.data, ref.userId)) throw msg.cannotMute()
          return true
        }
        chatId = ref.chatId
      } else {
        throw msg.chatIdEmpty()
      }
      const chat = findChat(call.data, chatId)
      if (!chat || !chat.memberIds.includes(call.user.id)) throw msg.cannotMute()
      const mute = flag(params.MUTE, true)
      chat.mutedBy = mute
        ? [...new Set([...chat.mutedBy, call.user.id])]
        : chat.mutedBy.filter(id => id !== call.user.id)
      return true
    }
  },

  'im.dialog.get': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const ref = parseDialogId(call.data, params.DIALOG_ID)
      if (!ref) throw msg.dialogIdEmpty()
      if (ref.kind === 'user') {
        const other = activeUser(call.data, ref.userId)
        if (!other) throw msg.noDialogAccess()
        return privateDialog(call.user, other)
      }
      const chat = findChat(call.data, ref.chatId)
      if (!chat || !canSeeChat(chat, call.user)) throw msg.noDialogAccess()
      return dialogChat(call.data, chat, call.user)
    }
  },

  'im.dialog.users.list': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const ref = parseDialogId(call.data, params.DIALOG_ID)
      if (!ref) throw msg.dialogIdEmpty()
      let ids: number[]
      if (ref.kind === 'user') {
        if (!activeUser(call.data, ref.userId)) throw msg.noDialogAccess()
        ids = [...new Set([call.user.id, ref.userId])]
      } else {
        const chat = findChat(call.data, ref.chatId)
        if (!chat || !canSeeChat(chat, call.user)) throw msg.noDialogAccess()
        ids = chat.memberIds
      }
      // bots, e-mail and connector users are not modelled, so SKIP_EXTERNAL changes nothing here
      const limit = Math.min(Math.max(positiveId(params.LIMIT) ?? 50, 1), 200)
      const lastId = positiveId(params.LAST_ID)
      const offset = lastId === null ? positiveId(params.OFFSET) ?? 0 : 0
      const users = new Map(call.data.users.map(u => [u.id, u]))
      const all = [...ids].sort((a, b) => a - b).map(id => users.get(id)).filter((u): u is EmuUser => !!u)
      const after = lastId === null ? all : all.filter(u => u.id > lastId)
      const page = after.slice(offset, offset + limit).map(dialogUser)
      return new ListResult(page, all.length)
    }
  },

  'im.dialog.writing': {
    api: 'v2',
    scope: 'im',
    handler(params, call) {
      const ref = parseDialogId(call.data, params.DIALOG_ID)
      if (!ref) throw msg.dialogIdEmpty()
      if (ref.kind === 'user') {
        if (!activeUser(call.data, ref.userId)) throw msg.unavailable()
        return true
      }
      // nothing is stored: the notice is fire-and-forget, and /_emulator/log shows the call
      memberChat(call, ref.chatId)
      return true
    }
  }
})

export default imChatMethods
