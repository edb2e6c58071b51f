import { describe, expect, it } from 'vitest'
import { ApiVersion, B24Hook, ParamsFactory } from '@bitrix24/b24jssdk'
import { freeRequests, loadCapacity } from './capacity'
import { OperatingBudget } from './operating'

describe('freeRequests', () => {
  const http = (stats: Record<string, unknown>) => ({ getStats: () => stats as unknown as ReturnType<Parameters<typeof freeRequests>[0]['getStats']> })

  it('brings the bucket up to now at its drain rate, never past its burst', () => {
    const at = 1_000_000
    expect(freeRequests(http({ tokens: 0.4, lastRefill: at, drainRate: 2, burstLimit: 48 }), at + 1000)).toBe(2)
    expect(freeRequests(http({ tokens: 40, lastRefill: at, drainRate: 2, burstLimit: 48 }), at + 60_000)).toBe(48)
  })

  it('falls back to the public token count, and to 0 when the stats say nothing', () => {
    expect(freeRequests(http({ tokens: 7.9 }))).toBe(7)
    expect(freeRequests(http({}))).toBe(0)
  })

  it('reads what b24jssdk\'s own limiter reports (the fields it relies on are still there)', () => {
    const hook = new B24Hook({ b24Url: 'https://example.bitrix24.com', userId: 1, secret: 'x' }, { restrictionParams: { ...ParamsFactory.getDefault(), rateLimit: { burstLimit: 48, drainRate: 1.95, adaptiveEnabled: false } } })
    const stats = hook.getHttpClient(ApiVersion.v3).getStats() as unknown as Record<string, unknown>
    expect(stats).toMatchObject({ burstLimit: 48, drainRate: 1.95 })
    expect(typeof stats.lastRefill).toBe('number')
    expect(freeRequests(hook.getHttpClient(ApiVersion.v3))).toBe(48)
  })

  it('lets a load go at once only while all of it fits the operating-time model\'s window', () => {
    const free = http({ tokens: 40 })
    const budget = new OperatingBudget()
    const method = 'humanresources.node.communication.list'
    // 5,000 calls × 0.0811 s = 405.5 s of 480: at once; 10,000 = 811 s: the model paces it, a fixed few in flight
    expect(loadCapacity(free, budget, method, 5000)).toBe(40)
    expect(loadCapacity(free, budget, method, 10_000)).toBe(0)
  })
})
