import { test, expect } from './fixtures.ts'
import type { PortalData } from '../emulator/data/types.ts'
import { journalEntries } from './emulator-client.ts'

/**
 * One structure store behind every view: a change made in one shows in the others without a reload, and
 * a second visit shows the last structure at once with its age, then revalidates it.
 */

function nodeNamed(data: PortalData, name: string) {
  const node = data.nodes.find(n => n.name === name)
  if (!node) throw new Error(`no node ${name}`)
  return node
}

/** Chats the administrator is in that the node does not hold. */
function freeChats(data: PortalData, nodeId: number, count: number) {
  const chats = data.chats.filter(c => c.type === 'CHAT' && c.memberIds.includes(1)
    && !data.bindings.some(b => b.nodeId === nodeId && b.chatId === c.id)).slice(0, count)
  if (chats.length < count) throw new Error('the seed has too few free chats')
  return chats
}

function chatsOf(data: PortalData, nodeId: number): number {
  return data.bindings.filter(b => b.nodeId === nodeId && b.type === 'CHAT').length
}

test.describe('one structure for every view', () => {
  test('a bind in Departments shows in the matrix; a bulk job and its undo show in the tree and the open panel', { tag: '@core' }, async ({ portal, departments, structure, emulator }) => {
    const before = await emulator.state()
    const marketing = nodeNamed(before, 'Marketing')
    const [single, bulk] = freeChats(before, marketing.id, 2)
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(marketing.id, marketing.name)

    // Departments → the matrix
    await departments.bindButton.click()
    await departments.pick('chat', single!.id)
    await departments.bindSubmit.click()
    await expect(departments.communication('chat', single!.id)).toBeVisible()
    await structure.open()
    await structure.id('coverage-filter-text').fill(marketing.name)
    await expect(structure.id(`coverage-cell-${marketing.id}-CHAT`)).toHaveAttribute('data-total', String(chatsOf(before, marketing.id) + 1))

    // a bulk job in the matrix → the tree's counts and the open panel, without reloading anything
    await structure.id(`coverage-select-${marketing.id}`).click()
    await structure.bulkBind.click()
    await structure.actionModal.getByRole('radio', { name: bulk!.title }).click()
    await structure.actionSubmit.click()
    await structure.send.click()
    expect((await structure.finished()).done).toBe(1)
    await portal.nav(/^Departments$/).click()
    await expect(departments.communication('chat', bulk!.id)).toBeVisible()
    await expect(portal.app.getByTestId(`departments-node-counts-${marketing.id}`)).toContainText(`${chatsOf(before, marketing.id) + 2} chats`)

    // undo the bulk run from the journal → gone from the panel and the matrix alike
    await portal.nav(/^Structure$/).click()
    await structure.openJournal()
    const journal = journalEntries<{ id: string, ids: number[] }>(await emulator.state())
    const entry = journal.find(e => e.ids.includes(bulk!.id))!
    await structure.id(`journal-undo-${entry.id}`).click()
    await structure.id('journal-undo-confirm-ok').click()
    await expect(structure.id('journal-undo-result')).toHaveAttribute('data-done', '1', { timeout: 30_000 })
    await portal.nav(/^Departments$/).click()
    await expect(departments.communication('chat', bulk!.id)).toHaveCount(0)
    await expect(departments.communication('chat', single!.id)).toBeVisible()
    await portal.nav(/^Structure$/).click()
    await structure.id('coverage-filter-text').fill(marketing.name)
    await expect(structure.id(`coverage-cell-${marketing.id}-CHAT`)).toHaveAttribute('data-total', String(chatsOf(before, marketing.id) + 1))
  })

  test('a second visit shows the last structure at once with its age, then marks what another editor changed', async ({ portal, departments, structure, emulator, page }) => {
    const before = await emulator.state()
    const marketing = nodeNamed(before, 'Marketing')
    const [chat] = freeChats(before, marketing.id, 1)
    await portal.open({ user: 1 })
    await structure.open()
    // the snapshot is written 1.5 s after the last answer (a picture of the data, not a timed check)
    await page.waitForTimeout(2000)

    // another editor (the HR editor, user 5) binds a chat to Marketing meanwhile
    await emulator.v3As(5, 'humanresources.node.communication.edit', { nodeId: marketing.id, communicationType: 'CHAT', ids: [chat!.id] })
    // the portal answers slowly now: what is on screen before its answers came from the cache
    await emulator.faults({ latencyMs: 1500 })
    await page.reload()
    await portal.ready()
    await departments.open()
    const freshness = portal.app.getByTestId('structure-freshness')
    await expect(freshness).toHaveAttribute('data-as-of', /^\d+$/)
    await expect(freshness).toContainText('As of')
    await expect(portal.app.getByTestId(`departments-node-${marketing.id}`)).toBeVisible()

    await emulator.faults({ latencyMs: 0 })
    await expect(portal.app.getByTestId(`departments-node-${marketing.id}`)).toHaveAttribute('data-changed', 'true', { timeout: 30_000 })
    await expect(freshness).toHaveAttribute('data-as-of', '')
    await departments.select(marketing.id, marketing.name)
    await expect(departments.communication('chat', chat!.id)).toBeVisible()
  })
})
