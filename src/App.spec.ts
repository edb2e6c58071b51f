import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { PortalError } from '@/b24'
import type { PortalContext } from '@/b24'
import type { CurrentUser } from '@/api/users'
import type * as DoorModule from '@/b24'
import type * as UsersApi from '@/api/users'
import type * as OpenlinesApi from '@/api/openlines'
import type { ConnectorRegistration } from '@/api/openlines'
import type { BoundPlacement, PlacementBinding } from '@/api/placements'
import { useSessionStore } from '@/stores/session'
import { mountApp, portalContext } from '@/testing/mountApp'
import App from './App.vue'

const door = vi.hoisted(() => ({
  connectPortal: vi.fn<() => Promise<PortalContext | null>>(),
  installFinish: vi.fn<() => Promise<void>>(),
  setAppOption: vi.fn<(name: string, value: unknown) => Promise<void>>(),
  setTitle: vi.fn<(title: string) => void>(),
  fitFrame: vi.fn<() => void>()
}))
const fetchCurrentUser = vi.hoisted(() => vi.fn<() => Promise<CurrentUser>>())
/** What the install binds (stores/portalSetup.ts), against a portal that holds `bound`. */
const placementsApi = vi.hoisted(() => {
  const bound: BoundPlacement[] = []
  return {
    bound,
    listPlacements: vi.fn(async () => bound.map(p => ({ ...p }))),
    bindPlacement: vi.fn(async (b: PlacementBinding) => {
      bound.push({ placement: b.placement, handler: b.handler, title: b.title, userId: 0, options: { ...b.options } })
    }),
    unbindPlacement: vi.fn(async (placement: string, handler: string) => {
      const index = bound.findIndex(p => p.placement === placement && p.handler === handler)
      if (index >= 0) bound.splice(index, 1)
      return index >= 0 ? 1 : 0
    })
  }
})
const registerConnector = vi.hoisted(() => vi.fn<(reg: ConnectorRegistration) => Promise<void>>())

vi.mock('@/b24', async importOriginal => ({ ...await importOriginal<typeof DoorModule>(), ...door }))
vi.mock('@/api/users', async importOriginal => ({ ...await importOriginal<typeof UsersApi>(), fetchCurrentUser }))
vi.mock('@/api/placements', () => placementsApi)
vi.mock('@/api/openlines', async importOriginal => ({ ...await importOriginal<typeof OpenlinesApi>(), registerConnector }))

const portal = (patch: Partial<PortalContext> = {}) => portalContext({ memberId: 'm1', ...patch })

const ANNA: CurrentUser = { id: '1', firstName: 'Anna', lastName: 'Smirnova', displayName: 'Anna Smirnova' }

async function boot(path = '/departments', lang?: string) {
  const mounted = await mountApp(App, { path, lang, settle: false })
  const session = useSessionStore(mounted.pinia)
  await session.boot()
  await flushPromises()
  // the screens other than the shell are fetched on demand (App.vue)
  await vi.dynamicImportSettled()
  await flushPromises()
  return { ...mounted, session }
}

/** Finish installation, and wait until it settled (the install steps are loaded on demand). */
async function clickFinish(w: VueWrapper, session: ReturnType<typeof useSessionStore>) {
  await button(w, 'Finish installation').trigger('click')
  await vi.waitFor(() => expect(session.finishing).toBe(false))
  await flushPromises()
}

function button(w: VueWrapper, label: string) {
  const found = w.findAll('button').find(b => b.text() === label)
  if (!found) throw new Error(`no button "${label}" in: ${w.text()}`)
  return found
}

beforeEach(() => {
  for (const fn of Object.values(door)) fn.mockReset()
  fetchCurrentUser.mockReset()
  placementsApi.bound.length = 0
  placementsApi.listPlacements.mockClear()
  placementsApi.bindPlacement.mockClear()
  placementsApi.unbindPlacement.mockClear()
  registerConnector.mockReset()
})

describe('App shell', () => {
  it('explains how to open the app when it is not inside a portal', async () => {
    door.connectPortal.mockResolvedValue(null)
    const { wrapper: w, session } = await boot()
    expect(session.status).toBe('standalone')
    expect(w.get('h1').text()).toContain('Open this app in Bitrix24')
    expect(w.text()).toContain('npm start')
    expect(fetchCurrentUser).not.toHaveBeenCalled()
  })

  it('shows the sections, the current user and the admin badge', async () => {
    door.connectPortal.mockResolvedValue(portal())
    fetchCurrentUser.mockResolvedValue(ANNA)
    const { wrapper: w } = await boot()
    const nav = w.get('nav')
    expect(nav.findAll('a').map(a => a.text())).toEqual(['Departments', 'Chats', 'Open Channels', 'CRM fields', 'Structure'])
    expect(nav.findAll('a').map(a => a.attributes('href'))).toEqual(['/departments', '/chats', '/openlines', '/crm-fields', '/coverage'].map(p => expect.stringContaining(p)))
    expect(w.get('[data-testid="current-user"]').text()).toBe('Anna Smirnova')
    expect(w.get('[data-testid="admin-badge"]').text()).toBe('Administrator')
    expect(door.setTitle).toHaveBeenLastCalledWith('Departments')
  })

  it('shows no admin badge to an employee, and speaks Russian for a Russian portal', async () => {
    door.connectPortal.mockResolvedValue(portal({ isAdmin: false, lang: 'ru' }))
    fetchCurrentUser.mockResolvedValue(ANNA)
    const { wrapper: w } = await boot()
    // Russian is fetched on demand: the shell waits for it on its connecting screen rather than flash English
    await vi.waitFor(() => expect(w.find('nav').exists()).toBe(true))
    expect(w.find('[data-testid="admin-badge"]').exists()).toBe(false)
    expect(w.get('nav').findAll('a').map(a => a.text())).toEqual(['Подразделения', 'Чаты', 'Открытые линии', 'Поля CRM', 'Структура'])
    expect(document.documentElement.lang).toBe('ru')
  })

  it('follows the route in the portal title', async () => {
    door.connectPortal.mockResolvedValue(portal())
    fetchCurrentUser.mockResolvedValue(ANNA)
    const { router } = await boot()
    await router.push('/chats')
    await flushPromises()
    expect(door.setTitle).toHaveBeenLastCalledWith('Chats')
    expect(document.title).toBe('Chats — Communications Hub')
  })

  it('lets an administrator finish the installation', async () => {
    door.connectPortal.mockResolvedValue(portal({ installMode: true }))
    door.installFinish.mockResolvedValue()
    fetchCurrentUser.mockResolvedValue(ANNA)
    const { wrapper: w, session } = await boot()
    expect(session.status).toBe('install')
    expect(w.text()).toContain('imopenlines')
    await clickFinish(w, session)
    expect(door.installFinish).toHaveBeenCalledTimes(1)
    expect(session.status).toBe('ready')
    expect(w.get('[data-testid="current-user"]').text()).toBe('Anna Smirnova')
  })

  describe('the install binds what the app offers in the portal', () => {
    const HANDLER = `${window.location.origin}${window.location.pathname}`

    async function finishInstall() {
      door.connectPortal.mockResolvedValue(portal({ installMode: true }))
      door.installFinish.mockResolvedValue()
      fetchCurrentUser.mockResolvedValue(ANNA)
      const booted = await boot()
      await clickFinish(booted.wrapper, booted.session)
      return booted
    }

    it('binds the chat sidebar and registers the connector at the app’s URL, then finishes and lands in the app', async () => {
      const { wrapper: w, session } = await finishInstall()
      expect(placementsApi.bindPlacement).toHaveBeenCalledTimes(1)
      expect(placementsApi.bindPlacement).toHaveBeenCalledWith({
        placement: 'IM_SIDEBAR', handler: HANDLER, title: 'Communications Hub',
        options: { iconName: 'fa-sitemap', context: 'CHAT', role: 'USER', extranet: 'N', color: 'AZURE' }
      })
      expect(registerConnector).toHaveBeenCalledTimes(1)
      expect(registerConnector.mock.calls[0]?.[0]).toMatchObject({ id: 'commhub_connector', placementHandler: HANDLER })
      // bound before the portal is told the installation is complete
      expect(placementsApi.bindPlacement.mock.invocationCallOrder[0]).toBeLessThan(door.installFinish.mock.invocationCallOrder[0]!)
      expect(registerConnector.mock.invocationCallOrder[0]).toBeLessThan(door.installFinish.mock.invocationCallOrder[0]!)
      expect(session.status).toBe('ready')
      expect(w.find('nav').exists()).toBe(true)
      expect(w.get('[data-testid="current-user"]').text()).toBe('Anna Smirnova')
    })

    it('a reinstall finds the sidebar bound and binds nothing twice', async () => {
      placementsApi.bound.push({ placement: 'IM_SIDEBAR', handler: HANDLER, title: 'Communications Hub', userId: 0, options: {} })
      const { session } = await finishInstall()
      expect(placementsApi.listPlacements).toHaveBeenCalledTimes(1)
      expect(placementsApi.bindPlacement).not.toHaveBeenCalled()
      expect(placementsApi.unbindPlacement).not.toHaveBeenCalled()
      expect(placementsApi.bound).toHaveLength(1)
      // the same connector ID again updates it in place: still one connector, at this handler
      expect(registerConnector).toHaveBeenCalledTimes(1)
      expect(door.installFinish).toHaveBeenCalledTimes(1)
      expect(session.status).toBe('ready')
      // app options are never written by the install
      expect(door.setAppOption).not.toHaveBeenCalled()
    })

    it('moves the sidebar when the app’s URL changed: unbinds the old handler, then binds the new one', async () => {
      placementsApi.bound.push(
        { placement: 'IM_SIDEBAR', handler: 'https://old.example/', title: 'Communications Hub', userId: 0, options: {} },
        { placement: 'CRM_DEAL_DETAIL_TAB', handler: 'https://old.example/', title: 'Other', userId: 0, options: {} }
      )
      await finishInstall()
      expect(placementsApi.unbindPlacement).toHaveBeenCalledExactlyOnceWith('IM_SIDEBAR', 'https://old.example/')
      expect(placementsApi.unbindPlacement.mock.invocationCallOrder[0]).toBeLessThan(placementsApi.bindPlacement.mock.invocationCallOrder[0]!)
      expect(placementsApi.bound.map(p => `${p.placement} ${p.handler}`)).toEqual(['CRM_DEAL_DETAIL_TAB https://old.example/', `IM_SIDEBAR ${HANDLER}`])
    })

    it('a failed bind keeps the install screen with its error; Finish again binds only what is missing', async () => {
      placementsApi.bindPlacement.mockImplementationOnce(async (b: PlacementBinding) => {
        // the bind ran, but its answer was lost
        placementsApi.bound.push({ placement: b.placement, handler: b.handler, title: b.title, userId: 0, options: {} })
        throw new PortalError({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', status: 500 })
      })
      const { wrapper: w, session } = await finishInstall()
      expect(session.status).toBe('install')
      expect(door.installFinish).not.toHaveBeenCalled()
      expect(w.get('[role="alert"]').text()).toContain('The installation could not be finished: Internal server error')
      await clickFinish(w, session)
      expect(placementsApi.bindPlacement).toHaveBeenCalledTimes(1)
      expect(placementsApi.bound).toHaveLength(1)
      expect(door.installFinish).toHaveBeenCalledTimes(1)
      expect(session.status).toBe('ready')
    })
  })

  it('tells anyone else that an administrator must finish the installation', async () => {
    door.connectPortal.mockResolvedValue(portal({ installMode: true, isAdmin: false }))
    const { wrapper: w, session } = await boot()
    expect(session.status).toBe('install-pending')
    expect(w.text()).toContain('A Bitrix24 administrator must open this app once')
    expect(w.findAll('button').some(b => b.text() === 'Finish installation')).toBe(false)
  })

  it('shows a boot error with a Retry that works', async () => {
    door.connectPortal.mockResolvedValue(portal())
    fetchCurrentUser
      .mockRejectedValueOnce(new PortalError({ code: 'user_access_error', message: 'The user does not have access to the application', status: 403 }))
      .mockResolvedValueOnce(ANNA)
    const { wrapper: w, session } = await boot()
    expect(session.status).toBe('error')
    const alert = w.get('[role="alert"]')
    expect(alert.text()).toContain('You do not have access to this application')
    await button(w, 'Retry').trigger('click')
    await flushPromises()
    expect(session.status).toBe('ready')
    expect(w.get('[data-testid="current-user"]').text()).toBe('Anna Smirnova')
  })

  it('shows a portal that does not answer as an error, never an endless spinner', async () => {
    door.connectPortal.mockRejectedValue(new PortalError({ code: 'PORTAL_INIT_TIMEOUT', message: 'no answer' }))
    const { wrapper: w, session } = await boot()
    expect(session.status).toBe('error')
    expect(w.get('[role="alert"]').text()).toContain('The portal could not be reached')
  })
})
