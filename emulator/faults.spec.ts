// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from './test-client.ts'
import type { TestPortal } from './test-client.ts'
import { defineMethods } from './rest/registry.ts'

let portal: TestPortal
let token: string
let created = 0

/** A write method, so a dropped answer can be shown to keep its effect. */
const writes = defineMethods({
  'test.thing.add': {
    api: 'v2',
    scope: null,
    handler() {
      created += 1
      return created
    }
  }
})

beforeAll(async () => {
  portal = await startTestPortal({ extraMethods: writes })
})
afterAll(async () => {
  await portal.close()
})
beforeEach(async () => {
  await portal.post('/_emulator/reset', {})
  token = (await portal.token(1)).access_token
  created = 0
})

async function faults(body: Record<string, unknown>) {
  const answer = await portal.post('/_emulator/faults', body)
  expect(answer.status).toBe(200)
  return answer.body
}

async function log() {
  return (await portal.get('/_emulator/log')).body as unknown as Record<string, unknown>[]
}

describe('fault injection over HTTP', () => {
  it.each([
    [503, 'QUERY_LIMIT_EXCEEDED'],
    [429, 'OPERATION_TIME_LIMIT'],
    [500, 'INTERNAL_SERVER_ERROR']
  ])('fails the next calls with %i %s, count times, then recovers', async (status, code) => {
    await faults({ fail: { status, count: 2 } })
    for (let i = 0; i < 2; i++) {
      const answer = await portal.v2('profile', {}, token)
      expect(answer.status).toBe(status)
      expect(answer.body.error).toBe(code)
      expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    }
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    const entries = await log()
    expect(entries.map(e => [e.status, e.fault ?? null])).toEqual([[status, 'fail'], [status, 'fail'], [200, null]])
  })

  it('restricts a fault to the named methods, and matches a batch through the methods inside', async () => {
    await faults({ fail: { status: 503, count: 2, methods: ['user.current'] } })
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    expect((await portal.post('/rest/batch', { auth: token, cmd: ['profile', 'user.current'] })).status).toBe(503)
    expect((await portal.v2('user.current', {}, token)).status).toBe(503)
    expect((await portal.v2('user.current', {}, token)).status).toBe(200)
  })

  it('uses the v2 envelope for injected failures on REST 3.0 paths too', async () => {
    await faults({ fail: { status: 503, count: 1 } })
    const answer = await portal.v3('anything.at.all', {}, token)
    expect(answer.status).toBe(503)
    expect(answer.body).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' })
  })

  it('drops the answer after the method ran: the effect stays and no response arrives', async () => {
    await faults({ drop: { count: 1, methods: ['test.thing.add'] } })
    await expect(portal.v2('test.thing.add', {}, token)).rejects.toThrow()
    expect(created).toBe(1)
    const next = await portal.v2('test.thing.add', {}, token)
    expect(next.body.result).toBe(2)
    const entries = await log()
    expect(entries[0]).toMatchObject({ method: 'test.thing.add', status: 200, fault: 'drop' })
  })

  it('adds latency to every call and delays slow ones after they ran', async () => {
    await faults({ latencyMs: 60 })
    let started = Date.now()
    await portal.v2('profile', {}, token)
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
    await faults({ latencyMs: 0, slow: { ms: 150, count: 1, methods: ['test.thing.add'] } })
    started = Date.now()
    const slowCall = portal.v2('test.thing.add', {}, token)
    await new Promise(resolve => setTimeout(resolve, 60))
    // the method already ran while its answer is still held back
    expect(created).toBe(1)
    await slowCall
    expect(Date.now() - started).toBeGreaterThanOrEqual(145)
    started = Date.now()
    await portal.v2('test.thing.add', {}, token)
    expect(Date.now() - started).toBeLessThan(140)
  })

  it('reads back the switches, and clear and reset remove them', async () => {
    const state = await faults({ fail: [{ status: 500, count: 3 }], latencyMs: 5, rateLimit: { burst: 9, drainPerSecond: 1 } })
    expect(state).toMatchObject({ latencyMs: 5, fail: [{ status: 500, count: 3 }], rateLimit: { burst: 9, drainPerSecond: 1 }, tokenLifetime: 3600 })
    expect((await portal.get('/_emulator/faults')).body).toEqual(state)
    expect(await faults({ clear: true })).toMatchObject({ latencyMs: 0, fail: [], drop: null, slow: null })
    await faults({ fail: { status: 500, count: 3 } })
    await portal.post('/_emulator/reset', {})
    token = (await portal.token(1)).access_token
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
  })

  it('refuses a malformed switch with 400 and changes nothing', async () => {
    const answer = await portal.post('/_emulator/faults', { fail: { status: 418, count: 1 } })
    expect(answer.status).toBe(400)
    expect(answer.body.error_description).toMatch(/503, 429 or 500/)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
  })

  it('does not touch the control API', async () => {
    await faults({ fail: { status: 500, count: 1 } })
    expect((await portal.get('/_emulator/state')).status).toBe(200)
    expect((await portal.v2('profile', {}, token)).status).toBe(500)
  })
})
