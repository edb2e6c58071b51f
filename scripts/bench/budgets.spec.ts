// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { check, matrixBudget, median, notMeasured, rateLimitFloorMs, roundTripBudget } from './budgets.ts'

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

  it('judges the matrix under 2 s at 1,000 nodes and within 1.2 × the floor from 5,000, and not at other sizes', () => {
    expect(matrixBudget(1000, 21)?.limitMs).toBe(2000)
    expect(matrixBudget(5000, 103)?.limitMs).toBeCloseTo(31_800)
    expect(matrixBudget(100, 3)).toBeNull()
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
})
