// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import { defineMethods } from './registry.ts'

/** The open question v3SystemErrors: which envelope the portal-wide errors take under /rest/api/. */
let portal: TestPortal

const methods = defineMethods({
  'test.sys.get': { api: 'v3', scope: null, handler: () => ({ item: { ok: true } }) }
})

beforeAll(async () => {
  portal = await startTestPortal({ extraMethods: methods, operatingCosts: { 'test.sys.get': 300 } })
})
afterAll(async () => {
  await portal.close()
})
beforeEach(async () => {
  await portal.post('/_emulator/reset', {})
})

const useV3 = () => portal.post('/_emulator/questions', { v3SystemErrors: 'v3' })

describe('v3SystemErrors', () => {
  it("'v2' (default): auth errors use {error, error_description} on /rest/api/ too", async () => {
    const answer = await portal.post('/rest/api/test.sys.get', {})
    expect(answer.status).toBe(401)
    expect(answer.body).toEqual({ error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' })
  })

  it("'v3': auth errors on /rest/api/ use {error: {code, message}} with the code as it is; REST 2 keeps its envelope", async () => {
    await useV3()
    const none = await portal.post('/rest/api/test.sys.get', {})
    expect(none.status).toBe(401)
    expect(none.body).toEqual({ error: { code: 'NO_AUTH_FOUND', message: 'Wrong authorization data' } })
    const invalid = await portal.v3('test.sys.get', {}, 'nope')
    expect(invalid.body).toEqual({ error: { code: 'invalid_token', message: 'The access token provided is invalid' } })
    const pair = await portal.token(1)
    await portal.post('/_emulator/faults', { expireTokens: true })
    const expired = await portal.v3('test.sys.get', {}, pair.access_token)
    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({ error: { code: 'expired_token', message: 'The access token provided has expired' } })
    const batch = await portal.post(`/rest/api/batch?auth=${pair.access_token}`, [{ method: 'test.sys.get', query: {} }])
    expect(batch.body).toEqual({ error: { code: 'expired_token', message: 'The access token provided has expired' } })
    const v2 = await portal.post('/rest/profile', {})
    expect(v2.body).toEqual({ error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' })
    await portal.post('/_emulator/reset', { users: [{ id: 2, hasAppAccess: false }], questions: { v3SystemErrors: 'v3' } })
    const denied = await portal.v3('test.sys.get', {}, (await portal.token(2)).access_token)
    expect(denied.status).toBe(403)
    expect((denied.body.error as Record<string, unknown>).code).toBe('user_access_error')
  })

  it("'v3': the rate limit, the operating limit and injected faults on /rest/api/", async () => {
    await useV3()
    const { access_token: token } = await portal.token(1)
    await portal.post('/_emulator/faults', { fail: [{ status: 500, count: 1 }, { status: 429, count: 1 }, { status: 503, count: 1 }] })
    expect((await portal.v3('test.sys.get', {}, token)).body).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } })
    const fault429 = await portal.v3('test.sys.get', {}, token)
    expect(fault429.status).toBe(429)
    expect(fault429.body).toEqual({ error: { code: 'OPERATION_TIME_LIMIT', message: 'Method is blocked due to operation time limit' } })
    expect((await portal.v3('test.sys.get', {}, token)).body).toEqual({ error: { code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests' } })

    // 300 s per call against 480: the second call pushes it over, the third is refused
    expect((await portal.v3('test.sys.get', {}, token)).status).toBe(200)
    expect((await portal.v3('test.sys.get', {}, token)).status).toBe(200)
    const limited = await portal.v3('test.sys.get', {}, token)
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({ error: { code: 'OPERATION_TIME_LIMIT', message: 'Method is blocked due to operation time limit' } })

    await portal.post('/_emulator/faults', { rateLimit: { burst: 1, drainPerSecond: 0.001 } })
    await portal.v2('profile', {}, token)
    const rate = await portal.v3('test.sys.get', {}, token)
    expect(rate.status).toBe(503)
    expect(rate.body).toEqual({ error: { code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests' } })
    // REST 2 under the same switch keeps {error, error_description}
    expect((await portal.v2('profile', {}, token)).body).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' })
  })

  it("'v3' leaves method-level errors of REST 3.0 as they were", async () => {
    await useV3()
    const answer = await portal.v3('no.such.method')
    expect(answer.status).toBe(404)
    expect((answer.body.error as Record<string, unknown>).code).toBe('BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION')
  })
})
