import { BATCH_LIMIT, COMMUNICATION_TYPES, NODE_PAGE_LIMIT, NODE_SELECT, NODE_TYPES, toNodeCommunications, toNodes } from './structure'
import type { CommunicationType, NodeCommunications, NodeType, StructureNode } from './structure'
import { portalTransport } from './transport'
import { int, record } from './wire'
import type { PortalTransport } from './transport'

/**
 * The coverage matrix loader: every department and team, then every node's chats, channels and collabs.
 *
 * Round trips (docs/decisions.md D19: at most ceil(N/50) + 3):
 * - nodes: humanresources.node.list pages of 200 in REST 3.0 batches, from page 0 (loadAllNodes). The list has no total, so the first
 *   batch is a full one, FIRST_PAGES_PER_TYPE pages of each type (up to 4,800 nodes of a type in one
 *   round trip, whichever page the portal counts from; an empty page costs the portal next to nothing
 *   and a second round trip costs every company up to that size a latency), later batches up to 50
 *   pages. 10,000 nodes: 2 round trips, 3 when the last page happens to be exactly full.
 * - communications: humanresources.node.communication.list (param `id`) 50 per batch, ceil(N/50) round
 *   trips, as many batches in flight as the SDK's limiter lets go at once (transport.capacity: a load
 *   within the burst goes in one round trip) and never fewer than DEFAULT_CONCURRENCY, which wait inside
 *   the SDK for its next token once the burst is spent (the limiter keeps the pace within the portal's
 *   leaky bucket).
 *
 * The benchmark's one-call-per-node baseline is built from these same pieces outside the product
 * (scripts/bench/per-node.ts).
 */

export interface MatrixProgress {
  phase: 'nodes' | 'communications'
  /** nodes known so far (final once phase is 'communications') */
  nodes: number
  /** nodes whose communications are loaded */
  loaded: number
  /** REST requests sent so far by this load */
  requests: number
}

export interface StructureMatrix {
  nodes: StructureNode[]
  communications: Map<number, NodeCommunications>
  /** REST requests this load sent (SDK-level retries not included: the emulator log has those) */
  requests: number
}

export interface LoadStructureMatrixOptions {
  onProgress?: (progress: MatrixProgress) => void
  signal?: AbortSignal
  /** defaults to the portal (src/b24); specs pass an HTTP transport to the emulator */
  transport?: PortalTransport
  /** a fixed number of requests in flight while loading communications (default: batchRoom) */
  concurrency?: number
}

/** a full first batch: BATCH_LIMIT pages shared by the two node types */
export const FIRST_PAGES_PER_TYPE = BATCH_LIMIT / NODE_TYPES.length
/** 120,000 nodes of a type: far above any real company, and an end to a portal that never sends a short page */
export const MAX_NODE_PAGES = 600
export const DEFAULT_CONCURRENCY = 4
// a row as the batch sends it, so the scope check (scopes.spec.ts) sees the method name
const COMMUNICATION_LIST = { method: 'humanresources.node.communication.list' } as const


interface Counter {
  requests: number
}

/** Every department and team, in batches of node.list pages (see the module comment). */
export async function loadAllNodes(
  transport: PortalTransport, counter: Counter, signal?: AbortSignal, onNodes?: (count: number) => void
): Promise<StructureNode[]> {
  const byId = new Map<number, StructureNode>()
  // Pages from 0: whether the portal's first page is 0 or 1 is not documented (docs/decisions.md D8, D9). If
  // it is 1, page 0 reads as page 1 and its nodes come twice, which byId absorbs; if it is 0, starting at 1
  // would lose the first 200. Either way every node is here exactly once.
  const nextPage: Partial<Record<NodeType, number>> = { DEPARTMENT: 0, TEAM: 0 }
  let pagesAhead = FIRST_PAGES_PER_TYPE
  while (Object.keys(nextPage).length > 0) {
    signal?.throwIfAborted()
    const open = NODE_TYPES.filter((type) => nextPage[type] !== undefined)
    const perType = Math.min(pagesAhead, Math.floor(BATCH_LIMIT / open.length))
    const calls: Array<{ type: NodeType, page: number }> = []
    for (const type of open) {
      for (let i = 0; i < perType; i++) calls.push({ type, page: nextPage[type]! + i })
    }
    counter.requests += 1
    const results = await transport.batch(calls.map((c) => ({
      method: 'humanresources.node.list',
      params: { type: c.type, select: NODE_SELECT, pagination: { page: c.page, limit: NODE_PAGE_LIMIT } }
    })))
    for (const type of open) {
      let done = false
      calls.forEach((c, index) => {
        if (c.type !== type || done) return
        const nodes = toNodes(results[index])
        const known = byId.size
        for (const node of nodes) byId.set(node.id, node)
        // the first short page ends this type (pages asked past it came back empty); so does a full page
        // past the second that brought nothing new — a portal that ignored `page` would repeat itself forever
        if (nodes.length < NODE_PAGE_LIMIT || (c.page > 1 && byId.size === known) || c.page >= MAX_NODE_PAGES) done = true
        else nextPage[type] = c.page + 1
      })
      if (done) delete nextPage[type]
    }
    onNodes?.(byId.size)
    pagesAhead = BATCH_LIMIT
  }
  return [...byId.values()]
}

/**
 * How many departments and teams the portal has (humanresources.node.count), so a load can say "n of N"
 * before its first page. Only for progress: null when the portal does not answer it.
 */
export async function countNodes(transport: PortalTransport = portalTransport): Promise<number | null> {
  try {
    const result = record(await transport.call('humanresources.node.count', {}))
    const departments = int(result.departments)
    const teams = int(result.teams)
    return departments === null && teams === null ? null : (departments ?? 0) + (teams ?? 0)
  } catch {
    return null
  }
}

/**
 * Runs `task` over `jobs`, starting one whenever `room(inFlight)` says so; stops starting new ones once
 * aborted or once one has failed (that failure is the answer).
 */
function pool<J>(jobs: J[], room: (inFlight: number) => number, signal: AbortSignal | undefined, task: (job: J) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0
    let inFlight = 0
    let failed = false
    const fill = () => {
      if (failed) return
      if (next >= jobs.length) {
        if (inFlight === 0) resolve()
        return
      }
      if (signal?.aborted) {
        failed = true
        reject(signal.reason)
        return
      }
      // at least one in flight, else the load would stall
      for (let more = Math.max(inFlight === 0 ? 1 : 0, room(inFlight)); more > 0 && next < jobs.length; more -= 1) {
        const job = jobs[next++]!
        inFlight += 1
        task(job).then(() => {
          inFlight -= 1
          fill()
        }, (error: unknown) => {
          failed = true
          reject(error)
        })
      }
    }
    fill()
  })
}

/**
 * How many more batches may start: with a transport that knows its limits, as many as they let go at once
 * right now for the calls not yet started (a load within the burst and one operating window goes in one round
 * trip), and never fewer than `floor` in flight, which wait inside the SDK for the next token so each one
 * is used the moment it drips; without one, `floor`.
 */
export function batchRoom(transport: PortalTransport, floor: number, method: string, callsLeft: () => number): (inFlight: number) => number {
  return (inFlight) => Math.max(floor - inFlight, transport.capacity?.(method, callsLeft()) ?? 0)
}

/** Splits ids into chunks of at most `size` (a REST 3.0 batch holds 50 calls). */
export function chunk<T>(list: T[], size = BATCH_LIMIT): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/** The communications of the given nodes, 50 per batch (also what a screen reloads after a bulk run). */
export async function loadCommunications(
  nodeIds: number[],
  options: {
    transport?: PortalTransport, signal?: AbortSignal, concurrency?: number, counter?: Counter
    /** after each batch: how many nodes are loaded so far, and that batch's answers (a screen fills in as they come) */
    onChunk?: (loaded: number, chunk: Map<number, NodeCommunications>) => void
  } = {}
): Promise<Map<number, NodeCommunications>> {
  const transport = options.transport ?? portalTransport
  const counter = options.counter ?? { requests: 0 }
  const out = new Map<number, NodeCommunications>()
  let started = 0
  // a fixed `concurrency` (the specs) wins; else the limits' room (batchRoom)
  const room = options.concurrency !== undefined
    ? (inFlight: number) => options.concurrency! - inFlight
    : batchRoom(transport, DEFAULT_CONCURRENCY, COMMUNICATION_LIST.method, () => nodeIds.length - started)
  await pool(chunk(nodeIds), room, options.signal, async (ids) => {
    started += ids.length
    counter.requests += 1
    const results = await transport.batch(ids.map((id) => ({ method: COMMUNICATION_LIST.method, params: { id } })))
    options.signal?.throwIfAborted()
    const got = new Map<number, NodeCommunications>()
    ids.forEach((id, index) => got.set(id, toNodeCommunications(results[index])))
    for (const [id, value] of got) out.set(id, value)
    options.onChunk?.(out.size, got)
  })
  return out
}

/**
 * The whole matrix in one go: every node, then every node's communications — the two steps the structure
 * store (src/stores/structure.ts) takes itself, as one call for the specs and the bench's cold load.
 * ceil(N/50) + (1..3) round trips. A pure function of the portal's answers.
 */
export async function loadStructureMatrix(options: LoadStructureMatrixOptions = {}): Promise<StructureMatrix> {
  const transport = options.transport ?? portalTransport
  const counter: Counter = { requests: 0 }
  const report = (phase: MatrixProgress['phase'], nodes: number, loaded: number) =>
    options.onProgress?.({ phase, nodes, loaded, requests: counter.requests })
  const nodes = await loadAllNodes(transport, counter, options.signal, (count) => report('nodes', count, 0))
  report('communications', nodes.length, 0)
  const communications = await loadCommunications(nodes.map((n) => n.id), {
    transport,
    counter,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    onChunk: (loaded) => report('communications', nodes.length, loaded)
  })
  return { nodes, communications, requests: counter.requests }
}

export interface TypeCounts {
  /** bound to the node itself */
  direct: number
  /** reached the node through an ancestor's "with children" binding (originalNodeId set) */
  inherited: number
  /** bound but invisible to the current user (*NoAccess) */
  hidden: number
}

export type MatrixCounts = Record<CommunicationType, TypeCounts>

const GROUP: Record<CommunicationType, { list: 'chats' | 'channels' | 'collabs', hidden: 'chatsNoAccess' | 'channelsNoAccess' | 'collabsNoAccess' }> = {
  CHAT: { list: 'chats', hidden: 'chatsNoAccess' },
  CHANNEL: { list: 'channels', hidden: 'channelsNoAccess' },
  COLLAB: { list: 'collabs', hidden: 'collabsNoAccess' }
}

export function communicationsOfType(comms: NodeCommunications, type: CommunicationType) {
  return comms[GROUP[type].list]
}

export function hiddenOfType(comms: NodeCommunications, type: CommunicationType): number {
  return comms[GROUP[type].hidden]
}

/** Direct, inherited and hidden counts per type; inherited = originalNodeId set and not the node itself. */
export function countCommunications(nodeId: number, comms: NodeCommunications | undefined): MatrixCounts {
  const out = {} as MatrixCounts
  for (const type of COMMUNICATION_TYPES) {
    const list = comms ? communicationsOfType(comms, type) : []
    const inherited = list.filter((c) => c.originalNodeId !== null && c.originalNodeId !== nodeId).length
    out[type] = { direct: list.length - inherited, inherited, hidden: comms ? hiddenOfType(comms, type) : 0 }
  }
  return out
}

export function totalOf(counts: TypeCounts): number {
  return counts.direct + counts.inherited + counts.hidden
}
