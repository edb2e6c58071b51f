// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ScaledClock } from './clock.ts'
import { LeakyBucket } from './rate-limit.ts'

function realClock() {
  let now = 5_000
  return { now: () => now, advance: (ms: number) => { now += ms } }
}

describe('ScaledClock', () => {
  it('runs scale times faster and converts scaled spans to real ones', () => {
    const real = realClock()
    const clock = new ScaledClock(10, real.now)
    const start = clock.now()
    real.advance(100)
    expect(clock.now() - start).toBe(1000)
    expect(clock.toReal(50)).toBe(5)
  })

  it('stays continuous when the scale changes', () => {
    const real = realClock()
    const clock = new ScaledClock(1, real.now)
    real.advance(100)
    const before = clock.now()
    clock.setScale(50)
    expect(clock.now()).toBe(before)
    real.advance(2)
    expect(clock.now()).toBe(before + 100)
  })

  it('refuses a scale that is not a positive number', () => {
    expect(() => new ScaledClock(0)).toThrow(RangeError)
    expect(() => new ScaledClock(1).setScale(Number.NaN)).toThrow(RangeError)
  })

  it('drives a leaky bucket whose drain rate scales with it (2 per second at ×100 is 200 per real second)', () => {
    const real = realClock()
    const clock = new ScaledClock(100, real.now)
    const bucket = new LeakyBucket({ burst: 50, drainPerSecond: 2 }, () => clock.now())
    for (let i = 0; i < 50; i++) expect(bucket.take()).toBe(true)
    expect(bucket.take()).toBe(false)
    real.advance(5) // 500 ms on the scaled clock: one request drained
    expect(bucket.take()).toBe(true)
    expect(bucket.take()).toBe(false)
  })
})
