/**
 * The door's additions to the SDK's HTTP clients, against the REAL SDK (fake parent window, fake axios
 * adapter — see b24.spec.ts): the REST 3.0 batch as it leaves, the headers a portal's preflight allows, and the
 * timeout from the app options.
 */
import { describe, expect, it } from 'vitest'
import { FAKE_ORIGIN, ok, v2Error } from './testing/fakePortal'
import type { FakeRequest } from './testing/fakePortal'
import { timeoutFromOptions } from './http'
import { connectedDoor } from './testing/door'

const EDIT = 'humanresources.node.communication.edit'

/** What a portal's CORS preflight allows a browser to send (docs/decisions.md D3). */
const PREFLIGHT_ALLOWED = ['origin', 'content-type', 'accept']
/** Headers a browser adds by itself, which no preflight asks about. */
const BROWSER_OWN = ['user-agent']

function customHeaders(request: FakeRequest): string[] {
  return Object.keys(request.headers).filter(name => !PREFLIGHT_ALLOWED.includes(name) && !BROWSER_OWN.includes(name))
}

describe('the REST 3.0 batch as a portal takes it', () => {
  it('leaves as POST …/rest/api/batch?…&auth=<token> with a bare array of {method, query} and no header but Content-Type', async () => {
    const { door, requests } = await connectedDoor(() => ok([{ item: { id: 1 } }, { item: { id: 2 } }]))
    await expect(door.batchV3([
      { method: 'humanresources.node.get', params: { id: 1 } },
      { method: 'humanresources.node.get', params: { id: 2, select: ['id'] } }
    ])).resolves.toEqual([{ item: { id: 1 } }, { item: { id: 2 } }])
    expect(requests).toHaveLength(1)
    const sent = requests[0]!
    expect(sent.httpMethod).toBe('POST')
    const url = new URL(sent.url)
    expect(url.origin + url.pathname).toBe(`${FAKE_ORIGIN}/rest/api/batch`)
    expect(url.searchParams.get('auth')).toBe('AUTH-1')
    expect(sent.rawBody).toEqual([
      { method: 'humanresources.node.get', query: { id: 1 } },
      { method: 'humanresources.node.get', query: { id: 2, select: ['id'] } }
    ])
    expect(sent.headers['content-type']).toMatch(/^application\/json/)
    expect(customHeaders(sent)).toEqual([])
  })

  it('after a 401 is re-sent once with the refreshed token, in the URL again', async () => {
    const { door, requests } = await connectedDoor(request =>
      new URL(request.url).searchParams.get('auth') === 'AUTH-1'
        ? v2Error(401, 'expired_token', 'The access token provided has expired')
        : ok([{ items: [] }]))
    await door.batchV3([{ method: 'humanresources.node.list', params: {} }])
    expect(requests.map(r => new URL(r.url).searchParams.get('auth'))).toEqual(['AUTH-1', 'AUTH-2'])
    expect(requests.every(r => Array.isArray(r.rawBody))).toBe(true)
  })

  it('with retry: false is sent once when its answer is lost', async () => {
    const { door, requests } = await connectedDoor(() => ({ networkError: true }))
    await expect(door.batchV3([{ method: EDIT, params: { nodeId: 1, communicationType: 'CHAT', ids: [5] } }], { retry: false }))
      .rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    expect(requests).toHaveLength(1)
  })

  it('keeps the token out of every other URL and body shape', async () => {
    const { door, requests } = await connectedDoor(() => ok({ items: [] }))
    await door.callV3('humanresources.node.list', {})
    await door.callV2('profile')
    expect(requests.map(r => new URL(r.url).searchParams.has('auth'))).toEqual([false, false])
    expect(requests.map(r => r.body.auth)).toEqual(['AUTH-1', 'AUTH-1'])
  })
})

describe('no header a portal\'s preflight refuses', () => {
  it('sends writes, reads and REST 2 calls with no header beyond origin, content-type and accept (no Idempotency-Key)', async () => {
    const { door, requests } = await connectedDoor(() => ok({ success: true }))
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', ids: [5] })
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', createDefault: true }, { retry: false })
    await door.callV3('humanresources.node.communication.list', { id: 1 })
    await door.callV2('im.chat.updateTitle', { CHAT_ID: 5, TITLE: 'x' })
    expect(requests).toHaveLength(4)
    expect(requests.map(customHeaders)).toEqual([[], [], [], []])
  })
})

describe('request timeout from the app options', () => {
  it('keeps the SDK\'s 30 s without the option', async () => {
    const { door, requests } = await connectedDoor(() => ok({ ID: '1' }))
    await door.callV2('profile')
    expect(requests[0]!.timeout).toBe(30_000)
  })

  it('uses restTimeoutMs for both APIs', async () => {
    const { door, requests } = await connectedDoor(() => ok({ items: [] }), { initData: { APP_OPTIONS: { restTimeoutMs: '2500' } } })
    await door.callV2('profile')
    await door.callV3('humanresources.node.list', {})
    expect(requests.map(r => r.timeout)).toEqual([2500, 2500])
  })

  it('ignores a value that is not a sane number of milliseconds', () => {
    expect(timeoutFromOptions({ restTimeoutMs: 5000 })).toBe(5000)
    for (const bad of [0, 999, 300_001, 'soon', '', null, 1.5]) expect(timeoutFromOptions({ restTimeoutMs: bad })).toBeNull()
  })
})
