import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CHAT_COLOR_HEX, CHAT_COLOR_NAMES, MAX_RECENT_PAGES, chatAbilities, colorNameOf, createChat, dedupeChats, dialogToSummary,
  fetchNewestChats, fetchRecentChats, findChatByEntity, isChannel, recentItemToSummary, searchChats, toChatAddParams,
  toChatDetails
} from './chats'
import type { ChatDetails, NewChat } from './chats'

const callV2 = vi.hoisted(() => vi.fn())

vi.mock(import('@/b24'), async importOriginal => ({
  ...await importOriginal(),
  callV2
}))

/** im.dialog.get's documented example (emulator/docs-spec/methods/im.dialog.get.json), trimmed. */
const DIALOG = {
  id: 1439, name: 'Чат по сделке', description: 'Здесь обсуждаем сделку', owner: 503, extranet: false, avatar: '',
  color: '#f76187', type: 'crm', user_counter: 3,
  restrictions: { avatar: false, rename: false, extend: true, call: true, mute: true, leave: true, leave_owner: false, send: true, user_list: true },
  entity_type: 'CRM', entity_id: 'DEAL|1663', mute_list: [], date_create: '2026-02-25T16:50:58+03:00', role: 'owner',
  permissions: { manage_users_add: 'member', manage_users_delete: 'manager', manage_ui: 'member', manage_settings: 'owner', manage_messages: 'member', can_post: 'member' },
  manager_list: [503], dialog_id: 'chat1439'
}

/**
 * An im.recent.list chat item as the docs' example shows it
 * (https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html).
 */
const RECENT = {
  id: 'chat1317', chat_id: 1317, type: 'chat', avatar: { url: 'https://x/a.png', color: '#4ba984' }, title: 'Green chat',
  date_last_activity: '2026-03-01T10:00:00+03:00',
  chat: { id: 1317, name: 'Green chat', owner: 547, type: 'chat', color: '#4ba984', entity_type: '', entity_id: '', user_counter: 2, role: 'MEMBER', mute_list: { 503: true }, date_create: '2026-01-01T00:00:00+03:00' }
}

function details(patch: Partial<ChatDetails> = {}): ChatDetails {
  return { ...toChatDetails({ ...DIALOG, type: 'chat', entity_type: '', restrictions: { ...DIALOG.restrictions, avatar: true, rename: true, leave_owner: true } }), ...patch }
}

beforeEach(() => {
  callV2.mockReset()
})

describe('colours', () => {
  it('has the 16 documented names, each with its own HEX', () => {
    expect(CHAT_COLOR_NAMES).toHaveLength(16)
    expect(new Set(Object.values(CHAT_COLOR_HEX)).size).toBe(16)
  })

  it('reads a HEX back as its name, whatever the case, and null for a foreign colour', () => {
    expect(colorNameOf('#F76187')).toBe('PINK')
    expect(colorNameOf('#4ba984')).toBe('MINT')
    expect(colorNameOf('#123456')).toBeNull()
  })
})

describe('toChatDetails', () => {
  it('maps the documented im.dialog.get example', () => {
    expect(toChatDetails(DIALOG)).toMatchObject({
      id: 1439, dialogId: 'chat1439', title: 'Чат по сделке', kind: 'crm', color: '#f76187', memberCount: 3, role: 'owner',
      ownerId: 503, entityType: 'CRM', entityId: 'DEAL|1663', managerIds: [503], mutedBy: [],
      restrictions: { avatar: false, rename: false, leave: true, leaveOwner: false },
      permissions: { manage_users_delete: 'manager', manage_ui: 'member' }
    })
  })

  it('reads mute_list both as [] and as the {"id": true} map', () => {
    expect(toChatDetails({ ...DIALOG, mute_list: { 503: true, 7: false } }).mutedBy).toEqual([503])
  })
})

describe('recentItemToSummary', () => {
  it('maps an im.recent.list chat item, upper-case role included', () => {
    expect(recentItemToSummary(RECENT)).toEqual({
      id: 1317, dialogId: 'chat1317', title: 'Green chat', kind: 'chat', avatar: 'https://x/a.png', color: '#4ba984',
      memberCount: 2, role: 'member', ownerId: 547, entityType: '', entityId: '', lastActivity: '2026-03-01T10:00:00+03:00',
      createdAt: '2026-01-01T00:00:00+03:00'
    })
  })

  it('skips 1:1 dialogs', () => {
    expect(recentItemToSummary({ id: 547, chat_id: 1231, type: 'user', title: 'Ivan' })).toBeNull()
    expect(recentItemToSummary({ id: 547, chat_id: 1231, type: 'user', chat: {} })).toBeNull()
  })

  it('maps a channel item, falling back to the chat object for what the item leaves out', () => {
    const channel = { id: 'chat5', chat_id: 5, type: 'chat', title: '', chat: { id: 5, name: 'News', type: 'channel', owner: 1, user_counter: 3, role: 'MEMBER', color: '#4ba984', avatar: '/a.png' } }
    const summary = recentItemToSummary(channel)
    expect(summary).toMatchObject({ id: 5, dialogId: 'chat5', title: 'News', kind: 'channel', role: 'member', memberCount: 3, avatar: '/a.png', color: '#4ba984' })
    expect(isChannel(summary!)).toBe(true)
  })

  it('takes the id from the item when the chat object has none, and leaves the item as it was', () => {
    const item = Object.freeze({ ...RECENT, chat: Object.freeze({ ...RECENT.chat, id: undefined }) })
    expect(recentItemToSummary(item)?.id).toBe(1317)
    expect(item.chat.id).toBeUndefined()
  })
})

describe('isChannel', () => {
  it.each([
    ['channel', true], ['openChannel', true], ['generalChannel', true], ['chat', false], ['open', false], ['collab', false]
  ])('%s → %s', (kind, expected) => {
    expect(isChannel({ kind })).toBe(expected)
  })
})

describe('fetchRecentChats', () => {
  const item = (id: number, type = 'chat') => ({ ...RECENT, id: `chat${id}`, chat_id: id, title: `Chat ${id}`, chat: { ...RECENT.chat, id, type } })

  it('reads every page, advancing OFFSET by LIMIT, and keeps each chat once although pages overlap', async () => {
    callV2
      .mockResolvedValueOnce({ items: [item(1), item(2)], hasMore: true })
      .mockResolvedValueOnce({ items: [item(2), item(3)], hasMore: false })
    const rows = await fetchRecentChats()
    expect(rows.map(r => r.id)).toEqual([1, 2, 3])
    expect(callV2).toHaveBeenCalledTimes(2)
    expect(callV2.mock.calls[0]).toEqual(['im.recent.list', { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: 0, LIMIT: 200 }])
    expect(callV2.mock.calls[1]![1]).toMatchObject({ OFFSET: 200 })
  })

  it('advances OFFSET by a smaller LIMIT too, over pages that repeat the previous page\'s last record', async () => {
    const all = [1, 2, 3, 4, 5].map(id => item(id))
    callV2.mockImplementation(async (_method: string, params: { OFFSET: number, LIMIT: number }) => {
      const repeated = params.OFFSET > 0 ? [all[params.OFFSET - 1]] : []
      return { items: [...repeated, ...all.slice(params.OFFSET, params.OFFSET + params.LIMIT)], hasMore: params.OFFSET + params.LIMIT < all.length }
    })
    const rows = await fetchRecentChats({ pageSize: 2 })
    expect(rows.map(r => r.id)).toEqual([1, 2, 3, 4, 5])
    expect(callV2.mock.calls.map(([, p]) => p.OFFSET)).toEqual([0, 2, 4])
    expect(callV2.mock.calls[0]).toEqual(['im.recent.list', { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: 0, LIMIT: 2 }])
  })

  it('asks for channels only with ONLY_CHANNEL=Y', async () => {
    callV2.mockResolvedValue({ items: [item(7, 'channel')], hasMore: false })
    expect((await fetchRecentChats({ onlyChannels: true })).map(c => c.kind)).toEqual(['channel'])
    expect(callV2.mock.calls[0]![1]).toMatchObject({ ONLY_CHANNEL: 'Y', LIMIT: 200 })
  })

  it('stops after MAX_RECENT_PAGES for a portal that keeps answering hasMore, and at an empty page', async () => {
    let next = 0
    callV2.mockImplementation(async () => ({ items: [item(++next)], hasMore: true }))
    expect(await fetchRecentChats({ maxPages: 1000 })).toHaveLength(MAX_RECENT_PAGES)
    expect(callV2).toHaveBeenCalledTimes(MAX_RECENT_PAGES)
    callV2.mockReset().mockResolvedValue({ items: [], hasMore: true })
    await expect(fetchRecentChats()).resolves.toEqual([])
    expect(callV2).toHaveBeenCalledTimes(1)
  })

  it('reads the newest page of 50 only for fetchNewestChats', async () => {
    callV2.mockResolvedValue({ items: [item(1), item(1)], hasMore: true })
    expect((await fetchNewestChats()).map(r => r.id)).toEqual([1])
    expect(callV2.mock.calls).toEqual([['im.recent.list', { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: 0, LIMIT: 50 }]])
  })
})

describe('searchChats', () => {
  it('sends the trimmed phrase and maps the im.dialog.get-shaped rows, each chat once', async () => {
    const row = { id: 1137, name: 'Project', type: 'sonetGroup', role: 'owner', owner: 27 }
    callV2.mockResolvedValue([row, row])
    expect(await searchChats(' pro ')).toEqual([dialogToSummary(row)])
    expect(dialogToSummary(row)).toMatchObject({ id: 1137, dialogId: 'chat1137', title: 'Project', kind: 'sonetGroup', role: 'owner', ownerId: 27 })
    expect(callV2).toHaveBeenCalledWith('im.search.chat.list', { FIND: 'pro', LIMIT: 50 })
  })

  it('answers [] for an answer that is not a list', async () => {
    callV2.mockResolvedValue(null)
    await expect(searchChats('pro')).resolves.toEqual([])
  })
})

describe('dedupeChats', () => {
  it('keeps the first (newest) of each id in order', () => {
    expect(dedupeChats([{ id: 2, title: 'new' }, { id: 1, title: 'a' }, { id: 2, title: 'stale' }]))
      .toEqual([{ id: 2, title: 'new' }, { id: 1, title: 'a' }])
  })
})

describe('im.chat.add parameters', () => {
  const base: NewChat = {
    type: 'OPEN', title: '  Launch ', description: '', color: null, message: ' ', userIds: [3, 3, 4], avatar: '',
    entityType: '', entityId: ''
  }

  it('sends only what was filled in, trimmed, with each user once', () => {
    expect(toChatAddParams(base)).toEqual({ TYPE: 'OPEN', TITLE: 'Launch', USERS: [3, 4] })
  })

  it('sends every option when given', () => {
    expect(toChatAddParams({ ...base, description: 'd', color: 'LIME', message: 'Hi', avatar: 'iVBOR', entityType: 'APP', entityId: '1' }))
      .toEqual({ TYPE: 'OPEN', TITLE: 'Launch', DESCRIPTION: 'd', COLOR: 'LIME', MESSAGE: 'Hi', USERS: [3, 4], AVATAR: 'iVBOR', ENTITY_TYPE: 'APP', ENTITY_ID: '1' })
  })

  it('never sends half an entity pair', () => {
    expect(toChatAddParams({ ...base, entityType: 'APP' })).not.toHaveProperty('ENTITY_TYPE')
  })

  it('creates with retry: false so a lost answer is never re-sent by the SDK', async () => {
    callV2.mockResolvedValue(77)
    await expect(createChat(base)).resolves.toBe(77)
    expect(callV2).toHaveBeenCalledWith('im.chat.add', expect.any(Object), { retry: false })
  })
})

describe('findChatByEntity', () => {
  it('answers the id, or null for the portal\'s null', async () => {
    callV2.mockResolvedValueOnce({ ID: 1437 }).mockResolvedValueOnce(null)
    await expect(findChatByEntity(' CRM ', 'DEAL|1')).resolves.toBe(1437)
    expect(callV2).toHaveBeenCalledWith('im.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|1' })
    await expect(findChatByEntity('CRM', 'DEAL|2')).resolves.toBeNull()
  })
})

describe('chatAbilities', () => {
  it('gives the owner of an ordinary chat everything', () => {
    expect(chatAbilities(details())).toEqual({
      rename: true, recolor: true, changeAvatar: true, addUsers: true, removeUsers: true, setOwner: true, leave: true, mute: true, typing: true
    })
  })

  it('gives a plain member no owner or manager actions', () => {
    expect(chatAbilities(details({ role: 'member' }))).toMatchObject({ setOwner: false, removeUsers: false, addUsers: true, rename: true, leave: true })
  })

  it('follows manage_ui set to owner', () => {
    const member = details({ role: 'member', permissions: { ...details().permissions, manage_ui: 'owner' } })
    expect(chatAbilities(member)).toMatchObject({ rename: false, recolor: false, changeAvatar: false })
  })

  it('offers neither rename nor leave in a workgroup chat, nor ownership', () => {
    const group = details({ kind: 'collab', entityType: 'SONET_GROUP', restrictions: { ...details().restrictions, rename: false, leave: false, avatar: false, extend: false } })
    expect(chatAbilities(group)).toMatchObject({ rename: false, leave: false, setOwner: false, addUsers: false, changeAvatar: false })
  })

  it('keeps the owner of a CRM chat in it (leave_owner false) and a guest out of everything', () => {
    expect(chatAbilities(toChatDetails(DIALOG)).leave).toBe(false)
    expect(Object.values(chatAbilities(details({ role: 'guest' }))).some(Boolean)).toBe(false)
  })
})
