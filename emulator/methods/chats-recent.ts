/**
 * The messenger's lists of chats a user knows
 * (https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html): im.recent.list and
 * im.search.chat.list, REST 2, scope im. Both are computed from `data.chats` on every call, so a chat created
 * later (im.chat.add, createDefault) appears in them at once.
 *
 * Decisions (emulator/README.md, "Messenger lists"; pinned by chats-recent.spec.ts):
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
import { flag, intOr } from '../rest/params.ts'
import type { EmuChat, EmuUser, PortalData } from '../data/types.ts'
// One shape for a chat everywhere: the im.dialog.get object the Chats family builds.
import { canSeeChat, chatColorHex, chatPermissions, chatRole, dialogChat, dialogUser } from './chats.ts'

export function isChannel(chat: EmuChat): boolean {
  return chat.type === 'CHANNEL' || chat.type === 'OPEN_CHANNEL'
}

/** The copilot block every answer carries; the model has no copilot chats, so it only names the assistant. */
const COPILOT = {
  chats: null,
  messages: null,
  roles: {
    copilot_assistant: {
      code: 'copilot_assistant',
      name: 'BitrixGPT',
      desc: '',
      avatar: { small: '', medium: '', large: '' },
      default: true,
      prompts: [{ code: 'universal_summary', promptType: 'default', title: 'Summarise', text: 'Summarise the discussion', isNew: false }]
    }
  },
  recommendedRoles: ['copilot_assistant']
}

function recentItem(data: PortalData, chat: EmuChat, user: EmuUser): Record<string, unknown> {
  const last = chat.messages?.[chat.messages.length - 1]
  // the item's `user` is the last message's author (the owner when the chat has no messages yet)
  const author = data.users.find((u) => u.id === (last?.authorId || chat.ownerId))
  const wireChat = dialogChat(data, chat, user)
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
      uuid: ''
    },
    counter: 0,
    last_id: last?.id ?? 0,
    pinned: false,
    unread: false,
    has_reminder: false,
    date_update: chat.lastActivityAt,
    date_last_activity: chat.lastActivityAt,
    // im.recent.list prints the role upper-case ("MEMBER"), im.dialog.get lower-case ("owner")
    chat: {
      ...wireChat,
      role: wireChat.role.toUpperCase(),
      // a "collaber" is an extranet guest (collabs invite them)
      contains_collaber: chat.memberIds.some((id) => data.users.find((u) => u.id === id)?.userType === 'extranet')
    },
    user: author ? dialogUser(author) : { id: 0 },
    options: []
  }
}

/** What the caller's recent list holds after the Y/N switches, newest first. */
export function recentChats(data: PortalData, user: EmuUser, params: Record<string, unknown>): EmuChat[] {
  if (flag(params.SKIP_CHAT) || flag(params.ONLY_COPILOT)) return []
  const before = typeof params.LAST_MESSAGE_DATE === 'string' && params.LAST_MESSAGE_DATE
    ? Date.parse(params.LAST_MESSAGE_DATE) : NaN
  return data.chats
    .filter((c) => c.memberIds.includes(user.id))
    .filter((c) => !flag(params.ONLY_CHANNEL) || isChannel(c))
    .filter((c) => !flag(params.CAN_MANAGE_MESSAGES) || chatRole(c, user.id) !== 'member' || chatPermissions(c).manage_messages === 'member')
    .filter((c) => Number.isNaN(before) || Date.parse(c.lastActivityAt) < before)
    .sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || b.id - a.id)
}

function recentList(params: Record<string, unknown>, call: CallContext): ListResult {
  const all = recentChats(call.data, call.user, params)
  const limit = Math.min(Math.max(intOr(params.LIMIT, 50), 1), 200)
  const offset = Math.max(intOr(params.OFFSET, 0), 0)
  // The overlap a real portal produces: a later page first repeats the previous page's last record.
  const repeated = offset > 0 && offset <= all.length ? [all[offset - 1]!] : []
  const page = [...repeated, ...all.slice(offset, offset + limit)]
  const hasMore = offset + limit < all.length
  return new ListResult({
    items: page.map((c) => recentItem(call.data, c, call.user)),
    hasMorePages: hasMore,
    hasMore,
    copilot: COPILOT,
    messagesAutoDeleteConfigs: []
  }, -1)
}

function searchChats(params: Record<string, unknown>, call: CallContext): ListResult {
  const find = typeof params.FIND === 'string' ? params.FIND.trim() : ''
  const findLines = typeof params.FIND_LINES === 'string' ? params.FIND_LINES.trim() : ''
  const phrase = find || findLines
  if (phrase.length < 2) throw new RestError(400, 'FIND_SHORT', 'Too short a search phrase')
  const limit = Math.min(Math.max(intOr(params.LIMIT, 10), 1), 50)
  const offset = Math.max(intOr(params.OFFSET, 0), 0)
  // The data model has no Open Channel chats, so FIND_LINES finds nothing.
  const needle = phrase.toLocaleLowerCase()
  const found = find
    ? call.data.chats
      .filter((c) => canSeeChat(c, call.user))
      .filter((c) => c.title.toLocaleLowerCase().includes(needle))
      .sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) || b.id - a.id)
    : []
  return new ListResult(found.slice(offset, offset + limit).map((c) => dialogChat(call.data, c, call.user)), found.length)
}

export const imRecentMethods = defineMethods({
  'im.recent.list': { api: 'v2', scope: 'im', handler: recentList },
  'im.search.chat.list': { api: 'v2', scope: 'im', handler: searchChats }
})
