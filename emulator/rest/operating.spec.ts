// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEFAULT_OPERATING_COST_S, DEFAULT_OPERATING_LIMIT_S, DOCS_OPERATING_COSTS, OperatingMeter, OPERATING_WINDOW_MS } from './operating.ts'
import { ScaledClock } from './clock.ts'

/** 14 May 2026 10:00:00 UTC, the day of the docs' example */
const T0 = Date.UTC(2026, 4, 14, 10, 0, 0)
const S = 1000
const MIN = 60 * S

function meter(limit: number | null = DEFAULT_OPERATING_LIMIT_S, costs: Record<string, number> = {}) {
  let now = T0
  const m = new OperatingMeter(limit, costs, () => now)
  return { m, at: (ms: number) => { now = T0 + ms } }
}

describe('operating-time buckets (docs/decisions.md D7)', () => {
  it('opens a bucket at the first counted call of its minute and drops it 10 minutes after that call (10:05:20 → 10:15:20)', () => {
    const { m, at } = meter(null, { x: 2 })
    at(5 * MIN + 20 * S)
    expect(m.count('x')).toEqual({ operating: 2, dropsAt: T0 + 15 * MIN + 20 * S })
    // the same minute adds to that bucket and does not move its reset
    at(5 * MIN + 50 * S)
    expect(m.count('x')).toEqual({ operating: 4, dropsAt: T0 + 15 * MIN + 20 * S })
    // the next minute is a bucket of its own
    at(6 * MIN + 10 * S)
    expect(m.count('x')).toEqual({ operating: 6, dropsAt: T0 + 15 * MIN + 20 * S })
    at(15 * MIN + 20 * S - 1)
    expect(m.status('x').operating).toBe(6)
    // the oldest drops; the next minute's bucket still counts, until its own reset
    at(15 * MIN + 20 * S)
    expect(m.status('x')).toEqual({ operating: 2, dropsAt: T0 + 16 * MIN + 10 * S })
    at(16 * MIN + 10 * S)
    expect(m.status('x')).toEqual({ operating: 0, dropsAt: null })
    expect(m.snapshot()).toEqual({})
  })

  it('keeps methods apart', () => {
    const { m } = meter(null, { a: 1, b: 3 })
    m.count('a')
    m.count('b')
    m.count('b')
    expect(m.snapshot()).toEqual({ a: { operating: 1, dropsAt: T0 + OPERATING_WINDOW_MS }, b: { operating: 6, dropsAt: T0 + OPERATING_WINDOW_MS } })
  })

  it('the docs\' example: 480 s limit, 20 s calls — 400 s, then 500 s, blocked, free again when the oldest 40 s drop', () => {
    const { m, at } = meter(480, { 'crm.item.list': 20 })
    // 20 calls in 10 minutes: two per minute, 40 s per bucket
    for (let minute = 0; minute < 10; minute++) {
      for (const second of [0, 30]) {
        at(minute * MIN + second * S)
        expect(m.blocked('crm.item.list')).toBe(false)
        m.count('crm.item.list')
      }
    }
    expect(m.status('crm.item.list').operating).toBe(400)
    // five more complete; the one that pushes it over completes too
    for (let i = 0; i < 5; i++) {
      at(9 * MIN + 40 * S + i * S)
      expect(m.blocked('crm.item.list')).toBe(false)
      m.count('crm.item.list')
    }
    expect(m.status('crm.item.list').operating).toBe(500)
    expect(m.blocked('crm.item.list')).toBe(true)
    // other methods keep working
    expect(m.blocked('user.get')).toBe(false)
    at(10 * MIN - 1)
    expect(m.blocked('crm.item.list')).toBe(true)
    at(10 * MIN)
    expect(m.status('crm.item.list').operating).toBe(460)
    expect(m.blocked('crm.item.list')).toBe(false)
  })

  it('blocks only when the limit is exceeded, not reached; null is no limit', () => {
    const { m } = meter(10, { x: 5 })
    m.count('x')
    m.count('x')
    expect(m.blocked('x')).toBe(false)
    m.count('x')
    expect(m.blocked('x')).toBe(true)
    m.configure(null)
    expect(m.blocked('x')).toBe(false)
    m.configure(15)
    expect(m.blocked('x')).toBe(false)
    m.clear()
    expect(m.status('x').operating).toBe(0)
  })

  it('costs: overrides, then the docs\' figures, then the default', () => {
    const { m } = meter(480, { 'user.get': 1.5 })
    expect(m.cost('user.get')).toBe(1.5)
    expect(m.cost('humanresources.node.communication.list')).toBe(0.0811)
    expect(m.cost('no.figure')).toBe(DEFAULT_OPERATING_COST_S)
    m.setCosts({})
    expect(m.cost('user.get')).toBe(DOCS_OPERATING_COSTS['user.get'])
    expect(() => m.setCosts({ x: -1 })).toThrow(RangeError)
    expect(() => m.configure(-1)).toThrow(RangeError)
  })

  it('runs on the scaled clock: a 10-minute window passes in 10/scale minutes', () => {
    let real = T0
    const clock = new ScaledClock(600, () => real)
    const m = new OperatingMeter(480, { x: 1 }, () => clock.now())
    const { dropsAt } = m.count('x')
    // the real moment the bucket drops: 1 real second later at ×600
    expect(clock.toRealEpoch(dropsAt!)).toBe(T0 + 1000)
    real = T0 + 999
    expect(m.status('x').operating).toBe(1)
    real = T0 + 1000
    expect(m.status('x').operating).toBe(0)
  })
})

describe('the docs\' processing figures', () => {
  it('DOCS_OPERATING_COSTS holds what the method pages\' example answers show (0 and 1 are placeholders)', () => {
    const dir = fileURLToPath(new URL('../docs-spec/methods/', import.meta.url))
    const expected: Record<string, number> = {}
    for (const file of readdirSync(dir).filter(f => f.endsWith('.json'))) {
      const match = /\\?"processing\\?"\s*:\s*([0-9.eE+-]+)/.exec(readFileSync(dir + file, 'utf8'))
      const value = match ? Number(match[1]) : NaN
      if (value > 0 && value < 1) expected[file.replace(/\.json$/, '')] = Math.round(value * 10000) / 10000
    }
    // the table also holds figures of pages without a copy in docs-spec (app.info, more of the departments family)
    expect(DOCS_OPERATING_COSTS).toMatchObject(expected)
    for (const [method, seconds] of Object.entries(DOCS_OPERATING_COSTS)) {
      expect(seconds, method).toBeGreaterThan(0)
      expect(seconds, method).toBeLessThan(1)
    }
  })
})
