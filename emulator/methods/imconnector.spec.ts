// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { imconnectorMethods, pairStatus, readActive, settingConnectorOptions } from './imconnector.ts'
import { callAs, openlinesPortal } from './openlines-fixture.ts'
import { RestError } from '../rest/registry.ts'
import type { PortalData } from '../data/types.ts'

let data: PortalData

function call(method: string, params: Record<string, unknown>, userId = 1, lang: 'en' | 'ru' = 'en'): unknown {
  const def = imconnectorMethods[method]
  if (!def) throw new Error(`no method ${method}`)
  return def.handler(params, callAs(data, userId, lang))
}

function failure(method: string, params: Record<string, unknown>, userId = 1): RestError {
  try {
    call(method, params, userId)
  } catch (error) {
    if (error instanceof RestError) return error
    throw error
  }
  throw new Error(`${method} did not fail`)
}

const ICON = { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%2F%3E', COLOR: '#69acc0', SIZE: '90%', POSITION: 'center' }

function registerApp(id = 'commhub_connector'): unknown {
  return call('imconnector.register', { ID: id, NAME: 'Comm Hub', ICON, PLACEMENT_HANDLER: 'https://app.example/#/openlines' })
}

beforeEach(() => {
  data = openlinesPortal()
})

describe('imconnector.register', () => {
  it('registers a connector under a lower-cased id and answers {result:true}', () => {
    expect(registerApp('CommHub_Connector')).toEqual({ result: true })
    const stored = data.connectors.find(c => c.id === 'commhub_connector')
    expect(stored).toMatchObject({ name: 'Comm Hub', custom: true, placementHandler: 'https://app.example/#/openlines' })
  })

  it('updates the connector when the same id is registered again', () => {
    registerApp()
    call('imconnector.register', { ID: 'commhub_connector', NAME: 'Renamed', ICON, PLACEMENT_HANDLER: 'https://other.example/' })
    const mine = data.connectors.filter(c => c.id === 'commhub_connector')
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ name: 'Renamed', placementHandler: 'https://other.example/' })
  })

  it.each([
    [{ ID: 'my.connector' }, 'APPLICATION_REGISTRATION_ERROR_POINT'],
    [{ ID: '' }, 'CONNECTOR_ID_REQUIRED'],
    [{ ID: undefined }, 'CONNECTOR_ID_REQUIRED'],
    [{ NAME: '' }, 'NAME_REQUIRED'],
    [{ ICON: {} }, 'ICON_REQUIRED'],
    [{ ICON: { DATA_IMAGE: 5 } }, 'ICON_REQUIRED'],
    [{ PLACEMENT_HANDLER: '' }, 'NO_PLACEMENT_HANDLER'],
    [{ ID: 'livechat' }, 'APPLICATION_REGISTRATION_ERROR']
  ])('reports %o as %s inside an HTTP 200 result and stores nothing', (override, code) => {
    const before = data.connectors.length
    const params = { ID: 'commhub', NAME: 'Comm Hub', ICON, PLACEMENT_HANDLER: 'https://app.example/', ...override }
    const answer = call('imconnector.register', params) as Record<string, unknown>
    expect(answer.result).toBe(false)
    expect(answer.error).toBe(code)
    expect(typeof answer.error_description).toBe('string')
    expect(data.connectors).toHaveLength(before)
  })

  it('describes a soft error in the portal language', () => {
    const answer = call('imconnector.register', { ID: '', NAME: 'x', ICON, PLACEMENT_HANDLER: 'h' }, 1, 'ru') as Record<string, unknown>
    expect(answer.error_description).toBe('Не указан ID коннектора')
  })
})

describe('imconnector.unregister', () => {
  it('removes the app connector and its lines', () => {
    registerApp()
    call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1 })
    expect(call('imconnector.unregister', { ID: 'CommHub_Connector' })).toEqual({ result: true })
    expect(data.connectors.some(c => c.id === 'commhub_connector')).toBe(false)
    expect(data.connectorLines.some(p => p.connectorId === 'commhub_connector')).toBe(false)
  })

  it.each([['nothing_here'], ['livechat'], ['']])('refuses %s with APPLICATION_UNREGISTRATION_ERROR inside HTTP 200', id => {
    const answer = call('imconnector.unregister', { ID: id }) as Record<string, unknown>
    expect(answer).toMatchObject({ result: false, error: 'APPLICATION_UNREGISTRATION_ERROR' })
    expect(data.connectors.some(c => c.id === 'livechat')).toBe(true)
  })
})

describe('imconnector.activate', () => {
  beforeEach(() => {
    registerApp()
  })

  it('activates on a line with 1 and answers true', () => {
    expect(call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: '2', ACTIVE: '1' })).toBe(true)
    expect(pairStatus(data, 'commhub_connector', 2).active).toBe(true)
  })

  it('deactivation deletes the line settings', () => {
    call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1 })
    call('imconnector.connector.data.set', { CONNECTOR: 'commhub_connector', LINE: 1, DATA: { ID: 'a', URL: 'https://x', URL_IM: 'https://x', NAME: 'n' } })
    expect(call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 0 })).toBe(true)
    const pair = data.connectorLines.find(p => p.connectorId === 'commhub_connector' && p.lineId === 1)
    expect(pair).toMatchObject({ active: false, data: null })
  })

  it.each([
    [{ CONNECTOR: '' }, "Argument 'CONNECTOR' is null or empty"],
    [{ LINE: undefined }, "Argument 'LINE' is null or empty"],
    [{ ACTIVE: undefined }, "Argument 'ACTIVE' is null or empty"]
  ])('answers 400 ERROR_ARGUMENT for %o', (override, text) => {
    const error = failure('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1, ...override })
    expect(error.status).toBe(400)
    expect(error.code).toBe('ERROR_ARGUMENT')
    expect(error.description).toBe(text)
  })

  it('refuses a built-in connector and an unknown line', () => {
    expect(failure('imconnector.activate', { CONNECTOR: 'livechat', LINE: 2, ACTIVE: 1 }).code).toBe('ERROR_ARGUMENT')
    expect(failure('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 999, ACTIVE: 1 }).code).toBe('ERROR_ARGUMENT')
  })

  it.each([['1', true], ['Y', true], ['yes', true], [1, true], ['0', false], [0, false], ['', false], ['N', false], [false, false]])(
    'reads ACTIVE %o as %s', (value, expected) => {
      expect(readActive(value)).toBe(expected)
    })
})

describe('imconnector.status', () => {
  beforeEach(() => {
    registerApp()
  })

  it('has the documented shape and follows activate → data.set', () => {
    const before = call('imconnector.status', { CONNECTOR: 'commhub_connector', LINE: '1' })
    expect(before).toEqual({ LINE: 1, CONNECTOR: 'commhub_connector', ERROR: false, CONFIGURED: false, STATUS: false })
    call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1 })
    expect(call('imconnector.status', { CONNECTOR: 'commhub_connector', LINE: 1 })).toMatchObject({ CONFIGURED: false, STATUS: false })
    call('imconnector.connector.data.set', { CONNECTOR: 'commhub_connector', LINE: 1, DATA: { ID: 'x' } })
    expect(call('imconnector.status', { CONNECTOR: 'commhub_connector', LINE: 1 })).toMatchObject({ CONFIGURED: true, STATUS: true })
  })

  it('reads line 0 when LINE is missing: never configured', () => {
    call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1 })
    call('imconnector.connector.data.set', { CONNECTOR: 'commhub_connector', LINE: 1, DATA: { ID: 'x' } })
    expect(call('imconnector.status', { CONNECTOR: 'commhub_connector' }))
      .toEqual({ LINE: 0, CONNECTOR: 'commhub_connector', ERROR: false, CONFIGURED: false, STATUS: false })
  })

  it('reports an error pair as configured but not working', () => {
    expect(call('imconnector.status', { CONNECTOR: 'telegrambot', LINE: 2 }))
      .toEqual({ LINE: 2, CONNECTOR: 'telegrambot', ERROR: true, CONFIGURED: true, STATUS: false })
  })

  it('needs CONNECTOR', () => {
    const error = failure('imconnector.status', { LINE: 1 })
    expect([error.status, error.code, error.description]).toEqual([400, 'ERROR_ARGUMENT', "Argument 'CONNECTOR' is null or empty"])
  })
})

describe('imconnector.connector.data.set', () => {
  beforeEach(() => {
    registerApp()
    call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1 })
  })

  it('replaces DATA as a whole: keys left out are gone', () => {
    const full = { ID: 'commhub_connector_1', URL: 'https://a.example', URL_IM: 'https://b.example', NAME: 'Shop' }
    expect(call('imconnector.connector.data.set', { CONNECTOR: 'commhub_connector', LINE: 1, DATA: full })).toBe(true)
    call('imconnector.connector.data.set', { CONNECTOR: 'commhub_connector', LINE: 1, DATA: { NAME: 'Only name' } })
    expect(data.connectorLines.find(p => p.connectorId === 'commhub_connector' && p.lineId === 1)?.data).toEqual({ NAME: 'Only name' })
  })

  it.each([
    [{ CONNECTOR: undefined }, "Argument 'CONNECTOR' is null or empty"],
    [{ LINE: '' }, "Argument 'LINE' is null or empty"],
    [{ DATA: undefined }, "Argument 'DATA' is null or empty"],
    [{ DATA: {} }, "Argument 'DATA' is null or empty"]
  ])('answers 400 ERROR_ARGUMENT for %o', (override, text) => {
    const error = failure('imconnector.connector.data.set', { CONNECTOR: 'commhub_connector', LINE: 1, DATA: { ID: 'x' }, ...override })
    expect([error.status, error.code, error.description]).toEqual([400, 'ERROR_ARGUMENT', text])
  })
})

describe('imconnector.list', () => {
  it('maps every connector id to its name, the app one included', () => {
    registerApp()
    expect(call('imconnector.list', {})).toEqual({ livechat: 'Live chat', telegrambot: 'Telegram', commhub_connector: 'Comm Hub' })
  })

  it('is refused to a user without the right to edit connectors', () => {
    const error = failure('imconnector.list', {}, 2)
    expect([error.status, error.code, error.description]).toEqual([400, 'ACCESS_DENIED', 'You dont have access to this action'])
  })
})

describe('WRONG_AUTH_TYPE', () => {
  it('refuses every method outside an application context', () => {
    for (const [name, def] of Object.entries(imconnectorMethods)) {
      const ctx = { ...callAs(data, 1), authType: 'webhook' }
      let code = ''
      try {
        def.handler({ ID: 'x', CONNECTOR: 'x', LINE: 1 }, ctx)
      } catch (error) {
        code = error instanceof RestError ? `${error.status} ${error.code}` : 'other'
      }
      expect(code, name).toBe('403 WRONG_AUTH_TYPE')
    }
  })
})

describe('SETTING_CONNECTOR options', () => {
  it('carries LINE as a string and the four flags', () => {
    registerApp()
    call('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 2, ACTIVE: 1 })
    expect(settingConnectorOptions(data, 'commhub_connector', 2)).toMatchObject({
      CONNECTOR: 'commhub_connector',
      LINE: '2',
      STATUS: false,
      ACTIVE_STATUS: true,
      CONNECTION_STATUS: false,
      REGISTER_STATUS: false,
      ERROR_STATUS: false
    })
  })
})
