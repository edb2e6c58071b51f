// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ListResult, RestError } from '../rest/registry.ts'
import type { PortalData } from '../data/types.ts'
import { imRecentMethods } from './chats-recent.ts'
import { socialnetworkMethods } from './workgroups.ts'
import { callAs, structurePortal } from './structure-fixture.ts'

type Item = Record<string, unknown>

function spec(method: string): { resultExample: Record<string, unknown> } {
  return JSON.parse(readFileSync(new URL(`../docs-spec/methods/${method}.json`, import.meta.url), 'utf8'))
}

function list(data: PortalData, method: string, params: Item, userId: number): ListResult {
  const all = { ...imRecentMethods, ...socialnetworkMethods }
  const answer = all[method]!.handler(params, callAs(data, userId, 'en', 'v2'))
  expect(answer).toBeInstanceOf(ListResult)
  return answer as ListResult
}

function recent(data: PortalData, params: Item, userId = 1): { items: Item[], hasMore: boolean, total: number | undefined } {
  const answer = list(data, 'im.recent.list', params, userId)
  const result = answer.result as { items: Item[], hasMore: boolean }
  return { ...result, total: answer.total }
}

describe('im.recent.list', () => {
  it('lists the chats the caller is in, newest first, in the documented item shape with total -1', () => {
    const data = structurePortal()
    const { items, hasMore, total } = recent(data, {}, 2)
    expect(items.map((i) => i.id)).toEqual(['chat10', 'chat14', 'chat16'])
    expect(total).toBe(-1)
    expect(hasMore).toBe(false)
    const example = ((spec('im.recent.list').resultExample.result as Item).items as Item[])[1]!
    expect(Object.keys(items[0]!).sort()).toEqual(Object.keys(example).sort())
    expect(items[0]).toMatchObject({ chat_id: 10, type: 'chat', title: 'Sales chat', avatar: { url: '', color: '#4ba984' } })
    expect(items[0]!.chat).toMatchObject({ id: 10, type: 'chat', owner: 3, role: 'MEMBER', user_counter: 3 })
    expect((items[1]!.chat as Item).type).toBe('collab')
    expect((items[2]!.chat as Item).type).toBe('openChannel')
  })

  it('ONLY_CHANNEL=Y keeps channels; SKIP_CHAT=Y leaves nothing (no 1:1 dialogs in the model)', () => {
    const data = structurePortal()
    expect(recent(data, { ONLY_CHANNEL: 'Y' }, 1).items.map((i) => i.chat_id)).toEqual([11, 16])
    expect(recent(data, { SKIP_CHAT: 'Y' }, 1).items).toEqual([])
    expect(recent(data, { SKIP_DIALOG: 'Y' }, 1).items.length).toBe(5)
  })

  it('pages by OFFSET/LIMIT with the documented overlap, never skipping a chat', () => {
    const data = structurePortal()
    const first = recent(data, { LIMIT: 2, OFFSET: 0 }, 1)
    const second = recent(data, { LIMIT: 2, OFFSET: 2 }, 1)
    const third = recent(data, { LIMIT: 2, OFFSET: 4 }, 1)
    expect(first.items.map((i) => i.chat_id)).toEqual([10, 11])
    expect(first.hasMore).toBe(true)
    expect(second.items.map((i) => i.chat_id)).toEqual([11, 14, 15])
    expect(second.hasMore).toBe(true)
    const last = third
    expect(last.items.map((i) => i.chat_id)).toEqual([15, 16])
    expect(last.hasMore).toBe(false)
  })

  it('shows a chat created later at once (computed from data.chats)', () => {
    const data = structurePortal()
    data.chats.push({ ...data.chats[0]!, id: 99, title: 'Brand new', memberIds: [2], lastActivityAt: '2030-01-01T00:00:00+00:00' })
    expect(recent(data, {}, 2).items[0]!.id).toBe('chat99')
  })
})

describe('im.search.chat.list', () => {
  it('finds chats the caller is in and open chats by title, with total', () => {
    const data = structurePortal()
    const answer = list(data, 'im.search.chat.list', { FIND: 'sales' }, 2)
    expect((answer.result as Item[]).map((c) => c.id)).toEqual([10, 12])
    expect(answer.total).toBe(2)
    const example = (spec('im.search.chat.list').resultExample.result as Item[])[0]!
    expect(Object.keys((answer.result as Item[])[0]!)).toEqual(expect.arrayContaining(Object.keys(example)))
    const paged = list(data, 'im.search.chat.list', { FIND: 'sales', LIMIT: 1, OFFSET: 1 }, 2)
    expect((paged.result as Item[]).map((c) => c.id)).toEqual([12])
  })

  it('rejects a phrase shorter than 2 characters with FIND_SHORT', () => {
    const data = structurePortal()
    expect(() => list(data, 'im.search.chat.list', { FIND: 's' }, 2)).toThrow(RestError)
    try {
      list(data, 'im.search.chat.list', {}, 2)
    } catch (error) {
      expect((error as RestError).code).toBe('FIND_SHORT')
    }
  })
})

describe('socialnetwork.api.workgroup.list', () => {
  it('selects ID only by default; camelCase keys and string ids; dialogId on request', () => {
    const data = structurePortal()
    const plain = list(data, 'socialnetwork.api.workgroup.list', {}, 1)
    expect(plain.result).toEqual({ workgroups: [{ id: '20', additionalData: { role: 'A', initiatedByType: '' } }, { id: '22', additionalData: { role: 'A', initiatedByType: '' } }] })
    expect(plain.total).toBe(2)
    const full = list(data, 'socialnetwork.api.workgroup.list', { select: ['ID', 'NAME', 'TYPE'], params: { shouldSelectDialogId: 'Y' } }, 1)
    expect((full.result as { workgroups: Item[] }).workgroups).toEqual([
      { id: '20', name: 'Partner collab', type: 'collab', additionalData: { role: 'A', initiatedByType: '' }, dialogId: 'chat14' },
      { id: '22', name: 'Website project', type: 'project', additionalData: { role: 'A', initiatedByType: '' }, dialogId: '' }
    ])
  })

  it('checks rights: a user sees their groups; IS_ADMIN=Y from an admin shows all', () => {
    const data = structurePortal()
    const mine = list(data, 'socialnetwork.api.workgroup.list', { select: ['NAME'] }, 2)
    expect((mine.result as { workgroups: Item[] }).workgroups.map((g) => g.name)).toEqual(['Partner collab', 'Book club'])
    const all = list(data, 'socialnetwork.api.workgroup.list', { params: { IS_ADMIN: 'Y' } }, 1)
    expect((all.result as { workgroups: Item[] }).workgroups.map((g) => g.id)).toEqual(['20', '21', '22'])
    const notAdmin = list(data, 'socialnetwork.api.workgroup.list', { params: { IS_ADMIN: 'Y' } }, 2)
    expect((notAdmin.result as { workgroups: Item[] }).workgroups.map((g) => g.id)).toEqual(['20', '21'])
  })

  it('filters with prefixes, pages by 50 with next, and start=-1 drops total', () => {
    const data = structurePortal()
    const filtered = list(data, 'socialnetwork.api.workgroup.list', { filter: { '%NAME': 'collab', TYPE: 'group' }, params: { IS_ADMIN: 'Y' } }, 1)
    expect((filtered.result as { workgroups: Item[] }).workgroups.map((g) => g.id)).toEqual(['20'])
    for (let id = 100; id < 160; id++) data.workgroups.push({ id, name: `G${id}`, type: 'group', chatId: null, ownerId: 1, memberIds: [1], avatar: '' })
    const first = list(data, 'socialnetwork.api.workgroup.list', {}, 1)
    expect([(first.result as { workgroups: Item[] }).workgroups.length, first.total, first.next]).toEqual([50, 62, 50])
    const second = list(data, 'socialnetwork.api.workgroup.list', { start: 50 }, 1)
    expect([(second.result as { workgroups: Item[] }).workgroups.length, second.next]).toEqual([12, undefined])
    const uncounted = list(data, 'socialnetwork.api.workgroup.list', { start: -1 }, 1)
    expect(uncounted.total).toBeUndefined()
  })
})
