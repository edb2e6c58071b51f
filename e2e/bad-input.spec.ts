import { FAILED_RESOURCE, test, expect } from './fixtures.ts'
import { APP_CONNECTOR } from './pages/OpenlinesPage.ts'
import type { EmulatorClient } from './emulator-client.ts'

/**
 * Bad input end to end (issue 7): one representative row per form against the emulator. The full
 * field-by-field tables are the component specs (src/**\/*.badInput.spec.ts, src/components/departments/
 * badInput.spec.ts, src/utils/text.spec.ts); here each refusal is checked to send nothing (/_emulator/log)
 * and each accepted hostile or foreign text to be stored verbatim and shown as text.
 */

const HTML_TITLE = '<img src=x onerror="window.__pwned=1"> Q3 <script>window.__pwned=1</script>'
const RTL_TEXT = 'مرحبا بالعالم — שלום \u202Eabc'

async function sent(emulator: EmulatorClient, method: string): Promise<number> {
  return (await emulator.log()).filter(e => e.method === method || (e.batch ?? []).includes(method)).length
}

test.describe('Bad input', () => {
  // the portal refuses some of these on purpose, and Chromium logs each refused request as a console error
  test.use({ allowConsoleErrors: [FAILED_RESOURCE] })
  test('chat create: an over-long title and entity are refused on their fields; markup and RTL are stored verbatim and shown as text', async ({ portal, chats, emulator }) => {
    await portal.open({ user: 2 })
    await chats.open()
    await chats.createButton.click()

    // 256 emoji: 256 characters for the portal, although 512 UTF-16 units
    await chats.title.fill('🎉'.repeat(256))
    await chats.id('chats-create-advanced').click()
    await chats.id('chats-create-entity-type').fill('T'.repeat(51))
    await chats.id('chats-create-entity-id').fill('1')
    await chats.submit.click()
    await expect(portal.app.getByText('The title can be at most 255 characters long.')).toBeVisible()
    await expect(portal.app.getByText('The entity type can be at most 50 characters long.')).toBeVisible()
    expect(await sent(emulator, 'im.chat.add')).toBe(0)

    await chats.title.fill(HTML_TITLE)
    await chats.id('chats-create-entity-type').fill('')
    await chats.id('chats-create-entity-id').fill('')
    await chats.id('chats-create-description').fill(RTL_TEXT)
    await chats.submit.click()
    await expect(chats.pageTitle).toHaveText(HTML_TITLE)
    await expect(chats.id('chats-page')).toContainText(RTL_TEXT)
    const created = (await emulator.state()).chats.filter(c => c.title === HTML_TITLE)
    expect(created).toHaveLength(1)
    expect(created[0]!.description).toBe(RTL_TEXT)
    expect(await chats.id('chats-page').locator('img[src="x"], script:not([src])').count()).toBe(0)
  })

  test('chat page: a title of invisible marks is refused; a 255-emoji title is stored whole', async ({ portal, chats, emulator }) => {
    const chat = (await emulator.state()).chats.find(c => c.ownerId === 2 && c.type === 'CHAT' && c.workgroupId === null)!
    await portal.open({ user: 2 })
    await chats.open()
    await chats.chatInList(chat.id).click()
    await expect(chats.pageTitle).toHaveText(chat.title)

    await chats.id('chats-rename-input').fill('\u200B\u202E\u00A0')
    await chats.id('chats-rename-submit').click()
    await expect(portal.app.getByText('The title cannot be empty.')).toBeVisible()
    expect(await sent(emulator, 'im.chat.updateTitle')).toBe(0)

    const emoji = '🎉'.repeat(255)
    await chats.id('chats-rename-input').fill(emoji)
    await chats.id('chats-rename-submit').click()
    await expect(chats.pageTitle).toHaveText(emoji)
    expect((await emulator.state()).chats.find(c => c.id === chat.id)!.title).toBe(emoji)
  })

  test('Departments: the bind search sends nothing for one character and shows the portal\'s answer for markup; the tree filter takes markup literally', async ({ portal, departments, emulator }) => {
    const root = (await emulator.state()).nodes.find(n => n.parentId === null)!
    await portal.open({ user: 1 })
    await departments.open()

    await portal.app.getByTestId('departments-filter').fill('<script>')
    await expect(portal.app.getByText('Nothing matches “<script>”.')).toBeVisible()
    await portal.app.getByTestId('departments-filter').fill('')

    await departments.select(root.id, root.name)
    await departments.bindButton.click()
    await departments.bindTab('Search')
    const search = portal.app.getByTestId('departments-bind-search')
    await search.fill('a')
    await expect(portal.app.getByText('Type at least 2 characters.')).toBeVisible()
    await portal.page.waitForTimeout(400)
    expect(await sent(emulator, 'im.search.chat.list')).toBe(0)

    await search.fill('<img src=x onerror=alert(1)>')
    await expect(departments.bindModal.getByText('Nothing to pick here.')).toBeVisible()
    expect(await sent(emulator, 'im.search.chat.list')).toBe(1)
  })

  test('Open Channels: a javascript: URL and a URL with U+202E are refused on the field; a markup name is stored verbatim', async ({ portal, openlines, emulator }) => {
    const line = (await emulator.state()).openLines[0]!.id
    await portal.open({ user: 1 })
    await openlines.open()
    await openlines.register.click()
    await expect(openlines.connectorState).toHaveAttribute('data-state', 'registered')
    await openlines.activate(line).click()
    await openlines.settings(line).click()

    await openlines.field('url').fill('javascript:alert(1)')
    await openlines.save.click()
    await expect(openlines.form).toContainText('Enter a full address starting with http:// or https://.')
    await openlines.field('url').fill('https://shop.example/\u202Egpj.exe')
    await openlines.save.click()
    await expect(openlines.form).toContainText('invisible direction characters')
    expect(await sent(emulator, 'imconnector.connector.data.set')).toBe(0)

    const name = '<b>Shop</b> 商店 متجر'
    await openlines.field('url').fill('https://shop.example/chat')
    await openlines.field('name').fill(name)
    await openlines.save.click()
    await expect(openlines.form).toHaveCount(0)
    const pair = (await emulator.state()).connectorLines.find(p => p.connectorId === APP_CONNECTOR && p.lineId === line)!
    expect(pair.data).toMatchObject({ URL: 'https://shop.example/chat', NAME: name })
  })

  test('coverage bulk bind: an id written as 1e3 is refused on the field and nothing is planned or sent', async ({ portal, structure, emulator }) => {
    const root = (await emulator.state()).nodes.find(n => n.parentId === null)!
    await portal.open({ user: 1 })
    await structure.open()
    await structure.selectBranch(root.id, root.name)
    await structure.bulkBind.click()
    await structure.actionModal.getByRole('tab', { name: /enter an id/i }).click()
    await structure.id('coverage-action-id').fill('1e3')
    await structure.actionSubmit.click()
    await expect(structure.actionModal).toContainText('Enter a positive whole number.')
    await expect(structure.panel).toHaveCount(0)
    expect(await sent(emulator, 'humanresources.node.communication.edit')).toBe(0)
  })
})
