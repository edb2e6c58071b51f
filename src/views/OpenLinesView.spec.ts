import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import type * as Door from '@/b24'
import { PortalError } from '@/b24'
import type { PortalContext } from '@/b24'
import type * as OpenlinesApi from '@/api/openlines'
import type { ChannelData, PairOutcome, PairKey } from '@/api/openlines'
import { createPinia, setActivePinia } from 'pinia'
import { mountApp } from '@/testing/mountApp'
import { useSessionStore } from '@/stores/session'
import { APP_CONNECTOR_ID, savedPairOption } from '@/api/openlines'
import OpenLinesView from './OpenLinesView.vue'

const api = vi.hoisted(() => ({
  listOpenLines: vi.fn(),
  listConnectors: vi.fn(),
  connectorStatuses: vi.fn(),
  connectorStatus: vi.fn(),
  registerConnector: vi.fn(),
  unregisterConnector: vi.fn(),
  activateConnector: vi.fn(),
  setChannelData: vi.fn()
}))
const door = vi.hoisted(() => ({ getPortal: vi.fn(), setAppOption: vi.fn() }))

vi.mock('@/api/openlines', async importOriginal => ({ ...await importOriginal<typeof OpenlinesApi>(), ...api }))
vi.mock('@/b24', async importOriginal => ({ ...await importOriginal<typeof Door>(), ...door }))

const LINES = [
  { id: 1, name: 'Support', active: true },
  { id: 2, name: 'Sales', active: true }
]

/** The emulated portal's answers, per pair: [connector, line] → configured / error. */
let portalPairs: Record<string, { configured: boolean, error: boolean }>

function status(connector: string, line: number) {
  const p = portalPairs[`${connector}:${line}`] ?? { configured: false, error: false }
  return { connector, line, error: p.error, configured: p.configured, status: p.configured && !p.error }
}

function portal(overrides: Partial<PortalContext> = {}): PortalContext {
  return {
    lang: 'en', isAdmin: true, installMode: false, placement: 'DEFAULT', placementOptions: {}, appOptions: {},
    userOptions: {}, memberId: 'm', domain: 'portal.example', ...overrides
  }
}

let wrapper: VueWrapper | null = null

beforeEach(() => {
  Object.values(api).forEach(fn => fn.mockReset())
  Object.values(door).forEach(fn => fn.mockReset())
  portalPairs = { 'livechat:1': { configured: true, error: false }, 'livechat:2': { configured: true, error: true } }
  door.getPortal.mockReturnValue(portal())
  door.setAppOption.mockResolvedValue(undefined)
  api.listOpenLines.mockResolvedValue(LINES)
  api.listConnectors.mockResolvedValue([{ id: 'livechat', name: 'Online chat' }, { id: APP_CONNECTOR_ID, name: 'Communications Hub' }])
  api.connectorStatuses.mockImplementation(async (pairs: PairKey[]) =>
    new Map<string, PairOutcome>(pairs.map(p => [`${p.connector}:${p.line}`, { ok: true, status: status(p.connector, p.line) }])))
  api.connectorStatus.mockImplementation(async (connector: string, line: number) => status(connector, line))
  api.activateConnector.mockResolvedValue(undefined)
  api.setChannelData.mockResolvedValue(undefined)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

async function mountView() {
  // the session knows who is signed in (administrator or not) from the same portal context
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().context = door.getPortal() as PortalContext
  ;({ wrapper } = await mountApp(OpenLinesView, { path: '/openlines', pinia }))
  await flushPromises()
  return wrapper!
}

function byTestId(id: string): HTMLElement | null {
  return document.body.querySelector(`[data-testid="${id}"]`)
}

/** The texts an input points at with aria-describedby: where b24ui puts a field's error. */
function describedBy(id: string): string {
  const input = byTestId(id)
  return (input?.getAttribute('aria-describedby') ?? '').split(' ').map(ref => document.getElementById(ref)?.textContent ?? '').join(' ')
}

async function click(id: string) {
  const el = byTestId(id)
  if (!el) throw new Error(`no [data-testid="${id}"]`)
  el.click()
  await flushPromises()
}

async function type(id: string, value: string) {
  const el = byTestId(id) as HTMLInputElement | null
  if (!el) throw new Error(`no [data-testid="${id}"]`)
  const input = el.tagName === 'INPUT' ? el : el.querySelector('input')!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function submitForm() {
  const form = document.body.querySelector('[data-testid="openlines-channel-form"]') as HTMLFormElement
  form.dispatchEvent(new Event('submit', { cancelable: true }))
  await flushPromises()
  await new Promise(resolve => setTimeout(resolve, 0))
  await flushPromises()
}

describe('OpenLinesView console', () => {
  it('shows every line × connector pair with the portal\'s status, and filters what needs attention', async () => {
    const view = await mountView()
    expect(view.find('[data-testid="openlines-view"]').attributes('data-layout')).toBe('console')
    expect(view.findAll('[data-testid^="openlines-pair-"]')).toHaveLength(4)
    const errorPair = view.find('[data-testid="openlines-pair-livechat:2"]').element.closest('tr')!
    expect(errorPair.querySelector('[data-testid="openlines-badge-error"]')).not.toBeNull()
    expect(view.find('[data-testid="openlines-connector-state"]').attributes('data-state')).toBe('registered')

    await view.find('[data-testid="openlines-filter-attention"]').trigger('click')
    await flushPromises()
    expect(view.findAll('[data-testid^="openlines-pair-"]').map(r => r.attributes('data-testid'))).toEqual(['openlines-pair-livechat:2'])
  })

  it('offers an employee the status only, and says who sets connectors up', async () => {
    door.getPortal.mockReturnValue(portal({ isAdmin: false }))
    api.listConnectors.mockRejectedValue(new PortalError({ code: 'ACCESS_DENIED', message: 'You dont have access to this action', status: 400 }))
    portalPairs[`${APP_CONNECTOR_ID}:1`] = { configured: true, error: false }
    const view = await mountView()
    expect(view.findAll('[data-testid^="openlines-pair-"]').length).toBeGreaterThan(0)
    expect(byTestId('openlines-admin-only')?.textContent).toContain('Only a Bitrix24 administrator sets up Open Channel connectors')
    for (const id of ['openlines-register', 'openlines-unregister', 'openlines-activate-1', 'openlines-deactivate-1', 'openlines-settings-1']) {
      expect(byTestId(id), id).toBeNull()
    }
  })

  it('asks before deactivating, then deactivates and forgets the line\'s settings', async () => {
    portalPairs[`${APP_CONNECTOR_ID}:1`] = { configured: true, error: false }
    await mountView()
    await click('openlines-deactivate-1')
    expect(byTestId('openlines-confirm-ok')).not.toBeNull()
    expect(document.body.textContent).toContain('Deactivating deletes this line\'s channel settings')
    expect(api.activateConnector).not.toHaveBeenCalled()

    portalPairs[`${APP_CONNECTOR_ID}:1`] = { configured: false, error: false }
    await click('openlines-confirm-ok')
    expect(api.activateConnector).toHaveBeenCalledWith(APP_CONNECTOR_ID, 1, false)
    expect(door.setAppOption).toHaveBeenCalledWith(savedPairOption(APP_CONNECTOR_ID, 1), JSON.stringify({ active: false, data: null }))
    // re-read from the portal after the write
    expect(api.connectorStatus).toHaveBeenCalledWith(APP_CONNECTOR_ID, 1)
    expect(byTestId('openlines-activate-1')).not.toBeNull()
  })

  it('registers the app connector with this page as the placement handler', async () => {
    api.listConnectors.mockResolvedValueOnce([{ id: 'livechat', name: 'Online chat' }])
    const view = await mountView()
    expect(view.find('[data-testid="openlines-connector-state"]').attributes('data-state')).toBe('unregistered')
    api.registerConnector.mockResolvedValue(undefined)
    await click('openlines-register')
    expect(api.registerConnector).toHaveBeenCalledWith(expect.objectContaining({
      id: APP_CONNECTOR_ID,
      placementHandler: `${window.location.origin}${window.location.pathname}`
    }))
    expect(api.listConnectors).toHaveBeenCalledTimes(2)
  })

  it('shows a register failure that arrived inside an HTTP 200 as an error', async () => {
    api.listConnectors.mockResolvedValue([{ id: 'livechat', name: 'Online chat' }])
    await mountView()
    api.registerConnector.mockRejectedValue(new PortalError({ code: 'APPLICATION_REGISTRATION_ERROR', message: 'Application registration error', status: 200 }))
    await click('openlines-register')
    expect(byTestId('openlines-action-error')?.textContent).toContain('Application registration error')
  })

  it('says plainly that connector methods need an application context', async () => {
    api.listConnectors.mockRejectedValue(new PortalError({ code: 'WRONG_AUTH_TYPE', message: 'Current authorization type is denied for this method Application context required', status: 403 }))
    const view = await mountView()
    expect(view.find('[data-testid="openlines-wrong-context"]').text()).toContain('only inside Bitrix24')
    expect(api.connectorStatuses).not.toHaveBeenCalled()
    expect(view.find('[data-testid^="openlines-activate-"]').exists()).toBe(false)
  })
})

describe('channel settings form', () => {
  const SAVED: ChannelData = { ID: 'ext-1', URL: 'https://ext.example/1', URL_IM: 'https://ext.example/op/1', NAME: 'Shop' }

  beforeEach(() => {
    portalPairs[`${APP_CONNECTOR_ID}:1`] = { configured: true, error: false }
    door.getPortal.mockReturnValue(portal({ appOptions: { [savedPairOption(APP_CONNECTOR_ID, 1)]: JSON.stringify({ active: true, data: SAVED }) } }))
  })

  it('starts from the values saved last and sends all four when one changes', async () => {
    await mountView()
    await click('openlines-settings-1')
    expect(byTestId('openlines-channel-notice')?.textContent).toContain('replaces all four settings')
    expect((byTestId('openlines-channel-url') as HTMLInputElement).value).toBe(SAVED.URL)
    await type('openlines-channel-name', 'Shop 2')
    await submitForm()
    expect(api.setChannelData).toHaveBeenCalledWith(APP_CONNECTOR_ID, 1, { ...SAVED, NAME: 'Shop 2' })
    expect(door.setAppOption).toHaveBeenCalledWith(savedPairOption(APP_CONNECTOR_ID, 1), JSON.stringify({ active: true, data: { ...SAVED, NAME: 'Shop 2' } }))
  })

  it('refuses a relative URL on its field before any call', async () => {
    await mountView()
    await click('openlines-settings-1')
    await type('openlines-channel-url', 'example.com/chat')
    await submitForm()
    expect(api.setChannelData).not.toHaveBeenCalled()
    expect(describedBy('openlines-channel-url')).toContain('Enter a full address starting with http:// or https://.')
  })

  it('shows the portal\'s ERROR_ARGUMENT on the field it names', async () => {
    api.setChannelData.mockRejectedValue(new PortalError({ code: 'ERROR_ARGUMENT', message: "Argument 'LINE' is null or empty", status: 400 }))
    await mountView()
    await click('openlines-settings-1')
    await submitForm()
    expect(describedBy('openlines-channel-line')).toContain("Argument 'LINE' is null or empty")
    expect(byTestId('openlines-channel-error')).toBeNull()
  })
})

describe('SETTING_CONNECTOR placement', () => {
  it('opens straight on the connector and line from the placement options (LINE as a string)', async () => {
    door.getPortal.mockReturnValue(portal({
      placement: 'SETTING_CONNECTOR',
      placementOptions: { CONNECTOR: APP_CONNECTOR_ID, LINE: '2', ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: false, ERROR_STATUS: false, STATUS: false }
    }))
    const view = await mountView()
    const panel = view.find('[data-testid="openlines-placement"]')
    expect(view.find('[data-testid="openlines-view"]').attributes('data-layout')).toBe('compact')
    expect(panel.attributes('data-line')).toBe('2')
    expect(panel.find('[data-testid="openlines-placement-pair"]').text()).toContain('Sales')
    // active per the Contact Center, not yet connected: offer deactivation and the settings of line 2
    expect(panel.find('[data-testid="openlines-deactivate-2"]').exists()).toBe(true)
    expect((byTestId('openlines-channel-id') as HTMLInputElement).placeholder).toBe(`${APP_CONNECTOR_ID}_2`)
    expect(panel.find('[data-testid="openlines-badge-attention"]').exists()).toBe(true)
  })
})
