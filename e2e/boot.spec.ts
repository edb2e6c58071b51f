import { test, expect } from './fixtures.ts'

test.describe('the app inside the portal frame', () => {
  test('boots in the portal page and greets the signed-in administrator', async ({ portal, emulator }) => {
    const admin = (await emulator.state()).users.find(u => u.id === 1)!
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toContainText(`${admin.name} ${admin.lastName}`)
    await expect(portal.adminBadge).toBeVisible()
    for (const section of ['Departments', 'Chats', 'Open Channels', 'CRM fields']) {
      await expect(portal.nav(section)).toBeVisible()
    }
    // The app spoke to the portal through the frame protocol: it asked for its init data and
    // set the portal's page title.
    await expect(portal.portalTitle).not.toBeEmpty()
    const commands = (await emulator.frameEvents()).map(e => e.command)
    expect(commands).toContain('getInitData')
    expect(commands).toContain('setTitle')
  })

  test('an employee sees their name and no administrator badge', async ({ portal, emulator }) => {
    const employee = (await emulator.state()).users.find(u => u.id === 2)!
    expect(employee.isAdmin).toBe(false)
    await portal.open({ user: 2 })
    await expect(portal.currentUser).toContainText(`${employee.name} ${employee.lastName}`)
    await expect(portal.adminBadge).toHaveCount(0)
  })

  test('the frame is resized to the app\'s content', async ({ portal, emulator }) => {
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    await expect.poll(async () => (await emulator.frameEvents()).some(e => e.command === 'resizeWindow')).toBe(true)
  })
})
