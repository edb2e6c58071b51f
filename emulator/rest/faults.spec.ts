// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { FaultPatchError, FaultSwitches, parseFaultPatch } from './faults.ts'

describe('fault switches', () => {
  it('spends a failure one hit at a time and only on its methods', () => {
    const faults = new FaultSwitches()
    faults.apply(parseFaultPatch({ fail: { status: 503, count: 2, methods: ['user.get'] } }))
    expect(faults.takeFail(['profile'])).toBeNull()
    expect(faults.takeFail(['user.get'])).toBe(503)
    // a batch matches through any method inside it
    expect(faults.takeFail(['batch', 'profile', 'user.get'])).toBe(503)
    expect(faults.takeFail(['user.get'])).toBeNull()
    expect(faults.snapshot.fail).toEqual([])
  })

  it('keeps a list of failures, first match first', () => {
    const faults = new FaultSwitches()
    faults.apply(parseFaultPatch({ fail: [{ status: 429, count: 1 }, { status: 500, count: 1 }] }))
    expect([faults.takeFail(['x']), faults.takeFail(['x']), faults.takeFail(['x'])]).toEqual([429, 500, null])
  })

  it('counts drop and slow down and clears everything on clear', () => {
    const faults = new FaultSwitches()
    faults.apply(parseFaultPatch({ latencyMs: 20, drop: { count: 1 }, slow: { ms: 50, count: 2, methods: ['a'] } }))
    expect(faults.takeDrop(['a'])).toBe(true)
    expect(faults.takeDrop(['a'])).toBe(false)
    expect(faults.takeSlow(['b'])).toBe(0)
    expect([faults.takeSlow(['a']), faults.takeSlow(['a']), faults.takeSlow(['a'])]).toEqual([50, 50, 0])
    expect(faults.latencyMs).toBe(20)
    faults.apply({ clear: true })
    expect(faults.snapshot).toEqual(FaultSwitches.empty())
  })

  it('refuses malformed switches with a message', () => {
    expect(() => parseFaultPatch({ fail: { status: 404, count: 1 } })).toThrow(FaultPatchError)
    expect(() => parseFaultPatch({ fial: [] })).toThrow(/unknown fault switches: fial/)
    expect(() => parseFaultPatch({ drop: { count: -1 } })).toThrow(/count/)
    expect(() => parseFaultPatch({ rateLimit: { burst: 0, drainPerSecond: 1 } })).toThrow(/rateLimit/)
    expect(parseFaultPatch({ rateLimit: null })).toEqual({ rateLimit: null })
  })
})
