import { test, expect } from './fixtures.ts'
import type { Page } from '@playwright/test'
import type { PortalPage } from './pages/PortalPage.ts'
import { LANG_CODES, LANGUAGES, type LangCode } from '../src/i18n/languages.ts'
import { SAME_EVERYWHERE, flatten, type MessageTree } from '../src/i18n/checks.ts'

/**
 * Every portal language, in the built app inside the emulator: the app boots in it, every section opens,
 * no message is missing, and the visible text of the main screens has no English sentence left in it.
 * Arabic is laid out right to left, and nothing spills out of its box at 1280 px.
 */

const DOMAINS = ['chats', 'common', 'journal', 'structure', 'crm', 'departments', 'openlines']

async function messagesOf(lang: LangCode): Promise<Record<string, string>> {
  const tree: MessageTree = {}
  for (const domain of DOMAINS) {
    tree[domain] = (await import(`../src/i18n/locales/${lang}/${domain}.ts`) as { default: MessageTree }).default
  }
  return flatten(tree)
}

/**
 * English texts that must not be on screen in another language: those without placeholders, long enough
 * to be a sentence or a label of two words, and not the language's own text for the same key.
 */
function englishLeftovers(english: Record<string, string>, mine: Record<string, string>): string[] {
  return Object.entries(english)
    .filter(([key, text]) => mine[key] !== text && !/[{|]/.test(text) && !SAME_EVERYWHERE.has(text))
    .map(([, text]) => text)
    .filter(text => text.includes(' ') && text.length >= 8)
}

/** Visible text of the app, one line per line. */
async function visibleLines(portal: PortalPage): Promise<string[]> {
  const text = await portal.app.locator('body').innerText()
  return text.split('\n').map(line => line.trim()).filter(Boolean)
}

/**
 * What runs out of its box: text wider than its (unclipped) element, an element past the page's edge that
 * no scroll container holds (a wide table scrolls inside its own box, which is fine), and a page that
 * scrolls sideways.
 */
async function overflowing(portal: PortalPage): Promise<string[]> {
  return await portal.app.locator('body').evaluate((body) => {
    const out: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1) out.push(`the page scrolls sideways (${root.scrollWidth}px in ${root.clientWidth}px)`)
    const clipped = (el: Element): boolean => {
      for (let parent = el.parentElement; parent && parent !== body; parent = parent.parentElement) {
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX)) return true
      }
      return false
    }
    for (const el of body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[aria-hidden="true"], .sr-only, svg')) continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
      if ((rect.right > root.clientWidth + 1 || rect.left < -1) && !clipped(el)) {
        out.push(`${name}: outside the page (${Math.round(rect.left)}–${Math.round(rect.right)} of ${root.clientWidth})`)
      } else if (style.overflowX === 'visible' && el.children.length === 0 && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name}: text ${el.scrollWidth}px in a ${el.clientWidth}px box`)
      }
    }
    return out
  })
}

/** Where texts run longest (German) or the layout is mirrored (Arabic): checked for text out of its box. */
const LONG_OR_RTL = new Set<LangCode>(['de', 'ar'])

interface Section { name: string, nav: string, ready: string }

function sections(mine: Record<string, string>): Section[] {
  return [
    { name: 'departments', nav: mine['common.nav.departments']!, ready: 'departments-tree' },
    { name: 'chats', nav: mine['common.nav.chats']!, ready: 'chats-view' },
    { name: 'openlines', nav: mine['common.nav.openlines']!, ready: 'openlines-view' },
    { name: 'crm fields', nav: mine['common.nav.crmFields']!, ready: 'crm-fields-view' },
    { name: 'structure', nav: mine['structure.nav.structure']!, ready: 'coverage-view' },
    { name: 'journal', nav: mine['journal.nav']!, ready: 'journal-view' }
  ]
}

async function frameHtml(page: Page): Promise<{ lang: string | null, dir: string | null }> {
  const frame = page.frame({ name: await page.locator('#app-frame').getAttribute('name') ?? '' }) ?? page.frames()[1]!
  return await frame.evaluate(() => ({ lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir') }))
}

test.describe('every portal language', () => {
  let english: Record<string, string>
  test.beforeAll(async () => {
    english = await messagesOf('en')
  })

  for (const lang of LANG_CODES) {
    test(`${lang}: the app boots, every section opens, nothing is left in English`, async ({ portal, page }) => {
      const warnings: string[] = []
      page.on('console', (message) => {
        if (/\[i18n\]|Not found '.*' key|intlify/i.test(message.text())) warnings.push(message.text())
      })
      await page.setViewportSize({ width: 1280, height: 900 })
      const mine = await messagesOf(lang)
      const leftovers = lang === 'en' ? [] : englishLeftovers(english, mine)
      await portal.open({ user: 1, lang })
      await portal.ready()
      expect(await frameHtml(page)).toEqual({ lang: LANGUAGES[lang].tag, dir: LANGUAGES[lang].dir })

      for (const section of sections(mine)) {
        await portal.nav(section.nav).first().click()
        await portal.app.getByTestId(section.ready).first().waitFor()
        // the screens that load something: wait until their loading state is gone
        await expect(portal.app.locator('[data-testid$="-loading"], [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 })
        const lines = await visibleLines(portal)
        const english = lines.filter(line => leftovers.some(text => line === text || (text.split(' ').length >= 4 && line.includes(text))))
        expect(english, `${lang} ${section.name}: English text on screen`).toEqual([])
        if (LONG_OR_RTL.has(lang)) {
          expect(await overflowing(portal), `${lang} ${section.name}: text that runs out of its box at 1280 px`).toEqual([])
        }
        if (section.name === 'departments' && LONG_OR_RTL.has(lang)) {
          // the dialogs with the longest titles: bind and create default, on a node with a long name
          await portal.app.locator('[data-testid^="departments-node-"]').nth(1).click()
          for (const button of ['departments-bind', 'departments-create-default']) {
            await portal.app.getByTestId(button).click()
            const dialog = portal.app.getByRole('dialog')
            await dialog.waitFor()
            await expect(dialog.locator('[data-testid$="-loading"]')).toHaveCount(0, { timeout: 20_000 })
            expect(await overflowing(portal), `${lang} ${button} dialog: text that runs out of its box`).toEqual([])
            const lines = (await dialog.innerText()).split('\n').map(line => line.trim()).filter(Boolean)
            expect(lines.filter(line => leftovers.includes(line)), `${lang} ${button} dialog: English text`).toEqual([])
            await portal.page.keyboard.press('Escape')
            await dialog.waitFor({ state: 'hidden' })
          }
        }
      }
      expect(warnings, `${lang}: missing messages`).toEqual([])
    })
  }

  test('Arabic mirrors the layout: the navigation starts on the right', async ({ portal }) => {
    await portal.open({ user: 1, lang: 'ar' })
    await portal.ready()
    const mine = await messagesOf('ar')
    const first = await portal.nav(mine['common.nav.departments']!).first().boundingBox()
    const last = await portal.nav(mine['common.nav.crmFields']!).first().boundingBox()
    expect(first && last && first.x > last.x).toBe(true)
  })
})
