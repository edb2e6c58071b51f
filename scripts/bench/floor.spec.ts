// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMMUNICATION_LIST, dependentRounds, loadFloor, NODE_LIST, onPortalClock, operatingFloor, portalLimits, rateFloorMs } from './floor.ts'
import type { LoadShape } from './floor.ts'

/** What the app's batched loader asks for N nodes: node.list pages in `nodeBatches` batches, then N communications 50 per batch. */
function batched(nodes: number, nodeBatches: number, nodePages: number): LoadShape {
  const commBatches = Math.ceil(nodes / 50)
  return {
    requests: nodeBatches + commBatches,
    calls: { [NODE_LIST]: nodePages, [COMMUNICATION_LIST]: nodes },
    requestsWith: { [NODE_LIST]: nodeBatches, [COMMUNICATION_LIST]: commBatches }
  }
}

describe('the limits the floor is computed from', () => {
  it('are the emulator\'s: the plan\'s bucket, 480 s per 10 minutes, the docs\' costs', () => {
    const limits = portalLimits('default')
    expect([limits.burst, limits.drainPerSecond, limits.operatingLimitS, limits.windowMs]).toEqual([50, 2, 480, 600_000])
    expect(limits.costS(COMMUNICATION_LIST)).toBe(0.0811)
    expect(limits.costS(NODE_LIST)).toBe(0.219)
    expect(limits.costS('im.recent.list')).toBe(0.05)
    expect([portalLimits('enterprise').burst, portalLimits('enterprise').drainPerSecond]).toEqual([250, 5])
  })
})

describe('rateFloorMs', () => {
  it('is (R − burst) / drain, and 0 within the burst', () => {
    expect(rateFloorMs(103, portalLimits('default'))).toBe(26_500)
    expect(rateFloorMs(50, portalLimits('default'))).toBe(0)
    expect(rateFloorMs(203, portalLimits('enterprise'))).toBe(0)
    expect(rateFloorMs(300, portalLimits('enterprise'))).toBe(10_000)
  })
})

describe('operatingFloor', () => {
  it('is 0 while every method fits one window (5,000 communications = 405.5 s ≤ 480 s)', () => {
    const floor = operatingFloor(batched(5000, 2, 30), portalLimits('default'))
    expect(floor.ms).toBe(0)
    expect(floor.text).toContain('405.5 s ≤ 480 s')
  })

  it('makes 10,000 communications (811 s) wait for the first window to age out, then sends the rest at the rate limit', () => {
    // 5,919 calls fit (they run while the sum is ≤ 480 s); 4,081 = 82 batches of 50 are left: (82 − 50) / 2 = 16 s
    const floor = operatingFloor(batched(10_000, 3, 60), portalLimits('default'))
    expect(floor.method).toBe(COMMUNICATION_LIST)
    expect(floor.ms).toBe(600_000 + 16_000)
    expect(floor.text).toContain('5,919 calls fit a window, the other 4,081 wait for the first window')
    // Enterprise: the 82 requests go within its burst of 250
    expect(operatingFloor(batched(10_000, 3, 60), portalLimits('enterprise')).ms).toBe(600_000)
  })

  it('counts one window per 480 s for single calls, and the call that pushes the sum over still runs', () => {
    // 480 / 0.08 = 6,000 calls reach the limit exactly; the 6,001st still runs (the sum was not over it)
    const limits = { ...portalLimits('enterprise'), costS: () => 0.08 }
    const single = (n: number): LoadShape => ({ requests: n, calls: { m: n }, requestsWith: { m: n } })
    expect(operatingFloor(single(6001), limits).ms).toBe(0)
    // 12,003 calls: two waits, then 1 call
    expect(operatingFloor(single(12_003), limits).ms).toBe(2 * 600_000)
  })
})

describe('loadFloor', () => {
  it('takes the binding limit, plus the round trips that cannot overlap', () => {
    const cold10k = loadFloor(batched(10_000, 3, 60), portalLimits('default'), 50)
    expect(cold10k).toMatchObject({ binding: 'operating', ms: 616_100, rateMs: 76_500, operatingMs: 616_000, rounds: 2 })
    const cold5k = loadFloor(batched(5000, 2, 30), portalLimits('default'), 50)
    // 102 requests: (102 − 50) / 2 = 26 s, + the last answer
    expect(cold5k).toMatchObject({ binding: 'rate', ms: 26_050 })
    // neither limit binds: two round trips of latency, the node list and then the communications
    const cold1k = loadFloor(batched(1000, 1, 10), portalLimits('default'), 50)
    expect(cold1k).toMatchObject({ binding: 'latency', ms: 100 })
    const enterprise5k = loadFloor(batched(5000, 2, 30), portalLimits('enterprise'), 50)
    expect(enterprise5k).toMatchObject({ binding: 'latency', ms: 100 })
  })

  it('says how each part was computed', () => {
    const { lines } = loadFloor(batched(10_000, 3, 60), portalLimits('default'), 50)
    expect(lines[0]).toBe('rate (default: burst 50, 2/s): (203 − 50) / 2 per s = 76.5 s, + 50 ms for the last answer')
    expect(lines[1]).toContain('operating (480 s per 600 s per method): 10,000 × node.communication.list × 0.0811 s = 811.0 s > 480 s')
    expect(lines[1]).toContain('then 82 requests at the rate limit ((82 − 50) / 2 = 16.0 s) = 616.0 s, + 2 × 50 ms')
    expect(lines[2]).toBe('latency: 2 round trips one after the other (the node list, then the communications) × 50 ms')
  })

  it('needs one round trip when the nodes were known already', () => {
    const commsOnly: LoadShape = { requests: 20, calls: { [COMMUNICATION_LIST]: 1000 }, requestsWith: { [COMMUNICATION_LIST]: 20 } }
    expect(dependentRounds(commsOnly)).toBe(1)
    expect(loadFloor(commsOnly, portalLimits('default'), 50)).toMatchObject({ ms: 50, binding: 'latency' })
  })
})

describe('the emulator\'s service in the floor', () => {
  const service = { requests: 21, totalMs: 42, meanMs: 2 }

  it('adds all of it to a load within both limits: the requests queue behind one another', () => {
    const floor = loadFloor(batched(1000, 1, 10), portalLimits('default'), 50, service)
    expect(floor.binding).toBe('latency')
    expect(floor.ms).toBe(2 * 50 + 42)
    expect(floor.serviceMs).toBe(42)
    expect(floor.lines.at(-1)).toContain('42 ms in all, 2.0 ms each')
  })

  it('adds one request\'s to a load bound by the rate limit: the others are served while it waits', () => {
    const floor = loadFloor(batched(5000, 2, 30), portalLimits('default'), 50, { requests: 102, totalMs: 204, meanMs: 2 })
    expect(floor.binding).toBe('rate')
    expect(floor.ms).toBe(26_000 + 50 + 2)
  })

  it('counts on the portal clock: a service measured on real time is scale times longer there', () => {
    const floor = loadFloor(batched(1000, 1, 10), portalLimits('default'), 50, onPortalClock(service, 10))
    expect(floor.ms).toBe(100 + 420)
  })

  it('is left out when not measured', () => {
    expect(loadFloor(batched(1000, 1, 10), portalLimits('default'), 50).ms).toBe(100)
  })
})
