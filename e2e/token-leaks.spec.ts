import { FAILED_RESOURCE, test, expect } from './fixtures.ts'
import type { EmulatorClient } from './emulator-client.ts'
import { APP_URL } from './env.ts'
import { LeakWatch, findSecrets } from './capture.ts'
import type { Captured } from './capture.ts'

/**
 * Tokens never appear in URLs, logs, error messages or exports (docs/decisions.md D15). Each test runs
 * journeys while recording everything the browser and the portal saw, then searches it all for every access
 * and refresh token the portal minted since the reset (GET /_emulator/tokens) — expired and refreshed ones
 * included.
 */

/** What the portal side kept: the frame commands the app sent, the REST log, the app's stored options. */
async function portalSide(emulator: EmulatorClient): Promise<Captured[]> {
  const state = await emulator.state()
  return [
    { where: 'frame events', text: JSON.stringify(await emulator.frameEvents()) },
    { where: 'REST log', text: JSON.stringify(await emulator.log()) },
    { where: 'app and user options', text: JSON.stringify([state.appOptions, state.userOptions]) }
  ]
}

async function expectNoLeaks(watch: LeakWatch, emulator: EmulatorClient, minimumTokens: number): Promise<void> {
  await watch.snapshot('end')
  await watch.settle()
  const minted = await emulator.tokens()
  expect(minted.length).toBeGreaterThanOrEqual(minimumTokens)
  const secrets = minted.flatMap(t => [t.access_token, t.refresh_token])
  // The search is not blind: the REST bodies, where the SDK sends `auth`, do hold a token.
  expect(findSecrets([{ where: 'REST bodies', text: watch.bodies.join('\n') }], secrets)).not.toEqual([])
  expect(findSecrets([...watch.seen, ...await portalSide(emulator)], secrets)).toEqual([])
}

test.describe('tokens never leak', () => {
  // refused calls and a user without access are part of the journeys, and Chromium logs each refused request
  test.use({ allowConsoleErrors: [FAILED_RESOURCE] })
  test('an administrator goes through every view, writes, exports, outlives an expired token and an error', async ({ portal, departments, chats, openlines, crmFields, emulator, page }) => {
    const watch = new LeakWatch(page, APP_URL)
    const data = await emulator.state()
    const marketing = data.nodes.find(n => n.name === 'Marketing')!
    const chat = data.chats.find(c => (c.type === 'CHAT' || c.type === 'OPEN') && c.memberIds.includes(1)
      && !data.bindings.some(b => b.nodeId === marketing.id && b.chatId === c.id))!

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(marketing.id, marketing.name)
    await departments.bindButton.click()
    await departments.pick('chat', chat.id)
    await departments.bindSubmit.click()
    await expect(departments.communication('chat', chat.id)).toBeVisible()
    await watch.snapshot('departments')

    await chats.open()
    await chats.createButton.click()
    await chats.title.fill('Leak check')
    await chats.submit.click()
    await expect(chats.pageTitle).toHaveText('Leak check')
    await watch.snapshot('chat page')

    await openlines.open()
    await openlines.register.click()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')
    await watch.snapshot('open channels')

    // An expired token: the SDK refreshes it through the portal, and the new pair must not leak either.
    await emulator.faults({ expireTokens: true })
    await crmFields.open()
    await expect(crmFields.row('VALUE')).toBeVisible()
    expect((await emulator.log()).some(e => e.error === 'expired_token')).toBe(true)

    await portal.nav(/^Structure$/).click()
    await expect(portal.app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), portal.app.getByTestId('coverage-export-csv').click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    await portal.app.getByRole('link', { name: 'Change journal' }).click()
    await expect(portal.app.getByTestId('journal-view')).toBeVisible()
    await watch.snapshot('structure')

    // A failure the user sees: its message must be as clean as the rest.
    await emulator.faults({ fail: [{ status: 500, count: 1, methods: ['crm.activity.communication.fields'] }] })
    await portal.open({ user: 1 })
    await crmFields.open()
    await expect(crmFields.error).toBeVisible({ timeout: 20_000 })
    await watch.snapshot('error')

    await expectNoLeaks(watch, emulator, 3)
  })

  test('refused calls and a user without access show their errors without a token', async ({ portal, departments, emulator, page }) => {
    const watch = new LeakWatch(page, APP_URL)
    // An administrator who loses the permission to edit departments after the page loaded: the portal refuses.
    const data = await emulator.state()
    const node = data.nodes.find(n => n.name === 'Marketing')!
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    await emulator.update({ users: [{ id: 1, structureRights: { departments: 'view', teams: 'view' } }] })
    await departments.createDefaultButton.click()
    await departments.defaultSubmit.click()
    await expect(portal.app.getByTestId('departments-default-error')).toBeVisible()
    await watch.snapshot('refused')

    await portal.open({ user: 3 })
    await expect(portal.app.getByText('You do not have access to this application', { exact: false })).toBeVisible()
    await watch.snapshot('no access')

    await expectNoLeaks(watch, emulator, 2)
  })
})
