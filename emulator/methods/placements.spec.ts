// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { placementMethods } from './placements.ts'
import { callAs, openlinesPortal } from './openlines-fixture.ts'
import { RestError } from '../rest/registry.ts'
import { loadSpec, shapeMismatches } from '../contract.ts'
import type { PortalData } from '../data/types.ts'

let data: PortalData

function call(method: string, params: Record<string, unknown>, userId = 1): unknown {
  const def = placementMethods[method]
  if (!def) throw new Error(`no method ${method}`)
  return def.handler(params, callAs(data, userId))
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

const HANDLER = 'https://app.example/'
const SIDEBAR = { PLACEMENT: 'IM_SIDEBAR', HANDLER, TITLE: 'Hub', OPTIONS: { iconName: 'fa-sitemap', context: 'CHAT;LINES', role: 'USER', extranet: 'N', color: 'AZURE' } }

beforeEach(() => {
  data = openlinesPortal()
})

describe('placement.bind', () => {
  it('binds a handler that placement.get lists', () => {
    expect(call('placement.bind', { ...SIDEBAR, PLACEMENT: 'im_sidebar' })).toBe(true)
    const rows = call('placement.get', {}) as Array<Record<string, unknown>>
    expect(rows).toEqual([{
      placement: 'IM_SIDEBAR', userId: 0, handler: HANDLER, options: SIDEBAR.OPTIONS, title: 'Hub', description: '',
      langAll: { en: { TITLE: 'Hub', DESCRIPTION: '', GROUP_NAME: '' } }
    }])
  })

  it('answers placement.get in the shape of the docs example, LANG_ALL as sent', () => {
    call('placement.bind', { ...SIDEBAR, LANG_ALL: { ru: { TITLE: 'Хаб' }, en: { TITLE: 'Hub', GROUP_NAME: 'g' } } })
    const rows = call('placement.get', {}) as Array<Record<string, unknown>>
    expect(rows[0]?.langAll).toEqual({ ru: { TITLE: 'Хаб', DESCRIPTION: '', GROUP_NAME: '' }, en: { TITLE: 'Hub', DESCRIPTION: '', GROUP_NAME: 'g' } })
    const spec = loadSpec('placement.get')!
    expect(shapeMismatches(spec.resultExample!.result, rows)).toEqual([])
  })

  it('refuses the same PLACEMENT and HANDLER twice, as the portal’s unique check does', () => {
    call('placement.bind', SIDEBAR)
    const error = failure('placement.bind', { ...SIDEBAR, TITLE: 'Other title' })
    expect([error.status, error.code, error.description]).toEqual([400, 'ERROR_CORE', 'Unable to set placement handler: Handler already binded'])
    // another handler for the same placement is a second widget
    expect(call('placement.bind', { ...SIDEBAR, HANDLER: 'https://app.example/other' })).toBe(true)
    expect(data.placements).toHaveLength(2)
  })

  it('checks the documented parameters and the IM_SIDEBAR options', () => {
    expect(failure('placement.bind', { HANDLER }).description).toBe("Argument 'PLACEMENT' is null or empty")
    expect(failure('placement.bind', { PLACEMENT: 'IM_SIDEBAR' }).description).toBe("Argument 'HANDLER' is null or empty")
    expect(failure('placement.bind', { PLACEMENT: 'IM_SIDEBAR', HANDLER }).description).toBe("Argument 'OPTIONS[iconName]' is null or empty")
    expect(failure('placement.bind', { ...SIDEBAR, OPTIONS: { iconName: 'fa-1<script>' } }).code).toBe('ERROR_ARGUMENT')
    expect(failure('placement.bind', { ...SIDEBAR, OPTIONS: { iconName: 'fa-sitemap', context: 'GROUPS' } }).description).toBe("Argument 'OPTIONS[context]' has a wrong value")
    expect(failure('placement.bind', { ...SIDEBAR, OPTIONS: { iconName: 'fa-sitemap', color: '#fff' } }).code).toBe('ERROR_ARGUMENT')
    expect(failure('placement.bind', { ...SIDEBAR, USER_ID: 2 }).code).toBe('ERROR_PLACEMENT_USER_MODE')
    expect(failure('placement.bind', { ...SIDEBAR, PLACEMENT: 'NO SUCH' }).code).toBe('ERROR_PLACEMENT_NOT_FOUND')
    expect(data.placements).toEqual([])
  })

  it('allows one registration of REST_APP_URI', () => {
    call('placement.bind', { PLACEMENT: 'REST_APP_URI', HANDLER })
    expect(failure('placement.bind', { PLACEMENT: 'REST_APP_URI', HANDLER: HANDLER + 'x' }).code).toBe('ERROR_PLACEMENT_MAX_COUNT')
  })

  it('is for administrators', () => {
    expect(failure('placement.bind', SIDEBAR, 2).status).toBe(403)
    expect(failure('placement.get', {}, 2).status).toBe(403)
    expect(failure('placement.unbind', { PLACEMENT: 'IM_SIDEBAR' }, 2).status).toBe(403)
  })
})

describe('placement.unbind', () => {
  beforeEach(() => {
    call('placement.bind', SIDEBAR)
    call('placement.bind', { ...SIDEBAR, HANDLER: HANDLER + 'second' })
    call('placement.bind', { PLACEMENT: 'REST_APP_URI', HANDLER })
  })

  it('removes one handler, and answers how many it removed', () => {
    expect(call('placement.unbind', { PLACEMENT: 'IM_SIDEBAR', HANDLER })).toEqual({ count: 1 })
    expect(data.placements.map(p => `${p.placement} ${p.handler}`)).toEqual([`IM_SIDEBAR ${HANDLER}second`, `REST_APP_URI ${HANDLER}`])
    expect(call('placement.unbind', { PLACEMENT: 'IM_SIDEBAR', HANDLER })).toEqual({ count: 0 })
  })

  it('without HANDLER removes every handler of the placement', () => {
    expect(call('placement.unbind', { PLACEMENT: 'im_sidebar', HANDLER: '' })).toEqual({ count: 2 })
    expect(data.placements.map(p => p.placement)).toEqual(['REST_APP_URI'])
  })

  it('with USER_ID removes only that user’s handlers', () => {
    expect(call('placement.unbind', { PLACEMENT: 'IM_SIDEBAR', USER_ID: 5 })).toEqual({ count: 0 })
    expect(failure('placement.unbind', {}).description).toBe("Argument 'PLACEMENT' is null or empty")
  })
})
