import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type * as StructureMatrixApi from '@/api/structureMatrix'
import type * as StructureApi from '@/api/structure'
import type * as FeaturesApi from '@/api/features'
import { watch } from 'vue'
import { createStore, get } from 'idb-keyval'
import { countNodes, loadAllNodes } from '@/api/structureMatrix'
import { toNodeCommunications } from '@/api/structure'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { useSessionStore } from './session'
import { useStructureStore } from './structure'
import { useDepartmentsStore } from './departments'
import { useStructureMatrixStore } from './structureMatrix'
import { cacheKey, firstScreenOf, readSnapshot, resetCacheForTests, writeSnapshot } from './structureCache'
import { buildIndex } from './structureTree'

/**
 * The one structure store: a cached snapshot shown at once and revalidated, keyed per portal and user,
 * a corrupt one dropped; every write updates every view; a read sent before a write cannot undo it.
 */

const portal = vi.hoisted(() => ({
  nodes: [] as StructureNode[],
  comms: new Map<number, NodeCommunications>(),
  reads: [] as number[][],
  /** hold the next communications read until released */
  hold: null as null | { release: () => void },
  /** what the feature probe's humanresources.node.count answered */
  probedCount: null as number | null,
  /** whether the feature probe finds the company structure */
  structure: true
}))

vi.mock('@/api/features', async (importOriginal) => ({
  ...await importOriginal<typeof FeaturesApi>(),
  portalFeatures: async () => ({ structure: portal.structure, collabs: true, ...(portal.probedCount === null ? {} : { nodeCount: portal.probedCount }) })
}))

vi.mock('@/api/structureMatrix', async (importOriginal) => ({
  ...await importOriginal<typeof StructureMatrixApi>(),
  countNodes: vi.fn(async () => portal.nodes.length),
  loadAllNodes: vi.fn(async () => portal.nodes.map((n) => ({ ...n }))),
  loadCommunications: vi.fn(async (ids: number[], options?: { onChunk?: (loaded: number, chunk: Map<number, NodeCommunications>) => void }) => {
    portal.reads.push(ids)
    const answer = new Map(ids.map((id) => [id, structuredClone(portal.comms.get(id) ?? toNodeCommunications({}))]))
    if (portal.hold) {
      await new Promise<void>((resolve) => { portal.hold = { release: resolve } })
    }
    options?.onChunk?.(answer.size, answer)
    return answer
  })
}))
vi.mock('@/api/structure', async (importOriginal) => ({
  ...await importOriginal<typeof StructureApi>(),
  fetchCommunications: vi.fn(async (id: number) => structuredClone(portal.comms.get(id) ?? toNodeCommunications({}))),
  fetchUserNodeIds: vi.fn(async () => ({ departments: [], teams: [] }))
}))

function node(id: number, name = `Node ${id}`): StructureNode {
  return { id, name, type: 'DEPARTMENT', parentId: id === 1 ? null : 1, userCount: 1, description: '', colorName: null }
}

function withChat(chatId: number | null): NodeCommunications {
  return toNodeCommunications({ chats: chatId === null ? [] : [{ id: chatId, type: 'CHAT', title: `Chat ${chatId}`, originalNodeId: null }], channels: [], collabs: [] })
}

function signIn(userId = 1, memberId = 'member-a'): void {
  const session = useSessionStore()
  session.context = { lang: 'en', isAdmin: true, installMode: false, placement: 'DEFAULT', placementOptions: {}, appOptions: {}, userOptions: {}, memberId, domain: 'portal.test' }
  session.user = { id: String(userId), firstName: 'Ada', lastName: 'L', displayName: 'Ada L', isAdmin: true } as never
}

/** A fresh page load: a new pinia, the same IndexedDB. */
function reopen(userId = 1, memberId = 'member-a') {
  setActivePinia(createPinia())
  resetCacheForTests()
  signIn(userId, memberId)
  return useStructureStore()
}

/** A page load whose boot reads the node list before user.current has answered, then signs in and shows the tree. */
async function openedWithEarlyNodes() {
  setActivePinia(createPinia())
  resetCacheForTests()
  const store = useStructureStore()
  store.prefetchNodes()
  signIn()
  await store.ensureNodes()
  return store
}

async function settle(): Promise<void> {
  // the snapshot is written 1.5 s after the last answer
  await vi.advanceTimersByTimeAsync(2000)
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'Date'] })
  vi.setSystemTime(new Date('2026-12-02T10:42:00Z'))
  globalThis.indexedDB = new IDBFactory()
  portal.nodes = [1, 2, 3].map((id) => node(id))
  portal.comms = new Map([[1, withChat(10)], [2, withChat(null)], [3, withChat(30)]])
  portal.reads = []
  portal.hold = null
  portal.probedCount = null
  portal.structure = true
  vi.mocked(countNodes).mockClear()
  vi.mocked(loadAllNodes).mockClear()
})

/** Root 1 with 149 children: more rows than the first screen holds. */
function bigPortal(): void {
  portal.nodes = Array.from({ length: 150 }, (_, i) => node(i + 1))
  portal.comms = new Map(portal.nodes.map((n) => [n.id, withChat(n.id * 10)]))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the structure store', () => {
  it('a second visit shows the last structure and matrix at once with their age, then revalidates and marks what changed', async () => {
    const first = reopen()
    await first.ensureAll()
    expect(first.asOf).toBeNull()
    await settle()

    // someone binds a chat to node 2 between the two visits
    vi.setSystemTime(new Date('2026-12-02T11:00:00Z'))
    portal.comms.set(2, withChat(20))
    portal.reads = []
    portal.hold = { release: () => undefined }
    const second = reopen()
    const shown = second.ensureAll()
    await vi.waitFor(() => expect(second.nodesStatus).toBe('ready'))
    await shown
    // at once, from the cache: the whole matrix with the age of its data, nothing read yet for it
    expect(second.asOf).toBe(Date.parse('2026-12-02T10:42:00Z'))
    expect(second.allStatus).toBe('ready')
    expect(second.communicationsOf(2).data?.chats).toEqual([])
    await vi.waitFor(() => expect(second.checking.size).toBe(3))
    expect(second.revalidating).toBe(true)
    portal.hold.release()
    await vi.waitFor(() => expect(second.revalidating).toBe(false))
    expect(second.communicationsOf(2).data?.chats.map((c) => c.id)).toEqual([20])
    expect([...second.changed]).toEqual([2])
    expect(second.checking.size).toBe(0)
    expect(second.asOf).toBeNull()
  })

  it('a second visit shows the cached first screen, then the whole snapshot, and marks nothing that did not change', async () => {
    bigPortal()
    const first = reopen()
    await first.ensureAll()
    await settle()
    vi.setSystemTime(new Date('2026-12-02T11:00:00Z'))

    const second = reopen()
    const shown: Array<{ nodes: number, asOf: number | null }> = []
    // what a view shows: a tree once the status is ready
    watch(() => second.nodesStatus === 'ready' && second.nodeCount, (nodes) => { if (nodes) shown.push({ nodes, asOf: second.asOf }) }, { flush: 'sync' })
    await second.ensureNodes()
    // the first screen (the root and its first 99 children, with their counts), then every node
    expect(shown[0]).toEqual({ nodes: 100, asOf: Date.parse('2026-12-02T10:42:00Z') })
    expect(second.communicationsOf(50).data?.chats.map((c) => c.id)).toEqual([500])
    expect(shown.at(-1)?.nodes).toBe(150)
    expect(second.allStatus).toBe('ready')
    await vi.waitFor(() => expect(second.revalidating).toBe(false))
    expect(second.changed.size).toBe(0)
    expect(second.nodeCount).toBe(150)
  })

  it('without the whole snapshot, the first screen shows until the portal\'s list replaces it; its other nodes are not changes', async () => {
    bigPortal()
    const scope = { memberId: 'member-a', userId: '1', appVersion: import.meta.env.APP_VERSION }
    const whole = { version: 1 as const, savedAt: 5, nodes: portal.nodes, communications: [...portal.comms] }
    // the whole snapshot is corrupt, its first screen is not
    resetCacheForTests()
    await writeSnapshot(scope, { ...whole, nodes: [{ id: 'x' }] } as never, firstScreenOf(buildIndex(portal.nodes), whole))
    const store = reopen()
    const shown: Array<{ nodes: number, asOf: number | null }> = []
    watch(() => store.nodesStatus === 'ready' && store.nodeCount, (nodes) => { if (nodes) shown.push({ nodes, asOf: store.asOf }) }, { flush: 'sync' })
    await store.ensureNodes()
    expect(shown).toEqual([{ nodes: 100, asOf: 5 }, { nodes: 150, asOf: 5 }])
    expect(store.changed.size).toBe(0)
  })

  it('the first load takes the feature probe\'s count as its total instead of asking again', async () => {
    portal.probedCount = 3
    const store = reopen()
    await store.ensureNodes()
    expect(store.totalNodes).toBe(3)
    expect(countNodes).not.toHaveBeenCalled()
    // a later load asks the portal again
    await store.loadNodes()
    expect(countNodes).toHaveBeenCalledTimes(1)
  })

  it('the boot\'s early node list, read before the user is known, is the first load\'s: one read, not two', async () => {
    portal.probedCount = 3
    setActivePinia(createPinia())
    resetCacheForTests()
    const store = useStructureStore()
    // the portal is connected, user.current has not answered yet
    store.prefetchNodes()
    expect(loadAllNodes).toHaveBeenCalledTimes(1)
    signIn()
    await store.ensureNodes()
    expect(loadAllNodes).toHaveBeenCalledTimes(1)
    expect(store.nodesStatus).toBe('ready')
    expect(store.nodeCount).toBe(3)
    expect(store.totalNodes).toBe(3)
    expect(countNodes).not.toHaveBeenCalled()
    // a later load reads the portal again
    await store.loadNodes()
    expect(loadAllNodes).toHaveBeenCalledTimes(2)
  })

  it('drops the early node list unread when the portal has no structure', async () => {
    portal.structure = false
    const store = await openedWithEarlyNodes()
    expect(store.nodesStatus).toBe('idle')
    // a load asked for later does not take the dropped answer
    await store.loadNodes()
    expect(loadAllNodes).toHaveBeenCalledTimes(2)
  })

  it('a failed early node list is shown as the first load\'s failure; retrying reads again', async () => {
    vi.mocked(loadAllNodes).mockRejectedValueOnce(new Error('network down'))
    const store = await openedWithEarlyNodes()
    expect(store.nodesStatus).toBe('error')
    await store.loadNodes()
    expect(store.nodesStatus).toBe('ready')
    expect(loadAllNodes).toHaveBeenCalledTimes(2)
  })

  it('re-reads the rows on screen first', async () => {
    const first = reopen()
    await first.ensureAll()
    await settle()
    portal.reads = []
    const second = reopen()
    second.setPriority(() => [3])
    await second.ensureAll()
    await vi.waitFor(() => expect(second.revalidating).toBe(false))
    expect(portal.reads[0]?.[0]).toBe(3)
  })

  it('never shows one user\'s or portal\'s snapshot to another', async () => {
    const first = reopen(1, 'member-a')
    await first.ensureAll()
    await settle()
    for (const [user, member] of [[2, 'member-a'], [1, 'member-b']] as const) {
      portal.reads = []
      const other = reopen(user, member)
      await other.ensureNodes()
      expect(other.asOf, `user ${user} on ${member}`).toBeNull()
      expect(other.allStatus).toBe('idle')
    }
  })

  it('drops a corrupt snapshot and loads from the portal', async () => {
    const scope = { memberId: 'member-a', userId: '1', appVersion: import.meta.env.APP_VERSION }
    resetCacheForTests()
    await writeSnapshot(scope, { version: 1, savedAt: 5, nodes: [{ id: 'x' }], communications: [] } as never)
    const store = reopen()
    await store.ensureNodes()
    expect(store.asOf).toBeNull()
    expect(store.nodes.map((n) => n.id)).toEqual([1, 2, 3])
    // gone from IndexedDB (before the store saves the portal's answer)
    expect(await get(cacheKey(scope), createStore('comm-hub', 'structure'))).toBeUndefined()
    expect(await readSnapshot(scope)).toBeNull()
    expect(cacheKey(scope)).toContain(':member-a:1:')
  })

  it('falls back to the portal, silently, when IndexedDB cannot open', async () => {
    globalThis.indexedDB = { open: () => { throw new Error('private mode') } } as unknown as IDBFactory
    const store = reopen()
    await store.ensureAll()
    expect(store.allStatus).toBe('ready')
    expect(store.nodes).toHaveLength(3)
  })

  it('one write path: a change shows in the Departments panel and the Structure matrix alike', async () => {
    const store = reopen()
    await store.ensureAll()
    const departments = useDepartmentsStore()
    const matrix = useStructureMatrixStore()
    await departments.select(2)
    portal.comms.set(2, withChat(21))
    await store.refresh([2])
    expect(departments.communicationsOf(2).data?.chats.map((c) => c.id)).toEqual([21])
    expect(matrix.rows.find((r) => r.node.id === 2)?.counts.CHAT.direct).toBe(1)
  })

  it('drops an answer to a read that was sent before a write of the same node landed', async () => {
    const store = reopen()
    await store.ensureAll()
    portal.hold = { release: () => undefined }
    const stale = store.loadCommunicationsMany([2], { quiet: true })
    await vi.waitFor(() => expect(portal.reads).toHaveLength(2))
    // the write lands while the read is in flight: the portal now holds chat 22
    store.merge(new Map([[2, withChat(22)]]))
    portal.hold.release()
    await stale
    expect(store.communicationsOf(2).data?.chats.map((c) => c.id)).toEqual([22])
  })

  it('revalidates when the tab is shown again after a while, not more often', async () => {
    const store = reopen()
    await store.ensureAll()
    store.watchFreshness()
    await store.revalidate()
    const reads = portal.reads.length
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(10)
    expect(portal.reads.length).toBe(reads)
    vi.setSystemTime(Date.now() + 61_000)
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(() => expect(portal.reads.length).toBeGreaterThan(reads))
  })
})
