// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { clockScaleFor, DEFAULT_SIZES, parseBenchArgs, QUICK_SIZES } from './args.ts'

describe('parseBenchArgs', () => {
  it('defaults to 100, 1,000 and 5,000 nodes; --quick to 100 and 1,000', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: DEFAULT_SIZES, timeScale: 100, runs: 3, build: true, seed: 1 })
    expect(parseBenchArgs(['--quick']).sizes).toEqual(QUICK_SIZES)
  })

  it('reads every flag; --sizes wins over --quick and is sorted and de-duplicated', () => {
    expect(parseBenchArgs(['--quick', '--sizes', '5000, 100,100', '--time-scale', '50', '--runs', '5', '--skip-build', '--seed', '7']))
      .toEqual({ sizes: [100, 5000], timeScale: 50, runs: 5, build: false, seed: 7 })
  })

  it('refuses bad values with the flag\'s name', () => {
    expect(() => parseBenchArgs(['--sizes', '100,x'])).toThrow(/--sizes/)
    expect(() => parseBenchArgs(['--sizes', '2'])).toThrow(/--sizes/)
    expect(() => parseBenchArgs(['--time-scale', '0.5'])).toThrow(/--time-scale/)
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/)
    expect(() => parseBenchArgs(['--bogus'])).toThrow()
  })
})

describe('clockScaleFor', () => {
  it('is N/10, at least 1 and at most the given maximum', () => {
    expect(clockScaleFor(5, 100)).toBe(1)
    expect(clockScaleFor(100, 100)).toBe(10)
    expect(clockScaleFor(1000, 100)).toBe(100)
    expect(clockScaleFor(5000, 100)).toBe(100)
    expect(clockScaleFor(5000, 40)).toBe(40)
  })
})
