import type { Frame, Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { APP_URL } from './env.ts'

/**
 * Every main action is reachable from the keyboard: each test drives a journey with keys only (after the
 * section is open) and checks what the portal then holds.
 */

function appFrame(page: Page): Frame {
  return page.frames().find(f => f.url().startsWith(APP_URL))!
}

/** The data-testid of the focused element (or its nearest ancestor that has one). */
function focused(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null)
}

/** Presses Tab until the element with this test id has the focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await focused(appFrame(page)) === testId) return
  }
  throw new Error(`Tab never reached ${testId} (last: ${await focused(appFrame(page))})`)
}

test.describe('keyboard', () => {
  test('Departments: arrow to a node, Enter selects it, Tab to Bind, pick a chat and send — all by keys', async ({ portal, departments, emulator, page }) => {
    const data = await emulator.state()
    const marketing = data.nodes.find(n => n.name === 'Marketing')!
    const chat = data.chats.find(c => (c.type === 'CHAT' || c.type === 'OPEN') && c.memberIds.includes(1)
      && !data.bindings.some(b => b.nodeId === marketing.id && b.chatId === c.id))!
    await portal.open({ user: 1 })
    await departments.open()

    const tree = portal.app.getByTestId('departments-tree')
    await tree.focus()
    const row = portal.app.getByTestId(`departments-node-${marketing.id}`)
    const rowId = await row.getAttribute('id')
    for (let i = 0; i < 20 && await tree.getAttribute('aria-activedescendant') !== rowId; i++) await page.keyboard.press('ArrowDown')
    await expect(tree).toHaveAttribute('aria-activedescendant', rowId!)
    await page.keyboard.press('Enter')
    await expect(departments.panelTitle).toHaveText(marketing.name)

    await tabTo(page, 'departments-bind')
    await page.keyboard.press('Enter')
    await expect(departments.bindModal).toBeVisible()
    await tabTo(page, `departments-option-chat-${chat.id}`)
    await page.keyboard.press('Space')
    await tabTo(page, 'departments-bind-submit')
    await page.keyboard.press('Enter')

    await expect(departments.communication('chat', chat.id)).toBeVisible()
    expect((await emulator.state()).bindings).toContainEqual({ nodeId: marketing.id, chatId: chat.id, type: 'CHAT', originalNodeId: null })
  })

  test('Chats: Tab to Create, type a title, Enter creates the chat', async ({ portal, chats, emulator, page }) => {
    await portal.open({ user: 2 })
    await chats.open()
    // start from the section's own link, where a keyboard user arrives
    await portal.nav(/^Chats$/).focus()
    await tabTo(page, 'chats-create')
    await page.keyboard.press('Enter')
    await tabTo(page, 'chats-create-title')
    await page.keyboard.type('Keyboard only')
    await page.keyboard.press('Enter')
    await expect(chats.pageTitle).toHaveText('Keyboard only')
    expect((await emulator.state()).chats.filter(c => c.title === 'Keyboard only' && c.ownerId === 2)).toHaveLength(1)
  })

  test('Open Channels: register the connector and activate it on a line with Tab and Enter', async ({ portal, openlines, emulator, page }) => {
    const line = (await emulator.state()).openLines[0]!.id
    await portal.open({ user: 1 })
    await openlines.open()
    await tabTo(page, 'openlines-register')
    await page.keyboard.press('Enter')
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')
    await tabTo(page, `openlines-activate-${line}`)
    await page.keyboard.press('Enter')
    await expect(openlines.deactivate(line)).toBeVisible()
    expect((await emulator.state()).connectorLines.find(p => p.connectorId === 'commhub_connector' && p.lineId === line)?.active).toBe(true)
  })

  test('the sections are links in the tab order, and Enter opens one', async ({ portal, page }) => {
    await portal.open({ user: 1 })
    await expect(portal.currentUser).toBeVisible()
    await portal.nav(/^Departments$/).focus()
    let reached = false
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await appFrame(page).evaluate(() => document.activeElement?.textContent?.trim() === 'CRM fields')
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect(portal.app.getByTestId('crm-fields-table')).toBeVisible()
  })
})
