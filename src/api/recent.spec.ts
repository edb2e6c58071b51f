import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as B24 from '@/b24'
import { fetchRecentChats, mergeUnique, recentItemToChat, searchChats, toKnownChat } from './recent'
import type { KnownChat } from './recent'
import { fetchCollabs } from './workgroups'

const callV2 = vi.hoisted(() => vi.fn())
const callV2Page = vi.hoisted(() => vi.fn())

vi.mock('@/b24', async (importOriginal) => ({ ...await importOriginal<typeof B24>(), callV2, callV2Page }))

beforeEach(() => {
  callV2.mockReset()
  callV2Page.mockReset()
})

function chatItem(id: number, type = 'chat') {
  return { id: `chat${id}`, chat_id: id, type: 'chat', title: `Chat ${id}`, date_last_activity: '2026-01-01T00:00:00+00:00', chat: { id, name: `Chat ${id}`, type, owner: 1, user_counter: 3, role: 'MEMBER', color: '#4ba984', avatar: '', extranet: false, permissions: { manage_ui: 'member' } } }
}

describe('im.recent.list', () => {
  it('maps chat items and skips 1:1 dialogs', () => {
    expect(recentItemToChat({ id: 547, chat_id: 1231, type: 'user', chat: {} })).toBeNull()
    expect(recentItemToChat(chatItem(5, 'channel'))).toMatchObject({ chatId: 5, dialogId: 'chat5', title: 'Chat 5', kind: 'channel', isChannel: true, role: 'MEMBER', userCount: 3 })
  })

  it('advances OFFSET by LIMIT and de-duplicates the overlapping pages', async () => {
    // pages as the portal gives them: each later page repeats the previous page's last record
    const all = [1, 2, 3, 4, 5].map((id) => chatItem(id))
    callV2.mockImplementation(async (_method: string, params: { OFFSET: number, LIMIT: number }) => {
      const repeated = params.OFFSET > 0 ? [all[params.OFFSET - 1]] : []
      return { items: [...repeated, ...all.slice(params.OFFSET, params.OFFSET + params.LIMIT)], hasMore: params.OFFSET + params.LIMIT < all.length }
    })
    const chats = await fetchRecentChats({ pageSize: 2 })
    expect(chats.map((c) => c.chatId)).toEqual([1, 2, 3, 4, 5])
    expect(callV2.mock.calls.map(([, p]) => p.OFFSET)).toEqual([0, 2, 4])
    expect(callV2.mock.calls[0]).toEqual(['im.recent.list', { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: 0, LIMIT: 2 }])
  })

  it('asks for channels only with ONLY_CHANNEL=Y', async () => {
    callV2.mockResolvedValue({ items: [chatItem(7, 'channel')], hasMore: false })
    await fetchRecentChats({ onlyChannels: true })
    expect(callV2.mock.calls[0]![1]).toMatchObject({ ONLY_CHANNEL: 'Y', LIMIT: 200 })
  })

  it('mergeUnique keeps the first occurrence and the order', () => {
    const a = toKnownChat({ id: 1, name: 'a' })
    const b = toKnownChat({ id: 2, name: 'b' })
    const aAgain: KnownChat = { ...a, title: 'stale' }
    expect(mergeUnique([a], [aAgain, b]).map((c) => c.title)).toEqual(['a', 'b'])
  })
})

describe('im.search.chat.list', () => {
  it('maps the im.dialog.get-shaped rows and the total', async () => {
    callV2Page.mockResolvedValue({ result: [{ id: 1137, name: 'Project', type: 'sonetGroup', role: 'owner', owner: 27 }], total: 2 })
    const found = await searchChats('pro')
    expect(found.total).toBe(2)
    expect(found.chats[0]).toMatchObject({ chatId: 1137, title: 'Project', kind: 'sonetGroup', role: 'OWNER', ownerId: 27 })
    expect(callV2Page).toHaveBeenCalledWith('im.search.chat.list', { FIND: 'pro', LIMIT: 50, OFFSET: 0 })
  })
})

describe('socialnetwork.api.workgroup.list', () => {
  it('selects TYPE and keeps only collabs, over every page', async () => {
    callV2Page
      .mockResolvedValueOnce({ result: { workgroups: [{ id: '5', name: 'Group', type: 'group' }, { id: '6', name: 'Collab A', type: 'collab', dialogId: 'chat60' }] }, next: 50 })
      .mockResolvedValueOnce({ result: { workgroups: [{ id: '7', name: 'Collab B', type: 'collab', dialogId: '' }] } })
    expect(await fetchCollabs()).toEqual([
      { id: 6, name: 'Collab A', avatar: '', dialogId: 'chat60' },
      { id: 7, name: 'Collab B', avatar: '', dialogId: '' }
    ])
    expect(callV2Page.mock.calls[0]![1]).toMatchObject({ select: ['ID', 'NAME', 'TYPE', 'AVATAR'], params: { shouldSelectDialogId: 'Y' }, start: 0 })
    expect(callV2Page.mock.calls[1]![1]).toMatchObject({ start: 50 })
  })
})
