import { test, expect } from './fixtures.ts'
import type { EmulatorClient } from './emulator-client.ts'
import type { PortalPage } from './pages/PortalPage.ts'
import { APP_URL, EMULATOR_URL } from './env.ts'

/**
 * Install, uninstall, reinstall (docs/decisions.md D31; emulator/README.md "Placements and the app's
 * lifecycle"): what the install binds, what an uninstall takes away and keeps, and that a reinstall finds
 * what is left and binds nothing twice. The portal page's App card runs the lifecycle.
 */

const CONNECTOR = 'commhub_connector'

async function finishInstall(portal: PortalPage): Promise<void> {
  const finish = portal.app.getByRole('button', { name: 'Finish installation' })
  await expect(finish).toBeVisible()
  await finish.click()
  // the portal reloads the app, which lands in the shell: never a blank page
  await portal.ready()
  await expect(portal.nav('Departments')).toBeVisible()
}

/** What the app left in the portal: its IM_SIDEBAR handlers and its own connectors. */
async function leftInPortal(emulator: EmulatorClient) {
  const data = await emulator.state()
  return {
    installed: data.installed,
    sidebar: data.placements.filter(p => p.placement === 'IM_SIDEBAR'),
    placements: data.placements.length,
    connectors: data.connectors.filter(c => c.custom),
    appOptions: data.appOptions
  }
}

async function binds(emulator: EmulatorClient): Promise<number> {
  return (await emulator.log()).filter(entry => entry.method === 'placement.bind').length
}

test.describe('install lifecycle', () => {
  test('install binds the chat sidebar and the connector; uninstall removes them and keeps the data; reinstall binds each once', async ({ portal, emulator, request, page }) => {
    await emulator.reset({ installed: false })
    await portal.open({ user: 1 })
    await finishInstall(portal)

    const installed = await leftInPortal(emulator)
    expect(installed.installed).toBe(true)
    expect(installed.sidebar).toHaveLength(1)
    const handler = installed.sidebar[0]!.handler
    expect(new URL(handler).origin).toBe(APP_URL)
    expect(handler).not.toContain('?')
    expect(installed.sidebar[0]!.options).toMatchObject({ iconName: expect.any(String) })
    expect(installed.connectors.map(c => [c.id, c.placementHandler])).toEqual([[CONNECTOR, handler]])
    expect((await emulator.frameEvents()).some(e => e.command === 'setInstallFinish')).toBe(true)

    // app data the app keeps (the change journal is an app option)
    const option = await request.post(`${EMULATOR_URL}/_portal/option`, { data: { scope: 'app', userId: 1, name: 'journal', value: '[]' } })
    expect(option.ok()).toBe(true)

    // uninstall: placements and connector gone, app options kept
    await page.locator('#app-uninstall').click()
    await expect(portal.notices).toContainText('The app is uninstalled')
    const uninstalled = await leftInPortal(emulator)
    expect(uninstalled).toMatchObject({ installed: false, placements: 0, connectors: [] })
    expect(uninstalled.appOptions).toMatchObject({ journal: '[]' })

    // reinstall from the App card: install mode again, then exactly one of each
    await page.locator('#app-install').click()
    await finishInstall(portal)
    const reinstalled = await leftInPortal(emulator)
    expect(reinstalled.installed).toBe(true)
    expect(reinstalled.sidebar).toHaveLength(1)
    expect(reinstalled.connectors.map(c => c.id)).toEqual([CONNECTOR])
    expect(reinstalled.appOptions).toMatchObject({ journal: '[]' })
    const bindsSoFar = await binds(emulator)
    expect(bindsSoFar).toBe(2)

    // a reinstall over an install finds everything bound and binds nothing
    await page.locator('#app-install').click()
    await finishInstall(portal)
    const again = await leftInPortal(emulator)
    expect(again.sidebar).toHaveLength(1)
    expect(again.connectors).toHaveLength(1)
    expect(await binds(emulator)).toBe(bindsSoFar)

    // uninstall with its data: the options go too
    await page.locator('#app-uninstall-delete').click()
    await expect(portal.notices).toContainText('its placements, connector and data are removed')
    const deleted = await leftInPortal(emulator)
    expect(deleted).toMatchObject({ installed: false, placements: 0, connectors: [], appOptions: {} })
  })

  test('after an uninstall the portal page opens the app again in install mode', async ({ portal, emulator, page }) => {
    await portal.open({ user: 1 })
    await portal.ready()
    await page.locator('#app-uninstall').click()
    await expect(portal.notices).toContainText('The app is uninstalled')
    await page.locator('#open-placement').click()
    await expect(portal.app.getByRole('button', { name: 'Finish installation' })).toBeVisible()
    expect((await emulator.state()).installed).toBe(false)
  })
})
