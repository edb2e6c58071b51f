/** The budgets of docs/decisions.md D19, as numbers. Each check is printed beside the figure it judges. */

export const BATCH_SIZE = 50
export const RATE_BURST = 50
export const RATE_DRAIN_PER_SECOND = 2

/** Round trips to load the communications of N nodes with batch: ceil(N/50) + 3. */
export function roundTripBudget(nodes: number): number {
  return Math.ceil(nodes / BATCH_SIZE) + 3
}

/** R requests past the burst of 50 need (R − 50) / 2 s: the fastest any client can go. */
export function rateLimitFloorMs(requests: number): number {
  return Math.max(0, requests - RATE_BURST) / RATE_DRAIN_PER_SECOND * 1000
}

export const MATRIX_1000_MS = 2000
export const MATRIX_FLOOR_FACTOR = 1.2
export const FIRST_SCREEN_MS = 1000
/** docs/decisions.md D19: the 10,000-node tree filters in under 50 ms. */
export const TREE_FILTER_MS = 50
export const TREE_NODES = 10_000
/** gzipped JS + CSS of the first screen; kB = 1000 bytes (the stricter reading) */
export const FIRST_SCREEN_BYTES = 350_000

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

/** The matrix budget that applies at a size: under 2 s at 1,000 nodes, within 1.2× of the floor at 5,000. */
export function matrixBudget(nodes: number, roundTrips: number): { limitMs: number, text: string } | null {
  if (nodes === 1000) return { limitMs: MATRIX_1000_MS, text: 'under 2 s at 1,000 nodes' }
  if (nodes >= 5000) {
    const floor = rateLimitFloorMs(roundTrips)
    return { limitMs: floor * MATRIX_FLOOR_FACTOR, text: `within 1.2 × the rate-limit floor (${roundTrips} requests: ${(floor / 1000).toFixed(1)} s)` }
  }
  return null
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
