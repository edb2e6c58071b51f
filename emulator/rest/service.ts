/**
 * The emulator's own time per REST request, for the benchmark's floor (scripts/bench/floor.ts,
 * docs/decisions.md D33): the emulator answers one request at a time on one thread, so what it spends on
 * each request is a wait that no client can avoid. While a recorder is on, the router keeps every
 * request's path and body and the time from its arrival to its answer, the added latency left out. Times
 * measured while requests overlap are not the service time (they include the others'); the bench records a
 * load, then sends the same requests again one at a time with a bare client (scripts/bench/service.ts), and
 * those times are the figure. Kept in memory only, never logged (the bodies may carry tokens).
 */
import type { RestRuntime } from './runtime.ts'

export interface ServedRequest {
  /** path and query as the client sent them */
  url: string
  method: string
  body: string
  /** the answer's HTTP status */
  status: number
  /** ms from arrival to the answer written, the added latency left out */
  serviceMs: number
}

const recorders = new WeakMap<RestRuntime, ServedRequest[]>()

/** Starts keeping every request (a fresh list); the previous one is dropped. */
export function startRecording(rt: RestRuntime): void {
  recorders.set(rt, [])
}

/** Stops keeping requests; answers what was kept since startRecording (empty if it was not on). */
export function stopRecording(rt: RestRuntime): ServedRequest[] {
  const kept = recorders.get(rt) ?? []
  recorders.delete(rt)
  return kept
}

/** The router's hook: one answered request. */
export function recordServed(rt: RestRuntime, request: () => Omit<ServedRequest, 'serviceMs'>, arrivedAt: number, latencyMs: number): void {
  const kept = recorders.get(rt)
  if (!kept) return
  kept.push({ ...request(), serviceMs: Math.max(0, performance.now() - arrivedAt - latencyMs) })
}
