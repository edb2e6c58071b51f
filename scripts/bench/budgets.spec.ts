// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { check, checkExitCode, coldClockScale, median, notMeasured, rateLimitFloorMs, roundTripBudget, withinFactor } from './budgets.ts'

describe('the bench budgets (docs/decisions.md D19)', () => {
  it('allows ceil(N/50) + 3 round trips', () => {
    expect(roundTripBudget(100)).toBe(5)
    expect(roundTripBudget(1000)).toBe(23)
    expect(roundTripBudget(1001)).toBe(24)
    expect(roundTripBudget(5000)).toBe(103)
  })

  it('puts the rate-limit floor at (R − 50) / 2 s, and at 0 within the burst', () => {
    expect(rateLimitFloorMs(50)).toBe(0)
    expect(rateLimitFloorMs(10)).toBe(0)
    expect(rateLimitFloorMs(103)).toBe(26_500)
    expect(rateLimitFloorMs(1002)).toBe(476_000)
  })

  it('puts the Enterprise floor at (R − 250) / 5 s', () => {
    expect(rateLimitFloorMs(203, 'enterprise')).toBe(0)
    expect(rateLimitFloorMs(300, 'enterprise')).toBe(10_000)
  })

  it('runs a cold load on real time while its floor is a minute or less, else on a clock that makes it ~20 s', () => {
    expect(coldClockScale(1000, 'default', 50, 100)).toBe(1)
    // 102 requests: 26 s
    expect(coldClockScale(5000, 'default', 50, 100)).toBe(1)
    // 10,000 nodes: the operating-time limit makes it 616 s → ×31
    expect(coldClockScale(10_000, 'default', 50, 100)).toBe(31)
    expect(coldClockScale(10_000, 'enterprise', 50, 100)).toBe(30)
    expect(coldClockScale(10_000, 'default', 50, 20)).toBe(20)
  })

  it('judges a ratio within its factor; a reference that is not there fails', () => {
    expect(withinFactor(115, 100, 1.15)).toBe(true)
    expect(withinFactor(116, 100, 1.15)).toBe(false)
    expect(withinFactor(1, 0, 1.15)).toBe(false)
    expect(withinFactor(Number.NaN, 100, 1.15)).toBe(false)
  })

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('makes PASS, FAIL and N/A verdicts', () => {
    expect(check('x', true, '1', '2').verdict).toBe('PASS')
    expect(check('x', false, '3', '2').verdict).toBe('FAIL')
    expect(notMeasured('x', 'no view', '2')).toEqual({ label: 'x', verdict: 'N/A', value: 'not measured (no view)', budget: '2' })
  })

  it('makes --check exit 1 on a FAIL or a budget not measured, 0 when all pass', () => {
    const pass = check('a', true, '1', '2')
    expect(checkExitCode([pass, pass])).toBe(0)
    expect(checkExitCode([pass, check('b', false, '3', '2')])).toBe(1)
    expect(checkExitCode([pass, notMeasured('c', 'failed', '2')])).toBe(1)
    expect(checkExitCode([])).toBe(0)
  })
})
