import { computed, ref, shallowRef, triggerRef } from 'vue'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { PortalError } from '@/b24'
import { countNodes, loadAllNodes, loadCommunications as loadCommunicationsBatched } from '@/api/structureMatrix'
import { fetchCommunications } from '@/api/structure'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { runPlan } from '@/api/bulk'
import type { PlanItem, RunOptions, RunResult } from '@/api/bulk'
import { portalTransport } from '@/api/transport'
import { portalFeatures } from '@/api/features'
import type { PortalFeatures } from '@/api/features'
import { useSessionStore } from './session'
import { useStructureRightsStore } from './structureRights'
import { buildIndex } from './structureTree'
import type { StructureIndex } from './structureTree'
import { firstScreenOf, prefetchFirstScreen, readFirstScreen, readSnapshot, writeSnapshot } from './structureCache'
import type { CacheScope, StructureSnapshot } from './structureCache'

// The boot loads this module as soon as the frame's handshake answered (main.ts): the cached first screen is
// read from then on, beside user.current, and shown once the user is known (structureCache.ts).
prefetchFirstScreen()

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface CommunicationsState {
  status: LoadStatus
  data: NodeCommunications | null
  error: PortalError | null
  /** when `data` was read from the portal (ms); older than this session's check when it came from the cache */
  checkedAt: number | null
}

const IDLE: CommunicationsState = { status: 'idle', data: null, error: null, checkedAt: null }
const EMPTY_INDEX: StructureIndex = buildIndex([])
/** Revalidate at most this often on tab focus, and on this slow interval while the app is open. */
export const REVALIDATE_AFTER_MS = 60_000
export const REVALIDATE_EVERY_MS = 5 * 60_000
/** Write the snapshot at most this often while answers stream in. */
const SAVE_DEBOUNCE_MS = 1500

function isAbort(reason: unknown): boolean {
  return (reason as { name?: unknown } | null)?.name === 'AbortError'
}

function sameCommunications(a: NodeCommunications | null, b: NodeCommunications | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function sameNode(a: StructureNode | undefined, b: StructureNode): boolean {
  return !!a && a.name === b.name && a.parentId === b.parentId && a.type === b.type && a.userCount === b.userCount
}

/**
 * Resolves once the browser has had a frame to paint what is on screen now (a hidden page paints nothing and
 * does not wait), so a long task that follows does not hold the first rows back.
 */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100)
    requestAnimationFrame(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/**
 * The company structure and every node's communications, for every view (Departments, Structure,
 * the journal, bulk jobs): one copy, one set of loaders, one write path.
 *
 * - **Nodes** load once per page (totals first through humanresources.node.count, so progress reads
 *   "n of N"), or come from the cache of the last visit and are revalidated in the background.
 * - **Communications** load per node on demand, or for many nodes at once (50 per REST 3.0 batch).
 * - **Writes** (a single edit, a bulk job, an undo) all go through `applyItems`: the bulk runner (nothing sent
 *   twice), then the affected nodes as the portal holds them replace what every view shows.
 * - **Freshness**: what came from the cache is shown with its age (`asOf`) and re-read, visible rows
 *   first; rows being re-read are in `checking`, rows whose answer differs in `changed`. A re-read also
 *   happens when the tab is shown again and on a slow interval, each time paced by the door's limits.
 *   An answer to a read sent before a write of that node is dropped, so it cannot undo the write on screen.
 * - **Features**: before the first load, `portalFeatures()` (api/features.ts) says whether the portal offers
 *   the structure (REST 3.0 humanresources) and collabs at all. Without the structure nothing is loaded and
 *   `structureMissing` tells every view to say so; without collabs `collabsMissing` hides what binds them.
 */
export const useStructureStore = defineStore('structure', () => {
  const nodesStatus = ref<LoadStatus>('idle')
  const nodesError = shallowRef<PortalError | null>(null)
  const index = shallowRef<StructureIndex>(EMPTY_INDEX)
  /** nodes read so far by the load in progress, and how many the portal said there are */
  const loadedNodes = ref(0)
  const totalNodes = ref<number | null>(null)
  const communications = shallowRef<Map<number, CommunicationsState>>(new Map())

  /** every node's communications (the Structure view): state of that load */
  const allStatus = ref<LoadStatus>('idle')
  const allError = shallowRef<PortalError | null>(null)
  const allLoaded = ref(0)

  /** when the data on screen was read, while it is a cached snapshot not yet re-read; null once checked */
  const asOf = ref<number | null>(null)
  const checking = shallowRef<Set<number>>(new Set())
  const changed = shallowRef<Set<number>>(new Set())
  const revalidating = ref(false)
  const lastCheckedAt = ref<number | null>(null)

  /** what the portal offers (api/features.ts), once probed; null before the first ensureNodes */
  const features = shallowRef<PortalFeatures | null>(null)
  const structureMissing = computed(() => features.value?.structure === false)
  const collabsMissing = computed(() => features.value?.collabs === false)

  const nodes = computed(() => [...index.value.byId.values()])
  const nodeCount = computed(() => index.value.byId.size)

  /** node id → writes merged; a read answers for a node only if no write landed since it was sent */
  const writes = new Map<number, number>()
  let nodesLoad: Promise<void> | null = null
  let allController: AbortController | null = null
  let scope: CacheScope | null = null
  let cacheTried = false
  /** only the cached first screen is shown yet (structureCache.ts); the whole snapshot or the portal's list follows */
  let partial = false
  let saveTimer: ReturnType<typeof setTimeout> | null = null

  function node(id: number): StructureNode | undefined {
    return index.value.byId.get(id)
  }

  function communicationsOf(id: number): CommunicationsState {
    return communications.value.get(id) ?? IDLE
  }

  function setStates(entries: Iterable<[number, CommunicationsState]>): void {
    const map = communications.value
    for (const [id, state] of entries) map.set(id, state)
    triggerRef(communications)
  }

  function writeMark(id: number): number {
    return writes.get(id) ?? 0
  }

  // ── the cache ────────────────────────────────────────────────────────────

  function cacheScope(): CacheScope | null {
    const session = useSessionStore()
    const memberId = session.context?.memberId
    const userId = session.user?.id
    if (!memberId || userId === undefined || userId === null) return null
    return { memberId, userId: String(userId), appVersion: import.meta.env.APP_VERSION ?? 'dev' }
  }

  function snapshot(savedAt: number): StructureSnapshot {
    const comms: Array<[number, NodeCommunications]> = []
    for (const [id, state] of communications.value) if (state.data) comms.push([id, state.data])
    return { version: 1, savedAt, nodes: nodes.value, communications: comms }
  }

  /** The snapshot is written when the data is whole enough to be worth showing next time. */
  function scheduleSave(): void {
    if (!scope || nodesStatus.value !== 'ready' || partial) return
    if (saveTimer) clearTimeout(saveTimer)
    const target = scope
    saveTimer = setTimeout(() => {
      saveTimer = null
      // the age a later visit shows is that of the oldest answer in the snapshot
      let oldest = Date.now()
      for (const state of communications.value.values()) if (state.data && state.checkedAt !== null) oldest = Math.min(oldest, state.checkedAt)
      const whole = snapshot(asOf.value ?? oldest)
      void writeSnapshot(target, whole, firstScreenOf(index.value, whole))
    }, SAVE_DEBOUNCE_MS)
  }

  /** Puts a cached snapshot (or its first screen) on screen; an answer read since it was saved stays. */
  function show(snap: StructureSnapshot, whole: boolean): void {
    index.value = buildIndex(snap.nodes)
    setStates(snap.communications
      .filter(([id]) => (communicationsOf(id).checkedAt ?? 0) <= snap.savedAt)
      .map(([id, data]) => [id, { status: 'ready', data, error: null, checkedAt: snap.savedAt }]))
    asOf.value = snap.savedAt
    nodesStatus.value = 'ready'
    partial = !whole
    if (whole && snap.communications.length >= snap.nodes.length) allStatus.value = 'ready'
  }

  /**
   * Shows the last visit's structure (if any): its first screen at once, then — once that is painted — the
   * whole snapshot; the caller then revalidates it. True when something from the cache is on screen.
   */
  async function restoreFromCache(): Promise<boolean> {
    if (cacheTried) return false
    cacheTried = true
    scope = cacheScope()
    if (!scope) return false
    const head = await readFirstScreen(scope)
    if (head?.nodes.length && nodesStatus.value !== 'ready') {
      show(head, false)
      await afterPaint()
    }
    const snap = await readSnapshot(scope)
    // a load from the portal finished meanwhile: it is newer than any snapshot
    if (nodesStatus.value === 'ready' && !partial) return false
    if (snap?.nodes.length) show(snap, true)
    // without the whole snapshot (dropped as corrupt) the first screen stays until the portal's list replaces it
    return nodesStatus.value === 'ready'
  }

  // ── nodes ────────────────────────────────────────────────────────────────

  let countProbed = true
  async function readNodes(): Promise<StructureNode[]> {
    loadedNodes.value = 0
    // the totals first, so progress reads "n of N": the first load takes the feature probe's count (it asks
    // humanresources.node.count beside this first page), a later one asks beside its first page (one small call)
    const askCount = () => void countNodes(portalTransport).then((count) => { totalNodes.value = count })
    if (countProbed) {
      countProbed = false
      void probeFeatures().then((found) => {
        if (found.nodeCount !== undefined) totalNodes.value = found.nodeCount
        else askCount()
      }, askCount)
    } else {
      askCount()
    }
    return await loadAllNodes(portalTransport, { requests: 0 }, undefined, (count) => { loadedNodes.value = count })
  }

  /**
   * The node list read by the boot (main.ts) beside user.current and the feature probe, instead of after
   * them: the first screen waits for one round trip, not three (issue 11). The first load takes it; when
   * the probe then says the portal has no structure, it is dropped unread.
   */
  let prefetched: Promise<StructureNode[]> | null = null
  function prefetchNodes(): void {
    if (prefetched || nodesLoad || nodesStatus.value !== 'idle') return
    const read = readNodes()
    read.catch(() => undefined)
    prefetched = read
  }
  function takePrefetched(): Promise<StructureNode[]> | null {
    const read = prefetched
    prefetched = null
    return read
  }

  /** The nodes from the portal (first load, or a revalidation that replaces the cached tree). */
  function loadNodes(): Promise<void> {
    if (nodesLoad) return nodesLoad
    const background = nodesStatus.value === 'ready'
    if (!background) {
      nodesStatus.value = 'loading'
      nodesError.value = null
    }
    nodesLoad = (async () => {
      try {
        const list = await (takePrefetched() ?? readNodes())
        if (background) {
          const before = index.value.byId
          // over a first screen alone, a node it does not hold is not a change
          const differs = list.filter((n) => !(partial && !before.has(n.id)) && !sameNode(before.get(n.id), n)).map((n) => n.id)
          if (differs.length) changed.value = new Set([...changed.value, ...differs])
          // nodes gone from the portal lose their communications too
          const ids = new Set(list.map((n) => n.id))
          for (const id of [...communications.value.keys()]) if (!ids.has(id)) communications.value.delete(id)
        }
        index.value = buildIndex(list)
        nodesStatus.value = 'ready'
        partial = false
        scheduleSave()
      } catch (reason) {
        if (!background) {
          nodesError.value = PortalError.from(reason)
          nodesStatus.value = 'error'
        }
      }
    })().finally(() => { nodesLoad = null })
    return nodesLoad
  }

  /** What the portal offers (probed once per session, api/features.ts); views without a load of their own ask here. */
  async function probeFeatures(): Promise<PortalFeatures> {
    features.value ??= await portalFeatures()
    return features.value
  }

  /**
   * The structure for a view: the cached one at once when there is one (then re-read in the background),
   * otherwise from the portal. Resolves when there is a tree to show (or the load failed). A caller while
   * one is under way (the boot starts it early, main.ts; then the view asks) shares it.
   */
  let ensuring: Promise<void> | null = null
  function ensureNodes(): Promise<void> {
    ensuring ??= ensureNodesOnce().finally(() => { ensuring = null })
    return ensuring
  }
  async function ensureNodesOnce(): Promise<void> {
    if (nodesStatus.value === 'ready' && !partial) return
    if (nodesLoad) return nodesLoad
    // the one check of what the portal offers, before the first structure load of any view; the cached
    // tree is shown while it runs (a portal that lost the structure then says so instead)
    const probe = probeFeatures()
    const restored = await restoreFromCache()
    if (!(await probe).structure) {
      prefetched = null
      return
    }
    if (restored) {
      void revalidate()
      // without the whole snapshot the tree is whole once the portal's list is in (the revalidation's first step)
      if (partial && nodesLoad) await nodesLoad
      return
    }
    // a load started elsewhere while the cache was read
    if ((nodesStatus.value as LoadStatus) === 'ready') return
    if (nodesLoad) return nodesLoad
    await loadNodes()
  }

  /** Adds nodes found elsewhere (a portal search) that the loaded tree does not have yet. */
  function addNodes(found: StructureNode[]): void {
    const unknown = found.filter((n) => !index.value.byId.has(n.id))
    if (unknown.length) index.value = buildIndex([...index.value.byId.values(), ...unknown])
  }

  // ── communications ───────────────────────────────────────────────────────

  /** One node's communications (a plain call); what was shown stays visible while it loads. */
  async function loadCommunications(id: number): Promise<void> {
    const previous = communicationsOf(id)
    const mark = writeMark(id)
    setStates([[id, { ...previous, status: 'loading', error: null }]])
    try {
      const data = await fetchCommunications(id)
      if (writeMark(id) !== mark) return
      setStates([[id, { status: 'ready', data, error: null, checkedAt: Date.now() }]])
      scheduleSave()
    } catch (reason) {
      setStates([[id, { ...previous, status: previous.data ? 'ready' : 'error', error: PortalError.from(reason) }]])
    }
  }

  /**
   * Many nodes' communications, 50 per batch, filled in chunk by chunk. `quiet` keeps what is on screen
   * as it is while re-reading (no loading state, rows only marked as being checked).
   */
  async function loadCommunicationsMany(ids: number[], options: { signal?: AbortSignal, quiet?: boolean, onLoaded?: (count: number) => void } = {}): Promise<void> {
    if (!ids.length) return
    const marks = new Map(ids.map((id) => [id, writeMark(id)]))
    if (options.quiet) checking.value = new Set([...checking.value, ...ids])
    else setStates(ids.map((id) => [id, { ...communicationsOf(id), status: 'loading', error: null }]))
    const pending = new Set(ids)
    try {
      await loadCommunicationsBatched(ids, {
        ...(options.signal ? { signal: options.signal } : {}),
        onChunk: (loaded, chunk) => {
          const now = Date.now()
          const fresh: Array<[number, CommunicationsState]> = []
          const differs: number[] = []
          for (const [id, data] of chunk) {
            pending.delete(id)
            if (writeMark(id) !== marks.get(id)) continue
            const before = communicationsOf(id)
            if (options.quiet && before.data && !sameCommunications(before.data, data)) differs.push(id)
            fresh.push([id, { status: 'ready', data, error: null, checkedAt: now }])
          }
          setStates(fresh)
          if (differs.length) changed.value = new Set([...changed.value, ...differs])
          if (options.quiet) {
            const next = new Set(checking.value)
            for (const id of chunk.keys()) next.delete(id)
            checking.value = next
          }
          options.onLoaded?.(loaded)
          scheduleSave()
        }
      })
    } catch (reason) {
      const failure = PortalError.from(reason)
      const aborted = isAbort(reason)
      setStates([...pending].map((id) => {
        const state = communicationsOf(id)
        return [id, { ...state, status: state.data ? 'ready' : aborted ? 'idle' : 'error', error: aborted || options.quiet ? null : failure }]
      }))
      if (!aborted && !options.quiet) throw failure
    } finally {
      if (options.quiet) {
        const next = new Set(checking.value)
        for (const id of ids) next.delete(id)
        checking.value = next
      }
    }
  }

  /**
   * Every node's communications (the Structure view). Known ones are not read again here: a cached
   * snapshot is revalidated by `revalidate`, in the background. `reload` reads every node again.
   */
  async function ensureAll(options: { reload?: boolean } = {}): Promise<void> {
    await ensureNodes()
    if (structureMissing.value) return
    if (nodesStatus.value !== 'ready') {
      allStatus.value = 'error'
      allError.value = nodesError.value
      return
    }
    if (options.reload) await loadNodes()
    const missing = nodes.value.filter((n) => options.reload || !communicationsOf(n.id).data).map((n) => n.id)
    if (!missing.length) {
      allStatus.value = 'ready'
      return
    }
    allController?.abort()
    const controller = new AbortController()
    allController = controller
    allStatus.value = 'loading'
    allError.value = null
    allLoaded.value = nodes.value.length - missing.length
    const base = allLoaded.value
    try {
      await loadCommunicationsMany(missing, { signal: controller.signal, onLoaded: (count) => { if (allController === controller) allLoaded.value = base + count } })
      if (allController !== controller) return
      if (controller.signal.aborted) {
        allStatus.value = 'idle'
        return
      }
      allStatus.value = 'ready'
      if (options.reload) {
        asOf.value = null
        lastCheckedAt.value = Date.now()
      }
    } catch (reason) {
      if (allController !== controller) return
      allError.value = PortalError.from(reason)
      allStatus.value = 'error'
    } finally {
      if (allController === controller) allController = null
    }
  }

  function cancelAll(): void {
    allController?.abort()
  }

  // ── freshness ────────────────────────────────────────────────────────────

  let revalidation: Promise<void> | null = null
  let priority: () => number[] = () => []

  /** Which rows the user sees now: they are re-read first. The view that shows rows sets it. */
  function setPriority(visible: () => number[]): void {
    priority = visible
  }

  /**
   * Re-reads what is on screen: the nodes, then every node's communications that is known, the visible
   * rows first. Nothing changes on screen but the rows that differ (marked in `changed`).
   */
  function revalidate(): Promise<void> {
    if (revalidation) return revalidation
    revalidating.value = true
    revalidation = (async () => {
      try {
        await loadNodes()
        if (nodesStatus.value !== 'ready') return
        const known = [...communications.value.entries()].filter(([id, state]) => state.data && index.value.byId.has(id)).map(([id]) => id)
        const first = priority().filter((id) => known.includes(id))
        const firstSet = new Set(first)
        const ordered = [...first, ...known.filter((id) => !firstSet.has(id))]
        await loadCommunicationsMany(ordered, { quiet: true })
        asOf.value = null
        lastCheckedAt.value = Date.now()
      } catch {
        // a failed re-read leaves the snapshot on screen with its age; the next trigger tries again
      } finally {
        revalidating.value = false
        revalidation = null
      }
    })()
    return revalidation
  }

  /** A re-read when it has been a while (tab shown again, slow interval); not while the page is hidden. */
  function revalidateIfStale(): void {
    if (nodesStatus.value !== 'ready' || revalidation) return
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return
    if (lastCheckedAt.value !== null && Date.now() - lastCheckedAt.value < REVALIDATE_AFTER_MS) return
    void revalidate()
  }

  let watching = false
  /** Starts the tab-visible and interval re-reads (once; they last as long as the app). */
  function watchFreshness(): void {
    if (watching || typeof document === 'undefined') return
    watching = true
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') revalidateIfStale()
    })
    setInterval(revalidateIfStale, REVALIDATE_EVERY_MS)
  }

  function clearChanged(): void {
    changed.value = new Set()
  }

  // ── writes ───────────────────────────────────────────────────────────────

  /** What the portal holds now for these nodes replaces what every view shows. */
  function merge(fresh: Map<number, NodeCommunications>): void {
    if (!fresh.size) return
    const now = Date.now()
    for (const id of fresh.keys()) writes.set(id, writeMark(id) + 1)
    setStates([...fresh].map(([id, data]) => [id, { status: 'ready', data, error: null, checkedAt: now }]))
    scheduleSave()
  }

  /** Re-reads these nodes (after a write elsewhere) and merges them. */
  async function refresh(ids: number[]): Promise<void> {
    const unique = [...new Set(ids)].filter((id) => index.value.byId.has(id) || communications.value.has(id))
    if (!unique.length) return
    for (const id of unique) writes.set(id, writeMark(id) + 1)
    await loadCommunicationsMany(unique)
  }

  /**
   * The one write path: runs the items through the bulk runner (each change sent once, a lost answer
   * settled by reading first), notes the portal's refusals for the rights, and shows what the portal
   * holds afterwards in every view.
   */
  async function applyItems(items: PlanItem[], options: RunOptions = {}): Promise<RunResult> {
    for (const item of items) writes.set(item.nodeId, writeMark(item.nodeId) + 1)
    const result = await runPlan(items, options)
    useStructureRightsStore().noteItems(items, (id) => node(id)?.type)
    merge(result.fresh)
    return result
  }

  return {
    features, structureMissing, collabsMissing,
    nodesStatus, nodesError, index, nodes, nodeCount, loadedNodes, totalNodes, communications,
    allStatus, allError, allLoaded, asOf, checking, changed, revalidating, lastCheckedAt,
    node, communicationsOf, probeFeatures, ensureNodes, prefetchNodes, loadNodes, addNodes, loadCommunications, loadCommunicationsMany,
    ensureAll, cancelAll, setPriority, revalidate, revalidateIfStale, watchFreshness, clearChanged,
    merge, refresh, applyItems
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStructureStore, import.meta.hot))
