/**
 * Fault switches for REST (set with POST /_emulator/faults and from the portal page). Each counted fault
 * is spent one hit at a time; `methods` restricts it to some methods. A batch request matches a fault
 * when the fault names `batch` or any method inside the batch, and the fault then hits the batch as a
 * whole: faults model the transport and the portal, which answer per HTTP request, not per row.
 */
import type { RateLimitConfig } from './rate-limit.ts'
import { isPlainObject } from './http.ts'

export type FailStatus = 503 | 429 | 500

export interface FailFault {
  status: FailStatus
  count: number
  methods?: string[]
}

export interface DropFault {
  count: number
  methods?: string[]
}

export interface SlowFault {
  ms: number
  count: number
  methods?: string[]
}

export interface FaultState {
  latencyMs: number
  fail: FailFault[]
  drop: DropFault | null
  slow: SlowFault | null
}

/** Body of POST /_emulator/faults. Keys that are absent leave their switch as it is. */
export interface FaultPatch {
  latencyMs?: number
  fail?: FailFault | FailFault[]
  drop?: DropFault | null
  slow?: SlowFault | null
  rateLimit?: RateLimitConfig | null
  expireTokens?: true
  tokenLifetime?: number
  /** the rate limit's and the latency's clock runs this many times faster than real time (see clock.ts) */
  timeScale?: number
  /** the per-method operating-time limit in seconds, null = off (operating.ts) */
  operatingLimit?: number | null
  /** replaces the per-method cost overrides (seconds per call); null or {} = the docs' figures again */
  operatingCosts?: Record<string, number> | null
  clear?: true
}

export class FaultPatchError extends Error {}

function matches(methods: string[] | undefined, requested: string[]): boolean {
  return !methods || methods.length === 0 || requested.some(m => methods.includes(m))
}

function methodList(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || !value.every(m => typeof m === 'string')) {
    throw new FaultPatchError(`${where}.methods must be an array of method names`)
  }
  return value
}

function count(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new FaultPatchError(`${where}.count must be a non-negative integer`)
  }
  return value
}

function millis(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new FaultPatchError(`${where} must be a non-negative number of milliseconds`)
  }
  return value
}

function parseFail(value: unknown): FailFault {
  if (!isPlainObject(value)) throw new FaultPatchError('fail must be an object or an array of objects')
  if (value.status !== 503 && value.status !== 429 && value.status !== 500) {
    throw new FaultPatchError('fail.status must be 503, 429 or 500')
  }
  return { status: value.status, count: count(value.count, 'fail'), methods: methodList(value.methods, 'fail') }
}

function parseDrop(value: unknown): DropFault | null {
  if (value === null) return null
  if (!isPlainObject(value)) throw new FaultPatchError('drop must be an object or null')
  return { count: count(value.count, 'drop'), methods: methodList(value.methods, 'drop') }
}

function parseSlow(value: unknown): SlowFault | null {
  if (value === null) return null
  if (!isPlainObject(value)) throw new FaultPatchError('slow must be an object or null')
  return { ms: millis(value.ms, 'slow.ms'), count: count(value.count, 'slow'), methods: methodList(value.methods, 'slow') }
}

export function parseRateLimit(value: unknown): RateLimitConfig | null {
  if (value === null) return null
  if (!isPlainObject(value) || typeof value.burst !== 'number' || value.burst < 1
    || typeof value.drainPerSecond !== 'number' || value.drainPerSecond <= 0) {
    throw new FaultPatchError('rateLimit must be {burst >= 1, drainPerSecond > 0} or null')
  }
  return { burst: value.burst, drainPerSecond: value.drainPerSecond }
}

/** Validates an untrusted patch (the control API's body) so a typo fails loudly instead of doing nothing. */
export function parseFaultPatch(body: unknown): FaultPatch {
  if (!isPlainObject(body)) throw new FaultPatchError('the body must be a JSON object')
  const known = ['latencyMs', 'fail', 'drop', 'slow', 'rateLimit', 'expireTokens', 'tokenLifetime', 'timeScale', 'operatingLimit', 'operatingCosts', 'clear']
  const unknown = Object.keys(body).filter(k => !known.includes(k))
  if (unknown.length > 0) throw new FaultPatchError(`unknown fault switches: ${unknown.join(', ')}`)
  const patch: FaultPatch = {}
  if (body.latencyMs !== undefined) patch.latencyMs = millis(body.latencyMs, 'latencyMs')
  if (body.fail !== undefined) patch.fail = Array.isArray(body.fail) ? body.fail.map(parseFail) : parseFail(body.fail)
  if (body.drop !== undefined) patch.drop = parseDrop(body.drop)
  if (body.slow !== undefined) patch.slow = parseSlow(body.slow)
  if (body.rateLimit !== undefined) patch.rateLimit = parseRateLimit(body.rateLimit)
  if (body.expireTokens === true) patch.expireTokens = true
  if (body.tokenLifetime !== undefined) {
    if (typeof body.tokenLifetime !== 'number' || body.tokenLifetime < 1) throw new FaultPatchError('tokenLifetime must be >= 1 second')
    patch.tokenLifetime = body.tokenLifetime
  }
  if (body.timeScale !== undefined) {
    if (typeof body.timeScale !== 'number' || !Number.isFinite(body.timeScale) || body.timeScale <= 0) {
      throw new FaultPatchError('timeScale must be a number > 0')
    }
    patch.timeScale = body.timeScale
  }
  if (body.operatingLimit !== undefined) {
    const limit = body.operatingLimit
    if (limit !== null && (typeof limit !== 'number' || !Number.isFinite(limit) || limit < 0)) {
      throw new FaultPatchError('operatingLimit must be a number of seconds >= 0, or null')
    }
    patch.operatingLimit = limit
  }
  if (body.operatingCosts !== undefined) {
    const costs = body.operatingCosts
    if (costs !== null && !(isPlainObject(costs) && Object.values(costs).every(v => typeof v === 'number' && Number.isFinite(v) && v >= 0))) {
      throw new FaultPatchError('operatingCosts must be {method: seconds >= 0} or null')
    }
    patch.operatingCosts = costs as Record<string, number> | null
  }
  if (body.clear === true) patch.clear = true
  return patch
}

/** The REST-side fault switches. Token and rate-limit switches live in their own stores (see control.ts). */
export class FaultSwitches {
  private state: FaultState = FaultSwitches.empty()

  static empty(): FaultState {
    return { latencyMs: 0, fail: [], drop: null, slow: null }
  }

  get snapshot(): FaultState {
    return structuredClone(this.state)
  }

  clear(): void {
    this.state = FaultSwitches.empty()
  }

  /** `fail` replaces the list of failures (send [] to remove them). */
  apply(patch: FaultPatch): void {
    if (patch.clear) this.clear()
    if (patch.latencyMs !== undefined) this.state.latencyMs = patch.latencyMs
    if (patch.fail !== undefined) this.state.fail = (Array.isArray(patch.fail) ? patch.fail : [patch.fail]).filter(f => f.count > 0)
    if (patch.drop !== undefined) this.state.drop = patch.drop && patch.drop.count > 0 ? patch.drop : null
    if (patch.slow !== undefined) this.state.slow = patch.slow && patch.slow.count > 0 ? patch.slow : null
  }

  get latencyMs(): number {
    return this.state.latencyMs
  }

  /** Spends one hit of the first matching failure. */
  takeFail(methods: string[]): FailStatus | null {
    const fault = this.state.fail.find(f => matches(f.methods, methods))
    if (!fault) return null
    fault.count -= 1
    if (fault.count === 0) this.state.fail = this.state.fail.filter(f => f !== fault)
    return fault.status
  }

  takeDrop(methods: string[]): boolean {
    const fault = this.state.drop
    if (!fault || !matches(fault.methods, methods)) return false
    fault.count -= 1
    if (fault.count === 0) this.state.drop = null
    return true
  }

  takeSlow(methods: string[]): number {
    const fault = this.state.slow
    if (!fault || !matches(fault.methods, methods)) return 0
    fault.count -= 1
    if (fault.count === 0) this.state.slow = null
    return fault.ms
  }
}
