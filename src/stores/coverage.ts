import { computed, reactive, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { PortalError } from '@/b24'
import { loadCommunications, loadCoverage, loadCoveragePerNode } from '@/api/coverage'
import type { CoverageProgress } from '@/api/coverage'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { subtreeOf } from './structureTree'
import { csvRows, emptyFilters, filterRows, matrixOf } from './coverageMatrix'
import type { CoverageFilters } from './coverageMatrix'

export type CoverageState = 'idle' | 'loading' | 'loaded' | 'error'
/** batch: the app's loader; per-node: the docs' one-call-per-node baseline (benchmark only) */
export type CoverageStrategy = 'batch' | 'per-node'

function isAbort(reason: unknown): boolean {
  return reason instanceof DOMException ? reason.name === 'AbortError' : (reason as { name?: unknown } | null)?.name === 'AbortError'
}

/**
 * The structure-wide coverage matrix: every node with its chats, channels and collabs, the filters, and
 * the selection bulk changes act on.
 */
export const useCoverageStore = defineStore('coverage', () => {
  const state = ref<CoverageState>('idle')
  const progress = ref<CoverageProgress | null>(null)
  const error = shallowRef<PortalError | null>(null)
  const nodes = shallowRef<StructureNode[]>([])
  const communications = shallowRef<Map<number, NodeCommunications>>(new Map())
  const requests = ref(0)
  const loadMs = ref(0)
  const strategy = ref<CoverageStrategy>('batch')
  const filters = reactive<CoverageFilters>(emptyFilters())
  const selected = shallowRef<Set<number>>(new Set())
  /** an edit of the matrix (bulk run) is reloading these nodes from the portal */
  const refreshing = ref(false)
  let controller: AbortController | null = null

  const matrix = computed(() => matrixOf(nodes.value, communications.value))
  const rows = computed(() => matrix.value.rows)
  const filteredRows = computed(() => filterRows(rows.value, matrix.value.index, filters))
  const byId = computed(() => matrix.value.index.byId)
  const branchNode = computed(() => (filters.branchId === null ? null : byId.value.get(filters.branchId) ?? null))

  async function load(which: CoverageStrategy = strategy.value): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    strategy.value = which
    state.value = 'loading'
    error.value = null
    progress.value = { phase: 'nodes', nodes: 0, loaded: 0, requests: 0 }
    const started = performance.now()
    try {
      const loader = which === 'per-node' ? loadCoveragePerNode : loadCoverage
      const result = await loader({ signal: current.signal, onProgress: (p) => { if (controller === current) progress.value = p } })
      if (controller !== current) return
      nodes.value = result.nodes
      communications.value = result.communications
      requests.value = result.requests
      loadMs.value = Math.round(performance.now() - started)
      // a reload may drop nodes: keep only the selection that still exists
      const ids = new Set(result.nodes.map((n) => n.id))
      selected.value = new Set([...selected.value].filter((id) => ids.has(id)))
      state.value = 'loaded'
    } catch (reason) {
      if (controller !== current) return
      if (isAbort(reason)) {
        state.value = nodes.value.length ? 'loaded' : 'idle'
        return
      }
      error.value = PortalError.from(reason)
      state.value = 'error'
    } finally {
      if (controller === current) controller = null
    }
  }

  function cancel(): void {
    controller?.abort()
  }

  /** What the portal holds now for these nodes (after a bulk run or an undo), merged into the matrix. */
  async function refreshNodes(ids: number[]): Promise<Map<number, NodeCommunications>> {
    if (!ids.length) return new Map()
    refreshing.value = true
    try {
      const fresh = await loadCommunications([...new Set(ids)])
      const next = new Map(communications.value)
      for (const [id, value] of fresh) next.set(id, value)
      communications.value = next
      return fresh
    } finally {
      refreshing.value = false
    }
  }

  /** Fresh communications read elsewhere (a bulk run's final re-read) replace what the matrix shows. */
  function merge(fresh: Map<number, NodeCommunications>): void {
    if (!fresh.size) return
    const next = new Map(communications.value)
    for (const [id, value] of fresh) next.set(id, value)
    communications.value = next
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
    for (const node of subtreeOf(matrix.value.index, id)) next.add(node.id)
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
    state, progress, error, nodes, communications, requests, loadMs, strategy, filters, selected, refreshing,
    rows, filteredRows, byId, branchNode,
    load, cancel, refreshNodes, merge, setSelected, toggle, selectAllFiltered, selectBranch, clearSelection, setBranch, resetFilters, csv
  }
})
