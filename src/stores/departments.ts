import { computed, ref, shallowRef } from 'vue'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { PortalError } from '@/b24'
import { fetchUserNodeIds, planEdits, portalAnswers, searchNodes } from '@/api/structure'
import type { CommunicationEdit, CommunicationType, PickedCommunication, StructureNode } from '@/api/structure'
import { useSessionStore } from '@/stores/session'
import { useJournalStore } from '@/stores/journal'
import { idsOfType, itemFailure } from '@/api/bulk'
import type { PlanItem } from '@/api/bulk'
import { fullName, int } from '@/api/wire'
import { useStructureRightsStore } from '@/stores/structureRights'
import { useStructureStore } from './structure'
import type { CommunicationsState } from './structure'
import { ancestorsOf, filterIds, subtreeOf, visibleRows } from './structureTree'
import type { TreeRow } from './structureTree'

export type { CommunicationsState, LoadStatus } from './structure'

/** What a write did: the calls that went through and the one that failed (later ones are not sent). */
export interface EditOutcome {
  done: CommunicationEdit[]
  failed: { edit: CommunicationEdit, error: PortalError } | null
  notSent: CommunicationEdit[]
}

/**
 * The Departments view's state over the one structure store (stores/structure.ts): which nodes are open,
 * which is selected, the filter and the portal search, "My departments", and the single-node edits. The
 * nodes and communications themselves, their loading and every write live in the structure store, so a
 * bulk job or an undo elsewhere shows here at once, and an edit here shows in the Structure view.
 */
export const useDepartmentsStore = defineStore('departments', () => {
  const structure = useStructureStore()
  /** nodes the signed-in user belongs to ("My departments"), departments first */
  const myNodeIds = ref<number[]>([])
  const expanded = shallowRef<Set<number>>(new Set())
  const selectedId = ref<number | null>(null)
  const filterTerm = ref('')
  const serverMatches = shallowRef<Set<number>>(new Set())
  const searching = ref(false)

  const status = computed(() => structure.nodesStatus)
  const error = computed(() => structure.nodesError)
  const index = computed(() => structure.index)
  const loadedCount = computed(() => structure.loadedNodes)
  const totalCount = computed(() => structure.totalNodes)
  const communications = computed(() => structure.communications)
  const nodeCount = computed(() => structure.nodeCount)
  const selectedNode = computed(() => (selectedId.value === null ? null : index.value.byId.get(selectedId.value) ?? null))
  const filter = computed(() => filterIds(index.value, filterTerm.value, serverMatches.value))
  const rows = computed<TreeRow[]>(() => visibleRows(index.value, expanded.value, filter.value))
  const matchCount = computed(() => filter.value?.matches.size ?? null)
  const myNodes = computed(() => myNodeIds.value.map((id) => index.value.byId.get(id)).filter((n): n is StructureNode => !!n))

  function node(id: number): StructureNode | undefined {
    return structure.node(id)
  }

  function path(id: number): StructureNode[] {
    return ancestorsOf(index.value, id)
  }

  /** Every node a change "with children" on `id` reaches, the node itself first (as far as the portal has shown). */
  function reach(id: number, withChildren: boolean): StructureNode[] {
    const found = node(id)
    if (!withChildren) return found ? [found] : []
    if (portalAnswers.childrenReach === 'children') return found ? [found, ...(index.value.children.get(id) ?? [])] : []
    return subtreeOf(index.value, id)
  }

  /**
   * After a bind "with children" on a node with grandchildren: did the portal reach them? Learns
   * ChildrenReach (structure.ts), so the next preview shows what the portal really does.
   */
  async function learnChildrenReach(nodeId: number, edit: CommunicationEdit): Promise<void> {
    const boundId = edit.ids?.[0]
    if (portalAnswers.childrenReach !== null || !edit.withChildren || boundId === undefined) return
    const grandchildren = subtreeOf(index.value, nodeId).filter((n) => n.id !== nodeId && n.parentId !== nodeId)
    if (!grandchildren.length) return
    await loadCommunicationsMany(grandchildren.map((n) => n.id))
    const states = grandchildren.map((n) => communicationsOf(n.id))
    if (states.some((state) => state.status !== 'ready')) return
    portalAnswers.childrenReach = grandchildren.some((n) => allIds(n.id, edit.communicationType).includes(boundId)) ? 'subtree' : 'children'
  }

  /** Whether edits of the node's communications are offered: the portal's last answer decides (structureRights.ts). */
  function canEdit(id: number): boolean {
    const found = node(id)
    return found ? useStructureRightsStore().canEdit(found.type) : false
  }

  function openTopLevel(): void {
    // the top level starts open so the first screen shows more than one row
    if (!expanded.value.size) expanded.value = new Set(index.value.roots.map((n) => n.id))
  }

  async function afterNodes(): Promise<void> {
    if (structure.nodesStatus !== 'ready') return
    openTopLevel()
    structure.watchFreshness()
    await loadMyNodes()
  }

  /** The tree from the portal again (Retry after a failed load). */
  async function loadStructure(): Promise<void> {
    await structure.loadNodes()
    await afterNodes()
  }

  /** The tree for the view: the cached one at once when there is one (then re-read), else from the portal. */
  async function ensureLoaded(): Promise<void> {
    await structure.ensureNodes()
    await afterNodes()
  }

  /** "My departments": not essential, so a failure here leaves the tree usable and the list empty. */
  async function loadMyNodes(): Promise<void> {
    const user = useSessionStore().user
    const userId = int(user?.id)
    if (!user || userId === null || myNodeIds.value.length) return
    try {
      const name = fullName(user.firstName, user.lastName) || user.displayName
      const mine = await fetchUserNodeIds(userId, name)
      myNodeIds.value = [...mine.departments, ...mine.teams].filter((id) => index.value.byId.has(id))
    } catch (reason) {
      console.warn('departments: could not load the user\'s own nodes', PortalError.from(reason).code)
    }
  }

  function setExpanded(id: number, open: boolean): void {
    const next = new Set(expanded.value)
    if (open) next.add(id)
    else next.delete(id)
    expanded.value = next
  }

  function toggle(id: number): void {
    setExpanded(id, !expanded.value.has(id))
  }

  /** Select a node: open its ancestors so it is in the tree, and load its communications. */
  function select(id: number): Promise<void> {
    selectedId.value = id
    const ancestors = path(id)
    if (ancestors.some((n) => !expanded.value.has(n.id))) {
      const next = new Set(expanded.value)
      for (const n of ancestors) next.add(n.id)
      expanded.value = next
    }
    return loadCommunications(id)
  }

  function communicationsOf(id: number): CommunicationsState {
    return structure.communicationsOf(id)
  }

  /** (Re)load one node's communications from the portal; the previous data stays visible meanwhile. */
  function loadCommunications(id: number): Promise<void> {
    return structure.loadCommunications(id)
  }

  /** Communications of many nodes, 50 per batch, filled in chunk by chunk. */
  async function loadCommunicationsMany(ids: number[]): Promise<void> {
    await structure.loadCommunicationsMany(ids).catch(() => undefined)
  }

  /** Ids of one communication type the node holds directly (not inherited). */
  function directIds(nodeId: number, type: CommunicationType): number[] {
    const data = communicationsOf(nodeId).data
    if (!data) return []
    const group = type === 'CHAT' ? data.chats : type === 'CHANNEL' ? data.channels : data.collabs
    return group.filter((c) => c.originalNodeId === null).map((c) => c.id)
  }

  /** Ids of one communication type the node holds, direct or inherited (what "is it there?" compares). */
  function allIds(nodeId: number, type: CommunicationType): number[] {
    const data = communicationsOf(nodeId).data
    return data ? idsOfType(data, type) : []
  }

  /**
   * One edit at a time, each through the bulk runner: sent once, and after a failure whose outcome is not
   * known (a lost answer, a timeout, a 5xx) the node is re-read and only what it still lacks is sent again
   * (bulk.ts, "nothing twice"). A browser cannot send Idempotency-Key to a portal, so this is how "at most
   * once" holds. Later edits are not sent after one fails; a refusal turns that kind read-only.
   */
  async function runEdits(nodeId: number, edits: CommunicationEdit[]): Promise<EditOutcome> {
    const outcome: EditOutcome = { done: [], failed: null, notSent: [] }
    const before = new Map(edits.map((e) => [e.communicationType, directIds(nodeId, e.communicationType)]))
    const nodeName = node(nodeId)?.name ?? String(nodeId)
    for (const [i, edit] of edits.entries()) {
      const item: PlanItem = { nodeId, nodeName, edit, before: allIds(nodeId, edit.communicationType), status: 'pending', attempts: 0 }
      await structure.applyItems([item], { maxAttempts: 2, retryDelayMs: () => 500, readAfter: false })
      if (item.status === 'done') {
        outcome.done.push(edit)
        continue
      }
      const error = item.error
        ? itemFailure(item.error)
        : new PortalError({ code: 'OUTCOME_UNKNOWN', message: 'The portal did not say whether the change was made.' })
      // a refusal turns that kind read-only: structure.applyItems noted it from the item
      outcome.failed = { edit, error }
      outcome.notSent = edits.slice(i + 1)
      break
    }
    // Whatever happened, show what the portal holds now.
    await loadCommunications(nodeId)
    for (const edit of outcome.done) await learnChildrenReach(nodeId, edit)
    if (outcome.done.some((e) => e.withChildren)) {
      const reached = subtreeOf(index.value, nodeId).map((n) => n.id).filter((id) => id !== nodeId && communications.value.has(id))
      if (reached.length) await structure.refresh(reached).catch(() => undefined)
    }
    await journal(nodeId, outcome.done, before)
    return outcome
  }

  /** Every applied change goes to the change journal (issue 6); a created default is found by re-reading. */
  async function journal(nodeId: number, done: CommunicationEdit[], before: Map<CommunicationType, number[]>): Promise<void> {
    if (!done.length) return
    const nodeName = index.value.byId.get(nodeId)?.name ?? String(nodeId)
    await useJournalStore().recordEdits(done.map((edit) => {
      const known = before.get(edit.communicationType) ?? []
      const createdIds = edit.createDefault ? directIds(nodeId, edit.communicationType).filter((id) => !known.includes(id)) : undefined
      return { nodeId, nodeName, edit, ...(createdIds ? { createdIds } : {}) }
    }))
  }

  /** Bind `add` and unbind `remove` (one call per communication type). */
  async function applyEdits(nodeId: number, add: PickedCommunication[], remove: PickedCommunication[], withChildren = false): Promise<EditOutcome> {
    const guessedCollabIds = portalAnswers.collabIds === null && add.some((c) => c.type === 'COLLAB' && c.chatId)
    const outcome = await runEdits(nodeId, planEdits(nodeId, add, remove, withChildren))
    const failed = outcome.failed
    // The portal refused a collab's id before anything ran, and which id it takes was a guess (structure.ts,
    // CollabIdKind): it takes the other one. Send the collabs (and what was not sent) again by that id.
    if (guessedCollabIds && failed?.edit.communicationType === 'COLLAB' && 'ids' in failed.error.fieldErrors() && portalAnswers.collabIds === null) {
      portalAnswers.collabIds = 'chat'
      const again = await runEdits(nodeId, planEdits(nodeId, add.filter((c) => c.type === 'COLLAB'), remove.filter((c) => c.type === 'COLLAB'), withChildren).concat(outcome.notSent))
      if (again.failed) portalAnswers.collabIds = null
      return { done: [...outcome.done, ...again.done], failed: again.failed, notSent: again.notSent }
    }
    return outcome
  }

  function createDefault(nodeId: number, communicationType: CommunicationType, withChildren = false): Promise<EditOutcome> {
    const edit: CommunicationEdit = { nodeId, communicationType, createDefault: true }
    if (withChildren) edit.withChildren = true
    return runEdits(nodeId, [edit])
  }

  let searchSeq = 0

  /** humanresources.node.search on top of the instant filter; a stale answer is dropped. */
  async function searchOnPortal(term: string): Promise<void> {
    const seq = ++searchSeq
    const trimmed = term.trim()
    if (trimmed.length < 2) {
      serverMatches.value = new Set()
      return
    }
    searching.value = true
    try {
      const found = await searchNodes(trimmed)
      if (seq !== searchSeq) return
      // Nodes created since the tree loaded: add them so they can be shown and selected.
      structure.addNodes(found)
      serverMatches.value = new Set(found.map((n) => n.id))
    } catch (reason) {
      // the instant filter already answers; a failed portal search only loses the extra matches
      if (seq === searchSeq) serverMatches.value = new Set()
      console.warn('departments: node.search failed', PortalError.from(reason).code)
    } finally {
      if (seq === searchSeq) searching.value = false
    }
  }

  function setFilter(term: string): void {
    filterTerm.value = term
    if (!term.trim()) serverMatches.value = new Set()
  }

  return {
    status, error, index, loadedCount, totalCount, nodeCount, myNodeIds, myNodes, expanded, selectedId, selectedNode,
    filterTerm, matchCount, searching, rows, communications,
    node, path, reach, canEdit, loadStructure, ensureLoaded, setExpanded, toggle, select, communicationsOf,
    loadCommunications, loadCommunicationsMany, applyEdits, createDefault, searchOnPortal, setFilter
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDepartmentsStore, import.meta.hot))
