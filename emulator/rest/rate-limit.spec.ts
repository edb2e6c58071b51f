// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LeakyBucket } from './rate-limit.ts'

function clock() {
  let now = 1_000_000
  return { now: () => now, advance: (ms: number) => { now += ms } }
}

describe('LeakyBucket', () => {
  it('lets the burst through and refuses the next request', () => {
    const time = clock()
    const bucket = new LeakyBucket({ burst: 5, drainPerSecond: 2 }, time.now)
    const passed = Array.from({ length: 7 }, () => bucket.take())
    expect(passed).toEqual([true, true, true, true, true, false, false])
  })

  it('drains at the configured rate and does not count refused requests', () => {
    const time = clock()
    const bucket = new LeakyBucket({ burst: 3, drainPerSecond: 2 }, time.now)
    for (let i = 0; i < 3; i++) bucket.take()
    expect(bucket.take()).toBe(false)
    time.advance(499)
    expect(bucket.take()).toBe(false)
    time.advance(1)
    expect(bucket.take()).toBe(true)
    expect(bucket.take()).toBe(false)
    time.advance(1000)
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false])
  })

  it('passes everything when switched off, and starts empty after configure', () => {
    const time = clock()
    const bucket = new LeakyBucket({ burst: 1, drainPerSecond: 1 }, time.now)
    bucket.take()
    bucket.configure(null)
    expect(Array.from({ length: 100 }, () => bucket.take()).every(Boolean)).toBe(true)
    bucket.configure({ burst: 2, drainPerSecond: 1 })
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false])
  })
})
