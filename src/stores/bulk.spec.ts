/**
 * The bulk store: the plan and its progress survive a reload (local storage), a resumed run settles what
 * was in flight by re-reading before sending anything, every applied change is journaled exactly once,
 * and the matrix shows what the portal holds afterwards. The portal is a small in-memory fake behind the
 * transport seam; the real emulator runs under src/api/bulk.spec.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type * as B24 from '@/b24'

type B24Module = typeof B24

const portal = vi.hoisted(() => {
  const bindings = new Map<number, number[]>()
  const sent: string[] = []
  const options: Record<string, unknown> = {}
  const list = (id: number) => ({
    chats: (bindings.get(id) ?? []).map((chatId) => ({ id: chatId, type: 'CHAT', originalNodeId: null })),
    channels: [], collabs: [], chatsNoAccess: 0, channelsNoAccess: 0, collabsNoAccess: 0
  })
  const edit = (p: { nodeId: number, ids?: number[], removeIds?: number[] }) => {
    const have = bindings.get(p.nodeId) ?? []
    bindings.set(p.nodeId, [...have.filter((id) => !p.removeIds?.includes(id)), ...(p.ids ?? []).filter((id) => !have.includes(id))])
    return { success: true }
  }
  const run = (method: string, params: Record<string, unknown>) => {
    if (method === 'humanresources.node.communication.list') return list(params.id as number)
    if (method === 'humanresources.node.communication.edit') return edit(params as never)
    throw new Error(`unexpected ${method}`)
  }
  return { bindings, sent, options, run }
})

vi.mock('@/api/transport', () => ({
  portalTransport: {
    async batch(calls: Array<{ method: string, params?: Record<string, unknown> }>) {
      portal.sent.push(`batch:${calls.map((c) => c.method.split('.').pop()).join(',')}`)
      return calls.map((c) => portal.run(c.method, c.params ?? {}))
    },
    async call(method: string, params: Record<string, unknown> = {}) {
      portal.sent.push(method.split('.').pop()!)
      return portal.run(method, params)
    }
  }
}))

vi.mock('@/b24', async (importOriginal) => ({
  ...(await importOriginal<B24Module>()),
  // the journal's storage (entity.*) behind the door
  ...(await import('@/testing/fakeEntityStorage')).entityDoor,
  getPortal: () => ({ appOptions: portal.options }),
  setAppOption: async (name: string, value: unknown) => { portal.options[name] = value }
}))

import { useBulkStore } from './bulk'
import { useStructureMatrixStore } from './structureMatrix'
import { seedStructure } from '@/testing/seedStructure'
import { useJournalStore } from './journal'
import { toNodeCommunications } from '@/api/structure'
import type { StructureNode } from '@/api/structure'
import { forgetJournalStorage, JOURNAL_ENTITY, JOURNAL_PROPERTY, parseJournal } from '@/api/journal'
import { entityPortal, storedEntries } from '@/testing/fakeEntityStorage'

const stored = () => parseJournal(storedEntries(JOURNAL_ENTITY, JOURNAL_PROPERTY))

function node(id: number): StructureNode {
  return { id, name: `Node ${id}`, type: 'DEPARTMENT', parentId: id === 1 ? null : 1, userCount: 1, description: '', colorName: null }
}

const nodes = [1, 2, 3, 4].map(node)

function seedMatrix(): void {
  seedStructure(nodes, new Map(nodes.map((n) => [n.id, toNodeCommunications({ chats: [], channels: [], collabs: [] })])))
}

beforeEach(() => {
  localStorage.clear()
  portal.bindings.clear()
  portal.sent.length = 0
  for (const key of Object.keys(portal.options)) delete portal.options[key]
  entityPortal.reset()
  forgetJournalStorage()
  setActivePinia(createPinia())
  seedMatrix()
})

describe('bulk store', () => {
  it('runs a plan, journals each change once and shows the portal state in the matrix', async () => {
    const bulk = useBulkStore()
    bulk.makePlan({ kind: 'bind', type: 'CHAT', target: { id: 77, title: 'All hands' } }, nodes)
    expect(bulk.phase).toBe('planned')
    expect(JSON.parse(localStorage.getItem(bulk.storageKey())!).plan.items).toHaveLength(4)

    const result = await bulk.run()
    expect(result).toMatchObject({ done: 4, failed: 0 })
    expect(bulk.phase).toBe('finished')
    expect(portal.sent[0]).toBe('batch:edit,edit,edit,edit')
    const journal = stored()
    expect(journal).toHaveLength(4)
    expect(journal.every((e) => e.ids[0] === 77 && e.runId === bulk.plan!.id)).toBe(true)
    expect(useStructureMatrixStore().rows.every((r) => r.counts.CHAT.direct === 1)).toBe(true)

    // a second run of the same (finished) plan sends nothing and journals nothing again
    portal.sent.length = 0
    await bulk.run()
    expect(portal.sent.filter((s) => s.includes('edit'))).toEqual([])
    expect(stored()).toHaveLength(4)
  })

  it('after a reload mid-run, resumes: in-flight items are re-read, not re-sent', async () => {
    const bulk = useBulkStore()
    bulk.makePlan({ kind: 'bind', type: 'CHAT', target: { id: 77, title: 'All hands' } }, nodes)
    // the page went away with all four in flight; the portal got the batch for nodes 1 and 2 only
    const saved = JSON.parse(localStorage.getItem(bulk.storageKey())!)
    saved.phase = 'running'
    for (const item of saved.plan.items) { item.status = 'running'; item.attempts = 1 }
    localStorage.setItem(bulk.storageKey(), JSON.stringify(saved))
    portal.bindings.set(1, [77])
    portal.bindings.set(2, [77])

    setActivePinia(createPinia())
    seedMatrix()
    const reloaded = useBulkStore()
    reloaded.restore()
    expect(reloaded.phase).toBe('interrupted')
    expect(reloaded.counts.unknown).toBe(4)

    const result = await reloaded.run()
    expect(result).toMatchObject({ done: 4, failed: 0 })
    const edits = portal.sent.filter((s) => s.includes('edit'))
    expect(edits).toEqual(['batch:edit,edit'])
    expect(portal.sent[0]).toBe('batch:list,list,list,list')
    expect(stored().map((e) => e.nodeId).sort()).toEqual([1, 2, 3, 4])
    // nothing went to the app options any more
    expect(portal.options).toEqual({})
  })

  it('forgets the plan when discarded', () => {
    const bulk = useBulkStore()
    bulk.makePlan({ kind: 'createDefault', type: 'CHANNEL' }, nodes)
    bulk.discard()
    expect(bulk.phase).toBe('idle')
    expect(localStorage.getItem(bulk.storageKey())).toBeNull()
  })

  it('undoes a run from the journal and the matrix is as before', async () => {
    const bulk = useBulkStore()
    bulk.makePlan({ kind: 'bind', type: 'CHAT', target: { id: 77, title: 'All hands' } }, nodes)
    await bulk.run()
    const journal = useJournalStore()
    const result = await journal.undoRun(bulk.plan!.id)
    expect(result).toMatchObject({ done: 4, failed: 0 })
    expect([...portal.bindings.values()].every((ids) => ids.length === 0)).toBe(true)
    expect(journal.runEntries(bulk.plan!.id)).toEqual([])
    expect(useStructureMatrixStore().rows.every((r) => r.counts.CHAT.direct === 0)).toBe(true)
  })

  it('two editors: undo leaves a binding someone changed since as it is, says so, and reverts the rest', async () => {
    const bulk = useBulkStore()
    bulk.makePlan({ kind: 'bind', type: 'CHAT', target: { id: 77, title: 'All hands' } }, nodes)
    await bulk.run()
    // another editor unbinds chat 77 from node 2 on the portal, and a later journal entry unbinds it from node 3
    portal.bindings.set(2, [])
    const journal = useJournalStore()
    await journal.recordEdits([{ nodeId: 3, nodeName: 'Node 3', edit: { nodeId: 3, communicationType: 'CHAT', removeIds: [77] } }])
    portal.bindings.set(3, [])
    portal.bindings.set(3, [77])
    portal.sent.length = 0
    const result = await journal.undoRun(bulk.plan!.id)
    expect(journal.undoConflicts.map((c) => [c.entry.nodeId, c.reason]).sort()).toEqual([[2, 'changed-on-portal'], [3, 'changed-later']])
    expect(result).toMatchObject({ done: 2, failed: 0 })
    // nodes 1 and 4 reverted; node 3's binding (re-made by the later editor) is not overwritten
    expect(portal.bindings.get(1)).toEqual([])
    expect(portal.bindings.get(4)).toEqual([])
    expect(portal.bindings.get(3)).toEqual([77])
    // the nodes were read before anything was sent
    expect(portal.sent[0]).toMatch(/^batch:list/)
    expect(portal.sent.filter((x) => x.includes('edit'))).toEqual(['batch:edit,edit'])
  })
})
