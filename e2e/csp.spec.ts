import { CSP_REFUSAL, FAILED_RESOURCE, test, expect } from './fixtures.ts'
import { APP_URL, EMULATOR_URL } from './env.ts'
import { watchCsp } from './capture.ts'

/**
 * The built app runs under the production Content-Security-Policy (the emulator serves dist/ with
 * scripts/serve.ts's handler): its own scripts and styles, REST and images from the portal that opened
 * it, framed by that portal only — and nothing else.
 */
test.describe('Content-Security-Policy', () => {
  test('the app page carries a policy naming exactly the portal that opened it', async ({ portal, page }) => {
    const document = page.waitForResponse(r => r.url().startsWith(APP_URL) && r.request().resourceType() === 'document')
    await portal.open({ user: 1 })
    const policy = (await (await document).allHeaders())['content-security-policy'] ?? ''
    const directives = Object.fromEntries(policy.split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'", EMULATOR_URL])
    expect(directives['frame-ancestors']).toEqual([EMULATOR_URL])
    expect(directives['default-src']).toEqual(["'none'"])
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  })

  test('every view works under the policy without a single violation', async ({ portal, departments, chats, openlines, crmFields, emulator, page }) => {
    const violations = await watchCsp(page)
    const data = await emulator.state()
    const marketing = data.nodes.find(n => n.name === 'Marketing')!
    const chat = data.chats.find(c => c.ownerId === 1 && (c.type === 'CHAT' || c.type === 'OPEN'))!

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(marketing.id, marketing.name)
    await departments.bindButton.click()
    await expect(departments.bindModal).toBeVisible()
    await page.keyboard.press('Escape')

    await chats.open()
    await chats.chatInList(chat.id).click()
    await expect(chats.pageTitle).toHaveText(chat.title)
    await chats.open()
    await chats.createButton.click()
    await expect(chats.title).toBeVisible()

    await openlines.open()
    await expect(openlines.connectorState).toBeVisible()
    await crmFields.open()
    await expect(crmFields.row('VALUE')).toBeVisible()
    await portal.nav(/^Structure$/).click()
    await expect(portal.app.getByTestId('coverage-matrix')).toBeVisible()
    await portal.app.getByRole('link', { name: 'Change journal' }).click()
    await expect(portal.app.getByTestId('journal-view')).toBeVisible()

    // The portal's REST answered through the policy (a blocked call never reaches the emulator).
    expect((await emulator.log()).some(e => e.method === 'crm.activity.communication.fields' && e.status === 200)).toBe(true)
    expect(violations).toEqual([])
  })

  test('an injected inline script and inline handler do not run', async ({ portal, page, consoleErrors }) => {
    // what the policy blocks is logged by Chromium, and the broken image's load fails: both on purpose
    consoleErrors.allow(CSP_REFUSAL, FAILED_RESOURCE)
    const violations = await watchCsp(page)
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    const app = page.frame({ url: u => u.href.startsWith(APP_URL) })!
    await app.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = "script"'
      document.body.append(script)
      const holder = document.createElement('div')
      holder.innerHTML = '<img src="x:broken" onerror="window.__injected = \'handler\'">'
      document.body.append(holder)
    })
    await expect.poll(() => violations.filter(v => v.directive === 'script-src-elem' || v.directive === 'script-src-attr').length).toBe(2)
    expect(await app.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined()
  })

  test('a connection to any origin but the portal\'s is refused', async ({ portal, page, consoleErrors }) => {
    consoleErrors.allow(CSP_REFUSAL, FAILED_RESOURCE)
    const violations = await watchCsp(page)
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    const app = page.frame({ url: u => u.href.startsWith(APP_URL) })!
    // An origin that answers (the portal on another port would, if allowed): only the policy can stop it.
    const elsewhere = `http://localhost:${new URL(EMULATOR_URL).port}/_emulator/state`
    const outcome = await app.evaluate(async (target) => {
      try {
        await fetch(target)
        return 'reached'
      } catch {
        return 'refused'
      }
    }, elsewhere)
    expect(outcome).toBe('refused')
    expect(violations).toContainEqual(expect.objectContaining({ directive: 'connect-src', blocked: expect.stringContaining('localhost') }))
    const portalState = await app.evaluate(async (target) => (await fetch(target)).status, `${EMULATOR_URL}/_emulator/state`)
    expect(portalState).toBe(200)
  })

  test('opened outside a portal, the page may not be framed and talks to nobody', async ({ page }) => {
    const violations = await watchCsp(page)
    const answer = await page.goto(APP_URL + '/?DOMAIN=evil.example%3Bscript-src%20*&PROTOCOL=1')
    const policy = (await answer!.allHeaders())['content-security-policy'] ?? ''
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('evil.example')
    await expect(page.getByRole('heading', { name: /Open this app in Bitrix24/ })).toBeVisible()
    expect(violations).toEqual([])
  })
})
