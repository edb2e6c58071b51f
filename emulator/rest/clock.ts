/**
 * The clock of the emulator's rate limit and added latency. A benchmark may run it faster than real time
 * (scale > 1): the leaky bucket then drains `scale` times faster and the added latency is `scale` times
 * shorter, so every ratio between them is the same as on a real portal while a run bound by the rate limit
 * (one call per node for 1,000 nodes: about 8 minutes) takes 1/scale of the time. The operating-time
 * buckets (operating.ts) run on it too. Token lifetimes, the log's timestamps and the `time` block's
 * start/finish stay on real time; `operating_reset_at` is converted back to real time (toRealEpoch).
 */
export class ScaledClock {
  private realAt: number
  private scaledAt: number
  private current: number

  constructor(scale = 1, private readonly realNow: () => number = Date.now) {
    assertScale(scale)
    this.current = scale
    this.realAt = realNow()
    this.scaledAt = this.realAt
  }

  get scale(): number {
    return this.current
  }

  /** Changing the scale keeps the clock continuous, so a bucket's level never jumps. */
  setScale(scale: number): void {
    assertScale(scale)
    this.scaledAt = this.now()
    this.realAt = this.realNow()
    this.current = scale
  }

  /** Milliseconds on the scaled clock. */
  now(): number {
    return this.scaledAt + (this.realNow() - this.realAt) * this.current
  }

  /** Real milliseconds to wait for a span of scaled ones. */
  toReal(ms: number): number {
    return ms / this.current
  }

  /**
   * The real epoch milliseconds at which the scaled clock will read `scaledMs` (at the current scale):
   * what a client on real time must wait for, e.g. `operating_reset_at`.
   */
  toRealEpoch(scaledMs: number): number {
    return this.realNow() + (scaledMs - this.now()) / this.current
  }
}

export function assertScale(scale: number): void {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError('timeScale must be a number > 0')
}
