/**
 * The door's additions to the SDK's HTTP clients, against the REAL SDK (fake parent window, fake axios
 * adapter — see b24.spec.ts): the Idempotency-Key of REST 3.0 writes and the timeout from the app options.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { attachFakeTransport, installFakeParent, ok, v2Error } from './testing/fakePortal'
import type { FakeHandler, FakeParent, FakeParentOptions, FakeRequest } from './testing/fakePortal'
import { isV3Write, newIdempotencyKey, timeoutFromOptions } from './http'
import type * as DoorModule from './index'

type Door = typeof DoorModule

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const EDIT = 'humanresources.node.communication.edit'

let parent: FakeParent | null = null

async function connected(handler: FakeHandler, options: FakeParentOptions = {}): Promise<{ door: Door, requests: FakeRequest[] }> {
  vi.resetModules()
  parent = installFakeParent(options)
  const door = await import('./index')
  const frame = await import('./frame')
  await door.connectPortal()
  return { door, requests: attachFakeTransport(frame.requireFrame(), handler) }
}

beforeEach(() => {
  window.name = ''
})

afterEach(() => {
  parent?.restore()
  parent = null
  window.name = ''
})

describe('Idempotency-Key on REST 3.0 writes', () => {
  it('sends a fresh UUID with every write, and none with reads or REST 2', async () => {
    const { door, requests } = await connected(() => ok({ success: true }))
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', ids: [5] })
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', ids: [5] })
    await door.callV3('humanresources.node.communication.list', { id: 1 })
    await door.callV2('im.chat.updateTitle', { CHAT_ID: 5, TITLE: 'x' })
    const keys = requests.map(r => r.headers['idempotency-key'])
    expect(keys[0]).toMatch(UUID)
    expect(keys[1]).toMatch(UUID)
    expect(keys[1]).not.toBe(keys[0])
    expect(keys.slice(2)).toEqual([undefined, undefined])
  })

  it('re-sends a call whose answer was lost with the same key', async () => {
    let calls = 0
    const { door, requests } = await connected(() => (++calls === 1 ? { networkError: true } : ok({ success: true })))
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', createDefault: true })
    expect(requests).toHaveLength(2)
    expect(requests[0]!.headers['idempotency-key']).toMatch(UUID)
    expect(requests[1]!.headers['idempotency-key']).toBe(requests[0]!.headers['idempotency-key'])
  })

  it('keeps the key across the re-send after a token refresh, and for a one-shot call', async () => {
    const { door, requests } = await connected(request =>
      request.body.auth === 'AUTH-1' ? v2Error(401, 'expired_token', 'The access token provided has expired') : ok({ success: true }))
    await door.callV3(EDIT, { nodeId: 2, communicationType: 'CHAT', ids: [7] }, { retry: false })
    expect(requests.map(r => r.body.auth)).toEqual(['AUTH-1', 'AUTH-2'])
    expect(requests[0]!.headers['idempotency-key']).toMatch(UUID)
    expect(requests[1]!.headers['idempotency-key']).toBe(requests[0]!.headers['idempotency-key'])
  })

  it('uses the caller\'s key, so a logical operation can be sent again as itself', async () => {
    const { door, requests } = await connected(() => ok({ success: true }))
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', ids: [5] }, { idempotencyKey: 'bind-1-5' })
    await door.callV3(EDIT, { nodeId: 1, communicationType: 'CHAT', ids: [5] }, { idempotencyKey: 'bind-1-5' })
    expect(requests.map(r => r.headers['idempotency-key'])).toEqual(['bind-1-5', 'bind-1-5'])
  })

  it('refuses a key the portal would refuse, before sending anything', async () => {
    const { door, requests } = await connected(() => ok({ success: true }))
    await expect(door.callV3(EDIT, { nodeId: 1 }, { idempotencyKey: 'ключ' })).rejects.toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY' })
    await expect(door.callV3(EDIT, { nodeId: 1 }, { idempotencyKey: '' })).rejects.toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY' })
    expect(requests).toHaveLength(0)
  })

  it('names writes by the method\'s last word', () => {
    expect([EDIT, 'tasks.task.add', 'tasks.task.update', 'tasks.task.delete'].every(isV3Write)).toBe(true)
    expect(['humanresources.node.list', 'humanresources.node.search', 'humanresources.node.get', 'batch'].some(isV3Write)).toBe(false)
  })

  it('makes UUID v4 keys without crypto.randomUUID (an insecure context) too', () => {
    const original = crypto.randomUUID
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      const a = newIdempotencyKey()
      expect(a).toMatch(UUID)
      expect(newIdempotencyKey()).not.toBe(a)
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true })
    }
  })
})

describe('request timeout from the app options', () => {
  it('keeps the SDK\'s 30 s without the option', async () => {
    const { door, requests } = await connected(() => ok({ ID: '1' }))
    await door.callV2('profile')
    expect(requests[0]!.timeout).toBe(30_000)
  })

  it('uses restTimeoutMs for both APIs', async () => {
    const { door, requests } = await connected(() => ok({ items: [] }), { initData: { APP_OPTIONS: { restTimeoutMs: '2500' } } })
    await door.callV2('profile')
    await door.callV3('humanresources.node.list', {})
    expect(requests.map(r => r.timeout)).toEqual([2500, 2500])
  })

  it('ignores a value that is not a sane number of milliseconds', () => {
    expect(timeoutFromOptions({ restTimeoutMs: 5000 })).toBe(5000)
    for (const bad of [0, 999, 300_001, 'soon', '', null, 1.5]) expect(timeoutFromOptions({ restTimeoutMs: bad })).toBeNull()
  })
})
