// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import { defineMethods, V3Error } from './registry.ts'

let portal: TestPortal
let token: string

const calls: unknown[] = []
const v3Methods = defineMethods({
  'test.item.get': {
    api: 'v3',
    scope: null,
    handler(params) {
      calls.push(params)
      if (params.id === 404) throw new V3Error(400, 'ENTITYNOTFOUNDEXCEPTION', 'Not found')
      return { item: { id: params.id, name: `item ${String(params.id)}` } }
    }
  },
  'test.item.list': {
    api: 'v3',
    scope: null,
    handler() {
      return { items: [{ id: 3 }, { id: 4 }] }
    }
  }
})

beforeAll(async () => {
  portal = await startTestPortal({ extraMethods: v3Methods })
})
afterAll(async () => {
  await portal.close()
})
beforeEach(async () => {
  await portal.post('/_emulator/reset', {})
  token = (await portal.token(1)).access_token
  calls.length = 0
})

type BatchResult = {
  result: unknown
  result_error: unknown
  result_total: unknown
  result_next: unknown
  result_time: unknown
}

async function v2Batch(body: Record<string, unknown>) {
  const answer = await portal.post('/rest/batch', { auth: token, ...body })
  return { ...answer, batch: answer.body.result as BatchResult }
}

describe('REST 2 batch', () => {
  it('runs named rows with PHP query strings and reports totals, next and row times', async () => {
    const { status, batch, body } = await v2Batch({
      halt: 0,
      cmd: {
        me: 'user.current',
        third: 'user.get?FILTER%5BID%5D%5B0%5D=3&FILTER%5BID%5D%5B1%5D=4',
        page2: 'user.get?start=50'
      }
    })
    expect(status).toBe(200)
    expect(body.time).toHaveProperty('operating_reset_at')
    const result = batch.result as Record<string, unknown>
    expect((result.me as Record<string, unknown>).ID).toBe('1')
    expect((result.third as Record<string, unknown>[]).map(u => u.ID)).toEqual(['3', '4'])
    expect(batch.result_error).toEqual([])
    expect(batch.result_total).toEqual({ third: 2, page2: portal.emulator.ctx.data.users.length })
    expect(Object.keys(batch.result_time as object)).toEqual(['me', 'third', 'page2'])
    expect(batch.result_next).toEqual(portal.emulator.ctx.data.users.length > 100 ? { page2: 100 } : [])
  })

  it('answers array cmd positionally and puts row errors in result_error', async () => {
    const { batch } = await v2Batch({ cmd: ['profile', 'no.such?a=1', 'scope'] })
    expect(batch.result).toEqual({ 0: expect.any(Object), 2: expect.any(Array) })
    expect(batch.result_error).toEqual({ 1: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } })
  })

  it('returns lists when every row succeeded, and [] for empty maps', async () => {
    const { batch } = await v2Batch({ cmd: ['profile', 'scope'] })
    expect(Array.isArray(batch.result)).toBe(true)
    expect(batch.result_error).toEqual([])
    expect(batch.result_total).toEqual([])
    expect(batch.result_next).toEqual([])
  })

  it('stops at the first failing row with halt', async () => {
    const { batch } = await v2Batch({ halt: 1, cmd: { a: 'profile', b: 'no.such', c: 'scope' } })
    expect(Object.keys(batch.result as object)).toEqual(['a'])
    expect(Object.keys(batch.result_error as object)).toEqual(['b'])
    const noHalt = await v2Batch({ halt: 0, cmd: { a: 'profile', b: 'no.such', c: 'scope' } })
    expect(Object.keys(noHalt.batch.result as object)).toEqual(['a', 'c'])
  })

  it('reads halt as PHP casts it to bool: "0" and "" run on, "N" halts', async () => {
    const rows = { a: 'profile', b: 'no.such', c: 'scope' }
    for (const halt of ['0', '']) {
      expect(Object.keys((await v2Batch({ halt, cmd: rows })).batch.result as object)).toEqual(['a', 'c'])
    }
    expect(Object.keys((await v2Batch({ halt: 'N', cmd: rows })).batch.result as object)).toEqual(['a'])
  })

  it('checks scope per row', async () => {
    await portal.post('/_emulator/reset', { scopes: ['user'] })
    token = (await portal.token(1)).access_token
    const { batch } = await v2Batch({ cmd: { fields: 'crm.activity.communication.fields', me: 'user.current' } })
    expect(Object.keys(batch.result as object)).toEqual(['me'])
    expect((batch.result_error as Record<string, Record<string, unknown>>).fields!.error).toBe('insufficient_scope')
  })

  it('refuses a nested batch row and a row with a bad token of its own', async () => {
    const { batch } = await v2Batch({ cmd: { inner: 'batch?cmd%5B0%5D=profile', other: 'profile?auth=wrong', ok: 'profile' } })
    const errors = batch.result_error as Record<string, Record<string, unknown>>
    expect(errors.inner!.error).toBe('ERROR_BATCH_METHOD_NOT_ALLOWED')
    expect(errors.other!.error).toBe('invalid_token')
    expect(Object.keys(batch.result as object)).toEqual(['ok'])
  })

  it('substitutes $result back-references', async () => {
    const { batch } = await v2Batch({ cmd: { me: 'user.current', same: 'user.get?ID=$result[me][ID]', dept: 'user.get?FILTER[UF_DEPARTMENT]=$result[me][UF_DEPARTMENT][0]' } })
    const result = batch.result as Record<string, Record<string, unknown>[]>
    expect(result.same!.map(u => u.ID)).toEqual(['1'])
    const me = portal.emulator.ctx.data.users.find(u => u.id === 1)!
    expect(result.dept!.length).toBeGreaterThan(0)
    for (const user of result.dept!) expect(user.UF_DEPARTMENT).toContain(me.departmentIds[0])
  })

  it('refuses more than 50 rows with 400 ERROR_BATCH_LENGTH_EXCEEDED', async () => {
    const { status, body } = await v2Batch({ cmd: Array.from({ length: 51 }, () => 'profile') })
    expect(status).toBe(400)
    expect(body.error).toBe('ERROR_BATCH_LENGTH_EXCEEDED')
    expect((await v2Batch({ cmd: Array.from({ length: 50 }, () => 'profile') })).status).toBe(200)
  })

  it('needs a token like any call', async () => {
    const { status, body } = await portal.post('/rest/batch', { cmd: ['profile'] })
    expect(status).toBe(401)
    expect(body.error).toBe('NO_AUTH_FOUND')
  })

  it('logs the batch once with the methods inside', async () => {
    await portal.post('/_emulator/reset', {})
    token = (await portal.token(1)).access_token
    await v2Batch({ cmd: ['profile', 'scope?full=true'] })
    const log = (await portal.get('/_emulator/log')).body as unknown as Record<string, unknown>[]
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ method: 'batch', api: 'v2', status: 200, batch: ['profile', 'scope'] })
  })
})

describe('REST 3.0 batch', () => {
  const v3Batch = (body: unknown, auth: string | null = token) => portal.post(`/rest/api/batch${auth === null ? '' : `?auth=${auth}`}`, body)
  const ITEM_MESSAGE = 'Each request item must have a "method" and "query" attribute'

  it('accepts a bare JSON array (token in ?auth=, as there is no other place) and answers positionally', async () => {
    const { status, body } = await v3Batch([
      { method: 'test.item.get', query: { id: 1 } },
      { method: 'test.item.get', query: { id: 2 } }
    ])
    expect(status).toBe(200)
    expect(body.result).toEqual([{ item: { id: 1, name: 'item 1' } }, { item: { id: 2, name: 'item 2' } }])
    expect(body.time).toHaveProperty('operating')
  })

  it('reads a numeric-keyed object as PHP does: the same list', async () => {
    const { status, body } = await v3Batch({
      1: { method: 'test.item.get', query: { id: 2 }, parallel: false },
      0: { method: 'test.item.get', query: { id: 1 }, parallel: false }
    })
    expect(status).toBe(200)
    expect(body.result).toEqual([{ item: { id: 1, name: 'item 1' } }, { item: { id: 2, name: 'item 2' } }])
  })

  it('refuses any other top-level entry or an item without method/query, and runs nothing (live #455, #491)', async () => {
    const command = { method: 'test.item.get', query: { id: 1 } }
    const bodies: unknown[] = [
      // what b24jssdk 2.2.0 sends for a frame app: the spread array plus auth
      { 0: command, 1: command, auth: token },
      { 0: command, halt: 0 },
      { cmd: ['test.item.get?id=1'] },
      { halt: 0, cmd: { a: command } },
      [command, { method: 'test.item.get' }],
      [command, { query: { id: 1 } }],
      [command, { method: 'test.item.get', query: [1] }],
      [command, { method: 5, query: {} }],
      [command, 'test.item.get?id=1'],
      // a JSON string (the test client sends strings as they are)
      '"test.item.get"'
    ]
    for (const bad of bodies) {
      const { status, body } = await v3Batch(bad)
      expect(status, JSON.stringify(bad)).toBe(400)
      expect(body).toEqual({ error: { code: 'BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION', message: ITEM_MESSAGE } })
    }
    // the shape is refused with the body, before the token: auth in the body is not a place for it
    expect((await v3Batch({ 0: command, auth: token }, null)).status).toBe(400)
    expect(calls).toEqual([])
  })

  it('takes the token from ?auth= only', async () => {
    const missing = await v3Batch([{ method: 'test.item.get', query: { id: 1 } }], null)
    expect(missing.status).toBe(401)
    expect(missing.body.error).toBe('NO_AUTH_FOUND')
    expect(calls).toEqual([])
  })

  it('fails as a whole with the first failing command', async () => {
    const { status, body } = await v3Batch([
      { method: 'test.item.get', query: { id: 1 } },
      { method: 'test.item.get', query: { id: 404 } },
      { method: 'test.item.get', query: { id: 3 } }
    ])
    expect(status).toBe(400)
    expect((body.error as Record<string, unknown>).code).toBe('BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION')
    expect(calls).toEqual([{ id: 1 }, { id: 404 }])
  })

  it('refuses v2 methods, nested batches and more than 50 commands', async () => {
    const v2 = await v3Batch([{ method: 'user.current', query: {} }])
    expect(v2.status).toBe(404)
    expect((v2.body.error as Record<string, unknown>).code).toBe('BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION')
    const nested = await v3Batch([{ method: 'batch', query: {} }])
    expect(nested.status).toBe(405)
    expect(nested.body.error).toBe('ERROR_BATCH_METHOD_NOT_ALLOWED')
    const many = Array.from({ length: 51 }, (_, i) => ({ method: 'test.item.get', query: { id: i } }))
    const tooMany = await v3Batch(many)
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error).toBe('ERROR_BATCH_LENGTH_EXCEEDED')
    expect(calls).toEqual([])
    expect((await v3Batch(many.slice(0, 50))).status).toBe(200)
  })

  it('resolves $ref and $refArray against earlier commands', async () => {
    const { status, body } = await v3Batch([
      { method: 'test.item.get', query: { id: 9 }, as: 'first' },
      { method: 'test.item.list', query: {}, as: 'list' },
      { method: 'test.item.get', query: { id: { $ref: 'first.item.id' }, ids: { $refArray: 'list.id' } } }
    ])
    expect(status).toBe(200)
    expect(calls[1]).toEqual({ id: 9, ids: [3, 4] })
    expect((body.result as unknown[])).toHaveLength(3)
  })

  it('logs the batch with the methods inside, also when its shape is refused', async () => {
    await portal.post('/_emulator/reset', {})
    token = (await portal.token(1)).access_token
    await v3Batch([{ method: 'test.item.get', query: { id: 1 } }, { method: 'test.item.list', query: {} }])
    await v3Batch({ 0: { method: 'test.item.get', query: { id: 1 } }, auth: token })
    const log = (await portal.get('/_emulator/log')).body as unknown as Record<string, unknown>[]
    expect(log.map(e => [e.method, e.api, e.status, e.batch])).toEqual([
      ['batch', 'v3', 200, ['test.item.get', 'test.item.list']],
      ['batch', 'v3', 400, ['test.item.get']]
    ])
    expect(JSON.stringify(log)).not.toContain(token)
  })
})
