import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ChatSummary } from '@/api/chats'
import { useChatsStore } from './chats'

const api = vi.hoisted(() => ({ fetchRecentChats: vi.fn(), searchChats: vi.fn() }))
vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))

function summary(id: number, title: string): ChatSummary {
  return { id, dialogId: `chat${id}`, title, kind: 'chat', avatar: '', color: '#4ba984', memberCount: 1, role: 'owner', ownerId: 2, entityType: '', entityId: '', lastActivity: '', createdAt: '' }
}

beforeEach(() => {
  setActivePinia(createPinia())
  api.fetchRecentChats.mockReset()
  api.searchChats.mockReset()
  api.searchChats.mockResolvedValue([])
})

describe('the chats filter compares names as the departments filter does (utils/names)', () => {
  it.each([
    ['a title with a composed é, typed with a combining accent', 'Caf\u00e9 crew', 'cafe\u0301'],
    ['a title with a combining accent, typed composed', 'Cafe\u0301 crew', 'CAF\u00c9']
  ])('finds %s', async (_case, title, typed) => {
    api.fetchRecentChats.mockResolvedValue([summary(1, title), summary(2, 'Cafeteria')])
    const store = useChatsStore()
    await store.loadList()
    await store.search(typed)
    expect(store.visibleChats.map(chat => chat.title)).toEqual([title])
  })
})
