import { test, expect } from './fixtures.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

test.describe('Idempotency-Key on REST 3.0 writes', () => {
  test('a created default whose answer was lost is re-sent with the same key, replayed, and made once', async ({ page, portal, departments, emulator }) => {
    const before = await emulator.state()
    const node = before.nodes.find(n => n.type === 'DEPARTMENT' && n.parentId !== null
      && !before.bindings.some(b => b.nodeId === n.id && b.type === 'CHAT'))!
    // what the browser sent and received for the edit (the iframe's requests are the page's too)
    const seen: Array<{ key: string | undefined, replayed: string | undefined }> = []
    page.on('response', async (response) => {
      if (!response.url().includes('/rest/api/humanresources.node.communication.edit')) return
      const sent = await response.request().allHeaders()
      seen.push({ key: sent['idempotency-key'], replayed: response.headers()['idempotent-replayed'] })
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

    // the portal ran it once: the first answer was lost, the re-send was answered from the key store
    const edits = (await emulator.log()).filter(e => e.method === 'humanresources.node.communication.edit')
    expect(edits.map(e => ({ status: e.status, fault: e.fault, replayed: e.replayed }))).toEqual([
      { status: 200, fault: 'drop', replayed: undefined },
      { status: 200, fault: undefined, replayed: true }
    ])
    await expect.poll(() => seen.length).toBe(2)
    expect(seen[0]!.key).toMatch(UUID)
    expect(seen[1]).toEqual({ key: seen[0]!.key, replayed: 'true' })
  })

  test('every new edit gets a key of its own', async ({ page, portal, departments, emulator }) => {
    const data = await emulator.state()
    const node = data.nodes.find(n => n.name === 'Marketing')!
    const [first, second] = data.chats.filter(c => (c.type === 'CHAT' || c.type === 'OPEN') && c.memberIds.includes(1)
      && !data.bindings.some(b => b.nodeId === node.id && b.chatId === c.id))
    const keys: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/rest/api/humanresources.node.communication.edit')) keys.push(request.headers()['idempotency-key'] ?? '')
    })
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    for (const chat of [first!, second!]) {
      await departments.bindButton.click()
      await departments.pick('chat', chat.id)
      await departments.bindSubmit.click()
      await expect(departments.communication('chat', chat.id)).toBeVisible()
    }
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(UUID)
    expect(keys[1]).toMatch(UUID)
    expect(keys[1]).not.toBe(keys[0])
  })
})
