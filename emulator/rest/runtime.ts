/**
 * Everything the REST router and the control API share beyond the EmulatorContext: the method registry,
 * the fault switches, the rate limiter, the operating-time meter and the preflight record. One per emulator, built by server.ts.
 */
import type { EmulatorContext } from '../context.ts'
import type { FaultSwitches } from './faults.ts'
import type { LeakyBucket } from './rate-limit.ts'
import type { ScaledClock } from './clock.ts'
import type { MethodDef } from './registry.ts'
import type { OperatingMeter } from './operating.ts'

/** One CORS preflight a client sent to /rest/* (GET /_emulator/preflights). */
export interface PreflightRecord {
  at: string
  path: string
  origin: string | null
  requestMethod: string | null
  /** Access-Control-Request-Headers, lower-cased and split */
  requestHeaders: string[]
  /** the requested headers a portal's preflight does not allow (outside origin, content-type, accept) */
  refused: string[]
}

export interface RestRuntime {
  ctx: EmulatorContext
  methods: Record<string, MethodDef>
  faults: FaultSwitches
  limiter: LeakyBucket
  /** drives the limiter, the added latency and the operating buckets (a benchmark may run it faster than real time) */
  clock: ScaledClock
  /** the per-method operating-time limit (operating.ts) */
  operating: OperatingMeter
  /** every preflight on /rest/* since the last reset (capped like the log) */
  preflights: PreflightRecord[]
}

/** The log keeps the most recent requests only, so a benchmark of 100k calls cannot exhaust memory. */
export const REST_LOG_LIMIT = 20000
