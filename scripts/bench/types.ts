/** What one bench run measures; report.ts turns these into the printed report. */
import type { Plan } from '../../emulator/rest/plan.ts'
import type { LoadShape, ServiceTime } from './floor.ts'

export type { Plan }

export type Strategy = 'per-node' | 'batched'

/**
 * Where a loader ran: 'browser' is the built app in headless Chromium inside the emulator's portal page
 * (its SDK limiter on real time); 'node' is the same loader module in Node through b24jssdk with the
 * SDK's limiter scaled by the emulator's time scale (node-run.ts).
 */
export type Runner = 'browser' | 'node'

export interface LoadRun {
  size: number
  strategy: Strategy
  runner: Runner
  /** the portal's tariff plan: its leaky bucket (default 50 / 2 per s, enterprise 250 / 5) */
  plan: Plan
  /** the emulator's (and, for 'node', the SDK limiter's) clock speed; 1 = real time */
  timeScale: number
  latencyMs: number
  /** HTTP requests the emulator logged during the load, retries included */
  roundTrips: number
  /** of which the rate limit refused (503 QUERY_LIMIT_EXCEEDED) */
  refused: number
  /** of which the operating-time limit refused (429 OPERATION_TIME_LIMIT) */
  operatingRefused: number
  /** real milliseconds from the start of the load to the matrix being there */
  wallMs: number
  /** nodes the loader reported */
  nodes: number
  /** requests per method (a batch as `batch[inner methods]`) */
  byMethod?: Record<string, number>
  /** what the load asked of the portal, for its floor (floor.ts) */
  shape?: LoadShape
  /** the most requests the loader had in flight at once (counted by the Node runner) */
  inFlight?: number
  /** portal-clock ms the Node runner waited before the load for the SDK's bucket to fill to the plan's burst */
  settledMs?: number
  /** the emulator's own time for the load's requests, real ms (scripts/bench/service.ts); the floor adds it */
  service?: ServiceTime
  /** JS heap after loading, browser runs only */
  heapBytes?: number
  /** set when the run could not be measured; the other figures are then meaningless */
  error?: string
}

export interface FirstScreenSample {
  /** from the app frame's navigation start to the first screen with data */
  firstScreenMs: number
  /** the app document's responseEnd */
  documentMs: number
  /** DOMContentLoaded done: the app's module scripts have run (their synchronous part) */
  scriptsMs: number
  /** start of the first REST request */
  firstRestMs: number | null
  /** REST requests started before the first screen */
  restCalls: number
  /** JS heap at the first screen */
  heapBytes: number
}

export interface FirstScreenRun {
  size: number
  samples: FirstScreenSample[]
  /** the baseline page (scripts/bench/baseline/), sampled in turn with the app; its `firstScreenMs` is its user shown */
  baseline: FirstScreenSample[]
  error?: string
  baselineError?: string
}

/** One second visit: moments from the app frame's navigation start. */
export interface WarmSample {
  /** the shell: the signed-in user shown, no data yet */
  shellMs: number
  /** the first rows of the Departments tree */
  rowsMs: number
  /** the rows came from the structure cache (its age was shown) */
  fromCache: boolean
}

/** The reopen from the structure cache (browser.ts measureWarm). */
export interface WarmRun {
  size: number
  samples: WarmSample[]
  /** JS heap with every node and its communications loaded, on the first visit */
  loadedHeapBytes?: number
  /** JS heap on a second visit, its rows from the cache */
  warmHeapBytes?: number
  /** what the cache held: nodes, and nodes with their communications */
  snapshot?: { nodes: number, communications: number }
  error?: string
}

export interface Bytes {
  raw: number
  gzip: number
}

export interface ChunkGroup {
  /** a view's name (e.g. DepartmentsView) or 'first screen' */
  name: string
  js: Bytes
  css: Bytes
  files: string[]
}

export interface BundleReport {
  /** index.html's entry + its static imports + their CSS */
  firstScreen: ChunkGroup
  /** each lazily loaded view: its chunk and what it imports beyond the first screen */
  views: ChunkGroup[]
  /** everything emitted */
  total: { js: Bytes, css: Bytes }
}

export interface BenchEnvironment {
  date: string
  commit: string
  dirty: boolean
  node: string
  chromium: string
  cpus: number
  cpuModel: string
  /** 1-minute load average when the bench started: other work on the machine skews every time */
  loadAverage: number
  /** … and when it ended */
  loadAverageEnd?: number
}

/** The 10,000-node structure tree (scripts/bench/tree.ts). */
export interface TreeRun {
  nodes: number
  /** keystroke → re-rendered tree, per term of FILTER_TERMS */
  filterMs: number[]
  /** rows in the page while the filter "a" matched `matches` nodes */
  renderedWhileBroad: number
  /** rows in the page with that result scrolled to its middle */
  renderedWhenScrolled: number
  matches: number
  error?: string
}
