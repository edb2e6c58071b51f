import { test, expect } from './fixtures.ts'
import { APP_CONNECTOR } from './pages/OpenlinesPage.ts'
import type { EmulatorClient } from './emulator-client.ts'

async function pair(emulator: EmulatorClient, line: number) {
  return (await emulator.state()).connectorLines.find(p => p.connectorId === APP_CONNECTOR && p.lineId === line) ?? null
}

test.describe('Open Channels: the app\'s connector', () => {
  test('register, activate, save channel settings, change one field, deactivate', async ({ portal, openlines, emulator }) => {
    const line = (await emulator.state()).openLines[0]!.id
    await portal.open({ user: 1 })
    await openlines.open()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'unregistered')

    await openlines.register.click()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')
    const registered = (await emulator.state()).connectors.find(c => c.id === APP_CONNECTOR)!
    expect(registered.custom).toBe(true)
    expect(registered.placementHandler).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)

    await openlines.activate(line).click()
    await expect(openlines.deactivate(line)).toBeVisible()
    expect((await pair(emulator, line))?.active).toBe(true)

    // An invalid URL is refused on its field before any call.
    await openlines.settings(line).click()
    await openlines.field('url').fill('example.com')
    await openlines.save.click()
    await expect(openlines.form).toContainText('Enter a full address starting with http:// or https://.')
    expect((await emulator.log()).some(e => e.method === 'imconnector.connector.data.set')).toBe(false)
    expect((await pair(emulator, line))?.data ?? null).toBeNull()

    await openlines.field('url').fill('https://shop.example/chat')
    await openlines.field('name').fill('Shop chat')
    await openlines.save.click()
    await expect(openlines.badge(APP_CONNECTOR, line, 'overall')).toHaveAttribute('data-state', 'on')
    const saved = (await pair(emulator, line))!.data!
    expect(saved).toEqual({ ID: `${APP_CONNECTOR}_${line}`, URL: 'https://shop.example/chat', URL_IM: 'https://shop.example/chat', NAME: 'Shop chat' })

    // Reopened later, the form starts from the saved values; changing one field keeps the other three.
    await portal.open({ user: 1 })
    await openlines.open()
    await openlines.settings(line).click()
    await expect(openlines.field('url')).toHaveValue('https://shop.example/chat')
    await openlines.field('name').fill('Renamed')
    await openlines.save.click()
    await expect(openlines.form).toHaveCount(0)
    expect((await pair(emulator, line))!.data).toEqual({ ...saved, NAME: 'Renamed' })

    // Deactivation warns first, then deletes the line's settings on the portal.
    await openlines.deactivate(line).click()
    await expect(openlines.confirm).toContainText(/delete/i)
    await openlines.confirmOk.click()
    await expect(openlines.activate(line)).toBeVisible()
    const after = await pair(emulator, line)
    expect(after?.active ?? false).toBe(false)
    expect(after?.data ?? null).toBeNull()
  })

  test('opened in the SETTING_CONNECTOR placement, lands on that connector and line', async ({ portal, openlines, emulator }) => {
    const line = (await emulator.state()).openLines[1]!.id
    await portal.open({ user: 1 })
    await openlines.open()
    await openlines.register.click()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')

    await portal.open({
      user: 1,
      placement: 'SETTING_CONNECTOR',
      options: { CONNECTOR: APP_CONNECTOR, LINE: String(line), ACTIVE_STATUS: false, CONNECTION_STATUS: false, REGISTER_STATUS: true, ERROR_STATUS: false }
    })
    const placement = openlines.id('openlines-placement')
    await expect(placement).toHaveAttribute('data-connector', APP_CONNECTOR)
    await expect(placement).toHaveAttribute('data-line', String(line))
    await expect(openlines.id('openlines-view')).toHaveAttribute('data-layout', 'compact')
  })
})
