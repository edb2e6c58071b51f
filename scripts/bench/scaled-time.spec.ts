// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { scaleProcessClock } from './scaled-time.ts'

let restore: (() => void) | null = null
afterEach(() => {
  restore?.()
  restore = null
})

describe('scaleProcessClock', () => {
  it('makes Date.now run faster and timers fire sooner, and restores both', async () => {
    const realSetTimeout = globalThis.setTimeout
    restore = scaleProcessClock(50)
    const fromDate = Date.now()
    const fromPerf = performance.now()
    await new Promise(resolve => setTimeout(resolve, 1000))
    const real = performance.now() - fromPerf
    // 1000 scaled ms = 20 real ms
    expect(real).toBeLessThan(500)
    expect(Date.now() - fromDate).toBeGreaterThanOrEqual(Math.floor(real * 50) - 50)
    restore()
    restore = null
    expect(globalThis.setTimeout).toBe(realSetTimeout)
  })

  it('refuses a scale that is not positive', () => {
    expect(() => scaleProcessClock(0)).toThrow(RangeError)
  })
})
