/**
 * The door against the REAL SDK: a fake parent window speaks the postMessage protocol and an axios adapter
 * stands in for the network (docs/decisions.md D21). Each test re-imports the door after vi.resetModules(),
 * because both the door and the SDK's initializeB24Frame() keep a module-level singleton.
 */
import { describe, expect, it, vi } from 'vitest'
import { ok, v2Error, v3Error, FAKE_DOMAIN } from './testing/fakePortal'
import { PortalError } from './errors'
import { connectedDoor, freshDoor, parentCommands } from './testing/door'
import type { Door } from './testing/door'

async function rejection(promise: Promise<unknown>): Promise<InstanceType<Door['PortalError']>> {
  try {
    await promise
  } catch (error) {
    return error as InstanceType<Door['PortalError']>
  }
  throw new Error('expected the promise to reject')
}

describe('connectPortal', () => {
  it('maps the init data into the portal context', async () => {
    const { door } = await freshDoor({
      initData: {
        LANG: 'ru',
        IS_ADMIN: false,
        MEMBER_ID: 'member-42',
        PLACEMENT: 'SETTING_CONNECTOR',
        // Real portals send the options as a JSON string; LINE arrives as a string.
        PLACEMENT_OPTIONS: '{"CONNECTOR":"comm_hub","LINE":"17"}',
        APP_OPTIONS: { theme: 'dark' },
        USER_OPTIONS: { lastTab: 'chats' },
        INSTALL: true
      }
    })
    const context = await door.connectPortal()
    expect(context).toEqual({
      lang: 'ru',
      isAdmin: false,
      installMode: true,
      placement: 'SETTING_CONNECTOR',
      placementOptions: { CONNECTOR: 'comm_hub', LINE: '17' },
      appOptions: { theme: 'dark' },
      userOptions: { lastTab: 'chats' },
      memberId: 'member-42',
      domain: FAKE_DOMAIN
    })
    expect(door.getPortal()).toEqual(context)
  })

  it('initialises the SDK once for concurrent callers', async () => {
    const { door } = await freshDoor()
    const [a, b] = await Promise.all([door.connectPortal(), door.connectPortal()])
    expect(a).toBe(b)
    expect(parentCommands().filter(c => c.command === 'getInitData')).toHaveLength(1) // the handshake's answer also carries the option maps
  })

  it('resolves null outside a portal frame', async () => {
    vi.resetModules()
    window.name = ''
    const door = await import('./index')
    await expect(door.connectPortal()).resolves.toBeNull()
    expect(() => door.getPortal()).toThrow(/not connected/)
  })

  it('rejects with a clear PortalError when the portal never answers the handshake', async () => {
    const { door } = await freshDoor({ silent: true })
    const error = await rejection(door.connectPortal({ initTimeoutMs: 100 }))
    expect(error).toBeInstanceOf(door.PortalError)
    expect(error.code).toBe('PORTAL_INIT_TIMEOUT')
    expect(error.retryable).toBe(true)
  })
})

describe('REST 2', () => {
  it('returns result, total and next of a list page', async () => {
    const { door, requests } = await connectedDoor(() => ok([{ ID: '1' }, { ID: '2' }], { total: 120, next: 50 }))
    const page = await door.callV2Page<Array<{ ID: string }>>('user.get', { FILTER: { ACTIVE: true } })
    expect(page).toEqual({ result: [{ ID: '1' }, { ID: '2' }], total: 120, next: 50 })
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({ api: 'v2', method: 'user.get', body: { FILTER: { ACTIVE: true }, auth: 'AUTH-1' } })
  })

  it('returns only result from callV2', async () => {
    const { door } = await connectedDoor(() => ok({ ID: '3', NAME: 'Anna' }))
    await expect(door.callV2('user.current')).resolves.toEqual({ ID: '3', NAME: 'Anna' })
  })

  it('turns a portal error into a PortalError with code and HTTP status', async () => {
    const { door, requests } = await connectedDoor(() => v2Error(403, 'insufficient_scope', 'The request requires higher privileges'))
    const error = await rejection(door.callV2('crm.activity.communication.fields'))
    expect(error).toBeInstanceOf(door.PortalError)
    expect(error).toMatchObject({ code: 'insufficient_scope', status: 403, retryable: false, method: 'crm.activity.communication.fields' })
    expect(error.message).toBe('The request requires higher privileges')
    expect(requests).toHaveLength(1)
  })

  it('turns an error inside an HTTP 200 body into a PortalError', async () => {
    const { door } = await connectedDoor(() => ({ status: 200, body: { error: 'WRONG_REQUEST', error_description: 'Colour is the same' } }))
    const error = await rejection(door.callV2('im.chat.updateColor', { CHAT_ID: 1, COLOR: 'RED' }))
    expect(error).toMatchObject({ code: 'WRONG_REQUEST', status: 200, message: 'Colour is the same', retryable: false })
  })

  it('keeps the portal text of an error with an empty code', async () => {
    const { door } = await connectedDoor(() => v2Error(400, '', 'Access denied.'))
    const error = await rejection(door.callV2('crm.activity.communication.fields'))
    expect(error).toMatchObject({ status: 400, message: 'Access denied.', retryable: false })
  })

  it('refreshes an expired token through the portal and re-sends once', async () => {
    const { door, requests } = await connectedDoor(request =>
      request.body.auth === 'AUTH-1' ? v2Error(401, 'expired_token', 'The access token provided has expired') : ok({ ID: '3' }))
    await expect(door.callV2('user.current')).resolves.toEqual({ ID: '3' })
    expect(requests.map(r => r.body.auth)).toEqual(['AUTH-1', 'AUTH-2'])
    expect(parentCommands().filter(c => c.command === 'refreshAuth')).toHaveLength(1)
  })

  it('retries a 503 and delivers the data', async () => {
    let calls = 0
    const { door, requests } = await connectedDoor(() => {
      calls += 1
      return calls === 1 ? v2Error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') : ok({ ID: '3' })
    })
    await expect(door.callV2('user.current')).resolves.toEqual({ ID: '3' })
    expect(requests).toHaveLength(2)
  })

  it('with retry:false re-sends only a rate-limit refusal, which came before the method ran', async () => {
    let calls = 0
    const { door, requests } = await connectedDoor(() => {
      calls += 1
      return calls === 1 ? v2Error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') : ok(42)
    })
    await expect(door.callV2('im.chat.add', { TITLE: 'Sales' }, { retry: false })).resolves.toBe(42)
    expect(requests).toHaveLength(2)
  })

  it('with retry:false gives up after a few rate-limit refusals', async () => {
    const { door, requests } = await connectedDoor(() => v2Error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'))
    const error = await rejection(door.callV2('im.chat.add', { TITLE: 'Sales' }, { retry: false }))
    expect(error).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', status: 503, retryable: true })
    expect(requests).toHaveLength(3)
  })

  it('keeps its own pace just under the portal\'s rate limit: 48 at once, then about 2 per second', async () => {
    const sentAt: number[] = []
    const { door } = await connectedDoor(() => {
      sentAt.push(Date.now())
      return ok(1)
    })
    await Promise.all(Array.from({ length: 49 }, () => door.callV2('profile')))
    expect(sentAt).toHaveLength(49)
    expect(sentAt[47]! - sentAt[0]!).toBeLessThan(300)
    expect(sentAt[48]! - sentAt[47]!).toBeGreaterThanOrEqual(300)
  })

  it('makes exactly one attempt with retry:false on a 500', async () => {
    const { door, requests } = await connectedDoor(() => v2Error(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'))
    const error = await rejection(door.callV2('im.chat.add', { TITLE: 'Sales' }, { retry: false }))
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500 })
    expect(requests).toHaveLength(1)
  })

  it('makes exactly one attempt with retry:false on a network error', async () => {
    const { door, requests } = await connectedDoor(() => ({ networkError: true }))
    const error = await rejection(door.callV2('im.chat.add', { TITLE: 'Sales' }, { retry: false }))
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0, retryable: true })
    expect(requests).toHaveLength(1)
  })

  it('still refreshes an expired token with retry:false (the 401 request was never executed)', async () => {
    const { door, requests } = await connectedDoor(request =>
      request.body.auth === 'AUTH-1' ? v2Error(401, 'expired_token', 'expired') : ok(42))
    await expect(door.callV2('im.chat.add', { TITLE: 'Sales' }, { retry: false })).resolves.toBe(42)
    expect(requests.map(r => r.body.auth)).toEqual(['AUTH-1', 'AUTH-2'])
  })

  it('keeps tokens out of error messages and serialisations', async () => {
    const { door } = await connectedDoor(request =>
      v2Error(403, 'INVALID_CREDENTIALS', `Token ${String(request.body.auth)} rejected, auth=${String(request.body.auth)}&x=1`))
    const error = await rejection(door.callV2('user.current'))
    expect(error.code).toBe('INVALID_CREDENTIALS')
    for (const text of [error.message, String(error), JSON.stringify(error), error.stack ?? '']) {
      expect(text).not.toContain('AUTH-1')
    }
  })
})

describe('REST 3.0', () => {
  it('returns result', async () => {
    const { door, requests } = await connectedDoor(() => ok({ items: [{ id: 15 }] }))
    await expect(door.callV3('humanresources.node.communication.list', { id: 15 })).resolves.toEqual({ items: [{ id: 15 }] })
    expect(requests[0]).toMatchObject({ api: 'v3', method: 'humanresources.node.communication.list', body: { id: 15 } })
  })

  it('gives the field errors of a validation failure', async () => {
    const { door } = await connectedDoor(() => v3Error(400, 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION',
      'Error during request object validation', [{ field: 'id', message: 'Required field `id` is missing' }]))
    const error = await rejection(door.callV3('humanresources.node.communication.list', {}))
    expect(error).toMatchObject({ code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', status: 400, retryable: false })
    expect(error.validation).toEqual([{ field: 'id', message: 'Required field `id` is missing' }])
    expect(error.fieldErrors()).toEqual({ id: 'Required field `id` is missing' })
  })
})

describe('batch', () => {
  it('REST 2: gives each row its result or its own error', async () => {
    const { door, requests } = await connectedDoor(() => ok({
      result: { me: { ID: '3' }, users: [{ ID: '1' }] },
      result_error: { bad: { error: 'insufficient_scope', error_description: 'No scope' } },
      result_total: { users: 1 },
      result_next: {},
      result_time: {}
    }))
    const rows = await door.batchV2({
      me: ['user.current'],
      users: ['user.get', { FILTER: { ID: 1 } }],
      bad: ['imopenlines.config.list.get']
    })
    expect(rows.me).toEqual({ result: { ID: '3' } })
    expect(rows.users).toEqual({ result: [{ ID: '1' }], total: 1 })
    expect(rows.bad?.error).toBeInstanceOf(door.PortalError)
    expect(rows.bad?.error).toMatchObject({ code: 'insufficient_scope', message: 'No scope' })
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({ method: 'batch', body: { halt: 0, cmd: { me: 'user.current?', users: 'user.get?FILTER%5BID%5D=1' } } })
  })

  it('REST 3.0: returns the results in call order', async () => {
    const { door, requests } = await connectedDoor(() => ok([{ items: [1] }, { items: [2] }]))
    await expect(door.batchV3([
      { method: 'humanresources.node.communication.list', params: { id: 1 } },
      { method: 'humanresources.node.communication.list', params: { id: 2 } }
    ])).resolves.toEqual([{ items: [1] }, { items: [2] }])
    expect(requests[0]).toMatchObject({ api: 'v3', method: 'batch' })
  })

  it('REST 3.0: a failing batch rejects with a PortalError', async () => {
    const { door } = await connectedDoor(() => v3Error(403, 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', 'Access denied'))
    const error = await rejection(door.batchV3([{ method: 'humanresources.node.get', params: { id: 1 } }]))
    expect(error).toMatchObject({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', status: 403 })
  })
})

describe('PortalError: may this have run, and may it be sent again?', () => {
  // code, status → refused before running (by the rate limit / the operating limit), outcome unknown, retryable
  it.each([
    ['QUERY_LIMIT_EXCEEDED', 503, { rateLimited: true, operatingLimited: false, refusedBeforeRunning: true, outcomeUnknown: false, retryable: true }],
    ['OPERATION_TIME_LIMIT', 429, { rateLimited: false, operatingLimited: true, refusedBeforeRunning: true, outcomeUnknown: false, retryable: true }],
    ['TOO_MANY_REQUESTS', 429, { rateLimited: false, operatingLimited: true, refusedBeforeRunning: true, outcomeUnknown: false, retryable: true }],
    ['NETWORK_ERROR', 0, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: true, retryable: true }],
    ['REQUEST_TIMEOUT', 408, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: true, retryable: true }],
    ['INTERNAL_SERVER_ERROR', 500, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: true, retryable: true }],
    ['PORTAL_INIT_TIMEOUT', 0, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: true, retryable: true }],
    ['ACCESS_ERROR', 403, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: false, retryable: false }],
    ['WRONG_REQUEST', 200, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: false, retryable: false }],
    ['BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', 400, { rateLimited: false, operatingLimited: false, refusedBeforeRunning: false, outcomeUnknown: false, retryable: false }]
  ])('%s (HTTP %i) → %o', (code, status, expected) => {
    const error = new PortalError({ code, message: '', status })
    expect({
      rateLimited: error.rateLimited,
      operatingLimited: error.operatingLimited,
      refusedBeforeRunning: error.refusedBeforeRunning,
      outcomeUnknown: error.outcomeUnknown,
      retryable: error.retryable
    }).toEqual(expected)
  })

  it('keeps a retryable the caller knows better about, and the answers still follow code and status', () => {
    const error = new PortalError({ code: 'APPLICATION_REGISTRATION_ERROR_POINT', message: 'no dots', status: 200, retryable: false })
    expect([error.retryable, error.refusedBeforeRunning, error.outcomeUnknown]).toEqual([false, false, false])
  })

  it('answers the same for what the SDK threw: a 500 may have run, a rate-limit refusal did not', async () => {
    const { door } = await connectedDoor(request => request.body.TITLE === 'Sales'
      ? v2Error(500, 'INTERNAL_SERVER_ERROR', 'Internal server error')
      : v2Error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'))
    const failed = await rejection(door.callV2('im.chat.add', { TITLE: 'Sales' }, { retry: false }))
    expect(failed).toMatchObject({ status: 500, refusedBeforeRunning: false, outcomeUnknown: true })
    const refused = await rejection(door.callV2('im.chat.add', { TITLE: 'Support' }, { retry: false }))
    expect(refused).toMatchObject({ status: 503, refusedBeforeRunning: true, outcomeUnknown: false })
  })
})

describe('frame commands', () => {
  it('sets the title and opens the messenger through the parent window', async () => {
    const { door } = await connectedDoor(() => ok(null))
    door.setTitle('CRM fields')
    door.openMessenger('chat12')
    await vi.waitFor(() => {
      expect(parentCommands()).toEqual(expect.arrayContaining([
        { command: 'setTitle', params: { title: 'CRM fields' } },
        { command: 'imOpenMessenger', params: { dialogId: 'chat12' } }
      ]))
    })
  })

  it('maps the portal user picker answer', async () => {
    const { door } = await connectedDoor(() => ok(null), {
      reply: (command, params) => command === 'selectUser'
        ? (params as { mult: boolean }).mult
            ? [{ id: 5, name: 'Ivan Petrov', photo: '' }, { id: '6', name: 'Olga' }]
            : { id: 5, name: 'Ivan Petrov', position: 'Sales' }
        : undefined
    })
    await expect(door.selectUsers()).resolves.toEqual([{ id: '5', name: 'Ivan Petrov' }, { id: '6', name: 'Olga' }])
  })

  it('finishes the installation only in install mode', async () => {
    const installing = await connectedDoor(() => ok(null), { initData: { INSTALL: true } })
    await installing.door.installFinish()
    expect(parentCommands().some(c => c.command === 'setInstallFinish')).toBe(true)

    const installed = await connectedDoor(() => ok(null))
    const error = await rejection(installed.door.installFinish())
    expect(error).toBeInstanceOf(installed.door.PortalError)
    expect(error.code).toBe('JSSDK_FRAME_INSTALL_ALREADY_FINISHED')
  })

  it('keeps app options in the portal', async () => {
    const { door } = await connectedDoor(() => ok(null))
    await door.setAppOption('mode', 'compact')
    expect(parentCommands()).toEqual(expect.arrayContaining([
      { command: 'setAppOption', params: { name: 'mode', value: 'compact' } }
    ]))
  })
})
