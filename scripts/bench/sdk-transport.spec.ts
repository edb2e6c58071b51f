// @vitest-environment node
import { ApiVersion } from '@bitrix24/b24jssdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from '../../emulator/test-client.ts'
import type { TestPortal } from '../../emulator/test-client.ts'
import { clientRateLimit } from '../../src/b24/plan.ts'
import { applyPortalPlan, bucketFillMs, createSdkClient, onScaledClock, sdkTransport } from './sdk-transport.ts'

/** The Node runner's door to the emulator: the real SDK, a control-API token, and its refresh path. */
let portal: TestPortal

beforeAll(async () => {
  portal = await startTestPortal({ size: 30 })
})
afterAll(async () => {
  await portal.close()
})

async function client() {
  const token = await portal.token(1)
  return createSdkClient({ origin: portal.origin, accessToken: token.access_token, refreshToken: token.refresh_token })
}

async function transport() {
  return sdkTransport(await client())
}

describe('sdkTransport', () => {
  it('makes one REST 3.0 call and answers its result', async () => {
    const result = await (await transport()).call('humanresources.node.communication.list', { id: 1 }) as Record<string, unknown>
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['chats', 'channels', 'collabs', 'chatsNoAccess']))
  })

  it('sends a REST 3.0 batch as one request and answers the results in order', async () => {
    await portal.post('/_emulator/log', undefined, { method: 'DELETE' })
    const results = await (await transport()).batch([
      { method: 'humanresources.node.list', params: { type: 'DEPARTMENT', pagination: { page: 1, limit: 2 } } },
      { method: 'humanresources.node.communication.list', params: { id: 1 } }
    ])
    expect(results).toHaveLength(2)
    expect((results[0] as { items: unknown[] }).items).toHaveLength(2)
    const log = (await portal.get('/_emulator/log')).body as unknown as Array<{ method: string }>
    expect(log.map(e => e.method)).toEqual(['batch'])
  })

  it('rejects a failed call', async () => {
    await expect((await transport()).call('humanresources.node.communication.list', {})).rejects.toBeTruthy()
  })

  it('refreshes an expired token through the control API and carries on', async () => {
    const door = await transport()
    await portal.post('/_emulator/faults', { expireTokens: true })
    const result = await door.call('humanresources.node.communication.list', { id: 1 })
    expect(result).toBeTruthy()
  })
})

describe('the SDK\'s limits in the bench', () => {
  const rateLimit = async (b24: Awaited<ReturnType<typeof client>>) => b24.getHttpClient(ApiVersion.v3).getRestrictionManagerParams().rateLimit

  it('start at the app\'s default-plan figures and follow the plan app.info names, as in the app (src/b24/plan.ts)', async () => {
    const b24 = await client()
    expect(await rateLimit(b24)).toMatchObject(clientRateLimit('default'))
    // the emulator's default plan is Project
    expect(await applyPortalPlan(b24)).toBe('project')
    expect(await rateLimit(b24)).toMatchObject(clientRateLimit('default'))

    await portal.post('/_emulator/reset', { plan: 'enterprise' })
    const enterprise = await client()
    expect(await applyPortalPlan(enterprise)).toBe('enterprise')
    expect(await rateLimit(enterprise)).toMatchObject({ burstLimit: 248, drainRate: 4.875 })
    await portal.post('/_emulator/reset', {})
  })
})

describe('bucketFillMs', () => {
  it('is how long the SDK takes to fill from the default plan\'s 48 tokens to the plan\'s burst', () => {
    // (248 − 48) / 4.875 per s
    expect(bucketFillMs('enterprise')).toBeCloseTo(41_025.6, 0)
    expect(bucketFillMs('project')).toBe(0)
    expect(bucketFillMs('default')).toBe(0)
  })
})

describe('onScaledClock', () => {
  it('stretches the wait until the operating reset by the clock\'s scale and moves "finish" to this clock', () => {
    const time = { processing: 0.08, operating: 0.08, finish: 1000, operating_reset_at: 1006 }
    expect(onScaledClock(time, 1)).toBe(time)
    expect(onScaledClock(time, 100, 5_000_000)).toEqual({ processing: 0.08, operating: 0.08, finish: 5000, operating_reset_at: 5600 })
    expect(onScaledClock(undefined, 100)).toBeUndefined()
  })
})
