import { test } from './fixtures.ts'
import { resolve } from 'node:path'

/**
 * The pictures in docs/screenshots/: the Departments view with a node open, in German, Japanese and
 * Arabic (right to left). Not a check: run `SCREENSHOTS=1 npx playwright test -c e2e/playwright.config.ts
 * screenshots --project chromium` after a change to the look, and commit the files.
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots/ only when SCREENSHOTS=1')

for (const lang of ['de', 'ja', 'ar'] as const) {
  test(`departments in ${lang}`, async ({ portal, page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await portal.open({ user: 1, lang })
    await portal.ready()
    await portal.app.getByTestId('departments-tree').waitFor()
    await portal.app.locator('[data-testid^="departments-node-"]').nth(1).click()
    await portal.app.getByTestId('departments-panel-title').waitFor()
    await page.waitForTimeout(500) // the panel's list settles (a picture, not a check)
    await page.screenshot({ path: resolve(import.meta.dirname, `../docs/screenshots/departments-${lang}.png`) })
  })
}
