import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Door from '@/b24'
import { PortalError } from '@/b24'
import {
  activateConnector, argumentOf, connectorStatuses, LINES_PAGE, listConnectors, listOpenLines, parseSavedPair,
  placementTarget, registerConnector, setChannelData, unregisterConnector
} from './openlines'

const callV2 = vi.hoisted(() => vi.fn())
const batchV2 = vi.hoisted(() => vi.fn())

vi.mock('@/b24', async importOriginal => ({
  ...await importOriginal<typeof Door>(),
  callV2,
  batchV2
}))

beforeEach(() => {
  callV2.mockReset()
  batchV2.mockReset()
})

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise
  } catch (error) {
    return error as PortalError
  }
  throw new Error('expected a rejection')
}

describe('listOpenLines', () => {
  it('reads every page (PARAMS.limit/offset) until a short page, with ids as numbers', async () => {
    const full = Array.from({ length: LINES_PAGE }, (_, i) => ({ ID: String(i + 1), LINE_NAME: `L${i + 1}`, ACTIVE: 'Y' }))
    callV2.mockResolvedValueOnce(full).mockResolvedValueOnce([{ ID: '201', LINE_NAME: 'Last', ACTIVE: 'N' }])
    const lines = await listOpenLines()
    expect(lines).toHaveLength(201)
    expect(lines[200]).toEqual({ id: 201, name: 'Last', active: false })
    expect(callV2.mock.calls.map(c => (c[1] as { PARAMS: { offset: number } }).PARAMS.offset)).toEqual([0, 200])
    expect(callV2.mock.calls[0]?.[0]).toBe('imopenlines.config.list.get')
  })
})

describe('listConnectors', () => {
  it('turns the id → name map into a list, and PHP\'s empty [] into none', async () => {
    callV2.mockResolvedValueOnce({ livechat: 'Online chat', commhub_connector: 'Communications Hub' })
    expect(await listConnectors()).toEqual([{ id: 'livechat', name: 'Online chat' }, { id: 'commhub_connector', name: 'Communications Hub' }])
    callV2.mockResolvedValueOnce([])
    expect(await listConnectors()).toEqual([])
  })
})

describe('register / unregister', () => {
  it('sends ID, NAME, ICON and PLACEMENT_HANDLER', async () => {
    callV2.mockResolvedValueOnce({ result: true })
    await registerConnector({ id: 'x_conn', name: 'X', icon: 'data:image/svg+xml,abc', iconColor: '#fff', placementHandler: 'https://app.example/' })
    expect(callV2).toHaveBeenCalledWith('imconnector.register', {
      ID: 'x_conn',
      NAME: 'X',
      ICON: { DATA_IMAGE: 'data:image/svg+xml,abc', COLOR: '#fff', SIZE: '90%', POSITION: 'center' },
      PLACEMENT_HANDLER: 'https://app.example/'
    })
  })

  it('turns a failure inside an HTTP 200 result into a PortalError', async () => {
    callV2.mockResolvedValueOnce({ result: false, error: 'APPLICATION_REGISTRATION_ERROR_POINT', error_description: 'no dots' })
    const error = await rejection(registerConnector({ id: 'a.b', name: 'X', icon: 'i', iconColor: '#fff', placementHandler: 'h' }))
    expect(error).toBeInstanceOf(PortalError)
    expect([error.code, error.message, error.status, error.retryable]).toEqual(['APPLICATION_REGISTRATION_ERROR_POINT', 'no dots', 200, false])

    callV2.mockResolvedValueOnce({ result: false, error: 'APPLICATION_UNREGISTRATION_ERROR', error_description: 'not yours' })
    expect((await rejection(unregisterConnector('livechat'))).code).toBe('APPLICATION_UNREGISTRATION_ERROR')
  })

  it('accepts {result:true} and a bare true', async () => {
    callV2.mockResolvedValueOnce({ result: true }).mockResolvedValueOnce(true)
    await expect(unregisterConnector('x')).resolves.toBeUndefined()
    await expect(unregisterConnector('x')).resolves.toBeUndefined()
  })
})

describe('activate and channel data', () => {
  it('sends ACTIVE as 1/0', async () => {
    callV2.mockResolvedValue(true)
    await activateConnector('c', 3, true)
    await activateConnector('c', 3, false)
    expect(callV2.mock.calls.map(c => c[1])).toEqual([{ CONNECTOR: 'c', LINE: 3, ACTIVE: 1 }, { CONNECTOR: 'c', LINE: 3, ACTIVE: 0 }])
  })

  it('always sends all four DATA keys, and nothing else', async () => {
    callV2.mockResolvedValue(true)
    const extra = { ID: 'i', URL: 'https://u', URL_IM: 'https://m', NAME: 'n', SECRET: 'x' } as never
    await setChannelData('c', 1, extra)
    expect(callV2).toHaveBeenCalledWith('imconnector.connector.data.set', {
      CONNECTOR: 'c', LINE: 1, DATA: { ID: 'i', URL: 'https://u', URL_IM: 'https://m', NAME: 'n' }
    })
  })
})

describe('connectorStatuses', () => {
  it('asks 50 pairs per batch, always with LINE, and keeps a failing row to itself', async () => {
    const pairs = Array.from({ length: 51 }, (_, i) => ({ connector: 'livechat', line: i + 1 }))
    batchV2.mockImplementation(async (calls: Record<string, [string, Record<string, unknown>]>) => {
      const out: Record<string, unknown> = {}
      for (const [key, [, params]] of Object.entries(calls)) {
        out[key] = params.LINE === 2
          ? { error: new PortalError({ code: 'ERROR_ARGUMENT', message: 'x', status: 400 }) }
          : { result: { LINE: params.LINE, CONNECTOR: params.CONNECTOR, ERROR: false, CONFIGURED: true, STATUS: true } }
      }
      return out
    })
    const result = await connectorStatuses(pairs)
    expect(batchV2).toHaveBeenCalledTimes(2)
    expect(Object.keys(batchV2.mock.calls[0]?.[0] as object)).toHaveLength(50)
    expect(result.get('livechat:1')).toEqual({ ok: true, status: { connector: 'livechat', line: 1, error: false, configured: true, status: true } })
    expect(result.get('livechat:2')?.ok).toBe(false)
    expect(result.get('livechat:51')?.ok).toBe(true)
  })
})

describe('argumentOf', () => {
  it('names the argument of an ERROR_ARGUMENT, and a DATA key when one is named', () => {
    const arg = (message: string, code = 'ERROR_ARGUMENT') => argumentOf(new PortalError({ code, message, status: 400 }))
    expect(arg("Argument 'DATA' is null or empty")).toBe('DATA')
    expect(arg("Argument 'LINE' is null or empty")).toBe('LINE')
    expect(arg("Argument 'DATA[URL]' must be a URL")).toBe('URL')
    expect(arg('Something else')).toBeNull()
    expect(arg("Argument 'DATA' is null or empty", 'OTHER')).toBeNull()
  })
})

describe('placementTarget', () => {
  it('reads SETTING_CONNECTOR options, LINE arriving as a string', () => {
    expect(placementTarget({
      placement: 'SETTING_CONNECTOR',
      placementOptions: { CONNECTOR: 'My_Conn', LINE: '17', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: 'N', ERROR_STATUS: false }
    })).toEqual({ connector: 'my_conn', line: 17, active: true, connection: false, registered: false, error: false, status: false })
  })

  it('is null for other placements and for options without a usable pair', () => {
    expect(placementTarget({ placement: 'DEFAULT', placementOptions: { CONNECTOR: 'c', LINE: '1' } })).toBeNull()
    expect(placementTarget({ placement: 'SETTING_CONNECTOR', placementOptions: { CONNECTOR: 'c', LINE: 'x' } })).toBeNull()
    expect(placementTarget({ placement: 'SETTING_CONNECTOR', placementOptions: { LINE: '1' } })).toBeNull()
    expect(placementTarget(null)).toBeNull()
  })
})

describe('parseSavedPair', () => {
  it('reads the JSON the app stores, or an object, and keeps only the four DATA keys', () => {
    const data = { ID: 'i', URL: 'https://u', URL_IM: 'https://m', NAME: 'n' }
    expect(parseSavedPair(JSON.stringify({ active: true, data }))).toEqual({ active: true, data })
    expect(parseSavedPair({ active: false, data: { ...data, EXTRA: 1 } })).toEqual({ active: false, data })
    expect(parseSavedPair({ active: true, data: null })).toEqual({ active: true, data: null })
  })

  it('treats an empty, cleared or broken option as nothing saved', () => {
    expect(parseSavedPair('')).toBeNull()
    expect(parseSavedPair(undefined)).toBeNull()
    expect(parseSavedPair('{not json')).toBeNull()
  })
})
