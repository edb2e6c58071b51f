import { PortalError } from '@/b24'
import { BATCH_LIMIT, editParams, toNodeCommunications } from './structure'
import type { CommunicationEdit, CommunicationType, NodeCommunications, StructureNode } from './structure'
import { communicationsOfType, hiddenOfType, loadCommunications } from './structureMatrix'
import { portalTransport } from './transport'
import type { PortalTransport } from './transport'

/**
 * Bulk edits of many nodes' communications through humanresources.node.communication.edit (one call per
 * node and communicationType): the plan, and a runner that applies nothing twice.
 *
 * How "nothing twice" holds:
 * - The plan names every change up front and only changes that are needed (a node that already has the
 *   chat is not asked to bind it again; a node that has a chat is not given a default one).
 * - Bind and unbind go 50 per REST 3.0 batch, createDefault (it makes a new chat) one call at a time; every
 *   write request is sent once (`retry: false`): a browser cannot send `Idempotency-Key` to a portal
 *   (docs/decisions.md D3), and whether binding what is bound is an error is not documented, so nothing is
 *   re-sent on a guess.
 * - An item is marked `running` (and the caller persists that) before its request leaves. After any failure,
 *   a dropped answer, or a reload that found items `running`, the runner re-reads those nodes'
 *   communications and decides from what the portal holds: the change is there → done; not there → it may be
 *   sent again. A batch is all-or-nothing in the docs, yet the commands before the failing one may have run
 *   (the emulator does exactly that), so the re-read covers the whole batch.
 * - If the re-read itself fails the item becomes `unknown`, and nothing is sent for it until a later
 *   re-read settles it.
 */

export type BulkActionKind = 'bind' | 'unbind' | 'createDefault'

export interface BulkAction {
  kind: BulkActionKind
  type: CommunicationType
  /** bind / unbind: the chat, channel or collab (chat id, workgroup id for collabs) */
  target?: { id: number, title: string }
}

export type ItemStatus = 'pending' | 'running' | 'done' | 'failed' | 'unknown'

/** Why an item is not done, as the portal said it (kept with the plan, so plain data). */
export interface ItemError {
  code: string
  message: string
  status?: number
  validation?: Array<{ field: string, message: string }>
}

export interface PlanItem {
  nodeId: number
  nodeName: string
  edit: CommunicationEdit
  /** ids of that type the node had when planned: tells a created default apart from what was there */
  before: number[]
  status: ItemStatus
  attempts: number
  error?: ItemError
  /** createDefault: what the portal created (found by re-reading the node) */
  createdIds?: number[]
  /** the change is in the journal (kept with the plan, so a reload neither loses nor repeats the entry) */
  journaled?: boolean
  /**
   * Send alone from now on: a batch it was in failed on another command's error (all-or-nothing), so the
   * runner isolates the culprit instead of failing its 49 neighbours with someone else's error.
   */
  solo?: boolean
}

export type SkipReason = 'already-bound' | 'not-bound' | 'has-some' | 'not-loaded'

export interface SkippedNode {
  nodeId: number
  nodeName: string
  reason: SkipReason
}

export interface BulkPlan {
  id: string
  createdAt: string
  action: BulkAction
  items: PlanItem[]
  skipped: SkippedNode[]
}

/** The PortalError an item's stored error stands for (a screen words it, a rights check reads its code). */
export function itemFailure(error: ItemError): PortalError {
  return new PortalError({ ...error, status: error.status ?? 0, validation: error.validation ?? [] })
}

/** Ids of one communication type the node holds, direct or inherited. */
export function idsOfType(comms: NodeCommunications, type: CommunicationType): number[] {
  return communicationsOfType(comms, type).map((c) => c.id)
}

export function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Every change the action needs on the given nodes, and the nodes it leaves alone with the reason.
 * A node "has" a communication whether it is bound directly or inherited; a node with hidden
 * (no-access) communications of the type counts as having some.
 */
export function planBulk(
  action: BulkAction, nodes: StructureNode[], comms: Map<number, NodeCommunications>, id = newRunId(), now = new Date()
): BulkPlan {
  const items: PlanItem[] = []
  const skipped: SkippedNode[] = []
  for (const node of nodes) {
    const current = comms.get(node.id)
    if (!current) {
      skipped.push({ nodeId: node.id, nodeName: node.name, reason: 'not-loaded' })
      continue
    }
    const have = idsOfType(current, action.type)
    const base = { nodeId: node.id, nodeName: node.name, before: have, status: 'pending' as const, attempts: 0 }
    const edit: CommunicationEdit = { nodeId: node.id, communicationType: action.type }
    if (action.kind === 'createDefault') {
      if (have.length || hiddenOfType(current, action.type) > 0) skipped.push({ nodeId: node.id, nodeName: node.name, reason: 'has-some' })
      else items.push({ ...base, edit: { ...edit, createDefault: true } })
      continue
    }
    const targetId = action.target?.id
    if (targetId === undefined) throw new Error('A bind or unbind needs a target')
    const bound = have.includes(targetId)
    if (action.kind === 'bind') {
      if (bound) skipped.push({ nodeId: node.id, nodeName: node.name, reason: 'already-bound' })
      else items.push({ ...base, edit: { ...edit, ids: [targetId] } })
    } else if (!bound) {
      skipped.push({ nodeId: node.id, nodeName: node.name, reason: 'not-bound' })
    } else {
      items.push({ ...base, edit: { ...edit, removeIds: [targetId] } })
    }
  }
  return { id, createdAt: now.toISOString(), action, items, skipped }
}

/** createDefault creates something: never batched, never re-sent without a re-read. */
export function isBatchable(item: PlanItem): boolean {
  return !item.edit.createDefault && !item.solo
}

/** The requests the items need: bind/unbind items 50 per batch, each createDefault alone. */
export function groupRequests(items: PlanItem[]): PlanItem[][] {
  const groups: PlanItem[][] = []
  let batch: PlanItem[] = []
  for (const item of items) {
    if (!isBatchable(item)) {
      groups.push([item])
      continue
    }
    batch.push(item)
    if (batch.length === BATCH_LIMIT) {
      groups.push(batch)
      batch = []
    }
  }
  if (batch.length) groups.push(batch)
  return groups
}

/** Whether the portal already holds the item's change. */
export function isApplied(item: PlanItem, comms: NodeCommunications | undefined): boolean {
  if (!comms) return false
  const have = idsOfType(comms, item.edit.communicationType)
  if (item.edit.createDefault) return have.some((id) => !item.before.includes(id)) || hiddenOfType(comms, item.edit.communicationType) > 0
  if (item.edit.ids?.some((id) => !have.includes(id))) return false
  if (item.edit.removeIds?.some((id) => have.includes(id))) return false
  return true
}

function createdIds(item: PlanItem, comms: NodeCommunications): number[] {
  return idsOfType(comms, item.edit.communicationType).filter((id) => !item.before.includes(id))
}

/**
 * The nodes' communications for settling items. A batch read is all-or-nothing, so one node deleted
 * meanwhile would hide the others: after a non-retryable failure, each node is read alone and the ones
 * the portal refuses (not found, no access) are left out, which makes their items "not applied".
 */
async function readNodes(ids: number[], transport: PortalTransport): Promise<Map<number, NodeCommunications>> {
  try {
    return await loadCommunications(ids, { transport })
  } catch (reason) {
    if (PortalError.from(reason).retryable || ids.length === 1) {
      if (ids.length === 1 && !PortalError.from(reason).retryable) return new Map()
      throw reason
    }
  }
  const out = new Map<number, NodeCommunications>()
  for (const id of ids) {
    try {
      out.set(id, toNodeCommunications(await transport.call('humanresources.node.communication.list', { id })))
    } catch (reason) {
      if (PortalError.from(reason).retryable) throw reason
    }
  }
  return out
}

export interface RunOptions {
  transport?: PortalTransport
  signal?: AbortSignal
  /**
   * After every change of item states, and before a request leaves with items marked `running`: the
   * caller persists the plan here, so a reload finds the truth.
   */
  onUpdate?: (items: PlanItem[]) => void
  /** attempts per item, counting the first (retryable failures only) */
  maxAttempts?: number
  /** wait before another round for items a retryable failure sent back */
  retryDelayMs?: (round: number) => number
  /** pause between two createDefault calls (the SDK's limiter paces requests on top of it) */
  paceMs?: number
  /** re-read the affected nodes at the end (default true); a caller that reloads them itself says false */
  readAfter?: boolean
}

export interface RunResult {
  done: number
  failed: number
  /** not settled: the re-read after a failure failed too */
  unknown: number
  pending: number
  cancelled: boolean
  /** the affected nodes' communications as the portal holds them after the run (empty if that read failed) */
  fresh: Map<number, NodeCommunications>
  freshError: PortalError | null
}

export const DEFAULT_MAX_ATTEMPTS = 3

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** The request got no answer (lost, or slower than the timeout): it may have run, or be running still. */
function mayStillBeRunning(failure: PortalError): boolean {
  return failure.code === 'NETWORK_ERROR' || failure.code === 'REQUEST_TIMEOUT' || failure.status === 408
}

function errorOf(reason: unknown): ItemError {
  const error = PortalError.from(reason)
  return {
    code: error.code,
    message: error.message,
    ...(error.status ? { status: error.status } : {}),
    ...(error.validation.length ? { validation: error.validation } : {})
  }
}

/**
 * Applies the plan's pending items (and settles `running` / `unknown` ones by re-reading first). Mutates
 * the items' status, attempts, error and createdIds; resolves when nothing is left to send, or when
 * cancelled between two requests.
 */
export async function runPlan(items: PlanItem[], options: RunOptions = {}): Promise<RunResult> {
  const transport = options.transport ?? portalTransport
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
  const update = () => options.onUpdate?.(items)
  const touched = new Set<PlanItem>()

  /** Re-read the group's nodes and settle each item from what the portal holds. */
  async function reconcile(group: PlanItem[], failure: PortalError | null): Promise<void> {
    let fresh: Map<number, NodeCommunications>
    try {
      fresh = await readNodes([...new Set(group.map((i) => i.nodeId))], transport)
    } catch (reason) {
      for (const item of group) {
        item.status = 'unknown'
        item.error = errorOf(failure ?? reason)
      }
      return
    }
    for (const item of group) {
      const comms = fresh.get(item.nodeId)
      if (isApplied(item, comms)) {
        item.status = 'done'
        delete item.error
        if (item.edit.createDefault && comms) item.createdIds = createdIds(item, comms)
      } else if (!failure) {
        // found running after a reload, and the portal does not have it: it never arrived
        item.status = 'pending'
      } else if (item.edit.createDefault && mayStillBeRunning(failure)) {
        // no answer at all: the create may still be running on the portal (a request may take up to 60 s),
        // so not seeing it yet proves nothing — it stays unknown until a later re-read settles it
        item.status = 'unknown'
        item.error = errorOf(failure)
      } else if (failure.retryable && item.attempts < maxAttempts) {
        item.status = 'pending'
        item.error = errorOf(failure)
      } else if (group.length > 1 && item.attempts < maxAttempts) {
        // whose error it is cannot be told from an all-or-nothing batch: send each alone next round
        item.status = 'pending'
        item.solo = true
      } else {
        item.status = 'failed'
        item.error = errorOf(failure)
      }
    }
  }

  const unsettled = items.filter((i) => i.status === 'running' || i.status === 'unknown')
  if (unsettled.length) {
    unsettled.forEach((i) => touched.add(i))
    await reconcile(unsettled, null)
    update()
  }

  let cancelled = false
  let round = 0
  while (!cancelled) {
    const pending = items.filter((i) => i.status === 'pending')
    if (!pending.length) break
    if (round > 0) await sleep(options.retryDelayMs?.(round) ?? 1000 * round, options.signal)
    round += 1
    let lastWasSingle = false
    for (const group of groupRequests(pending)) {
      if (options.signal?.aborted) {
        cancelled = true
        break
      }
      // one change goes as a plain call: a batch of one would only hide the method from the portal's log
      const single = !isBatchable(group[0]!) || group.length === 1
      if (single && lastWasSingle) await sleep(options.paceMs ?? 0, options.signal)
      lastWasSingle = single
      for (const item of group) {
        item.status = 'running'
        item.attempts += 1
        touched.add(item)
      }
      update()
      try {
        if (single) {
          await transport.call('humanresources.node.communication.edit', editParams(group[0]!.edit), { retry: false })
        } else {
          // sent once: after a lost answer the reconcile below reads what the portal holds first
          await transport.batch(group.map((i) => ({ method: 'humanresources.node.communication.edit', params: editParams(i.edit) })), { retry: false })
        }
        for (const item of group) {
          item.status = 'done'
          delete item.error
        }
      } catch (reason) {
        await reconcile(group, PortalError.from(reason))
      }
      update()
    }
  }

  // What the portal holds now: the screen shows it, and a created default gets its id for the journal.
  let fresh = new Map<number, NodeCommunications>()
  let freshError: PortalError | null = null
  const affected = options.readAfter === false ? [] : [...new Set([...touched].map((i) => i.nodeId))]
  if (affected.length) {
    try {
      fresh = await readNodes(affected, transport)
      for (const item of touched) {
        const comms = fresh.get(item.nodeId)
        if (item.status === 'done' && item.edit.createDefault && !item.createdIds?.length && comms) item.createdIds = createdIds(item, comms)
      }
      update()
    } catch (reason) {
      freshError = PortalError.from(reason)
    }
  }

  const count = (status: ItemStatus) => items.filter((i) => i.status === status).length
  return { done: count('done'), failed: count('failed'), unknown: count('unknown'), pending: count('pending'), cancelled, fresh, freshError }
}

/** Items marked `running` when the page went away: their outcome is unknown until re-read. */
export function settleAfterReload(items: PlanItem[]): PlanItem[] {
  return items.map((item) => (item.status === 'running' ? { ...item, status: 'unknown' } : item))
}

/** Failed items go back to pending with fresh attempts (they were re-read when they failed). */
export function resetFailed(items: PlanItem[]): PlanItem[] {
  return items.map((item) => {
    if (item.status !== 'failed') return item
    const next: PlanItem = { ...item, status: 'pending', attempts: 0 }
    delete next.error
    return next
  })
}

/** Items from plain edits (an undo): nothing to compare against but the edit itself. */
export function itemsFromEdits(edits: Array<{ edit: CommunicationEdit, nodeName: string }>): PlanItem[] {
  return edits.map(({ edit, nodeName }) => ({ nodeId: edit.nodeId, nodeName, edit, before: [], status: 'pending', attempts: 0 }))
}
