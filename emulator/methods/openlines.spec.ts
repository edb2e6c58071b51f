// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { imopenlinesMethods } from './openlines.ts'
import { callAs, openlinesPortal } from './openlines-fixture.ts'
import { RestError } from '../rest/registry.ts'
import type { PortalData } from '../data/types.ts'

let data: PortalData

function call(method: string, params: Record<string, unknown>, userId = 1): unknown {
  const def = imopenlinesMethods[method]
  if (!def) throw new Error(`no method ${method}`)
  return def.handler(params, callAs(data, userId))
}

function failure(method: string, params: Record<string, unknown>): RestError {
  try {
    call(method, params)
  } catch (error) {
    if (error instanceof RestError) return error
    throw error
  }
  throw new Error(`${method} did not fail`)
}

beforeEach(() => {
  data = openlinesPortal()
})

describe('imopenlines.config.list.get', () => {
  it('lists every line with string values, ordered by ID', () => {
    const rows = call('imopenlines.config.list.get', {}) as Array<Record<string, unknown>>
    expect(rows.map(r => [r.ID, r.LINE_NAME, r.ACTIVE])).toEqual([['1', 'Support', 'Y'], ['2', 'Sales', 'Y'], ['3', 'Archive', 'N']])
    expect(rows[0]).not.toHaveProperty('QUEUE')
  })

  it('selects, filters, orders and pages', () => {
    const rows = call('imopenlines.config.list.get', {
      PARAMS: { select: ['ID', 'LINE_NAME'], filter: { ACTIVE: 'Y' }, order: { LINE_NAME: 'asc' }, limit: 1, offset: 1 }
    })
    expect(rows).toEqual([{ ID: '1', LINE_NAME: 'Support' }])
  })

  it('returns the queue only through OPTIONS', () => {
    const [first] = call('imopenlines.config.list.get', {
      PARAMS: { select: ['ID'] },
      OPTIONS: { QUEUE: 'Y', CONFIG_QUEUE: 'Y' }
    }) as Array<Record<string, unknown>>
    expect(first?.QUEUE).toEqual([1, 2])
    expect(first?.QUEUE_USERS_FIELDS).toMatchObject({ 1: { USER_NAME: 'Name1 Last1' }, 2: { USER_NAME: 'Name2 Last2' } })
    expect(first?.CONFIG_QUEUE).toEqual([{ ENTITY_ID: '11', ENTITY_TYPE: 'department' }, { ENTITY_ID: '12', ENTITY_TYPE: 'department' }])
  })

  it('caps limit at 200', () => {
    data.openLines = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, name: `L${i + 1}`, active: true, queueUserIds: [] }))
    expect((call('imopenlines.config.list.get', { PARAMS: { limit: 500 } }) as unknown[]).length).toBe(200)
    expect((call('imopenlines.config.list.get', {}) as unknown[]).length).toBe(50)
  })

  it.each([
    [{ PARAMS: { where: {} } }, 'Unsupported PARAMS fields are passed: where'],
    [{ PARAMS: { select: 'ID' } }, "A wrong format for the PARAMS field 'select' is passed"],
    [{ PARAMS: { select: ['NOPE'] } }, "An unknown field 'NOPE' is passed in the PARAMS field 'select'"],
    [{ PARAMS: { select: ['QUEUE'] } }, "A wrong field name is passed in the PARAMS field 'select'"],
    [{ PARAMS: { order: { ID: 'up' } } }, "A wrong sorting direction is passed in the PARAMS field 'order'"],
    [{ PARAMS: { filter: ['x'] } }, "A wrong format for the PARAMS field 'filter' is passed"],
    [{ PARAMS: { limit: -1 } }, "A non-negative integer is expected in the PARAMS field 'limit'"],
    [{ PARAMS: { offset: 'a' } }, "A non-negative integer is expected in the PARAMS field 'offset'"],
    [{ OPTIONS: { FOO: 'Y' } }, 'Unsupported OPTIONS fields are passed: FOO'],
    [{ OPTIONS: { QUEUE: 'yes' } }, "A wrong format for the OPTIONS field 'QUEUE' is passed"],
    [{ OPTIONS: { CHECK_PERMISSION: 'destroy' } }, "An unknown value for the OPTIONS field 'CHECK_PERMISSION' is passed"]
  ])('answers 400 INVALID_FORMAT for %o', (params, text) => {
    const error = failure('imopenlines.config.list.get', params)
    expect([error.status, error.code, error.description]).toEqual([400, 'INVALID_FORMAT', text])
  })
})

describe('imopenlines.config.get', () => {
  it('returns the config with the queue by default', () => {
    const config = call('imopenlines.config.get', { CONFIG_ID: '1' }) as Record<string, unknown>
    expect(config).toMatchObject({ ID: '1', LINE_NAME: 'Support', ACTIVE: 'Y', QUEUE: ['1', '2'], QUEUE_ONLINE: 'Y' })
    expect(Object.keys(config.QUEUE_FULL as object)).toEqual(['1', '2'])
  })

  it('leaves offline operators out with SHOW_OFFLINE=N and the queue out with WITH_QUEUE=N', () => {
    expect(call('imopenlines.config.get', { CONFIG_ID: 1, SHOW_OFFLINE: 'N' })).toMatchObject({ QUEUE: ['1'] })
    expect(call('imopenlines.config.get', { CONFIG_ID: 1, WITH_QUEUE: 'N' })).not.toHaveProperty('QUEUE')
  })

  it('answers false for a line that does not exist', () => {
    expect(call('imopenlines.config.get', { CONFIG_ID: 404 })).toBe(false)
  })

  it.each([[undefined], [''], [0]])('answers 400 CONFIG_ID_EMPTY for CONFIG_ID %o', value => {
    const error = failure('imopenlines.config.get', { CONFIG_ID: value })
    expect([error.status, error.code, error.description]).toEqual([400, 'CONFIG_ID_EMPTY', "Config ID can't be empty"])
  })
})

describe('the contract shape check on id-keyed maps (QUEUE_FULL, QUEUE_USERS_FIELDS)', () => {
  it('compares entries, not the example\'s own ids', async () => {
    const { shapeMismatches } = await import('../contract.ts')
    expect(shapeMismatches({ q: { 27: { USER_ID: '27' } } }, { q: { 5: { USER_ID: '5' }, 6: { USER_ID: '6' } } })).toEqual([])
    expect(shapeMismatches({ q: { 27: { USER_ID: '27' } } }, { q: { 5: { USER_ID: 5 } } })).toEqual(['result.q.5.USER_ID: expected string, got number'])
    expect(shapeMismatches({ q: { 27: { USER_ID: '27' } } }, { q: { a: {} } })).toEqual(['result.q: expected a map keyed by ids'])
  })
})
