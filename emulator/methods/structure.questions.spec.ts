// @vitest-environment node
/**
 * The open questions (docs/decisions.md D9) that the structure methods answer (questions.ts): each answer
 * of each question, on the hand-made portal of structure-fixture.ts. The default answers are also what
 * structure.spec.ts pins without naming a question.
 */
import { describe, expect, it } from 'vitest'
import type { PortalData } from '../data/types.ts'
import type { Questions } from '../questions.ts'
import { structureMethods } from './structure.ts'
import { callAs, structurePortal, v3Failure } from './structure-fixture.ts'

const ADMIN = 1

type Item = Record<string, unknown>

function run(data: PortalData, method: string, params: Record<string, unknown>, questions: Partial<Questions> = {}): Record<string, unknown> {
  return structureMethods[method]!.handler(params, callAs(data, ADMIN, 'en', 'v3', questions)) as Record<string, unknown>
}

function edit(data: PortalData, params: Record<string, unknown>, questions: Partial<Questions> = {}): Record<string, unknown> {
  return run(data, 'humanresources.node.communication.edit', params, questions)
}

const failure = v3Failure

function bound(data: PortalData, type: string): string[] {
  return data.bindings.filter((b) => b.type === type).map((b) => `${b.nodeId}:${b.chatId}:${b.originalNodeId ?? '-'}`).sort()
}

describe('firstPage', () => {
  const page = (data: PortalData, pagination: unknown, firstPage?: Questions['firstPage']) =>
    (run(data, 'humanresources.node.list', { type: 'DEPARTMENT', pagination }, firstPage ? { firstPage } : {}) as { items: Item[] }).items.map((n) => n.id)

  it("'one' (default): page 1 is the first page and page 0 reads as page 1", () => {
    const data = structurePortal()
    expect(page(data, { page: 1, limit: 2 })).toEqual([1, 2])
    expect(page(data, { page: 0, limit: 2 })).toEqual([1, 2])
    expect(page(data, { page: 2, limit: 2 })).toEqual([3, 5])
    expect(page(data, { page: 3, limit: 2 }, 'one')).toEqual([6])
    // the docs' example: page 1 with offset 0
    expect(page(data, { page: 1, limit: 20, offset: 0 }, 'one')).toEqual([1, 2, 3, 5, 6])
  })

  it("'zero': page 0 is the first page and page n starts at n·limit", () => {
    const data = structurePortal()
    expect(page(data, { page: 0, limit: 2 }, 'zero')).toEqual([1, 2])
    expect(page(data, { page: 1, limit: 2 }, 'zero')).toEqual([3, 5])
    expect(page(data, { page: 2, limit: 2 }, 'zero')).toEqual([6])
    expect(page(data, { page: 3, limit: 2 }, 'zero')).toEqual([])
  })

  it('a given page wins over offset; without a page, offset counts under both answers', () => {
    const data = structurePortal()
    for (const firstPage of ['one', 'zero'] as const) {
      expect(page(data, { limit: 2, offset: 3 }, firstPage)).toEqual([5, 6])
      expect(page(data, { page: 1, limit: 2, offset: 3 }, firstPage)).toEqual(firstPage === 'one' ? [1, 2] : [3, 5])
    }
  })

  it('a reader starting at page 0 and de-duplicating by id gets every node once under both answers', () => {
    const data = structurePortal()
    for (const firstPage of ['one', 'zero'] as const) {
      const seen = new Map<unknown, number>()
      for (let p = 0; ; p++) {
        const ids = page(data, { page: p, limit: 2 }, firstPage)
        for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1)
        if (ids.length < 2) break
      }
      expect([...seen.keys()]).toEqual([1, 2, 3, 5, 6])
    }
  })

  it('node.search reads only limit, under both answers', () => {
    const data = structurePortal()
    for (const firstPage of ['one', 'zero'] as const) {
      const { items } = run(data, 'humanresources.node.search', { type: 'DEPARTMENT', name: 'sales', pagination: { page: 1, limit: 2 } }, { firstPage }) as { items: Item[] }
      expect(items.map((n) => n.id)).toEqual([2, 3])
    }
  })
})

describe('collabId', () => {
  const collabs = (data: PortalData, collabId?: Questions['collabId']) =>
    (run(data, 'humanresources.node.communication.list', { id: 2 }, collabId ? { collabId } : {}) as { collabs: Item[] }).collabs

  it("'workgroup' (default): a collab is listed and bound by its workgroup id", () => {
    const data = structurePortal()
    expect(collabs(data)).toMatchObject([{ id: 20, dialogId: 'chat14', type: 'COLLAB' }])
    edit(data, { nodeId: 5, communicationType: 'COLLAB', ids: [20] }, { collabId: 'workgroup' })
    expect(bound(data, 'COLLAB')).toContain('5:14:-')
    // the chat's id is not a collab's id under this answer
    expect(failure(() => edit(data, { nodeId: 3, communicationType: 'COLLAB', ids: [14] })).validation?.[0]?.field).toBe('ids')
    edit(data, { nodeId: 5, communicationType: 'COLLAB', removeIds: [20] })
    expect(bound(data, 'COLLAB')).not.toContain('5:14:-')
  })

  it("'chat': a collab is listed and bound by its chat's id", () => {
    const data = structurePortal()
    expect(collabs(data, 'chat')).toMatchObject([{ id: 14, dialogId: 'chat14', type: 'COLLAB', title: 'Partner collab' }])
    edit(data, { nodeId: 5, communicationType: 'COLLAB', ids: [14] }, { collabId: 'chat' })
    expect(bound(data, 'COLLAB')).toContain('5:14:-')
    // the workgroup's id is not a collab's id under this answer
    const error = failure(() => edit(data, { nodeId: 3, communicationType: 'COLLAB', ids: [20] }, { collabId: 'chat' }))
    expect(error.validation?.[0]?.field).toBe('ids')
    // a plain chat's id is not a collab either
    expect(failure(() => edit(data, { nodeId: 3, communicationType: 'COLLAB', ids: [10] }, { collabId: 'chat' })).status).toBe(400)
    edit(data, { nodeId: 5, communicationType: 'COLLAB', removeIds: [14] }, { collabId: 'chat' })
    expect(bound(data, 'COLLAB')).not.toContain('5:14:-')
  })

  it('a created default collab is listed by its workgroup id or its chat id', () => {
    for (const collabId of ['workgroup', 'chat'] as const) {
      const data = structurePortal()
      edit(data, { nodeId: 5, communicationType: 'COLLAB', createDefault: true }, { collabId })
      const chat = data.chats.find((c) => c.entityId === '5:COLLAB')!
      const listed = (run(data, 'humanresources.node.communication.list', { id: 5 }, { collabId }) as { collabs: Item[] }).collabs
      expect(listed.map((c) => c.id)).toEqual([collabId === 'chat' ? chat.id : chat.workgroupId])
    }
  })
})

describe('withChildren', () => {
  it("'subtree' (default): the whole subtree, each descendant recording originalNodeId", () => {
    const data = structurePortal()
    edit(data, { nodeId: 2, communicationType: 'CHANNEL', ids: [16], withChildren: true }, { withChildren: 'subtree' })
    expect(bound(data, 'CHANNEL').filter((b) => b.includes(':16:'))).toEqual(['2:16:-', '3:16:2', '4:16:2', '6:16:2'])
    edit(data, { nodeId: 2, communicationType: 'CHANNEL', removeIds: [16], withChildren: true })
    expect(bound(data, 'CHANNEL').filter((b) => b.includes(':16:'))).toEqual([])
  })

  it("'children': the node and its direct children only, binding and unbinding", () => {
    const data = structurePortal()
    edit(data, { nodeId: 2, communicationType: 'CHANNEL', ids: [16], withChildren: true }, { withChildren: 'children' })
    // node 6 (Sales B2B East) is a grandchild of Sales
    expect(bound(data, 'CHANNEL').filter((b) => b.includes(':16:'))).toEqual(['2:16:-', '3:16:2', '4:16:2'])
    edit(data, { nodeId: 3, communicationType: 'CHANNEL', ids: [16], withChildren: true }, { withChildren: 'children' })
    expect(bound(data, 'CHANNEL').filter((b) => b.includes(':16:'))).toEqual(['2:16:-', '3:16:-', '4:16:2', '6:16:3'])
    edit(data, { nodeId: 2, communicationType: 'CHANNEL', removeIds: [16], withChildren: true }, { withChildren: 'children' })
    expect(bound(data, 'CHANNEL').filter((b) => b.includes(':16:'))).toEqual(['6:16:3'])
  })

  it('without withChildren both answers touch the node alone', () => {
    for (const withChildren of ['subtree', 'children'] as const) {
      const data = structurePortal()
      edit(data, { nodeId: 2, communicationType: 'CHANNEL', ids: [16] }, { withChildren })
      expect(bound(data, 'CHANNEL').filter((b) => b.includes(':16:'))).toEqual(['2:16:-'])
    }
  })
})

describe('rebind', () => {
  it("'silent' (default): binding what is bound and unbinding what is not change nothing and succeed", () => {
    const data = structurePortal()
    const before = bound(data, 'CHAT')
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [10] }, { rebind: 'silent' })).toEqual({ success: true })
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: [15] })).toEqual({ success: true })
    expect(bound(data, 'CHAT')).toEqual(before)
  })

  it("'error': binding what is already bound fails the whole call on `ids`, nothing changes", () => {
    const data = structurePortal()
    const before = JSON.stringify(data)
    const error = failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [15, 10], removeIds: [13] }, { rebind: 'error' }))
    expect(error.status).toBe(400)
    expect(error.code).toBe('VALIDATION_REQUESTVALIDATIONEXCEPTION')
    expect(error.validation).toEqual([{ field: 'ids', message: 'Communications already bound to the node: 10.' }])
    expect(JSON.stringify(data)).toBe(before)
    // an inherited binding is bound too
    edit(data, { nodeId: 2, communicationType: 'CHANNEL', ids: [16], withChildren: true }, { rebind: 'error' })
    expect(failure(() => edit(data, { nodeId: 3, communicationType: 'CHANNEL', ids: [16] }, { rebind: 'error' })).validation?.[0]?.field).toBe('ids')
    // collabs are named as the caller named them
    expect(failure(() => edit(data, { nodeId: 2, communicationType: 'COLLAB', ids: [20] }, { rebind: 'error' })).validation)
      .toEqual([{ field: 'ids', message: 'Communications already bound to the node: 20.' }])
  })

  it("'error': unbinding what is not bound fails the whole call on `removeIds`, nothing changes", () => {
    const data = structurePortal()
    const before = JSON.stringify(data)
    const error = failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [15], removeIds: [13, 999] }, { rebind: 'error' }))
    expect(error.status).toBe(400)
    expect(error.code).toBe('VALIDATION_REQUESTVALIDATIONEXCEPTION')
    expect(error.validation).toEqual([{ field: 'removeIds', message: 'Communications not bound to the node: 999.' }])
    expect(JSON.stringify(data)).toBe(before)
    // a channel's id in a CHAT call is not bound as a CHAT
    expect(failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: [11] }, { rebind: 'error' })).validation?.[0]?.field).toBe('removeIds')
  })

  it("'error': a real change succeeds, and an id removed and bound again in one call is a change", () => {
    const data = structurePortal()
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [15], removeIds: [13] }, { rebind: 'error' })).toEqual({ success: true })
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', ids: [10], removeIds: [10] }, { rebind: 'error' })).toEqual({ success: true })
    expect(bound(data, 'CHAT')).toEqual(['2:10:-', '2:15:-'])
  })
})

describe('createDefaultAgain', () => {
  const defaults = (data: PortalData) => data.chats.filter((c) => c.entityId === '2:CHAT').map((c) => c.id)

  it("'nothing' (default): while the default is bound directly, a second createDefault creates nothing", () => {
    const data = structurePortal()
    edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true })
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true }, { createDefaultAgain: 'nothing' })).toEqual({ success: true })
    expect(defaults(data)).toHaveLength(1)
    // once it is unbound, the next call makes a new one
    edit(data, { nodeId: 2, communicationType: 'CHAT', removeIds: defaults(data) })
    edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true })
    expect(defaults(data)).toHaveLength(2)
  })

  it("'second': every createDefault creates and binds another default chat", () => {
    const data = structurePortal()
    for (let i = 0; i < 3; i++) edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true }, { createDefaultAgain: 'second' })
    const made = defaults(data)
    expect(made).toHaveLength(3)
    expect(new Set(made).size).toBe(3)
    for (const id of made) expect(bound(data, 'CHAT')).toContain(`2:${id}:-`)
  })

  it("'error': a second createDefault fails on `createDefault` and nothing changes; the first succeeds", () => {
    const data = structurePortal()
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true }, { createDefaultAgain: 'error' })).toEqual({ success: true })
    const before = JSON.stringify(data)
    const error = failure(() => edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true, ids: [15] }, { createDefaultAgain: 'error' }))
    expect(error.status).toBe(400)
    expect(error.code).toBe('VALIDATION_REQUESTVALIDATIONEXCEPTION')
    expect(error.validation?.[0]?.field).toBe('createDefault')
    expect(JSON.stringify(data)).toBe(before)
    // another type is another default
    expect(edit(data, { nodeId: 2, communicationType: 'CHANNEL', createDefault: true }, { createDefaultAgain: 'error' })).toEqual({ success: true })
    // removing the default in the same call lets a new one be made
    expect(edit(data, { nodeId: 2, communicationType: 'CHAT', createDefault: true, removeIds: defaults(data) }, { createDefaultAgain: 'error' })).toEqual({ success: true })
    expect(defaults(data)).toHaveLength(2)
  })
})
