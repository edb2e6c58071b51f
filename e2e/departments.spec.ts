import { FAILED_RESOURCE, test, expect } from './fixtures.ts'
import type { PortalData } from '../emulator/data/types.ts'
import { journalEntries } from './emulator-client.ts'

const typeOf = { CHAT: 'chat', OPEN: 'chat', CHANNEL: 'channel', OPEN_CHANNEL: 'channel', COLLAB: 'collab' } as const

function nodeNamed(data: PortalData, name: string) {
  const node = data.nodes.find(n => n.name === name)
  if (!node) throw new Error(`no node ${name}`)
  return node
}

function descendants(data: PortalData, id: number): number[] {
  const children = data.nodes.filter(n => n.parentId === id).map(n => n.id)
  return children.flatMap(c => [c, ...descendants(data, c)])
}

/** A chat or channel the user knows (is a member of) that is not bound to the node yet. */
function knownUnbound(data: PortalData, nodeId: number, userId: number, types: string[]) {
  const chat = data.chats.find(c => types.includes(c.type) && c.memberIds.includes(userId)
    && !data.bindings.some(b => b.nodeId === nodeId && b.chatId === c.id))
  if (!chat) throw new Error('the seed has no suitable chat')
  return chat
}

test.describe('Departments: an administrator binds communications to the structure', () => {
  test('binds an existing chat to a department; it is there, also after a reload', { tag: '@core' }, async ({ portal, departments, emulator, page }) => {
    const before = await emulator.state()
    const marketing = nodeNamed(before, 'Marketing')
    const chat = knownUnbound(before, marketing.id, 1, ['CHAT', 'OPEN'])

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(marketing.id, marketing.name)
    await departments.bindButton.click()
    await departments.pick('chat', chat.id)
    await departments.bindSubmit.click()

    await expect(departments.communication('chat', chat.id)).toContainText(chat.title)
    const after = await emulator.state()
    expect(after.bindings.filter(b => b.chatId === chat.id && b.nodeId === marketing.id))
      .toEqual([{ nodeId: marketing.id, chatId: chat.id, type: 'CHAT', originalNodeId: null }])
    // Binding adds the node's members to the chat (emulator/README.md).
    const members = after.chats.find(c => c.id === chat.id)!.memberIds
    expect(marketing.memberIds.every(id => members.includes(id))).toBe(true)

    // The change is in the journal the app keeps in its data storage on the portal. It is written after the
    // node is re-read (stores/departments.ts runEdits), so it may land a moment after the screen shows the chat.
    await expect.poll(async () => journalEntries<{ nodeId: number, ids: number[], type: string, userId: number }>(await emulator.state()))
      .toContainEqual(expect.objectContaining({ nodeId: marketing.id, ids: [chat.id], type: 'CHAT', userId: 1 }))

    await page.reload()
    await departments.open()
    await departments.select(marketing.id, marketing.name)
    await expect(departments.communication('chat', chat.id)).toBeVisible()
  })

  test('binds a collab, whichever id the portal names collabs by', { tag: '@core' }, async ({ portal, departments, emulator }) => {
    const before = await emulator.state()
    const collab = before.workgroups.find(w => w.type === 'collab' && w.chatId !== null && w.memberIds.includes(1))!
    const node = before.nodes.find(n => n.type === 'DEPARTMENT' && n.parentId !== null
      && !before.bindings.some(b => b.nodeId === n.id && b.chatId === collab.chatId))!

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    await departments.bindButton.click()
    await departments.bindTab('Collabs')
    await departments.pick('collab', collab.id)
    await departments.bindSubmit.click()

    await expect(departments.panel.locator('[data-testid^="departments-communication-collab-"]').filter({ hasText: collab.name })).toBeVisible()
    const after = await emulator.state()
    expect(after.bindings.filter(b => b.nodeId === node.id && b.type === 'COLLAB' && b.chatId === collab.chatId)).toHaveLength(1)
  })

  test('binds a channel with its children, who show it as inherited', async ({ portal, departments, emulator }) => {
    const before = await emulator.state()
    const engineering = nodeNamed(before, 'Engineering')
    const below = descendants(before, engineering.id)
    expect(below.length).toBeGreaterThan(1)
    const channel = knownUnbound(before, engineering.id, 1, ['CHANNEL', 'OPEN_CHANNEL'])

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(engineering.id, engineering.name)
    await departments.bindButton.click()
    await departments.bindTab('Channels')
    await departments.pick('channel', channel.id)
    await departments.alsoChildren()
    // The preview lists every node the change will reach, before anything is sent.
    for (const id of below) await expect(departments.reach(id)).toBeVisible()
    expect((await emulator.log()).some(e => e.method === 'humanresources.node.communication.edit')).toBe(false)
    await departments.bindSubmit.click()
    await expect(departments.communication('channel', channel.id)).toBeVisible()

    const after = await emulator.state()
    for (const id of below) {
      expect(after.bindings).toContainEqual({ nodeId: id, chatId: channel.id, type: 'CHANNEL', originalNodeId: engineering.id })
    }
    const child = after.nodes.find(n => n.id === below[0])!
    await departments.select(child.id, child.name)
    const item = departments.communication('channel', channel.id)
    await expect(item).toHaveAttribute('data-inherited', 'true')
    await expect(item).toContainText(`Inherited from ${engineering.name}`)
  })

  test('unbinds a communication after a confirmation', { tag: '@core' }, async ({ portal, departments, emulator }) => {
    const before = await emulator.state()
    const binding = before.bindings.find(b => b.originalNodeId === null && b.type === 'CHAT')!
    const node = before.nodes.find(n => n.id === binding.nodeId)!

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    await departments.unbind('chat', binding.chatId)
    await expect(departments.unbindConfirm).toBeVisible()
    expect((await emulator.state()).bindings).toContainEqual(binding)
    await departments.unbindConfirm.click()

    await expect(departments.communication('chat', binding.chatId)).toHaveCount(0)
    const after = await emulator.state()
    expect(after.bindings.some(b => b.nodeId === node.id && b.chatId === binding.chatId)).toBe(false)
  })

  test('creates the default chat of a department', { tag: '@core' }, async ({ portal, departments, emulator }) => {
    const before = await emulator.state()
    const node = before.nodes.find(n => n.type === 'DEPARTMENT' && n.parentId !== null
      && !before.bindings.some(b => b.nodeId === n.id && b.type === 'CHAT'))!

    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(node.id, node.name)
    await departments.createDefaultButton.click()
    await expect(departments.defaultModal).toBeVisible()
    await departments.defaultSubmit.click()

    await expect.poll(async () => (await emulator.state()).bindings.filter(b => b.nodeId === node.id && b.type === 'CHAT').length).toBe(1)
    const after = await emulator.state()
    const created = after.chats.find(c => c.id === after.bindings.find(b => b.nodeId === node.id && b.type === 'CHAT')!.chatId)!
    expect(before.chats.some(c => c.id === created.id)).toBe(false)
    expect(created.title).toContain(node.name)
    expect(after.chats.length).toBe(before.chats.length + 1)
    await expect(departments.communication(typeOf[created.type], created.id)).toContainText(created.title)
  })
})

test.describe('Departments: an employee', () => {
  // the portal refuses the employee's edit on purpose, and Chromium logs the refused request
  test.use({ allowConsoleErrors: [FAILED_RESOURCE] })
  test('sees the structure and its communications and can open them; an edit is refused and explained', async ({ portal, departments, emulator }) => {
    const data = await emulator.state()
    const employee = data.users.find(u => u.id === 2)!
    const binding = data.bindings.find(b => b.type !== 'COLLAB' && data.chats.find(c => c.id === b.chatId)!.memberIds.includes(2)
      && data.nodes.find(n => n.id === b.nodeId)!.memberIds.includes(2))!
    const node = data.nodes.find(n => n.id === binding.nodeId)!
    const chat = data.chats.find(c => c.id === binding.chatId)!
    expect(employee.isAdmin).toBe(false)

    await portal.open({ user: 2 })
    await departments.open()
    // "My departments" comes first for everyone.
    await expect(portal.app.getByTestId('departments-mine')).toContainText(node.name)
    await departments.select(node.id, node.name)
    const item = departments.communication(typeOf[chat.type], chat.id)
    // nothing tells the app in advance that the employee may not edit: the portal's answer does
    await item.getByTestId('departments-unbind').click()
    await departments.unbindConfirm.click()
    await expect(portal.app.getByRole('dialog')).toContainText('you do not have the right to edit this department or team')
    await portal.page.keyboard.press('Escape')
    await expect(departments.readOnlyNote).toContainText('"Edit departments" permission')
    await expect(departments.bindButton).toHaveCount(0)
    await expect(departments.createDefaultButton).toHaveCount(0)
    await expect(item.getByTestId('departments-unbind')).toHaveCount(0)
    expect((await emulator.state()).bindings).toEqual(data.bindings)
    await item.getByTestId('departments-open').click()
    await expect(portal.notices).toContainText(`chat${chat.id}`)
    const opened = (await emulator.frameEvents()).filter(e => e.command === 'imOpenMessenger')
    expect(JSON.stringify(opened.at(-1)!.params)).toContain(`chat${chat.id}`)
  })
})

test.describe('Departments: refused edits', () => {
  // the portal refuses these edits on purpose, and Chromium logs each refused request as a console error
  test.use({ allowConsoleErrors: [FAILED_RESOURCE] })
  test('a validation error shows on the picker and nothing changes on the portal', async ({ portal, departments, emulator }) => {
    const before = await emulator.state()
    const marketing = nodeNamed(before, 'Marketing')
    const chat = knownUnbound(before, marketing.id, 1, ['CHAT', 'OPEN'])
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(marketing.id, marketing.name)
    await departments.bindButton.click()
    await departments.pick('chat', chat.id)
    // The chat became a channel on the portal after the picker loaded: binding it as a chat is invalid.
    await emulator.update({ chats: [{ id: chat.id, type: 'CHANNEL' }] })
    await departments.bindSubmit.click()
    await expect(departments.bindModal).toContainText('The portal did not accept the change')
    await expect(departments.bindModal).toBeVisible()
    expect((await emulator.state()).bindings).toEqual(before.bindings)
  })

  test('a 403 from the portal is explained and nothing changes', async ({ portal, departments, emulator }) => {
    const before = await emulator.state()
    const marketing = nodeNamed(before, 'Marketing')
    const chat = knownUnbound(before, marketing.id, 1, ['CHAT', 'OPEN'])
    await portal.open({ user: 1 })
    await departments.open()
    await departments.select(marketing.id, marketing.name)
    await departments.bindButton.click()
    await departments.pick('chat', chat.id)
    // The administrator loses the permission to edit departments while the dialog is open.
    await emulator.update({ users: [{ id: 1, structureRights: { departments: 'view', teams: 'view' } }] })
    await departments.bindSubmit.click()
    await expect(departments.bindModal).toContainText('you do not have the right to edit this department or team')
    expect((await emulator.state()).bindings).toEqual(before.bindings)
    const edits = (await emulator.log()).filter(e => e.method === 'humanresources.node.communication.edit')
    expect(edits.map(e => e.status)).toEqual([403])
  })
})
