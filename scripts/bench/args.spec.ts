// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { clockScaleFor, DEFAULT_SIZES, needsBrowser, needsBuild, parseBenchArgs, QUICK_SIZES, SECTIONS } from './args.ts'

describe('parseBenchArgs', () => {
  it('defaults to 1,000, 5,000 and 10,000 nodes, Enterprise from 5,000; --quick to 100 and 1,000', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [1000, 5000, 10_000], enterpriseSizes: [5000, 10_000], timeScale: 100, runs: 3, build: true, check: false, seed: 1, only: [...SECTIONS] })
    expect(DEFAULT_SIZES).toEqual([1000, 5000, 10_000])
    expect(parseBenchArgs(['--quick'])).toMatchObject({ sizes: QUICK_SIZES, enterpriseSizes: [] })
  })

  it('takes the Enterprise sizes from --enterprise-sizes, else the sizes from 5,000 up', () => {
    expect(parseBenchArgs(['--sizes', '1000,8000']).enterpriseSizes).toEqual([8000])
    expect(parseBenchArgs(['--sizes', '300', '--enterprise-sizes', '500,300,500']).enterpriseSizes).toEqual([300, 500])
    expect(parseBenchArgs(['--sizes', '300', '--enterprise-sizes', '']).enterpriseSizes).toEqual([])
    expect(() => parseBenchArgs(['--enterprise-sizes', '2'])).toThrow(/--enterprise-sizes/)
  })

  it('exits non-zero on a failed budget only with --check', () => {
    expect(parseBenchArgs(['--check']).check).toBe(true)
  })

  it('reads every flag; --sizes wins over --quick and is sorted and de-duplicated', () => {
    expect(parseBenchArgs(['--quick', '--sizes', '5000, 100,100', '--time-scale', '50', '--runs', '5', '--skip-build', '--seed', '7']))
      .toEqual({ sizes: [100, 5000], enterpriseSizes: [5000], timeScale: 50, runs: 5, build: false, check: false, seed: 7, only: [...SECTIONS] })
  })

  it('runs the sections --only names, in their own order; the Node loads need neither the build nor Chromium', () => {
    expect(parseBenchArgs(['--only', 'tree, cold']).only).toEqual(['cold', 'tree'])
    expect(needsBuild(['cold', 'per-node'])).toBe(false)
    expect(needsBrowser(['cold', 'bundle'])).toBe(false)
    expect(needsBuild(['bundle'])).toBe(true)
    expect(needsBrowser(['cold', 'warm'])).toBe(true)
    expect(() => parseBenchArgs(['--only', 'cold,colds'])).toThrow(/--only/)
    expect(() => parseBenchArgs(['--only', ''])).toThrow(/--only/)
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
