/**
 * Everything the REST router and the control API share beyond the EmulatorContext: the method registry,
 * the fault switches and the rate limiter. One per emulator, built by server.ts.
 */
import type { EmulatorContext } from '../context.ts'
import type { FaultSwitches } from './faults.ts'
import type { LeakyBucket } from './rate-limit.ts'
import type { ScaledClock } from './clock.ts'
import type { MethodDef } from './registry.ts'

export interface RestRuntime {
  ctx: EmulatorContext
  methods: Record<string, MethodDef>
  faults: FaultSwitches
  limiter: LeakyBucket
  /** drives the limiter and the added latency (a benchmark may run it faster than real time) */
  clock: ScaledClock
}

/** The log keeps the most recent requests only, so a benchmark of 100k calls cannot exhaust memory. */
export const REST_LOG_LIMIT = 20000
