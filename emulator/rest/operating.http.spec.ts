// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import type { EmulatorOptions } from '../server.ts'
import { defineMethods } from './registry.ts'

/** The operating-time limit over HTTP: 429, time blocks, nested commands, the outer batch, the control API. */
let portal: TestPortal | null = null

afterEach(async () => {
  await portal?.close()
  portal = null
})

const ran: string[] = []
const methods = defineMethods({
  'test.heavy.get': { api: 'v3', scope: null, handler: () => { ran.push('heavy'); return { item: { ok: true } } } },
  'test.light.get': { api: 'v3', scope: null, handler: () => { ran.push('light'); return { item: { ok: true } } } },
  'test.heavy.v2': { api: 'v2', scope: null, handler: () => { ran.push('v2'); return true } }
})

type Time = { operating: number, operating_reset_at: number, processing: number }
type Body = Record<string, unknown>

async function start(options: Partial<EmulatorOptions> = {}) {
  ran.length = 0
  portal = await startTestPortal({
    extraMethods: methods,
    operatingLimitS: 250,
    operatingCosts: { 'test.heavy.get': 100, 'test.light.get': 1, 'test.heavy.v2': 100 },
    ...options
  })
  const token = (await portal.token(1)).access_token
  return { p: portal, token }
}

describe('operating-time limit over HTTP', () => {
  it('reports processing = the cost and the running operating in every time block; the call that pushes it over completes, the next gets 429', async () => {
    const { p } = await start()
    const times: Time[] = []
    for (let i = 0; i < 3; i++) {
      const answer = await p.v3('test.heavy.get')
      expect(answer.status).toBe(200)
      times.push(answer.body.time as Time)
    }
    expect(times.map(t => t.operating)).toEqual([100, 200, 300])
    expect(times.map(t => t.processing)).toEqual([100, 100, 100])
    // the first call opened the bucket: it drops 10 minutes later, in real unix seconds
    const now = Date.now() / 1000
    expect(times[0]!.operating_reset_at).toBeGreaterThan(now + 590)
    expect(times[0]!.operating_reset_at).toBeLessThanOrEqual(Math.ceil(now) + 600)
    const blocked = await p.v3('test.heavy.get')
    expect(blocked.status).toBe(429)
    expect(blocked.body).toEqual({ error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked due to operation time limit' })
    expect(ran).toHaveLength(3)
    // other methods go on
    expect((await p.v3('test.light.get')).status).toBe(200)
    const view = (await p.get('/_emulator/operating')).body as Record<string, Body>
    expect(view['test.heavy.get']).toMatchObject({ operating: 300, resetAt: times[0]!.operating_reset_at, limited: true })
    expect(view['test.light.get']).toMatchObject({ operating: 1, limited: false })
  })

  it('counts each nested command against its own method and never the outer batch (REST 2 and REST 3.0)', async () => {
    const { p, token } = await start()
    const v2 = await p.post('/rest/batch', { auth: token, cmd: ['test.heavy.v2', 'test.heavy.v2', 'test.heavy.v2', 'test.heavy.v2'] })
    const batch = v2.body.result as Body
    // the fourth row is refused: the third pushed the method over
    expect((batch.result_time as Time[]).map(t => t.operating)).toEqual([100, 200, 300])
    expect(batch.result_error).toEqual({ 3: { error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked due to operation time limit' } })
    expect((v2.body.time as Time).operating).toBe(0)
    expect((v2.body.time as Time).processing).toBe(300)

    const v3 = await p.post(`/rest/api/batch?auth=${token}`, [
      { method: 'test.light.get', query: {} },
      { method: 'test.heavy.get', query: {} },
      { method: 'test.light.get', query: {} }
    ])
    expect(v3.status).toBe(200)
    expect(v3.body.time).toMatchObject({ operating: 0, processing: 102 })
    const view = (await p.get('/_emulator/operating')).body as Record<string, Body>
    expect(Object.keys(view).sort()).toEqual(['test.heavy.get', 'test.heavy.v2', 'test.light.get'])
    expect(view['test.light.get']!.operating).toBe(2)
    expect(view.batch).toBeUndefined()
  })

  it('fails a whole REST 3.0 batch with 429 when a command\'s method is over its limit', async () => {
    const { p, token } = await start()
    for (let i = 0; i < 3; i++) await p.v3('test.heavy.get')
    ran.length = 0
    const batch = await p.post(`/rest/api/batch?auth=${token}`, [{ method: 'test.light.get', query: {} }, { method: 'test.heavy.get', query: {} }])
    expect(batch.status).toBe(429)
    expect(batch.body.error).toBe('OPERATION_TIME_LIMIT')
    expect(ran).toEqual(['light'])
  })

  it('recovers once the oldest bucket drops, on the scaled clock, and operating_reset_at is real time', async () => {
    // ×6000: the 10-minute window lasts 100 real ms
    const { p } = await start({ timeScale: 6000 })
    let last: Time | undefined
    for (let i = 0; i < 3; i++) last = (await p.v3('test.heavy.get')).body.time as Time
    expect((await p.v3('test.heavy.get')).status).toBe(429)
    expect(last!.operating_reset_at).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 1)
    await new Promise(resolve => setTimeout(resolve, 150))
    const again = await p.v3('test.heavy.get')
    expect(again.status).toBe(200)
    expect((again.body.time as Time).operating).toBe(100)
  })

  it('switches the limit and the costs through /_emulator/faults; reset restores the start values and empties the buckets', async () => {
    const { p } = await start()
    expect((await p.get('/_emulator/faults')).body).toMatchObject({ operatingLimit: 250, operatingCosts: { 'test.heavy.get': 100 } })
    expect((await p.post('/_emulator/faults', { operatingLimit: null, operatingCosts: { 'test.heavy.get': 1000 } })).body)
      .toMatchObject({ operatingLimit: null, operatingCosts: { 'test.heavy.get': 1000 } })
    for (let i = 0; i < 3; i++) expect((await p.v3('test.heavy.get')).status).toBe(200)
    await p.post('/_emulator/faults', { operatingLimit: 480 })
    expect((await p.v3('test.heavy.get')).status).toBe(429)
    expect((await p.post('/_emulator/faults', { operatingLimit: -1 })).status).toBe(400)
    expect((await p.post('/_emulator/faults', { operatingCosts: { x: 'a' } })).status).toBe(400)
    expect((await p.post('/_emulator/operating', undefined, { method: 'DELETE' })).status).toBe(200)
    expect((await p.get('/_emulator/operating')).body).toEqual({})
    await p.v3('test.heavy.get')
    await p.post('/_emulator/reset', {})
    expect((await p.get('/_emulator/operating')).body).toEqual({})
    expect((await p.get('/_emulator/faults')).body).toMatchObject({ operatingLimit: 250, operatingCosts: { 'test.heavy.get': 100, 'test.light.get': 1 } })
  })

  it('defaults to 480 s and the docs\' figures', async () => {
    portal = await startTestPortal()
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ operatingLimit: 480, operatingCosts: {} })
    const answer = await portal.v2('user.get', { FILTER: { ID: 1 } })
    expect((answer.body.time as Time).processing).toBe(0.0188)
    expect((answer.body.time as Time).operating).toBe(0.0188)
  })
})
