import { test, expect } from './fixtures.ts'
import type { PortalPage } from './pages/PortalPage.ts'

/**
 * Marketplace: no scroll bars in the app's frame at 1280 px and wider (README, "Marketplace checklist"). Every section at 1280 and 1920 px: the frame's document does not scroll
 * sideways, and once the app has asked the portal to fit the frame to its height (resizeWindow, sent by
 * useFrameAutoResize on every change of the app's size; the emulator's portal page sets the iframe's height
 * to it) it does not scroll down either. Console errors fail these journeys too (fixtures.ts).
 */

const WIDTHS = [1280, 1920] as const

/** Each section by its link in the app, and the element that says it is on screen. */
const SECTIONS = [
  { name: 'Departments', nav: 'Departments', ready: 'departments-tree' },
  { name: 'Chats', nav: 'Chats', ready: 'chats-view' },
  { name: 'Open Channels', nav: 'Open Channels', ready: 'openlines-view' },
  { name: 'CRM fields', nav: 'CRM fields', ready: 'crm-fields-view' },
  { name: 'Structure', nav: /^Structure$/, ready: 'coverage-view' },
  { name: 'Change journal', nav: 'Change journal', ready: 'journal-view' }
] as const

/** What scrolls in the frame: [] when nothing does. */
async function frameScrollBars(portal: PortalPage): Promise<string[]> {
  return await portal.app.locator('html').evaluate((root) => {
    const out: string[] = []
    if (root.scrollWidth > root.clientWidth) out.push(`scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`)
    if (root.scrollHeight > root.clientHeight + 1) out.push(`scrolls down: ${root.scrollHeight}px of content in a ${root.clientHeight}px frame`)
    return out
  })
}

test.describe('Marketplace: no scroll bars in the frame at 1280 px and wider', () => {
  for (const width of WIDTHS) {
    test(`every section at ${width} px`, async ({ portal, page }) => {
      await page.setViewportSize({ width, height: width >= 1920 ? 1080 : 800 })
      await portal.open({ user: 1 })
      await portal.ready()
      for (const section of SECTIONS) {
        await portal.nav(section.nav).first().click()
        await portal.app.getByTestId(section.ready).first().waitFor()
        await expect(portal.app.locator('[data-testid$="-loading"], [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 })
        // the resize is debounced and the portal applies it after a round trip: poll until it settles
        await expect.poll(() => frameScrollBars(portal), { message: `${section.name} at ${width} px`, timeout: 10_000 }).toEqual([])
      }
    })
  }
})
