/**
 * The floor of a cold load: the least time any client could take for the requests a load made, given the
 * portal's two limits and the latency — the figure the cold-load budget divides by (docs/decisions.md D19).
 * Computed from the emulator's own constants (emulator/rest/plan.ts, emulator/rest/operating.ts), so the
 * bench and the portal it talks to cannot disagree about what the limits are.
 *
 * - Rate: a leaky bucket of `burst` requests draining `drain` per second lets R requests go in
 *   (R − burst) / drain s; the last answer comes one latency later.
 * - Operating time: per method, the calls run while the method's sum over the live one-minute buckets is
 *   at most the limit (the call that pushes it over still runs), so a window takes floor(limit / cost) + 1
 *   calls. Every bucket is younger than the method's first call, so none drops out before that call is
 *   a window (10 minutes) old: the calls beyond the first window's allowance wait at least that long, and
 *   then still go at the rate limit (the bucket full again after the wait). Lower bound: the best alignment
 *   of the minute buckets; a run whose first window spans a minute boundary waits up to a minute more.
 * - Latency: the node list must be answered before the communications can be asked, so a load of both
 *   needs two round trips one after the other, and the operating wait counts from the first
 *   communication call, one round trip in.
 * - Emulator service (docs/decisions.md D33): the emulator answers one request at a time, so its own time
 *   for the load's requests is a wait no client avoids — all of it for a load within both limits (the
 *   requests queue behind one another), one request's for a load bound by a limit (the others are served
 *   while it waits). Measured from the emulator alone: the same requests sent again one at a time by a
 *   bare client (service.ts), in portal time (× the clock's scale: the emulator's CPU does not speed up).
 */
import { DEFAULT_OPERATING_COST_S, DEFAULT_OPERATING_LIMIT_S, DOCS_OPERATING_COSTS, OPERATING_WINDOW_MS } from '../../emulator/rest/operating.ts'
import { PLAN_RATE_LIMITS } from '../../emulator/rest/plan.ts'
import type { Plan } from '../../emulator/rest/plan.ts'

export interface PortalLimits {
  plan: Plan
  burst: number
  drainPerSecond: number
  /** seconds of method time per window, per method */
  operatingLimitS: number
  windowMs: number
  /** seconds one call of the method books (the docs' figure, as the emulator books it) */
  costS: (method: string) => number
}

/** The emulator's limits for a plan, with the default operating limit and the docs' method costs. */
export function portalLimits(plan: Plan): PortalLimits {
  const rate = PLAN_RATE_LIMITS[plan]
  return {
    plan,
    burst: rate.burst,
    drainPerSecond: rate.drainPerSecond,
    operatingLimitS: DEFAULT_OPERATING_LIMIT_S,
    windowMs: OPERATING_WINDOW_MS,
    costS: (method) => DOCS_OPERATING_COSTS[method] ?? DEFAULT_OPERATING_COST_S
  }
}

/** The emulator's own time for a load's requests (service.ts), in portal ms. */
export interface ServiceTime {
  requests: number
  totalMs: number
  meanMs: number
}

/** A service time measured on real time, as portal time on a clock `scale` times faster. */
export function onPortalClock(service: ServiceTime, scale: number): ServiceTime {
  return { requests: service.requests, totalMs: service.totalMs * scale, meanMs: service.meanMs * scale }
}

/** What a load asked of the portal (from the emulator's log: scripts/bench/log.ts loadShape). */
export interface LoadShape {
  /** HTTP requests that ran (the refused ones are left out: a client that waits right never sends them) */
  requests: number
  /** calls per method: a single call counts one, a batch one per nested command */
  calls: Record<string, number>
  /** requests per method that carried at least one call of it */
  requestsWith: Record<string, number>
}

export const NODE_LIST = 'humanresources.node.list'
export const COMMUNICATION_LIST = 'humanresources.node.communication.list'

/** Round trips that must follow one another: the node list, then the communications (at least one). */
export function dependentRounds(shape: LoadShape): number {
  const phases = (shape.calls[NODE_LIST] ? 1 : 0) + (shape.calls[COMMUNICATION_LIST] ? 1 : 0)
  return Math.max(1, phases)
}

/** R requests through a leaky bucket that starts empty. */
export function rateFloorMs(requests: number, limits: Pick<PortalLimits, 'burst' | 'drainPerSecond'>): number {
  return Math.max(0, requests - limits.burst) / limits.drainPerSecond * 1000
}

export interface OperatingFloor {
  ms: number
  /** the method that sets it; null when every method fits one window */
  method: string | null
  text: string
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function millis(ms: number): string {
  return ms >= 1000 ? seconds(ms) : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`
}

function count(n: number): string {
  return n.toLocaleString('en-US')
}

function short(method: string): string {
  return method.replace('humanresources.', '')
}

/** The operating-time part of the floor: the method whose calls need the most windows. */
export function operatingFloor(shape: LoadShape, limits: PortalLimits): OperatingFloor {
  let worst: OperatingFloor = { ms: 0, method: null, text: '' }
  const parts: string[] = []
  for (const [method, calls] of Object.entries(shape.calls)) {
    const cost = limits.costS(method)
    const total = calls * cost
    if (calls === 0 || cost === 0) continue
    // the calls run while the sum is <= the limit; the call that pushes it over completes (1e-9: 480 / 0.08 is not quite 6000 in floating point)
    const perWindow = Math.floor(limits.operatingLimitS / cost + 1e-9) + 1
    if (calls <= perWindow) {
      if (total > limits.operatingLimitS * 0.5) parts.push(`${count(calls)} × ${short(method)} × ${cost} s = ${total.toFixed(1)} s ≤ ${limits.operatingLimitS} s`)
      continue
    }
    const waits = Math.ceil(calls / perWindow) - 1
    const last = calls - waits * perWindow
    const perRequest = calls / Math.max(1, shape.requestsWith[method] ?? calls)
    const lastRequests = Math.ceil(last / perRequest)
    const tail = rateFloorMs(lastRequests, limits)
    const ms = waits * limits.windowMs + tail
    const text = `${count(calls)} × ${short(method)} × ${cost} s = ${total.toFixed(1)} s > ${limits.operatingLimitS} s: `
      + `${count(perWindow)} calls fit a window, the other ${count(calls - perWindow)} wait `
      + `${waits === 1 ? 'for the first window' : `${waits} windows`} (${waits} × ${seconds(limits.windowMs)} after the first call), `
      + `then ${count(lastRequests)} requests at the rate limit (${tail === 0 ? `within the burst of ${limits.burst}` : `(${lastRequests} − ${limits.burst}) / ${limits.drainPerSecond} = ${seconds(tail)}`}) = ${seconds(ms)}`
    if (ms > worst.ms) worst = { ms, method, text }
  }
  if (worst.method === null) return { ms: 0, method: null, text: parts.length ? `${parts.join('; ')}: one window` : 'every method fits one window' }
  return worst
}

export type Binding = 'rate' | 'operating' | 'latency'

export interface LoadFloor {
  ms: number
  rateMs: number
  operatingMs: number
  /** the dependent round trips × latency */
  latencyMs: number
  /** the emulator's own time that the binding term waits for (0 when it was not measured) */
  serviceMs: number
  rounds: number
  binding: Binding
  /** how it was computed, one line per part */
  lines: string[]
}

/**
 * The least time for this load: max(the dependent round trips + all of the emulator's service, rate + one
 * round trip + one request's service, operating + the dependent round trips + one request's service).
 */
export function loadFloor(shape: LoadShape, limits: PortalLimits, latencyMs: number, service?: ServiceTime): LoadFloor {
  const rounds = dependentRounds(shape)
  const rateMs = rateFloorMs(shape.requests, limits)
  const operating = operatingFloor(shape, limits)
  const all = service?.totalMs ?? 0
  const one = service?.meanMs ?? 0
  // on a tie the latency binds: a load within the burst and one window is bound by neither limit
  const candidates: Array<[Binding, number, number]> = [
    ['latency', rounds * latencyMs + all, all],
    ['rate', rateMs + latencyMs + one, one],
    ['operating', operating.ms === 0 ? 0 : operating.ms + rounds * latencyMs + one, one]
  ]
  const [binding, ms, serviceMs] = candidates.reduce((best, next) => (next[1] > best[1] ? next : best))
  const rateText = rateMs === 0
    ? `${count(shape.requests)} requests within the burst of ${limits.burst}`
    : `(${count(shape.requests)} − ${limits.burst}) / ${limits.drainPerSecond} per s = ${seconds(rateMs)}`
  return {
    ms,
    rateMs,
    operatingMs: operating.ms,
    latencyMs: rounds * latencyMs,
    serviceMs,
    rounds,
    binding,
    lines: [
      `rate (${limits.plan}: burst ${limits.burst}, ${limits.drainPerSecond}/s): ${rateText}, + ${latencyMs} ms for the last answer`,
      `operating (${limits.operatingLimitS} s per ${seconds(limits.windowMs).replace('.0 s', ' s')} per method): ${operating.text}${operating.ms ? `, + ${rounds} × ${latencyMs} ms` : ''}`,
      `latency: ${rounds} round trip${rounds === 1 ? '' : 's'} one after the other (${rounds === 2 ? 'the node list, then the communications' : 'the communications'}) × ${latencyMs} ms`,
      service
        ? `emulator service (the load's ${count(service.requests)} requests sent again one at a time by a bare client, timed by the emulator): `
          + `${millis(service.totalMs)} in all, ${millis(service.meanMs)} each; added in all to the latency term (one request at a time), one request's to the rate and operating terms`
        : 'emulator service: not measured (0)'
    ]
  }
}
