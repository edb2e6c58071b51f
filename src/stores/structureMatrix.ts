import { computed, reactive, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { NodeCommunications } from '@/api/structure'
import { useStructureStore } from './structure'
import { subtreeOf } from './structureTree'
import { buildRows, csvRows, emptyFilters, filterRows, rowPlaces } from './structureMatrixRows'
import type { MatrixFilters, MatrixRow } from './structureMatrixRows'

/** `unavailable`: the portal offers no company structure to applications (stores/structure.ts, structureMissing) */
export type MatrixState = 'idle' | 'loading' | 'loaded' | 'error' | 'unavailable'

export interface MatrixProgress {
  phase: 'nodes' | 'communications'
  /** nodes known so far (all of them once phase is 'communications') */
  nodes: number
  /** how many nodes the portal said it has (humanresources.node.count), when it said */
  total: number | null
  /** nodes whose communications are loaded */
  loaded: number
}

/**
 * The Structure view's state over the one structure store (stores/structure.ts): the matrix of every node
 * with its chats, channels and collabs, the filters, and the selection bulk changes act on. The data, its
 * loading and its freshness are the structure store's, shared with Departments, the journal and bulk jobs.
 */
export const useStructureMatrixStore = defineStore('structureMatrix', () => {
  const structure = useStructureStore()
  const filters = reactive<MatrixFilters>(emptyFilters())
  const selected = shallowRef<Set<number>>(new Set())

  const nodes = computed(() => structure.nodes)
  const communications = computed(() => {
    const out = new Map<number, NodeCommunications>()
    for (const [id, state] of structure.communications) if (state.data) out.set(id, state.data)
    return out
  })
  const state = computed<MatrixState>(() => {
    if (structure.structureMissing) return 'unavailable'
    if (structure.allStatus === 'ready') return 'loaded'
    if (structure.allStatus === 'error') return 'error'
    if (structure.allStatus === 'loading' || structure.nodesStatus === 'loading') return 'loading'
    return 'idle'
  })
  const error = computed(() => structure.allError)
  const progress = computed<MatrixProgress>(() => (structure.nodesStatus !== 'ready'
    ? { phase: 'nodes', nodes: structure.loadedNodes, total: structure.totalNodes, loaded: 0 }
    : { phase: 'communications', nodes: structure.nodeCount, total: structure.nodeCount, loaded: structure.allLoaded }))
  /** rows are being re-read after a write (a bulk run) */
  const refreshing = computed(() => structure.checking.size > 0 && structure.revalidating === false)

  // the structure store's index, not one of our own: the node list is sorted once for every view
  const places = computed(() => rowPlaces(structure.index))
  // each answer of a load rebuilds the rows from the last ones, which keeps every row it did not change
  const rows = computed<MatrixRow[]>((previous) => {
    const comms = structure.communications
    return buildRows(places.value, (id) => comms.get(id)?.data ?? undefined, previous)
  })
  const filteredRows = computed(() => filterRows(rows.value, structure.index, filters))
  const byId = computed(() => structure.index.byId)
  const branchNode = computed(() => (filters.branchId === null ? null : byId.value.get(filters.branchId) ?? null))

  /** Every node's communications: the known ones at once (then re-read), the rest from the portal. */
  async function load(options: { reload?: boolean } = {}): Promise<void> {
    await structure.ensureAll(options)
    if (structure.structureMissing) return
    structure.watchFreshness()
    // a reload may drop nodes: keep only the selection that still exists
    const ids = new Set(structure.nodes.map((n) => n.id))
    if ([...selected.value].some((id) => !ids.has(id))) selected.value = new Set([...selected.value].filter((id) => ids.has(id)))
  }

  function cancel(): void {
    structure.cancelAll()
  }

  /** What the portal holds now for these nodes (after a bulk run or an undo), merged into every view. */
  function refreshNodes(ids: number[]): Promise<void> {
    return structure.refresh(ids)
  }

  function setSelected(next: Set<number>): void {
    selected.value = next
  }

  function toggle(id: number, on?: boolean): void {
    const next = new Set(selected.value)
    if (on ?? !next.has(id)) next.add(id)
    else next.delete(id)
    selected.value = next
  }

  function selectAllFiltered(): void {
    const next = new Set(selected.value)
    for (const row of filteredRows.value) next.add(row.node.id)
    selected.value = next
  }

  function selectBranch(id: number): void {
    const next = new Set(selected.value)
    for (const node of subtreeOf(structure.index, id)) next.add(node.id)
    selected.value = next
  }

  function clearSelection(): void {
    selected.value = new Set()
  }

  function setBranch(id: number | null): void {
    filters.branchId = id
  }

  function resetFilters(): void {
    Object.assign(filters, emptyFilters())
  }

  function csv(): ReturnType<typeof csvRows> {
    return csvRows(filteredRows.value)
  }

  return {
    state, progress, error, nodes, communications, filters, selected, refreshing,
    rows, filteredRows, byId, branchNode,
    load, cancel, refreshNodes, setSelected, toggle, selectAllFiltered, selectBranch, clearSelection, setBranch, resetFilters, csv
  }
})
