import { callV2, callV2Page } from '@/b24'

/**
 * The chats and channels a user knows, REST 2, scope im (rest-contract.md §6.2): im.recent.list and
 * im.search.chat.list. Shared by the Departments picker and the Chats section.
 */

/** im v2 chat kinds (chat.type): chat, open, channel, openChannel, collab, sonetGroup, copilot, … */
export type ChatKind = string

export interface KnownChat {
  /** numeric chat id: what humanresources `ids` and im.chat.* CHAT_ID take */
  chatId: number
  /** "chat{chatId}" for group chats */
  dialogId: string
  title: string
  kind: ChatKind
  isChannel: boolean
  avatar: string
  color: string
  isExtranet: boolean
  ownerId: number
  userCount: number
  /** OWNER | MANAGER | MEMBER (upper-cased) */
  role: string
  permissions: Record<string, string>
  entityType: string
  entityId: string
  lastActivity: string
}

type Raw = Record<string, unknown>

const CHANNEL_KINDS = ['channel', 'openChannel', 'generalChannel']

function int(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? Math.trunc(n) : 0
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** A chat object in the im.dialog.get shape (im.search.chat.list rows, im.recent.list `chat`). */
export function toKnownChat(chat: Raw, extra: { title?: string, lastActivity?: string } = {}): KnownChat {
  const chatId = int(chat.id)
  const kind = text(chat.type) || 'chat'
  const permissions = chat.permissions && typeof chat.permissions === 'object' ? chat.permissions as Record<string, string> : {}
  return {
    chatId,
    dialogId: `chat${chatId}`,
    title: extra.title || text(chat.name),
    kind,
    isChannel: CHANNEL_KINDS.includes(kind),
    avatar: text(chat.avatar),
    color: text(chat.color),
    isExtranet: chat.extranet === true,
    ownerId: int(chat.owner),
    userCount: int(chat.user_counter),
    role: text(chat.role).toUpperCase(),
    permissions,
    entityType: text(chat.entity_type),
    entityId: text(chat.entity_id),
    lastActivity: extra.lastActivity ?? text(chat.date_create)
  }
}

/** An im.recent.list item; null for 1:1 dialogs (items without a group chat). */
export function recentItemToChat(item: Raw): KnownChat | null {
  if (item.type !== 'chat' || !item.chat || typeof item.chat !== 'object') return null
  const chat = item.chat as Raw
  if (!chat.id) chat.id = item.chat_id
  return toKnownChat(chat, { title: text(item.title), lastActivity: text(item.date_last_activity) })
}

/**
 * Pages of im.recent.list overlap (the docs: records are collapsed to unique dialogs after selection),
 * so rows are merged by chat id, keeping the first (newest) occurrence and the order.
 */
export function mergeUnique(into: KnownChat[], rows: KnownChat[]): KnownChat[] {
  const seen = new Set(into.map((c) => c.chatId))
  for (const row of rows) {
    if (seen.has(row.chatId)) continue
    seen.add(row.chatId)
    into.push(row)
  }
  return into
}

export interface RecentOptions {
  /** ONLY_CHANNEL=Y */
  onlyChannels?: boolean
  /** LIMIT per page (max 200) */
  pageSize?: number
  /** stop after this many pages (a user with thousands of chats) */
  maxPages?: number
}

interface RecentResult {
  items?: Raw[]
  hasMore?: boolean
  hasMorePages?: boolean
}

/**
 * The group chats (or, with onlyChannels, the channels) in the user's recent list, newest first, without
 * 1:1 dialogs (SKIP_DIALOG=Y) and open-line chats. Pages advance OFFSET by LIMIT, as the docs advise.
 */
export async function fetchRecentChats(options: RecentOptions = {}): Promise<KnownChat[]> {
  const limit = Math.min(options.pageSize ?? 200, 200)
  const maxPages = options.maxPages ?? 10
  const out: KnownChat[] = []
  for (let page = 0; page < maxPages; page++) {
    const params: Record<string, unknown> = { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: page * limit, LIMIT: limit }
    if (options.onlyChannels) params.ONLY_CHANNEL = 'Y'
    const result = await callV2<RecentResult>('im.recent.list', params)
    const rows = (result?.items ?? []).map(recentItemToChat).filter((c): c is KnownChat => c !== null)
    mergeUnique(out, rows)
    if (!(result?.hasMore ?? result?.hasMorePages)) break
  }
  return out
}

/** The shortest phrase im.search.chat.list accepts (FIND_SHORT otherwise). */
export const SEARCH_MIN_LENGTH = 2

/** im.search.chat.list: chats whose title matches; callers check SEARCH_MIN_LENGTH first. */
export async function searchChats(find: string, options: { limit?: number, offset?: number } = {}): Promise<{ chats: KnownChat[], total: number }> {
  const page = await callV2Page<Raw[]>('im.search.chat.list', { FIND: find, LIMIT: Math.min(options.limit ?? 50, 50), OFFSET: options.offset ?? 0 })
  const chats = (Array.isArray(page.result) ? page.result : []).map((c) => toKnownChat(c))
  return { chats, total: page.total ?? chats.length }
}
