/**
 * The portal's request-intensity limit (https://apidocs.bitrix24.com/limits.html): a leaky bucket per portal.
 * Every request adds 1, the level drains `drainPerSecond` per second, and a request that would lift the level
 * above `burst` is refused with 503 QUERY_LIMIT_EXCEEDED. Refused requests add nothing, so a client that
 * backs off recovers at the drain rate.
 */

export interface RateLimitConfig {
  burst: number
  drainPerSecond: number
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { burst: 50, drainPerSecond: 2 }

export class LeakyBucket {
  private level = 0
  private updatedAt: number

  constructor(private limit: RateLimitConfig | null = DEFAULT_RATE_LIMIT, private readonly now: () => number = Date.now) {
    this.updatedAt = now()
  }

  get config(): RateLimitConfig | null {
    return this.limit
  }

  /** null switches the limit off (tests and e2e runs that are not about throttling). */
  configure(limit: RateLimitConfig | null): void {
    this.limit = limit
    this.reset()
  }

  reset(): void {
    this.level = 0
    this.updatedAt = this.now()
  }

  /** true when the request may pass (and is counted). */
  take(): boolean {
    if (!this.limit) return true
    const at = this.now()
    this.level = Math.max(0, this.level - ((at - this.updatedAt) / 1000) * this.limit.drainPerSecond)
    this.updatedAt = at
    if (this.level + 1 > this.limit.burst) return false
    this.level += 1
    return true
  }
}
