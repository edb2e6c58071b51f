import { describe, expect, it } from 'vitest'
import { OperatingBudget } from './operating'
import type { LimitPause } from './operating'
import { clientRateLimit, tariffPlanOf } from './plan'

const LIST = 'humanresources.node.communication.list'

/** A budget on a fake clock: sleeping advances it. */
function fakeBudget(options: { limitS?: number, margin?: number } = {}) {
  let now = 1_000_000
  const pauses: Array<LimitPause | null> = []
  const budget = new OperatingBudget({
    now: () => now,
    sleep: async (ms) => { now += ms },
    limitS: options.limitS ?? 480,
    margin: options.margin ?? 1
  })
  budget.onPause((p) => pauses.push(p))
  return { budget, pauses, clock: { get now() { return now }, advance(ms: number) { now += ms } } }
}

describe('the operating-time model', () => {
  it('learns a method\'s cost and the window from a call into a fresh window', () => {
    const { budget, clock } = fakeBudget()
    budget.observe(LIST, { processing: 0.08, operating: 0.08, operating_reset_at: (clock.now + 600_000) / 1000 }, clock.now)
    expect(budget.costOf(LIST)).toBeCloseTo(0.084, 3)
    expect(budget.spent(LIST)).toBeCloseTo(0.08, 5)
  })

  it('lets nested calls go while they fit, then waits until the oldest spend drops out, and says so', async () => {
    const { budget, clock, pauses } = fakeBudget({ limitS: 10 })
    budget.observe(LIST, { processing: 0.1, operating: 0.1, operating_reset_at: (clock.now + 600_000) / 1000 }, clock.now)
    const start = clock.now
    // 0.105 s each: 90 calls fit under 10 s with the first call's 0.1
    await budget.acquire(Array(50).fill(LIST))
    clock.advance(60_000)
    await budget.acquire(Array(40).fill(LIST))
    expect(clock.now - start).toBe(60_000)
    await budget.acquire(Array(50).fill(LIST))
    // had to wait for the first spends (the observed call and the first 50) to drop, 10 minutes after they left
    expect(clock.now - start).toBeGreaterThanOrEqual(600_000)
    expect(pauses.some((p) => p?.reason === 'pacing' && p.methods.includes(LIST))).toBe(true)
    expect(pauses.at(-1)).toBeNull()
  })

  it('follows a portal whose window is shorter (a scaled clock) from operating_reset_at', async () => {
    const { budget, clock } = fakeBudget({ limitS: 5 })
    budget.observe(LIST, { processing: 0.1, operating: 0.1, operating_reset_at: (clock.now + 10_000) / 1000 }, clock.now)
    const start = clock.now
    await budget.acquire(Array(45).fill(LIST))
    await budget.acquire(Array(45).fill(LIST))
    expect(clock.now - start).toBeLessThan(11_000)
  })

  it('counts each nested method on its own and never the outer batch', async () => {
    const { budget } = fakeBudget({ limitS: 1 })
    await budget.acquire(['batch', 'a', 'a', 'b'])
    expect(budget.spent('a')).toBeCloseTo(0.5, 5)
    expect(budget.spent('b')).toBeCloseTo(0.25, 5)
    expect(budget.spent('batch')).toBe(0)
  })

  it('after a 429 pauses only that method until the last reset time the portal gave, then a minute', async () => {
    const { budget, clock, pauses } = fakeBudget()
    const resetAt = clock.now + 120_000
    budget.observe(LIST, { processing: 0.08, operating: 300, operating_reset_at: resetAt / 1000 }, clock.now)
    expect(budget.refused([LIST])).toBe(resetAt)
    const start = clock.now
    await budget.acquire(['humanresources.node.list'])
    expect(clock.now).toBe(start)
    await budget.acquire([LIST])
    expect(clock.now).toBeGreaterThanOrEqual(resetAt)
    expect(pauses.some((p) => p?.reason === 'refused' && p.untilMs >= resetAt && p.untilMs <= resetAt + 1000)).toBe(true)
    // refused again with no newer reset time: the next bucket, a minute later
    const again = clock.now
    expect(budget.refused([LIST])).toBe(again + 60_000)
    // a method refused before it ever answered: soon first, then by the bucket
    expect(budget.refused(['other.method'])).toBe(again + 10_000)
    expect(budget.refused(['other.method'])).toBe(again + 60_000)
    // the portal's sum is every tab's and user's: a refusal teaches nothing about the limit itself
    expect(budget.limitS).toBe(480)
  })

  it('forgets the spend of calls the portal refused (they never ran)', async () => {
    const { budget } = fakeBudget()
    const release = await budget.acquire([LIST, LIST])
    expect(budget.spent(LIST)).toBeGreaterThan(0)
    release()
    expect(budget.spent(LIST)).toBe(0)
  })

  it('reads the portal\'s reset time on the portal\'s clock, whatever this page\'s clock says', () => {
    const { budget, clock } = fakeBudget({ limitS: 1 })
    // the portal's clock is 9 minutes ahead: its window still ends 10 minutes after the call
    const portalNow = clock.now + 9 * 60_000
    budget.observe(LIST, { processing: 0.1, operating: 0.1, operating_reset_at: (portalNow + 600_000) / 1000, finish: portalNow / 1000 }, clock.now)
    expect(budget.refused([LIST])).toBe(clock.now + 600_000)
  })

})

describe('limits from the portal\'s plan', () => {
  it('reads Enterprise from app.info\'s LICENSE family or type, whatever the region', () => {
    expect(tariffPlanOf({ LICENSE: 'ru_ent10000', LICENSE_TYPE: 'ent10000', LICENSE_FAMILY: 'ent' })).toBe('enterprise')
    expect(tariffPlanOf({ LICENSE: 'en_ent250' })).toBe('enterprise')
    expect(tariffPlanOf({ LICENSE: 'ru_project', LICENSE_FAMILY: 'project', LICENSE_TYPE: 'project' })).toBe('project')
    expect(tariffPlanOf({ LICENSE: 'de_std' })).toBe('std')
    expect(tariffPlanOf(null)).toBe('default')
  })

  it('keeps the SDK\'s bucket just under the portal\'s: 50/2 and 250/5 (docs/decisions.md D6)', () => {
    expect(clientRateLimit('project')).toEqual({ burstLimit: 48, drainRate: 1.95, adaptiveEnabled: true })
    expect(clientRateLimit('enterprise')).toEqual({ burstLimit: 248, drainRate: 4.875, adaptiveEnabled: true })
  })
})
