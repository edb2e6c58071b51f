/**
 * Runs this process's clock `scale` times faster: Date.now() advances `scale` ms per real ms and
 * setTimeout / setInterval wait 1/scale of what they are asked. The Node runner does this so that
 * b24jssdk's own timing — its leaky bucket (burst 50, 2 per second), its wait after a 503, its back-off —
 * runs unmodified, with its default settings, on the same scaled clock as the emulator. performance.now()
 * stays real: it measures the wall time. Returns a function that restores the real clock.
 */
export function scaleProcessClock(scale: number): () => void {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError('scale must be > 0')
  const realNow = Date.now
  const realSetTimeout = globalThis.setTimeout
  const realSetInterval = globalThis.setInterval
  const origin = realNow()
  Date.now = () => Math.floor(origin + (realNow() - origin) * scale)
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetTimeout(handler, (ms ?? 0) / scale, ...args)) as typeof setTimeout
  globalThis.setInterval = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetInterval(handler, (ms ?? 0) / scale, ...args)) as typeof setInterval
  return () => {
    Date.now = realNow
    globalThis.setTimeout = realSetTimeout
    globalThis.setInterval = realSetInterval
  }
}
