import { test, expect } from './fixtures.ts'

test.describe('faults are handled', () => {
  test('a token that expires mid-session is refreshed without the user noticing', async ({ portal, crmFields, emulator }) => {
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    // mid-session: once the boot's own calls (the user, the plan from app.info, the first view's loads) are
    // answered and nothing is in flight, so the CRM call is the one that meets the expired token
    await expect.poll(async () => (await emulator.log()).some(e => e.method === 'app.info' && e.status === 200)).toBe(true)
    let seen = -1
    await expect.poll(async () => {
      const count = (await emulator.log()).length
      const quiet = count === seen
      seen = count
      return quiet
    }, { intervals: [1000] }).toBe(true)
    await emulator.faults({ expireTokens: true })
    await crmFields.open()
    await expect(crmFields.row('VALUE')).toContainText('Value')
    await expect(crmFields.error).toHaveCount(0)
    const log = await emulator.log()
    const calls = log.filter(e => e.method === 'crm.activity.communication.fields')
    expect(calls.map(c => c.status)).toEqual([401, 200])
    expect(calls[0]!.error).toBe('expired_token')
    expect((await emulator.frameEvents()).some(e => e.command === 'refreshAuth')).toBe(true)
  })

  test('a burst of 503 QUERY_LIMIT_EXCEEDED is retried and the data arrives', async ({ portal, crmFields, emulator }) => {
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    await emulator.faults({ fail: [{ status: 503, count: 2, methods: ['crm.activity.communication.fields'] }] })
    await crmFields.open()
    await expect(crmFields.row('ENTITY_ID')).toContainText('Entity ID', { timeout: 20_000 })
    const calls = (await emulator.log()).filter(e => e.method === 'crm.activity.communication.fields')
    expect(calls.map(c => c.status)).toEqual([503, 503, 200])
  })

  test('a 500 shows an error whose retry brings the data', async ({ portal, crmFields, emulator }) => {
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    await emulator.faults({ fail: [{ status: 500, count: 1, methods: ['crm.activity.communication.fields'] }] })
    await crmFields.open()
    await expect(crmFields.error).toBeVisible({ timeout: 20_000 })
    await expect(crmFields.table).toHaveCount(0)
    await crmFields.retry.click()
    await expect(crmFields.row('TYPE')).toContainText('Type')
    await expect(crmFields.error).toHaveCount(0)
  })
})
