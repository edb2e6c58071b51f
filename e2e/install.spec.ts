import { test, expect } from './fixtures.ts'
import { APP_URL } from './env.ts'

test.describe('installation', () => {
  test('an administrator finishes the installation from the install screen', async ({ portal, emulator }) => {
    await emulator.reset({ installed: false })
    await portal.open({ user: 1 })
    const finish = portal.app.getByRole('button', { name: 'Finish installation' })
    await expect(finish).toBeVisible()
    await finish.click()
    await expect.poll(async () => (await emulator.state()).installed).toBe(true)
    expect((await emulator.frameEvents()).some(e => e.command === 'setInstallFinish')).toBe(true)
    // The portal reloads the app, which now opens normally.
    await expect(portal.currentUser).toBeVisible()
  })

  test('an employee is told that an administrator must finish the installation', async ({ portal, emulator }) => {
    await emulator.reset({ installed: false })
    await portal.open({ user: 2 })
    await expect(portal.app.getByText(/administrator must open this app once to finish its installation/i)).toBeVisible()
    await expect(portal.app.getByRole('button', { name: 'Finish installation' })).toHaveCount(0)
    expect((await emulator.state()).installed).toBe(false)
  })
})

test('opened outside a portal frame, the app explains how to open it', async ({ page }) => {
  await page.goto(APP_URL + '/')
  await expect(page.getByRole('heading', { name: /Open this app in Bitrix24/ })).toBeVisible()
  await expect(page.getByText('npm start')).toBeVisible()
})
