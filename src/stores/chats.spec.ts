import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { PortalError } from '@/b24'
import { toChatDetails } from '@/api/chats'
import type { ChatSummary, NewChat } from '@/api/chats'
import { findCreatedChat, useChatsStore } from './chats'

const api = await vi.hoisted(async () => (await import('@/testing/chatsApi')).chatsApiMocks())

vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))
vi.mock(import('@/api/users'), async importOriginal => ({ ...await importOriginal(), fetchUsersByIds: (await import('@/testing/chatsApi')).peopleNamedById() }))

function summary(id: number, title: string, ownerId = 2): ChatSummary {
  return { id, dialogId: `chat${id}`, title, kind: 'chat', avatar: '', color: '#4ba984', memberCount: 1, role: 'owner', ownerId, entityType: '', entityId: '', lastActivity: '', createdAt: '' }
}

const INPUT: NewChat = { type: 'CHAT', title: 'Launch', description: '', color: 'LIME', message: '', userIds: [3], avatar: '', entityType: '', entityId: '' }
const dropped = () => new PortalError({ code: 'NETWORK_ERROR', message: 'Network Error', status: 0 })

beforeEach(() => {
  setActivePinia(createPinia())
  for (const fn of Object.values(api)) fn.mockReset()
  api.fetchRecentChats.mockResolvedValue([])
})

describe('findCreatedChat', () => {
  it('picks a new chat of ours with our title, not an older one with the same title', () => {
    const newest = [summary(9, 'Launch', 3), summary(8, 'Launch'), summary(5, 'Launch')]
    const pending = { input: INPUT, ownerId: 2, known: new Set([5]) }
    expect(findCreatedChat(newest, pending)?.id).toBe(8)
    expect(findCreatedChat([summary(5, 'Launch')], pending)).toBeNull()
  })
})

describe('create', () => {
  it('creates once and reloads the list', async () => {
    api.fetchNewestChats.mockResolvedValue([])
    api.createChat.mockResolvedValue(41)
    const store = useChatsStore()
    await expect(store.create(INPUT, 2)).resolves.toEqual({ status: 'created', chatId: 41, recovered: false })
    expect(api.createChat).toHaveBeenCalledTimes(1)
    expect(api.fetchRecentChats).toHaveBeenCalled()
  })

  it('after a dropped answer finds the chat among the newest and does not send again', async () => {
    api.fetchNewestChats.mockResolvedValueOnce([summary(5, 'Launch')]).mockResolvedValueOnce([summary(41, 'Launch'), summary(5, 'Launch')])
    api.createChat.mockRejectedValue(dropped())
    const store = useChatsStore()
    await expect(store.create(INPUT, 2)).resolves.toEqual({ status: 'created', chatId: 41, recovered: true })
    expect(api.createChat).toHaveBeenCalledTimes(1)
  })

  it('after a dropped answer with an entity asks im.chat.get', async () => {
    api.findChatByEntity.mockResolvedValueOnce(null).mockResolvedValueOnce(52)
    api.createChat.mockRejectedValue(dropped())
    const store = useChatsStore()
    const result = await store.create({ ...INPUT, entityType: 'APP', entityId: 'x' }, 2)
    expect(result).toEqual({ status: 'created', chatId: 52, recovered: true })
    expect(api.fetchNewestChats).not.toHaveBeenCalled()
  })

  it('says not-created when the check finds nothing, so trying again is safe', async () => {
    api.fetchNewestChats.mockResolvedValue([summary(5, 'Launch')])
    api.createChat.mockRejectedValue(dropped())
    const result = await useChatsStore().create(INPUT, 2)
    expect(result.status).toBe('not-created')
  })

  it('says unknown when the check fails too, and checkAgain asks about the same attempt', async () => {
    api.fetchNewestChats
      .mockResolvedValueOnce([summary(5, 'Launch')])
      .mockRejectedValueOnce(dropped())
      .mockResolvedValueOnce([summary(41, 'Launch'), summary(5, 'Launch')])
    api.createChat.mockRejectedValue(dropped())
    const store = useChatsStore()
    expect((await store.create(INPUT, 2)).status).toBe('unknown')
    await expect(store.checkAgain()).resolves.toEqual({ status: 'created', chatId: 41, recovered: true })
    expect(api.createChat).toHaveBeenCalledTimes(1)
  })

  it('reports a refusal without checking: the portal said no', async () => {
    api.fetchNewestChats.mockResolvedValue([])
    api.createChat.mockRejectedValue(new PortalError({ code: 'QUERY_LIMIT_EXCEEDED', message: '', status: 503 }))
    const result = await useChatsStore().create(INPUT, 2)
    expect(result.status).toBe('refused')
    expect(api.fetchNewestChats).toHaveBeenCalledTimes(1)
  })

  it('sends nothing when a chat is already bound to the entity', async () => {
    api.findChatByEntity.mockResolvedValue(14)
    const result = await useChatsStore().create({ ...INPUT, entityType: 'CRM', entityId: 'DEAL|5' }, 2)
    expect(result).toEqual({ status: 'exists', chatId: 14 })
    expect(api.createChat).not.toHaveBeenCalled()
  })
})

describe('changes', () => {
  const DIALOG = { id: 10, name: 'Team', owner: 2, color: '#4ba984', type: 'chat', user_counter: 2, role: 'owner', dialog_id: 'chat10' }

  async function opened() {
    api.fetchChat.mockResolvedValue(toChatDetails(DIALOG))
    api.fetchChatUserIds.mockResolvedValue([2, 3])
    const store = useChatsStore()
    await store.openChat(10)
    return store
  }

  it('loads participants with their names', async () => {
    const store = await opened()
    expect(store.people.map(p => p.name)).toEqual(['User 2', 'User 3'])
    expect(store.colorName).toBe('MINT')
  })

  it('does not send an unchanged colour', async () => {
    const store = await opened()
    await expect(store.recolor('MINT')).resolves.toBeNull()
    expect(api.recolorChat).not.toHaveBeenCalled()
  })

  it('does not report a refused re-send when the reloaded chat shows the change took', async () => {
    const store = await opened()
    // the first removal's answer was lost; the SDK's re-send finds the person gone already
    api.removeChatUser.mockRejectedValue(new PortalError({ code: 'USER_NOT_FOUND', message: 'User not found', status: 400 }))
    api.fetchChatUserIds.mockResolvedValue([2])
    await expect(store.removePerson(3)).resolves.toBeNull()
    // the hand-over took, the re-send by the former owner was refused
    api.setChatOwner.mockRejectedValue(new PortalError({ code: 'WRONG_REQUEST', message: 'Change owner can only owner', status: 400 }))
    api.fetchChat.mockResolvedValue(toChatDetails({ ...DIALOG, owner: 3, role: 'member' }))
    await expect(store.makeOwner(3)).resolves.toBeNull()
    api.recolorChat.mockRejectedValue(new PortalError({ code: 'WRONG_REQUEST', message: 'This color currently set', status: 400 }))
    api.fetchChat.mockResolvedValue(toChatDetails({ ...DIALOG, color: '#f76187' }))
    await expect(store.recolor('PINK')).resolves.toBeNull()
  })

  it('reports a failure when the reloaded chat shows the change did not take', async () => {
    const store = await opened()
    api.removeChatUser.mockRejectedValue(new PortalError({ code: 'ACCESS_DENIED_KICK', message: 'You cannot remove the owner', status: 403 }))
    await expect(store.removePerson(3)).resolves.toMatchObject({ code: 'ACCESS_DENIED_KICK' })
    api.setChatOwner.mockRejectedValue(new PortalError({ code: 'NETWORK_ERROR', message: 'Network Error', status: 0 }))
    await expect(store.makeOwner(3)).resolves.toMatchObject({ code: 'NETWORK_ERROR' })
  })

  it('reloads from the portal after a change, also when it failed', async () => {
    const store = await opened()
    api.renameChat.mockRejectedValue(new PortalError({ code: 'ACCESS_ERROR', message: 'Action unavailable', status: 403 }))
    const failure = await store.rename('New')
    expect(failure?.code).toBe('ACCESS_ERROR')
    expect(api.fetchChat).toHaveBeenCalledTimes(2)
  })
})

describe('search', () => {
  it('filters what is loaded at once and adds the portal\'s results from two characters', async () => {
    api.fetchRecentChats.mockResolvedValue([summary(1, 'Launch team'), summary(2, 'Lunch')])
    api.searchChats.mockResolvedValue([summary(1, 'Launch team'), summary(7, 'Launch open chat')])
    const store = useChatsStore()
    await store.loadList()
    await store.search('launch')
    expect(store.visibleChats.map(c => c.id)).toEqual([1, 7])
    await store.search('l')
    expect(api.searchChats).toHaveBeenCalledTimes(1)
  })
})
