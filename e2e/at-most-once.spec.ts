import { test, expect } from './fixtures.ts'

/**
 * "At most once" without Idempotency-Key: a browser cannot send that header to a portal (its CORS preflight
 * allows origin, content-type, accept only: docs/decisions.md D3), so after a lost answer the app reads what
 * the portal holds and sends only what is still missing.
 */
test.describe('at most once, by reading what the portal holds', () => {
  test('a created default whose answer was lost is found by re-reading, not created again', { tag: '@core' }, async ({ page, portal, departments, emulator }) => {
    const before = await emulator.state()
    const node = before.nodes.find(n => n.type === 'DEPARTMENT' && n.parentId !== null
      && !before.bindings.some(b => b.nodeId === n.id && b.type === 'CHAT'))!
    const headers: Array<Record<string, string>> = []
    page.on('request', (request) => {
      if (request.url().includes('/rest/api/')) headers.push(request.headers())
    })

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    await departments.createDefaultButton.click()
    await expect(departments.defaultModal).toBeVisible()
    await emulator.faults({ drop: { count: 1, methods: ['humanresources.node.communication.edit'] } })
    await departments.defaultSubmit.click()

    // the dialog closes as after any success, and the new chat is listed
    await expect(departments.defaultModal).toBeHidden({ timeout: 20_000 })
    const after = await emulator.state()
    const created = after.bindings.filter(b => b.nodeId === node.id && b.type === 'CHAT')
    expect(created).toHaveLength(1)
    expect(after.chats).toHaveLength(before.chats.length + 1)
    await expect(departments.communication('chat', created[0]!.chatId)).toBeVisible()

    // the edit went out once; what followed were reads of the node
    const log = await emulator.log()
    const edits = log.filter(e => e.method === 'humanresources.node.communication.edit' || e.batch?.includes('humanresources.node.communication.edit'))
    expect(edits.map(e => ({ status: e.status, fault: e.fault }))).toEqual([{ status: 200, fault: 'drop' }])
    const afterDrop = log.slice(log.indexOf(edits[0]!) + 1)
    expect(afterDrop.some(e => e.method === 'humanresources.node.communication.list' || e.batch?.includes('humanresources.node.communication.list'))).toBe(true)
    expect(headers.some(h => 'idempotency-key' in h)).toBe(false)
  })

  test('a bind whose answer was lost is not sent again when the portal already holds it', async ({ portal, departments, emulator }) => {
    const data = await emulator.state()
    const node = data.nodes.find(n => n.name === 'Marketing')!
    const chat = data.chats.find(c => (c.type === 'CHAT' || c.type === 'OPEN') && c.memberIds.includes(1)
      && !data.bindings.some(b => b.nodeId === node.id && b.chatId === c.id))!
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    await departments.bindButton.click()
    await departments.pick('chat', chat.id)
    await emulator.faults({ drop: { count: 1, methods: ['humanresources.node.communication.edit'] } })
    await departments.bindSubmit.click()
    await expect(departments.communication('chat', chat.id)).toBeVisible()
    const edits = (await emulator.log()).filter(e => e.method === 'humanresources.node.communication.edit')
    expect(edits).toHaveLength(1)
    expect((await emulator.state()).bindings.filter(b => b.nodeId === node.id && b.chatId === chat.id)).toHaveLength(1)
  })
})
