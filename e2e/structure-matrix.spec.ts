import { test, expect } from './fixtures.ts'
import type { PortalData } from '../emulator/data/types.ts'
import { journalEntries } from './emulator-client.ts'

/** A company big enough to have a branch of 30+ nodes. */
const SIZE = 110

function subtree(data: PortalData, id: number): number[] {
  return [id, ...data.nodes.filter(n => n.parentId === id).flatMap(n => subtree(data, n.id))]
}

/** The smallest branch below the company with at least `min` nodes. */
function branchOf(data: PortalData, min: number) {
  const candidates = data.nodes.filter(n => n.parentId !== null)
    .map(n => ({ node: n, ids: subtree(data, n.id) }))
    .filter(c => c.ids.length >= min)
    .sort((a, b) => a.ids.length - b.ids.length)
  if (!candidates[0]) throw new Error(`no branch of ${min} nodes`)
  return candidates[0]
}

/** A chat the administrator knows that no node of the branch holds directly. */
function freeChat(data: PortalData, ids: number[]) {
  return data.chats.find(c => c.type === 'CHAT' && c.memberIds.includes(1)
    && !data.bindings.some(b => b.chatId === c.id && ids.includes(b.nodeId)))!
}

test.describe('Structure: bulk changes across the company', () => {
  test.beforeEach(async ({ emulator }) => {
    await emulator.reset({ size: SIZE })
  })

  test('bulk-binds one chat to a branch of 30+ nodes, and undoing it leaves the portal as before', { tag: '@core' }, async ({ portal, structure, emulator }) => {
    const before = await emulator.state()
    const branch = branchOf(before, 30)
    const chat = freeChat(before, branch.ids)
    await portal.open({ user: 1 })
    await structure.open()
    await expect(structure.id('coverage-status')).toHaveAttribute('data-nodes', String(SIZE))

    await structure.selectBranch(branch.node.id, branch.node.name)
    await expect(structure.selectedCount).toHaveAttribute('data-count', String(branch.ids.length))
    await structure.bulkBind.click()
    await structure.actionModal.getByRole('radio', { name: chat.title }).click()
    await structure.actionSubmit.click()
    // The plan lists every change before anything is sent.
    for (const id of branch.ids) await expect(structure.id(`coverage-plan-item-${id}`)).toBeAttached()
    expect((await emulator.log()).some(e => e.method === 'humanresources.node.communication.edit' || (e.batch ?? []).includes('humanresources.node.communication.edit'))).toBe(false)
    await structure.send.click()
    expect(await structure.finished()).toEqual({ done: branch.ids.length, failed: 0, total: branch.ids.length })

    const after = await emulator.state()
    for (const id of branch.ids) {
      expect(after.bindings.filter(b => b.nodeId === id && b.chatId === chat.id)).toEqual([{ nodeId: id, chatId: chat.id, type: 'CHAT', originalNodeId: null }])
    }
    // The matrix was reloaded from the portal: the branch's row counts the new chat.
    await structure.id('coverage-filter-text').fill(branch.node.name)
    await expect(structure.id(`coverage-cell-${branch.node.id}-CHAT`)).toHaveAttribute('data-total',
      String(after.bindings.filter(b => b.nodeId === branch.node.id && b.type === 'CHAT').length))

    // Undo the whole run from the journal: the portal holds exactly what it held before.
    const journal = journalEntries<{ runId?: string, nodeId: number }>(after)
    const runId = journal.find(e => e.nodeId === branch.node.id)!.runId!
    await structure.openJournal()
    await structure.id(`journal-undo-run-${runId}`).click()
    await structure.id('journal-undo-confirm-ok').click()
    await expect(structure.id('journal-undo-result')).toHaveAttribute('data-done', String(branch.ids.length), { timeout: 60_000 })
    expect((await emulator.state()).bindings).toEqual(before.bindings)
  })

  test('a burst of 503s midway: the job completes and no node gets two default chats', async ({ portal, structure, emulator }) => {
    const before = await emulator.state()
    const targets = before.nodes.filter(n => n.parentId !== null && !before.bindings.some(b => b.nodeId === n.id && b.type === 'CHAT'))
    const branch = branchOf(before, 8)
    const needing = branch.ids.filter(id => targets.some(t => t.id === id))
    expect(needing.length).toBeGreaterThan(2)
    await portal.open({ user: 1 })
    await structure.open()
    await structure.selectBranch(branch.node.id, branch.node.name)
    await structure.bulkCreate.click()
    await structure.actionSubmit.click()
    // Creates go one at a time; the second and third each meet three 503s (the SDK's own retries give up).
    await emulator.faults({ fail: [{ status: 503, count: 1, methods: ['humanresources.node.communication.edit'] }] })
    await structure.send.click()
    await emulator.faults({ fail: [{ status: 503, count: 3, methods: ['humanresources.node.communication.edit'] }] })
    const result = await structure.finished()
    if (result.failed > 0) {
      await structure.id('coverage-run-retry').click()
      expect((await structure.finished()).failed).toBe(0)
    }
    const after = await emulator.state()
    for (const id of needing) {
      expect(after.bindings.filter(b => b.nodeId === id && b.type === 'CHAT' && b.originalNodeId === null)).toHaveLength(1)
    }
    expect(after.chats.length - before.chats.length).toBe(needing.length)
    expect((await emulator.log()).some(e => e.status === 503)).toBe(true)
  })

  test('a reload in the middle of a run loses nothing and the run resumes', async ({ portal, structure, emulator, page }) => {
    const before = await emulator.state()
    const branch = branchOf(before, 8)
    const needing = branch.ids.filter(id => !before.bindings.some(b => b.nodeId === id && b.type === 'CHAT'))
    expect(needing.length).toBeGreaterThan(2)
    await portal.open({ user: 1 })
    await structure.open()
    await structure.selectBranch(branch.node.id, branch.node.name)
    await structure.bulkCreate.click()
    await structure.actionSubmit.click()
    await emulator.faults({ latencyMs: 400 })
    await structure.send.click()
    await expect.poll(async () => Number(await structure.runStatus.getAttribute('data-done'))).toBeGreaterThan(0)
    await page.reload()
    await emulator.faults({ latencyMs: 0 })
    await structure.open()
    await expect(structure.panel).toHaveAttribute('data-phase', 'interrupted')
    await structure.resume.click()
    expect(await structure.finished()).toMatchObject({ failed: 0, total: needing.length })
    const after = await emulator.state()
    for (const id of needing) {
      expect(after.bindings.filter(b => b.nodeId === id && b.type === 'CHAT' && b.originalNodeId === null)).toHaveLength(1)
    }
    expect(after.chats.length - before.chats.length).toBe(needing.length)
  })

  test('exports the matrix as CSV', async ({ portal, structure, page }) => {
    await portal.open({ user: 1 })
    await structure.open()
    const [download] = await Promise.all([page.waitForEvent('download'), structure.id('coverage-export-csv').click()])
    const text = await (await download.createReadStream()).toArray().then(chunks => Buffer.concat(chunks).toString('utf8'))
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines.length).toBe(SIZE + 1)
    expect(lines[0]).toMatch(/chat/i)
  })
})
