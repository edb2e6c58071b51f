import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { PortalError } from '@/b24'
import {
  SEARCH_MIN_LENGTH, addChatUsers, chatAbilities, colorNameOf, createChat, fetchChat, fetchChatUserIds, fetchNewestChats,
  fetchRecentChats, findChatByEntity, leaveChat, muteChat, recolorChat, removeChatUser, renameChat, searchChats,
  sendTyping, setChatOwner, updateChatAvatar
} from '@/api/chats'
import type { ChatColorName, ChatDetails, ChatPerson, ChatSummary, NewChat } from '@/api/chats'
import { fetchUsersByIds } from '@/api/users'
import { useLoadState } from '@/utils/loadState'
import { nameMatches } from '@/utils/names'

/**
 * created       the portal holds the chat (`recovered`: its answer was lost and the check found it)
 * exists        a chat is already bound to this entity: nothing was sent
 * refused       the portal answered with an error: nothing was created, the form can be corrected
 * not-created   the answer was lost, and the check shows no chat: trying again is safe
 * unknown       the answer was lost and the check failed too: only "check again" is offered
 */
export type CreateResult =
  | { status: 'created', chatId: number, recovered: boolean }
  | { status: 'exists', chatId: number }
  | { status: 'refused', error: PortalError }
  | { status: 'not-created', error: PortalError }
  | { status: 'unknown', error: PortalError }

/** What is needed to recognise our chat among the user's newest ones after a lost answer. */
interface PendingCreate {
  input: NewChat
  ownerId: number
  /** chats the user had before the attempt */
  known: Set<number>
}

/** The chat a lost create may have made: new since the attempt, ours, with our title. */
export function findCreatedChat(newest: ChatSummary[], pending: PendingCreate): ChatSummary | null {
  const title = pending.input.title.trim()
  return newest.find(chat => !pending.known.has(chat.id) && chat.ownerId === pending.ownerId && chat.title === title) ?? null
}

/** The Chats section: the user's chats, the open chat with its participants, and creating a chat. */
export const useChatsStore = defineStore('chats', () => {
  // region my chats
  const chats = ref<ChatSummary[]>([])
  const list = useLoadState()

  const searchTerm = ref('')
  const searchResults = ref<ChatSummary[]>([])
  // a slower answer to an older phrase must not replace the newer one: the load state drops it
  const searching = useLoadState()

  async function loadList(): Promise<void> {
    await list.run(fetchRecentChats, (rows) => { chats.value = rows })
  }

  /**
   * The list narrowed at once to what is loaded; from two characters on, the portal's search adds open
   * chats the user is not in (im.search.chat.list). Our own chats come first.
   */
  const visibleChats = computed<ChatSummary[]>(() => {
    const term = searchTerm.value.trim()
    if (!term) return chats.value
    const local = chats.value.filter(chat => nameMatches(chat.title, term))
    const seen = new Set(local.map(chat => chat.id))
    const remote = term.length >= SEARCH_MIN_LENGTH ? searchResults.value.filter(chat => !seen.has(chat.id)) : []
    return [...local, ...remote]
  })

  async function search(term: string): Promise<void> {
    searchTerm.value = term
    const trimmed = term.trim()
    if (trimmed.length < SEARCH_MIN_LENGTH) {
      searching.reset()
      searchResults.value = []
      return
    }
    await searching.run(() => searchChats(trimmed), (rows) => { searchResults.value = rows })
  }
  // endregion

  // region the open chat
  const chat = ref<ChatDetails | null>(null)
  const people = ref<ChatPerson[]>([])
  // opening another chat (or closing this one) drops the answer still on its way
  const opened = useLoadState()

  const abilities = computed(() => chat.value ? chatAbilities(chat.value) : null)
  /** The chat's colour as one of the 16 names (reads answer HEX). */
  const colorName = computed<ChatColorName | null>(() => chat.value ? colorNameOf(chat.value.color) : null)

  async function loadPeople(chatId: number): Promise<ChatPerson[]> {
    const ids = await fetchChatUserIds(chatId)
    const users = new Map((await fetchUsersByIds(ids)).map(user => [user.id, user]))
    // keep the portal's order; someone user.get does not return (a bot, a fired user) still shows by id
    return ids.map(id => users.get(id) ?? { id, name: `#${id}`, photo: '', position: '' })
  }

  /** Load (or reload after a change) what the portal holds for the chat. */
  async function openChat(chatId: number): Promise<void> {
    if (chat.value?.id !== chatId) {
      chat.value = null
      people.value = []
    }
    await opened.run(async () => {
      const details = await fetchChat(`chat${chatId}`)
      const members = details.role === 'guest' && !details.restrictions.userList ? [] : await loadPeople(chatId)
      return { details, members }
    }, ({ details, members }) => {
      chat.value = details
      people.value = members
    })
  }

  function closeChat(): void {
    opened.reset()
    chat.value = null
    people.value = []
  }

  /**
   * Runs a change and then reloads the chat from the portal, also after a failure: the screen shows what
   * the portal holds, not what we hoped it would.
   *
   * `applied` tells from the reloaded chat whether the change is in place. A failure is not reported when
   * it is: the SDK re-sends a call whose answer was lost or late, and the re-send of a change that already
   * took is refused as redundant (removing someone who left: USER_NOT_FOUND; handing over a chat we no
   * longer own: WRONG_REQUEST; the colour it already has: WRONG_REQUEST) — the person's intent holds, and
   * an error would contradict the screen.
   */
  async function change(run: (chatId: number) => Promise<void>, applied?: () => boolean): Promise<PortalError | null> {
    const current = chat.value
    if (!current) return null
    let failure: PortalError | null = null
    try {
      await run(current.id)
    } catch (reason) {
      failure = PortalError.from(reason)
    }
    await openChat(current.id)
    if (failure && applied && opened.status.value === 'ready' && chat.value?.id === current.id && applied()) return null
    return failure
  }

  const hasPerson = (userId: number) => people.value.some(person => person.id === userId)

  const rename = (title: string) => change(id => renameChat(id, title), () => chat.value?.title === title.trim())
  const addPeople = (userIds: number[], hideHistory = true) =>
    change(id => addChatUsers(id, userIds, hideHistory), () => userIds.every(hasPerson))
  const removePerson = (userId: number) => change(id => removeChatUser(id, userId), () => !hasPerson(userId))
  const makeOwner = (userId: number) => change(id => setChatOwner(id, userId), () => chat.value?.ownerId === userId)
  // muting twice is not refused (im.chat.mute just sets the flag), so a re-send needs no reconciling
  const setMuted = (mute: boolean) => change(id => muteChat(id, mute))
  // an avatar comes back as a portal URL, so whether a failed upload took cannot be told: no `applied`
  const changeAvatar = (base64: string) => change(id => updateChatAvatar(id, base64))

  /** The portal answers WRONG_REQUEST when the colour is already set, so an unchanged colour is never sent. */
  async function recolor(color: ChatColorName): Promise<PortalError | null> {
    if (colorName.value === color) return null
    return change(id => recolorChat(id, color), () => colorName.value === color)
  }

  /** Leaves the chat; the list is reloaded since the chat is no longer the user's. */
  async function leave(): Promise<PortalError | null> {
    const current = chat.value
    if (!current) return null
    try {
      await leaveChat(current.id)
    } catch (reason) {
      await openChat(current.id)
      return PortalError.from(reason)
    }
    closeChat()
    await loadList()
    return null
  }

  /** The typing notice is fire-and-forget: nothing on the screen depends on it, so it does not reload. */
  async function typing(): Promise<PortalError | null> {
    if (!chat.value) return null
    try {
      await sendTyping(chat.value.dialogId)
      return null
    } catch (reason) {
      return PortalError.from(reason)
    }
  }
  // endregion

  // region create
  /**
   * preparing: the entity's chat and the user's chats are being looked up, nothing sent yet; sending:
   * im.chat.add is under way; checking: its answer was lost and the portal is being asked; null: idle
   */
  const createPhase = ref<'preparing' | 'sending' | 'checking' | null>(null)
  const creating = computed(() => createPhase.value !== null)
  let pending: PendingCreate | null = null

  /** Chat ids the user has now, to tell a new chat from an old one with the same title. */
  async function snapshotKnown(): Promise<Set<number>> {
    if (list.status.value === 'ready') return new Set(chats.value.map(c => c.id))
    try {
      return new Set((await fetchNewestChats()).map(c => c.id))
    } catch {
      return new Set()
    }
  }

  /** Looks for the chat a lost create may have made. Throws when the portal cannot be asked either. */
  async function reconcile(current: PendingCreate): Promise<number | null> {
    const { entityType, entityId } = current.input
    if (entityType.trim() && entityId.trim()) return findChatByEntity(entityType, entityId)
    return findCreatedChat(await fetchNewestChats(), current)?.id ?? null
  }

  async function settle(current: PendingCreate, error: PortalError): Promise<CreateResult> {
    createPhase.value = 'checking'
    try {
      const found = await reconcile(current)
      if (found !== null) return finish(found, true)
      pending = null
      return { status: 'not-created', error }
    } catch (reason) {
      // keep `pending`: checkAgain() must compare with what the user had before the first attempt
      return { status: 'unknown', error: PortalError.from(reason) }
    }
  }

  async function finish(chatId: number, recovered: boolean): Promise<CreateResult> {
    pending = null
    await loadList()
    return { status: 'created', chatId, recovered }
  }

  /**
   * im.chat.add exactly once. After a lost answer the portal is asked whether the chat exists (im.chat.get
   * by entity, else the user's newest chats) before the form offers to try again: never two chats.
   */
  async function create(input: NewChat, ownerId: number): Promise<CreateResult> {
    if (creating.value) return { status: 'unknown', error: new PortalError({ code: 'BUSY', message: 'busy' }) }
    createPhase.value = 'preparing'
    try {
      // an earlier attempt whose outcome is still unknown is settled first: the form may have been closed
      // and opened again, and this must not become a second chat
      if (pending) {
        const prior = await settle(pending, new PortalError({ code: 'NETWORK_ERROR', message: '' }))
        if (prior.status !== 'not-created') return prior
      }
      const withEntity = input.entityType.trim() && input.entityId.trim()
      if (withEntity) {
        const existing = await findChatByEntity(input.entityType, input.entityId)
        if (existing !== null) return { status: 'exists', chatId: existing }
      }
      pending = { input, ownerId, known: withEntity ? new Set() : await snapshotKnown() }
      createPhase.value = 'sending'
      try {
        return await finish(await createChat(input), false)
      } catch (reason) {
        const error = PortalError.from(reason)
        // the portal said no, or a limit refused it before it ran: no chat was made (PortalError.outcomeUnknown)
        if (!error.outcomeUnknown) {
          pending = null
          return { status: 'refused', error }
        }
        return await settle(pending, error)
      }
    } catch (reason) {
      // the entity pre-check failed: nothing was sent
      return { status: 'refused', error: PortalError.from(reason) }
    } finally {
      createPhase.value = null
    }
  }

  /** After `unknown`: ask the portal again about the same attempt. */
  async function checkAgain(): Promise<CreateResult> {
    if (!pending) return { status: 'not-created', error: new PortalError({ code: 'NOTHING_PENDING', message: '' }) }
    try {
      return await settle(pending, new PortalError({ code: 'NETWORK_ERROR', message: '' }))
    } finally {
      createPhase.value = null
    }
  }
  // endregion

  return {
    chats, listStatus: list.status, listError: list.error, searchTerm, searchResults,
    searchStatus: searching.status, searchError: searching.error, visibleChats, loadList, search,
    chat, people, chatStatus: opened.status, chatError: opened.error, abilities, colorName, openChat, closeChat,
    rename, recolor, changeAvatar, addPeople, removePerson, makeOwner, setMuted, leave, typing,
    creating, createPhase, create, checkAgain
  }
})
