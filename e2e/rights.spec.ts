import { test, expect } from './fixtures.ts'
import type { PortalPage } from './pages/PortalPage.ts'
import type { DepartmentsPage } from './pages/DepartmentsPage.ts'
import type { ChatsPage } from './pages/ChatsPage.ts'
import type { OpenlinesPage } from './pages/OpenlinesPage.ts'
import type { PortalData } from '../emulator/data/types.ts'

/**
 * The rights matrix: each screen offers only what the signed-in user may do, and every refusal is said in
 * plain words. Users are the emulator's fixed ones: 1 administrator, 2 employee, 3 without access to the
 * application, 4 extranet.
 */

interface Screens {
  portal: PortalPage
  departments: DepartmentsPage
  chats: ChatsPage
  openlines: OpenlinesPage
  data: PortalData
  userId: number
}

const isChat = (type: string) => type === 'CHAT' || type === 'OPEN'
const isChannel = (type: string) => type === 'CHANNEL' || type === 'OPEN_CHANNEL'

/** A department the user belongs to (or the first one), to open in the tree. */
function nodeFor(data: PortalData, userId: number) {
  return data.nodes.find(n => n.type === 'DEPARTMENT' && n.memberIds.includes(userId) && n.parentId !== null) ?? data.nodes[1]!
}

async function departmentsEditable({ portal, departments, data, userId }: Screens): Promise<void> {
  const node = nodeFor(data, userId)
  await departments.open()
  await departments.select(node.id, node.name)
  await expect(departments.bindButton).toBeVisible()
  await expect(departments.createDefaultButton).toBeVisible()
  await expect(departments.readOnlyNote).toHaveCount(0)
  await expect(portal.app.getByTestId('departments-unbind').first()).toBeVisible()
}

async function departmentsReadOnly({ portal, departments, data }: Screens): Promise<void> {
  // a department the employee does not head: what a plain employee sees everywhere
  const node = data.nodes.find(n => n.name === 'Marketing')!
  expect(node.headIds).not.toContain(2)
  await departments.open()
  await departments.select(node.id, node.name)
  await expect(departments.readOnlyNote).toBeVisible()
  await expect(departments.bindButton).toHaveCount(0)
  await expect(departments.createDefaultButton).toHaveCount(0)
  await expect(portal.app.getByTestId('departments-unbind')).toHaveCount(0)
}

async function departmentsRefused({ portal }: Screens): Promise<void> {
  await portal.nav(/^Departments$/).click()
  await expect(portal.app.getByTestId('departments-error')).toContainText('The portal does not show you the company structure')
  await expect(portal.app.getByTestId('departments-tree')).toHaveCount(0)
}

/** The chats the user owns can be changed; a channel where they are a plain member cannot. */
async function chatsByRole({ portal, chats, data, userId }: Screens): Promise<void> {
  const owned = data.chats.find(c => isChat(c.type) && c.ownerId === userId && c.memberIds.length > 2)!
  const channel = data.chats.find(c => isChannel(c.type) && c.memberIds.includes(userId) && c.ownerId !== userId
    && !(c.managerIds ?? []).includes(userId))!
  await chats.open()
  await expect(chats.createButton).toBeVisible()
  await chats.chatInList(owned.id).click()
  await expect(chats.pageRole).toContainText('Owner')
  await expect(chats.id('chats-rename-input')).toBeVisible()
  const other = owned.memberIds.find(id => id !== userId)!
  await expect(chats.id(`chats-remove-${other}`)).toBeVisible()
  await expect(chats.id(`chats-make-owner-${other}`)).toBeVisible()

  await chats.open()
  await chats.chatInList(channel.id).click()
  await expect(chats.pageTitle).toHaveText(channel.title)
  await expect(chats.id('chats-read-only')).toHaveText('You may look at this chat but not change it.')
  await expect(chats.id('chats-rename-input')).toHaveCount(0)
  await expect(portal.app.locator('[data-testid^="chats-remove-"]')).toHaveCount(0)
  await expect(portal.app.locator('[data-testid^="chats-make-owner-"]')).toHaveCount(0)
}

async function connectorAdmin({ portal, openlines, data }: Screens): Promise<void> {
  await openlines.open()
  await expect(openlines.register).toBeVisible()
  await expect(portal.app.getByTestId('openlines-admin-only')).toHaveCount(0)
  await expect(portal.app.getByTestId('openlines-connectors-denied')).toHaveCount(0)
  // activation and channel settings are offered once the connector is registered (openlines.spec.ts)
  void data
}

async function connectorStatusOnly({ portal, openlines, data }: Screens): Promise<void> {
  await openlines.open()
  await expect(openlines.connectorState).toBeVisible()
  await expect(portal.app.getByTestId('openlines-admin-only')).toHaveText('Only a Bitrix24 administrator sets up Open Channel connectors. You can see their status here.')
  // the refused list of connectors is explained, not shown as a raw error
  await expect(portal.app.getByTestId('openlines-connectors-denied')).toContainText('You do not have the right to edit Open Channel connectors.')
  await expect(openlines.register).toHaveCount(0)
  await expect(openlines.unregister).toHaveCount(0)
  for (const line of data.openLines) {
    await expect(openlines.activate(line.id)).toHaveCount(0)
    await expect(openlines.settings(line.id)).toHaveCount(0)
  }
}

async function structureBulk({ portal }: Screens): Promise<void> {
  await portal.nav(/^Structure$/).click()
  await expect(portal.app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 })
  await expect(portal.app.getByTestId('coverage-selection')).toBeVisible()
  await expect(portal.app.locator('[data-testid^="coverage-select-"]').first()).toBeVisible()
}

async function structureReadOnly({ portal }: Screens): Promise<void> {
  await portal.nav(/^Structure$/).click()
  await expect(portal.app.getByTestId('coverage-status')).toHaveAttribute('data-state', 'loaded', { timeout: 30_000 })
  await expect(portal.app.getByTestId('coverage-matrix')).toBeVisible()
  await expect(portal.app.getByTestId('coverage-selection')).toHaveCount(0)
  await expect(portal.app.locator('[data-testid^="coverage-select-"]')).toHaveCount(0)
  await expect(portal.app.getByTestId('coverage-bulk-bind')).toHaveCount(0)
}

const WRITE = /communication\.edit|^im\.chat\.(add|user\.add|user\.delete|leave|update|setOwner|mute)|^imconnector\.(register|unregister|activate|connector\.data\.set)/

const matrix: { user: number, who: string, checks: ((s: Screens) => Promise<void>)[] }[] = [
  { user: 1, who: 'an administrator', checks: [departmentsEditable, chatsByRole, connectorAdmin, structureBulk] },
  { user: 2, who: 'an employee', checks: [departmentsReadOnly, chatsByRole, connectorStatusOnly, structureReadOnly] },
  { user: 4, who: 'an extranet user', checks: [departmentsRefused, connectorStatusOnly] }
]

test.describe('rights: each screen offers only what the user may do', () => {
  for (const row of matrix) {
    test(`${row.who} (user ${row.user}): ${row.checks.map(c => c.name).join(', ')}`, async ({ portal, departments, chats, openlines, emulator }) => {
      const data = await emulator.state()
      await portal.open({ user: row.user, lang: 'en' })
      await expect(portal.currentUser).toBeVisible()
      await expect(portal.adminBadge).toHaveCount(row.user === 1 ? 1 : 0)
      for (const check of row.checks) {
        await test.step(check.name, () => check({ portal, departments, chats, openlines, data, userId: row.user }))
      }
      // looking at the screens changed nothing on the portal
      const writes = (await emulator.log()).flatMap(e => [e.method, ...(e.batch ?? [])]).filter(m => WRITE.test(m))
      expect(writes).toEqual([])
    })
  }
})

const accessTexts = {
  en: { heading: 'The app could not start', text: 'You do not have access to this application. Ask your Bitrix24 administrator to grant it.' },
  ru: { heading: 'Приложение не удалось запустить', text: 'У вас нет доступа к этому приложению. Попросите администратора Битрикс24 открыть его вам.' }
}

test.describe('rights: a user without access to the application', () => {
  for (const lang of ['en', 'ru'] as const) {
    test(`is told so in plain words (${lang}) and sees no section`, async ({ portal, emulator }) => {
      await portal.open({ user: 3, lang })
      await expect(portal.app.getByText(accessTexts[lang].heading)).toBeVisible()
      await expect(portal.app.getByText(accessTexts[lang].text)).toBeVisible()
      await expect(portal.app.getByRole('navigation')).toHaveCount(0)
      await expect(portal.app.getByRole('link')).toHaveCount(0)
      await expect(portal.currentUser).toHaveCount(0)
      // the portal refused the app's first call, and the app made no further attempt to get in
      const log = await emulator.log()
      expect(log.length).toBeGreaterThan(0)
      expect(log.every(e => e.error === 'user_access_error')).toBe(true)
    })
  }
})

test.describe('rights: refusals are explained in Russian too', () => {
  test('an extranet user in Russian: the structure and the connectors', async ({ portal, openlines }) => {
    await portal.open({ user: 4, lang: 'ru' })
    await portal.nav(/^Подразделения$/).click()
    await expect(portal.app.getByTestId('departments-error')).toContainText('Портал не показывает вам структуру компании')
    await openlines.open()
    await expect(portal.app.getByTestId('openlines-admin-only')).toHaveText('Коннекторы открытых линий настраивает только администратор Битрикс24. Здесь вы видите их состояние.')
    await expect(portal.app.getByTestId('openlines-connectors-denied')).toContainText('У вас нет права изменять коннекторы открытых линий.')
  })
})
