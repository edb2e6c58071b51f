/**
 * The portal calls of src/api/chats and src/api/users as the chats specs replace them: every call of
 * api/chats a chats screen makes, as a mock each test arranges (reset them in beforeEach), and user.get
 * answering for any id. This file imports nothing of the app, so a spec can load it inside vi.hoisted,
 * before its vi.mock factories run:
 *
 *   const api = await vi.hoisted(async () => (await import('@/testing/chatsApi')).chatsApiMocks())
 *   vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))
 */
import { vi } from 'vitest'

export function chatsApiMocks() {
  return {
    fetchRecentChats: vi.fn(),
    fetchNewestChats: vi.fn(),
    searchChats: vi.fn(),
    fetchChat: vi.fn(),
    fetchChatUserIds: vi.fn(),
    findChatByEntity: vi.fn(),
    createChat: vi.fn(),
    addChatUsers: vi.fn(),
    removeChatUser: vi.fn(),
    leaveChat: vi.fn(),
    setChatOwner: vi.fn(),
    muteChat: vi.fn(),
    renameChat: vi.fn(),
    recolorChat: vi.fn(),
    updateChatAvatar: vi.fn(),
    sendTyping: vi.fn()
  }
}

/** user.get for the ids a chat lists: each one is "User <id>" with no photo (and the given position). */
export function peopleNamedById(position = '') {
  return vi.fn(async (ids: number[]) => ids.map(id => ({ id, name: `User ${id}`, photo: '', position })))
}
