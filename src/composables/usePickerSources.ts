import { ref, shallowRef } from 'vue'
import { PortalError } from '@/b24'
import { SEARCH_MIN_LENGTH, fetchRecentChats, isChannel, searchChats } from '@/api/chats'
import type { ChatSummary } from '@/api/chats'
import { fetchCollabs } from '@/api/workgroups'
import { chatNumber } from '@/api/structure'
import type { CommunicationType } from '@/api/structure'

/** One thing the bind picker offers. `key` is unique across types (a chat and a collab may share an id). */
export interface PickerOption {
  key: string
  type: CommunicationType
  /** chat id for chats and channels, workgroup id for collabs */
  id: number
  /** a collab's chat id (structure.ts, collabEditId) */
  chatId?: number | null
  title: string
  avatar: string
  color: string
  kind: string
}

export type PickerSource = 'chats' | 'channels' | 'collabs' | 'search'

export function optionKey(type: CommunicationType, id: number): string {
  return `${type}:${id}`
}

/**
 * The key of a bound communication or a picker option. A collab is keyed by its chat, which both
 * communication.list and workgroup.list name (dialogId), whichever id the portal uses for it.
 */
export function communicationKey(type: CommunicationType, id: number, dialogId: string): string {
  return type === 'COLLAB' ? `COLLAB:${dialogId || id}` : optionKey(type, id)
}

/** Chats that bind as CHAT: group chats and open chats (not channels, collab or group chats, copilot …). */
const CHAT_KINDS = ['chat', 'open']

export function chatToOption(chat: ChatSummary): PickerOption | null {
  const type: CommunicationType | null = isChannel(chat) ? 'CHANNEL' : CHAT_KINDS.includes(chat.kind) ? 'CHAT' : null
  if (!type) return null
  return { key: optionKey(type, chat.id), type, id: chat.id, title: chat.title, avatar: chat.avatar, color: chat.color, kind: chat.kind }
}

interface SourceState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  options: PickerOption[]
  error: PortalError | null
}

/**
 * What the bind picker lists, loaded on first use of each tab: recent chats (SKIP_DIALOG=Y), recent
 * channels (ONLY_CHANNEL=Y), collabs (workgroup.list, TYPE selected), and a chat search.
 */
export function usePickerSources() {
  const sources = shallowRef<Record<PickerSource, SourceState>>({
    chats: { status: 'idle', options: [], error: null },
    channels: { status: 'idle', options: [], error: null },
    collabs: { status: 'idle', options: [], error: null },
    search: { status: 'idle', options: [], error: null }
  })
  const searchTerm = ref('')

  function set(source: PickerSource, state: SourceState): void {
    sources.value = { ...sources.value, [source]: state }
  }

  async function run(source: PickerSource, load: () => Promise<PickerOption[]>): Promise<void> {
    set(source, { status: 'loading', options: sources.value[source].options, error: null })
    try {
      set(source, { status: 'ready', options: await load(), error: null })
    } catch (reason) {
      set(source, { status: 'error', options: [], error: PortalError.from(reason) })
    }
  }

  function load(source: PickerSource): Promise<void> {
    if (source === 'search' || sources.value[source].status === 'ready' || sources.value[source].status === 'loading') return Promise.resolve()
    if (source === 'collabs') {
      return run('collabs', async () => (await fetchCollabs()).map((c) => ({
        key: communicationKey('COLLAB', c.id, c.dialogId), type: 'COLLAB', id: c.id, chatId: chatNumber(c.dialogId), title: c.name, avatar: c.avatar, color: '', kind: 'collab'
      })))
    }
    const onlyChannels = source === 'channels'
    return run(source, async () => (await fetchRecentChats({ onlyChannels }))
      .map(chatToOption)
      .filter((o): o is PickerOption => o !== null && (o.type === 'CHANNEL') === onlyChannels))
  }

  let searchSeq = 0

  /** im.search.chat.list; shorter phrases are not sent (the portal answers FIND_SHORT). */
  async function search(term: string): Promise<void> {
    searchTerm.value = term
    const seq = ++searchSeq
    if (term.trim().length < SEARCH_MIN_LENGTH) {
      set('search', { status: 'idle', options: [], error: null })
      return
    }
    set('search', { status: 'loading', options: sources.value.search.options, error: null })
    try {
      const chats = await searchChats(term.trim())
      if (seq !== searchSeq) return
      set('search', { status: 'ready', options: chats.map(chatToOption).filter((o): o is PickerOption => o !== null), error: null })
    } catch (reason) {
      if (seq === searchSeq) set('search', { status: 'error', options: [], error: PortalError.from(reason) })
    }
  }

  return { sources, searchTerm, load, search }
}
