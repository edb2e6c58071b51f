/** The budgets of docs/decisions.md D19, as numbers. Each check is printed beside the figure it judges. */
import { COMMUNICATION_LIST, loadFloor, NODE_LIST, portalLimits, rateFloorMs } from './floor.ts'
import type { LoadShape } from './floor.ts'
import type { Plan } from './types.ts'

export const BATCH_SIZE = 50

/** Round trips to load the communications of N nodes with batch: ceil(N/50) + 3. */
export function roundTripBudget(nodes: number): number {
  return Math.ceil(nodes / BATCH_SIZE) + 3
}

/** R requests past the default plan's burst of 50 need (R − 50) / 2 s: the fastest any client can go. */
export function rateLimitFloorMs(requests: number, plan: Plan = 'default'): number {
  return rateFloorMs(requests, portalLimits(plan))
}

/** A cold load of every node's communications takes at most this × its floor (floor.ts), with no 429. */
export const COLD_FLOOR_FACTOR = 1.15
/** The sizes of the cold load, the warm reopen and the first screen (`--sizes`). */
export const COLD_SIZES = [1000, 5000, 10_000]
/** The Enterprise plan's cold load is judged from this size up (`--enterprise-sizes`). */
export const ENTERPRISE_FROM = 5000
/** A second visit shows rows from the cache within this × the time its shell takes to appear. */
export const WARM_SHELL_FACTOR = 1.2
/** The first screen with data within this × the baseline page's (scripts/bench/baseline/). */
export const FIRST_SCREEN_BASELINE_FACTOR = 1.3
/** docs/decisions.md D19: the 10,000-node tree filters in under 50 ms. */
export const TREE_FILTER_MS = 50
export const TREE_NODES = 10_000
/** Rows the tree may keep in the page at once: a screenful plus its overscan, never the whole company. */
export const TREE_RENDERED_ROWS_MAX = 100
/** gzipped JS + CSS of the first screen; kB = 1000 bytes (the stricter reading) */
export const FIRST_SCREEN_BYTES = 300_000

/** A cold load whose floor is longer than this runs on the scaled clock: a real-time run would take minutes. */
export const REAL_TIME_MAX_MS = 60_000
/** … on a clock fast enough that it takes about this long. */
export const SCALED_RUN_MS = 20_000

/** What the batched loader is expected to ask for N nodes (node pages and batches estimated), to pick a clock. */
export function expectedShape(nodes: number): LoadShape {
  const commBatches = Math.ceil(nodes / BATCH_SIZE)
  const nodeBatches = nodes > 2000 ? 2 : 1
  return {
    requests: commBatches + nodeBatches,
    calls: { [NODE_LIST]: Math.ceil(nodes / 200) + 10, [COMMUNICATION_LIST]: nodes },
    requestsWith: { [NODE_LIST]: nodeBatches, [COMMUNICATION_LIST]: commBatches }
  }
}

/** The clock of a cold load: real time when its floor is short, else fast enough to take ~SCALED_RUN_MS, at most `max`. */
export function coldClockScale(nodes: number, plan: Plan, latencyMs: number, max: number): number {
  const floor = loadFloor(expectedShape(nodes), portalLimits(plan), latencyMs).ms
  if (floor <= REAL_TIME_MAX_MS) return 1
  return Math.max(2, Math.min(max, Math.round(floor / SCALED_RUN_MS)))
}

export type Verdict = 'PASS' | 'FAIL' | 'N/A'

export interface Check {
  label: string
  /** N/A: the figure could not be measured in this run */
  verdict: Verdict
  /** the measured figure, formatted */
  value: string
  /** the budget, formatted */
  budget: string
}

export function check(label: string, pass: boolean, value: string, budget: string): Check {
  return { label, verdict: pass ? 'PASS' : 'FAIL', value, budget }
}

export function notMeasured(label: string, why: string, budget: string): Check {
  return { label, verdict: 'N/A', value: `not measured (${why})`, budget }
}

/**
 * `npm run bench -- --check`: 1 when a budget failed or could not be measured (a figure that is not there
 * has not met its budget), else 0.
 */
export function checkExitCode(checks: Check[]): number {
  return checks.some(c => c.verdict !== 'PASS') ? 1 : 0
}

/** A ratio's verdict: measured / reference within `factor` (an unmeasured reference fails). */
export function withinFactor(measured: number, reference: number, factor: number): boolean {
  // 1e-9: 100 × 1.15 is 114.99999999999999 in floating point
  return reference > 0 && Number.isFinite(measured) && measured <= reference * factor * (1 + 1e-9)
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
