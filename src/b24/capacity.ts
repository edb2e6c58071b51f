import type { TypeHttp } from '@bitrix24/b24jssdk'
import type { OperatingBudget } from './operating'

/**
 * How many requests the SDK's rate limiter lets go at once right now: the free tokens of its leaky bucket
 * (b24jssdk's RateLimiter, kept just under the portal's by src/b24/plan.ts), refilled up to this moment.
 * A loader keeps that many requests in flight, so a load within the burst goes in one round trip and a
 * longer one at the drain rate; a request beyond it only waits inside the SDK, never reaches the portal
 * early. `getStats().tokens` is the public figure, counted at the bucket's last refill; b24jssdk 2.2.0's
 * stats also carry `lastRefill`, `drainRate` and `burstLimit`, which bring it up to now (without them the
 * figure errs low, never high). 0 when the stats say nothing.
 */
export function freeRequests(http: Pick<TypeHttp, 'getStats'>, nowMs = Date.now()): number {
  const stats = http.getStats() as { tokens?: unknown, lastRefill?: unknown, drainRate?: unknown, burstLimit?: unknown }
  const tokens = Number(stats.tokens)
  if (!Number.isFinite(tokens)) return 0
  const lastRefill = Number(stats.lastRefill)
  const drainRate = Number(stats.drainRate)
  const burstLimit = Number(stats.burstLimit)
  if (!Number.isFinite(lastRefill) || !Number.isFinite(drainRate) || !Number.isFinite(burstLimit)) return Math.max(0, Math.floor(tokens))
  const refilled = tokens + Math.max(0, nowMs - lastRefill) * drainRate / 1000
  return Math.max(0, Math.floor(Math.min(burstLimit, refilled)))
}

/** Share of the operating-time limit a load must fit in for its requests to go all at once (below the model's own margin). */
export const FIT_SHARE = 0.9

/**
 * Requests of a load of `calls` more calls of `method` that may go at once now: the rate limiter's free
 * requests while the whole rest of the load fits what the operating-time model has left in this window, else 0
 * (the caller then keeps a fixed few in flight, which the model paces). Requests queued at the portal are
 * booked by the model when they leave but by the portal when they run, later; a load that must wait for the
 * window to reopen would, with many in flight, send into a window the portal has not yet freed (429).
 */
export function loadCapacity(http: Pick<TypeHttp, 'getStats'>, budget: Pick<OperatingBudget, 'spent' | 'costOf' | 'limitS'>, method: string, calls: number): number {
  const fits = budget.spent(method) + calls * budget.costOf(method) <= budget.limitS * FIT_SHARE
  return fits ? freeRequests(http) : 0
}
