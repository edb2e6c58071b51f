// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import { defineMethods, V3Error } from './registry.ts'

let portal: TestPortal

/** Stand-ins for REST 3.0 methods, so these tests do not depend on any real v3 family. */
const v3Methods = defineMethods({
  'test.node.echo': {
    api: 'v3',
    scope: 'humanresources',
    handler(params) {
      if (params.id === undefined) {
        throw new V3Error(400, 'VALIDATION_REQUESTVALIDATIONEXCEPTION', 'Error during request object validation',
          [{ field: 'id', message: 'Required field `id` is missing' }])
      }
      return { item: { id: params.id } }
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
})

const TIME_KEYS = ['start', 'finish', 'duration', 'processing', 'date_start', 'date_finish', 'operating_reset_at', 'operating']

describe('success envelope', () => {
  it('answers REST 2 with result and the full time block', async () => {
    const before = Date.now() / 1000
    const { status, body } = await portal.v2('profile')
    expect(status).toBe(200)
    expect((body.result as Record<string, unknown>).ID).toBe('1')
    const time = body.time as Record<string, unknown>
    expect(Object.keys(time).sort()).toEqual([...TIME_KEYS].sort())
    expect(time.start as number).toBeGreaterThanOrEqual(Math.floor(before))
    expect(time.finish as number).toBeGreaterThanOrEqual(time.start as number)
    expect(time.date_start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
    // a first call opens its bucket: it drops 10 minutes later
    expect(time.operating_reset_at).toBeGreaterThanOrEqual(Math.floor(time.start as number) + 600)
    expect(time.operating_reset_at).toBeLessThanOrEqual(Math.ceil(time.finish as number) + 600)
    expect(time.operating).toBeGreaterThan(0)
  })

  it('accepts the .json suffix, GET with ?auth= and form bodies for REST 2', async () => {
    const { access_token: token } = await portal.token(2)
    const suffixed = await portal.post('/rest/profile.json', { auth: token })
    expect((suffixed.body.result as Record<string, unknown>).ID).toBe('2')
    const viaGet = await portal.get(`/rest/user.current?auth=${token}&bx24_request_id=r1`)
    expect((viaGet.body.result as Record<string, unknown>).ID).toBe('2')
    const form = await portal.post('/rest/user.get', `auth=${token}&FILTER%5BID%5D=3`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' }
    })
    expect(form.body.result).toHaveLength(1)
    expect((form.body.result as Record<string, unknown>[])[0]!.ID).toBe('3')
  })

  it('adds total and next to REST 2 lists', async () => {
    const all = portal.emulator.ctx.data.users.length
    expect(all).toBeGreaterThan(50)
    const { body } = await portal.v2('user.get', {})
    expect(body.total).toBe(all)
    expect(body.next).toBe(50)
    expect(body.result).toHaveLength(50)
  })
})

describe('CORS, as a portal answers it (CRestUtil::sendHeaders, live #455, #491, #507)', () => {
  const preflight = (path: string, headers: string, origin = 'http://127.0.0.1:5173') => fetch(`${portal.origin}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers }
  })
  const CORS_NAMES = (headers: Headers) => [...headers.keys()].filter(k => k.startsWith('access-control-')).sort()

  it('answers every preflight on /rest/* with the fixed three headers, before any routing, echoing nothing', async () => {
    for (const path of ['/rest/api/test.node.echo', '/rest/api/batch', '/rest/profile.json', '/rest/no.such.method', '/rest/']) {
      const response = await preflight(path, 'content-type,idempotency-key,authorization,x-request-id')
      expect(response.status, path).toBe(200)
      expect(await response.text()).toBe('')
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept')
      expect(CORS_NAMES(response.headers)).toEqual(['access-control-allow-headers', 'access-control-allow-origin'])
    }
  })

  it('puts the same headers on successes and errors, and never Expose-Headers', async () => {
    const answers = [await portal.v2('profile'), await portal.post('/rest/profile', {}), await portal.v2('no.such.method'),
      await portal.v3('test.node.echo', { id: 1 }), await portal.post('/rest/api/batch', { auth: 'x' })]
    for (const answer of answers) {
      expect(answer.headers.get('access-control-allow-origin')).toBe('*')
      expect(answer.headers.get('access-control-allow-headers')).toBe('origin, content-type, accept')
      expect(answer.headers.get('access-control-expose-headers')).toBeNull()
      expect(answer.headers.get('access-control-allow-methods')).toBeNull()
    }
  })

  it('records every preflight with what was asked and what a portal refuses; DELETE and reset clear them', async () => {
    await portal.post('/_emulator/preflights', undefined, { method: 'DELETE' })
    await preflight('/rest/api/batch', 'Content-Type')
    await preflight('/rest/api/test.node.echo', 'content-type, Idempotency-Key,authorization', 'http://app.example')
    const { body } = await portal.get('/_emulator/preflights')
    const records = body as unknown as Record<string, unknown>[]
    expect(records).toHaveLength(2)
    expect(records[0]).toMatchObject({ path: '/rest/api/batch', origin: 'http://127.0.0.1:5173', requestMethod: 'POST', requestHeaders: ['content-type'], refused: [] })
    expect(records[1]).toMatchObject({
      path: '/rest/api/test.node.echo',
      origin: 'http://app.example',
      requestHeaders: ['content-type', 'idempotency-key', 'authorization'],
      refused: ['idempotency-key', 'authorization']
    })
    expect(typeof records[0]!.at).toBe('string')
    expect((await portal.post('/_emulator/preflights', undefined, { method: 'DELETE' })).status).toBe(200)
    expect((await portal.get('/_emulator/preflights')).body).toEqual([])
    await preflight('/rest/profile', 'content-type')
    await portal.post('/_emulator/reset', {})
    expect((await portal.get('/_emulator/preflights')).body).toEqual([])
  })

  it('keeps the control API permissive (it is not a portal)', async () => {
    const response = await fetch(`${portal.origin}/_emulator/faults`, {
      method: 'OPTIONS',
      headers: { origin: 'http://x', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-anything' }
    })
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-anything')
    expect((await portal.get('/_emulator/preflights')).body).toEqual([])
  })
})

describe('auth', () => {
  it('answers 401 NO_AUTH_FOUND without a token, on both APIs', async () => {
    const v2 = await portal.post('/rest/profile', {})
    expect(v2.status).toBe(401)
    expect(v2.body).toEqual({ error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' })
    const v3 = await portal.post('/rest/api/test.node.echo', { id: 1 })
    expect(v3.status).toBe(401)
    expect(v3.body.error).toBe('NO_AUTH_FOUND')
  })

  it('answers 401 invalid_token for an unknown token, without echoing it', async () => {
    const { status, body } = await portal.v2('profile', {}, 'secret-looking-token')
    expect(status).toBe(401)
    expect(body.error).toBe('invalid_token')
    expect(JSON.stringify(body)).not.toContain('secret-looking-token')
  })

  it('answers 401 expired_token after "expire now", and refresh gives a working token and retires the old one', async () => {
    const pair = await portal.token(1)
    await portal.post('/_emulator/faults', { expireTokens: true })
    const expired = await portal.v2('profile', {}, pair.access_token)
    expect(expired.status).toBe(401)
    expect(expired.body.error).toBe('expired_token')
    const refreshed = await portal.post('/_emulator/token', { refreshToken: pair.refresh_token })
    const fresh = refreshed.body as { access_token: string }
    expect((await portal.v2('profile', {}, fresh.access_token)).status).toBe(200)
    expect((await portal.v2('profile', {}, pair.access_token)).body.error).toBe('invalid_token')
    expect((await portal.post('/_emulator/token', { refreshToken: pair.refresh_token })).status).toBe(400)
  })

  it('expires tokens after the configured lifetime', async () => {
    await portal.post('/_emulator/faults', { tokenLifetime: 1 })
    const { access_token: token, expires_in: expiresIn } = await portal.token(1)
    expect(expiresIn).toBe(1)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    await new Promise(resolve => setTimeout(resolve, 1050))
    expect((await portal.v2('profile', {}, token)).body.error).toBe('expired_token')
  })

  it('answers 403 user_access_error for a user without access to the app', async () => {
    await portal.post('/_emulator/reset', { users: [{ id: 2, hasAppAccess: false }] })
    const { access_token: token } = await portal.token(2)
    const { status, body } = await portal.v2('profile', {}, token)
    expect(status).toBe(403)
    expect(body.error).toBe('user_access_error')
  })
})

describe('scopes and unknown methods', () => {
  it('answers 403 insufficient_scope (v2) and INSUFFICIENTSCOPEEXCEPTION (v3) outside the granted scopes', async () => {
    await portal.post('/_emulator/reset', { scopes: ['user'] })
    const v2 = await portal.v2('crm.activity.communication.fields')
    expect(v2.status).toBe(403)
    expect(v2.body.error).toBe('insufficient_scope')
    // basic methods need no scope
    expect((await portal.v2('scope')).body.result).toEqual(['user'])
    const v3 = await portal.v3('test.node.echo', { id: 1 })
    expect(v3.status).toBe(403)
    expect((v3.body.error as Record<string, unknown>).code).toBe('BITRIX_REST_V3_EXCEPTION_INSUFFICIENTSCOPEEXCEPTION')
  })

  it('answers 404 ERROR_METHOD_NOT_FOUND for unknown methods and for a v3 method without /api/', async () => {
    for (const method of ['no.such.method', 'test.node.echo']) {
      const { status, body } = await portal.v2(method)
      expect(status).toBe(404)
      expect(body.error).toBe('ERROR_METHOD_NOT_FOUND')
    }
  })

  it('answers the v3 envelope METHODNOTFOUNDEXCEPTION for a v2 method under /api/', async () => {
    const { status, body } = await portal.v3('user.current')
    expect(status).toBe(404)
    const error = body.error as Record<string, unknown>
    expect(error.code).toBe('BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION')
    expect(typeof error.message).toBe('string')
  })
})

describe('REST 3.0 bodies', () => {
  it('answers v3 success with result and time, and v3 errors with code, message and validation', async () => {
    const ok = await portal.v3('test.node.echo', { id: 7 })
    expect(ok.status).toBe(200)
    expect(ok.body.result).toEqual({ item: { id: 7 } })
    expect(Object.keys(ok.body.time as object)).toHaveLength(8)
    const invalid = await portal.v3('test.node.echo', {})
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual({
      error: {
        code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION',
        message: 'Error during request object validation',
        validation: [{ field: 'id', message: 'Required field `id` is missing' }]
      }
    })
  })

  it('does not read v3 parameters from the query string', async () => {
    const { access_token: token } = await portal.token(1)
    const { status } = await portal.get(`/rest/api/test.node.echo?id=5&auth=${token}`)
    expect(status).toBe(400)
  })

  it('refuses form bodies and broken JSON with INVALIDJSONEXCEPTION 400', async () => {
    const { access_token: token } = await portal.token(1)
    const form = await portal.post('/rest/api/test.node.echo', `auth=${token}&type=DEPARTMENT`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' }
    })
    expect(form.status).toBe(400)
    expect((form.body.error as Record<string, unknown>).code).toBe('BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION')
    const broken = await portal.post('/rest/api/test.node.echo', '{"auth":')
    expect(broken.status).toBe(400)
    expect((broken.body.error as Record<string, unknown>).code).toBe('BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION')
  })
})

describe('rate limit', () => {
  it('answers 503 QUERY_LIMIT_EXCEEDED after the burst and counts a batch as one request', async () => {
    await portal.post('/_emulator/faults', { rateLimit: { burst: 3, drainPerSecond: 0.001 } })
    const { access_token: token } = await portal.token(1)
    const batch = await portal.post('/rest/batch', { auth: token, cmd: ['profile', 'scope', 'user.current', 'app.info'] })
    expect(batch.status).toBe(200)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    const limited = await portal.v2('profile', {}, token)
    expect(limited.status).toBe(503)
    expect(limited.body).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' })
    await portal.post('/_emulator/faults', { rateLimit: null })
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
  })

  it('drains so a client that waits gets through again', async () => {
    await portal.post('/_emulator/faults', { rateLimit: { burst: 1, drainPerSecond: 20 } })
    const { access_token: token } = await portal.token(1)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    expect((await portal.v2('profile', {}, token)).status).toBe(503)
    await new Promise(resolve => setTimeout(resolve, 80))
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
  })
})

describe('log', () => {
  it('records every request with method, api, status, error and user, never the token', async () => {
    await portal.post('/_emulator/reset', {})
    const { access_token: token } = await portal.token(2)
    await portal.v2('profile', {}, token)
    await portal.post('/rest/profile', {})
    await portal.v3('nope.method', {}, token)
    const { body } = await portal.get('/_emulator/log')
    const entries = body as unknown as Record<string, unknown>[]
    expect(entries.map(e => [e.method, e.api, e.status, e.error, e.userId])).toEqual([
      ['profile', 'v2', 200, null, 2],
      ['profile', 'v2', 401, 'NO_AUTH_FOUND', null],
      ['nope.method', 'v3', 404, 'BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION', 2]
    ])
    expect(JSON.stringify(entries)).not.toContain(token)
  })
})
