// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import type { PortalData } from '../data/types.ts'
import type { RestLogEntry } from '../context.ts'
import { defineMethods } from './registry.ts'
import { checkIdempotency, IDEMPOTENCY_TTL_MS, isV3Write, isValidIdempotencyKey, rememberAnswer } from './idempotency.ts'

let portal: TestPortal
/** how many times the stand-in write really ran */
let runs = 0

/** A REST 3.0 write whose every run is visible (a counter in its answer), and a read. */
const v3Methods = defineMethods({
  'test.thing.add': {
    api: 'v3',
    scope: null,
    handler(params) {
      runs += 1
      return { item: { id: runs, name: params.name } }
    }
  },
  'test.thing.get': {
    api: 'v3',
    scope: null,
    handler() {
      runs += 1
      return { item: { id: runs } }
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
  runs = 0
})

async function v3(method: string, params: Record<string, unknown>, key?: string) {
  const { access_token: auth } = await portal.token(1)
  return portal.post(`/rest/api/${method}`, { ...params, auth }, {
    headers: { 'content-type': 'application/json', ...(key !== undefined ? { 'idempotency-key': key } : {}) }
  })
}

async function log(): Promise<RestLogEntry[]> {
  return (await portal.get('/_emulator/log')).body as unknown as RestLogEntry[]
}

describe('Idempotency-Key on REST 3.0 writes', () => {
  it('replays the stored answer for the same key and body, without running the method again', async () => {
    const first = await v3('test.thing.add', { name: 'a' }, 'key-1')
    const again = await v3('test.thing.add', { name: 'a' }, 'key-1')
    expect(first.status).toBe(200)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    expect(again.status).toBe(200)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.body.result).toEqual(first.body.result)
    expect(again.body.time).toBeTypeOf('object')
    expect(runs).toBe(1)
    expect((await log()).map(e => e.replayed ?? false)).toEqual([false, true])
  })

  it('compares bodies by content, not by key order', async () => {
    await v3('test.thing.add', { name: 'a', size: 2 }, 'key-order')
    const again = await v3('test.thing.add', { size: 2, name: 'a' }, 'key-order')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(runs).toBe(1)
  })

  it('answers 422 IDEMPOTENCYKEYREUSEDEXCEPTION for the same key with another body, and changes nothing', async () => {
    await v3('test.thing.add', { name: 'a' }, 'key-2')
    const other = await v3('test.thing.add', { name: 'b' }, 'key-2')
    expect(other.status).toBe(422)
    expect(other.body).toEqual({ error: {
      code: 'BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION',
      message: expect.any(String) as unknown
    } })
    expect(runs).toBe(1)
  })

  it('answers 400 INVALIDIDEMPOTENCYKEYEXCEPTION for a key that is not 1–255 printable ASCII', async () => {
    for (const key of ['x'.repeat(256), 'clé', 'tab\there']) {
      const bad = await v3('test.thing.add', { name: 'a' }, key)
      expect(bad.status, key).toBe(400)
      expect((bad.body.error as { code: string }).code).toBe('BITRIX_REST_V3_EXCEPTION_INVALIDIDEMPOTENCYKEYEXCEPTION')
    }
    expect(runs).toBe(0)
    // the longest valid key and printable punctuation are accepted
    expect((await v3('test.thing.add', { name: 'a' }, 'k'.repeat(255))).status).toBe(200)
    expect((await v3('test.thing.add', { name: 'a' }, '~ !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}')).status).toBe(200)
  })

  it('keeps keys apart per user and per method, and runs every call without a key', async () => {
    await v3('test.thing.add', { name: 'a' }, 'shared')
    const { access_token: employee } = await portal.token(2)
    const otherUser = await portal.post('/rest/api/test.thing.add', { name: 'a', auth: employee }, {
      headers: { 'content-type': 'application/json', 'idempotency-key': 'shared' }
    })
    expect(otherUser.headers.get('idempotent-replayed')).toBeNull()
    await v3('test.thing.add', { name: 'a' })
    await v3('test.thing.add', { name: 'a' })
    expect(runs).toBe(4)
  })

  it('ignores the header on reads', async () => {
    await v3('test.thing.get', {}, 'read-key')
    const again = await v3('test.thing.get', {}, 'read-key')
    expect(again.headers.get('idempotent-replayed')).toBeNull()
    expect(runs).toBe(2)
    expect((await v3('test.thing.get', {}, 'clé')).status).toBe(200)
  })

  it('does not keep failures: the same key may be tried again after one', async () => {
    await portal.post('/_emulator/faults', { fail: [{ status: 500, count: 1 }] })
    expect((await v3('test.thing.add', { name: 'a' }, 'key-3')).status).toBe(500)
    const retried = await v3('test.thing.add', { name: 'a' }, 'key-3')
    expect(retried.status).toBe(200)
    expect(retried.headers.get('idempotent-replayed')).toBeNull()
    expect(runs).toBe(1)
  })

  it('replays a write whose answer was dropped, so the re-send is applied once', async () => {
    await portal.post('/_emulator/faults', { drop: { count: 1, methods: ['test.thing.add'] } })
    await expect(v3('test.thing.add', { name: 'a' }, 'key-4')).rejects.toThrow()
    const resent = await v3('test.thing.add', { name: 'a' }, 'key-4')
    expect(resent.headers.get('idempotent-replayed')).toBe('true')
    expect(resent.body.result).toEqual({ item: { id: 1, name: 'a' } })
    expect(runs).toBe(1)
  })

  it('forgets every key on /_emulator/reset', async () => {
    await v3('test.thing.add', { name: 'a' }, 'key-5')
    await portal.post('/_emulator/reset', {})
    const after = await v3('test.thing.add', { name: 'a' }, 'key-5')
    expect(after.headers.get('idempotent-replayed')).toBeNull()
    expect(runs).toBe(2)
  })

  it('applies to humanresources.node.communication.edit: a re-sent createDefault makes one chat', async () => {
    const state = (await portal.get('/_emulator/state')).body as unknown as PortalData
    const node = state.nodes.find(n => n.parentId !== null && !state.bindings.some(b => b.nodeId === n.id && b.type === 'CHAT'))!
    const params = { nodeId: node.id, communicationType: 'CHAT', createDefault: true }
    const first = await v3('humanresources.node.communication.edit', params, 'default-1')
    const again = await v3('humanresources.node.communication.edit', params, 'default-1')
    expect(first.status).toBe(200)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    const after = (await portal.get('/_emulator/state')).body as unknown as PortalData
    expect(after.chats.length).toBe(state.chats.length + 1)
    expect(after.bindings.filter(b => b.nodeId === node.id && b.type === 'CHAT')).toHaveLength(1)
  })

  it('works for a client without CORS, while a browser cannot send the header: the preflight refuses it', async () => {
    const preflight = await fetch(`${portal.origin}/rest/api/test.thing.add`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:9', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' }
    })
    expect(preflight.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept')
    const records = (await portal.get('/_emulator/preflights')).body as unknown as { refused: string[] }[]
    expect(records.at(-1)!.refused).toEqual(['idempotency-key'])
    await v3('test.thing.add', { name: 'a' }, 'cors')
    const again = await v3('test.thing.add', { name: 'a' }, 'cors')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    // a page could not read it: nothing is exposed
    expect(again.headers.get('access-control-expose-headers')).toBeNull()
  })
})

describe('the key store', () => {
  const data = {} as PortalData
  const call = { data, userId: 1, method: 'x.y.edit', params: { a: 1 }, key: 'k' }

  it('names writes by their last word', () => {
    expect(['humanresources.node.communication.edit', 'tasks.task.add', 'tasks.task.update', 'tasks.task.delete'].every(isV3Write)).toBe(true)
    expect(['humanresources.node.list', 'humanresources.node.get', 'tasks.task.list', 'batch'].some(isV3Write)).toBe(false)
  })

  it('validates keys', () => {
    expect(isValidIdempotencyKey('')).toBe(false)
    expect(isValidIdempotencyKey(' ')).toBe(true)
    expect(isValidIdempotencyKey('\x7f')).toBe(false)
  })

  it('forgets an answer after 24 h', () => {
    const fresh = checkIdempotency({ ...call, now: 0 })
    expect(fresh.kind).toBe('fresh')
    rememberAnswer(data, fresh, { ok: true }, 0)
    expect(checkIdempotency({ ...call, now: IDEMPOTENCY_TTL_MS - 1 })).toEqual({ kind: 'replay', result: { ok: true } })
    expect(checkIdempotency({ ...call, now: IDEMPOTENCY_TTL_MS }).kind).toBe('fresh')
  })
})
