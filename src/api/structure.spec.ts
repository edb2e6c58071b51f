import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as B24 from '@/b24'
import { editParams, fetchUserNodeIds, planEdits, portalAnswers, toNodeCommunications, toStructureNode } from './structure'

const callV3 = vi.hoisted(() => vi.fn())
const batchV3 = vi.hoisted(() => vi.fn())

vi.mock('@/b24', async (importOriginal) => ({ ...await importOriginal<typeof B24>(), callV3, batchV3 }))

beforeEach(() => {
  callV3.mockReset()
  batchV3.mockReset()
})

describe('structure mapping', () => {
  it('maps a node and drops rows without an id', () => {
    expect(toStructureNode({ id: '7', name: 'Sales', type: 'TEAM', parentId: '1', userCount: '4', description: null, colorName: 'blue' }))
      .toEqual({ id: 7, name: 'Sales', type: 'TEAM', parentId: 1, userCount: 4, description: '', colorName: 'blue' })
    expect(toStructureNode({ name: 'x' })).toBeNull()
  })

  it('maps communication.list groups, inherited marks and hidden counts', () => {
    const mapped = toNodeCommunications({
      chats: [{ id: 22, dialogId: 'chat22', title: 'Chat', subtitle: 'Private chat', avatar: '', color: '#1eb4aa', hasAccess: true, isExtranet: false, originalNodeId: null, type: 'CHAT' }],
      chatsNoAccess: 2,
      channels: [],
      channelsNoAccess: 0,
      collabs: [{ id: 23, dialogId: 'chat23', title: 'Collab', avatar: null, hasAccess: false, originalNodeId: 5, type: 'COLLAB' }],
      collabsNoAccess: '1'
    })
    expect(mapped.chats[0]).toMatchObject({ id: 22, dialogId: 'chat22', color: '#1eb4aa', hasAccess: true, originalNodeId: null })
    expect(mapped.collabs[0]).toMatchObject({ id: 23, avatar: '', color: '', hasAccess: false, originalNodeId: 5, type: 'COLLAB' })
    expect([mapped.chatsNoAccess, mapped.channelsNoAccess, mapped.collabsNoAccess]).toEqual([2, 0, 1])
    expect(toNodeCommunications(null)).toEqual({ chats: [], channels: [], collabs: [], chatsNoAccess: 0, channelsNoAccess: 0, collabsNoAccess: 0 })
  })
})

describe('communications', () => {
  it('turns a mixed selection into one edit per type, de-duplicated', () => {
    const edits = planEdits(5, [
      { type: 'COLLAB', id: 9 }, { type: 'CHAT', id: 1 }, { type: 'CHAT', id: 2 }, { type: 'CHAT', id: 1 }
    ], [{ type: 'CHANNEL', id: 4 }], true)
    expect(edits).toEqual([
      { nodeId: 5, communicationType: 'CHAT', ids: [1, 2], withChildren: true },
      { nodeId: 5, communicationType: 'CHANNEL', removeIds: [4], withChildren: true },
      { nodeId: 5, communicationType: 'COLLAB', ids: [9], withChildren: true }
    ])
    expect(planEdits(5, [], [], false)).toEqual([])
  })

  it('makes edit params with nodeId and leaves out empty lists and false flags', () => {
    expect(editParams({ nodeId: 3, communicationType: 'CHAT', createDefault: true, ids: [] })).toEqual({ nodeId: 3, communicationType: 'CHAT', createDefault: true })
    expect(editParams({ nodeId: 1, communicationType: 'COLLAB', removeIds: [2], withChildren: false })).toEqual({ nodeId: 1, communicationType: 'COLLAB', removeIds: [2] })
  })
})

describe('which id names a collab (an open question)', () => {
  const listed = (id: number, dialogId: string) => ({ collabs: [{ id, dialogId, type: 'COLLAB', title: 'C' }] })

  it('goes by the .edit page (workgroup ids) until a listed collab shows otherwise', () => {
    portalAnswers.collabIds = null
    const picked = [{ type: 'COLLAB' as const, id: 101, chatId: 1200 }]
    expect(planEdits(5, picked, [], false)[0]!.ids).toEqual([101])
    toNodeCommunications(listed(1200, 'chat1200'))
    expect(portalAnswers.collabIds).toBe('chat')
    expect(planEdits(5, picked, [], false)[0]!.ids).toEqual([1200])
    toNodeCommunications(listed(101, 'chat1200'))
    expect(portalAnswers.collabIds).toBe('workgroup')
    expect(planEdits(5, picked, [], false)[0]!.ids).toEqual([101])
    portalAnswers.collabIds = null
  })
})

describe('the user\'s own nodes', () => {
  it('finds the user by id among employee.search results', async () => {
    callV3.mockResolvedValue({ items: [
      { userId: 8, departments: [{ id: 1, name: 'A' }], teams: [] },
      { userId: 2, departments: [{ id: 5, name: 'Sales' }], teams: [{ id: 9, name: 'Alpha' }] }
    ] })
    expect(await fetchUserNodeIds(2, 'Boris Test')).toEqual({ departments: [5], teams: [9] })
    expect(callV3).toHaveBeenCalledWith('humanresources.employee.search', { name: 'Boris Test', select: ['userId', 'departments', 'teams'] })
  })
})
