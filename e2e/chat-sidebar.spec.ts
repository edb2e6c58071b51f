import { test, expect } from './fixtures.ts'

/** The app in a chat's sidebar (IM_SIDEBAR): the chat's departments, and binding it to one more. */
test.describe('the chat sidebar', () => {
  test('shows every node that holds the chat and binds it to one more', { tag: '@core' }, async ({ portal, emulator }) => {
    const before = await emulator.state()
    // a chat or channel bound somewhere that the administrator is in (it is their sidebar)
    const binding = before.bindings.find(b => (b.type === 'CHAT' || b.type === 'CHANNEL') && b.originalNodeId === null
      && before.chats.find(c => c.id === b.chatId)?.memberIds.includes(1))!
    const chat = before.chats.find(c => c.id === binding.chatId)!
    const holders = [...new Set(before.bindings.filter(b => b.chatId === chat.id).map(b => b.nodeId))]
    const free = before.nodes.find(n => n.type === 'DEPARTMENT' && !holders.includes(n.id))!

    await portal.open({ user: 1, placement: 'IM_SIDEBAR', options: { dialogId: `chat${chat.id}`, URI: '/online/' } })
    const sidebar = portal.app.getByTestId('chat-sidebar')
    await expect(sidebar.getByTestId('chat-sidebar-chat')).toHaveText(chat.title, { timeout: 30_000 })
    await expect(sidebar.locator('[data-testid^="chat-sidebar-node-"]')).toHaveCount(holders.length)
    // a narrow column of its own: no sections' navigation
    await expect(portal.app.getByRole('link', { name: 'Departments' })).toHaveCount(0)

    await sidebar.getByTestId('chat-sidebar-bind').click()
    await sidebar.getByTestId('chat-sidebar-filter').fill(free.name)
    await sidebar.getByTestId(`chat-sidebar-option-${free.id}`).getByRole('checkbox').click()
    await sidebar.getByTestId('chat-sidebar-submit').click()
    await expect(sidebar.getByTestId(`chat-sidebar-node-${free.id}`)).toBeVisible()
    const after = await emulator.state()
    expect(after.bindings.filter(b => b.nodeId === free.id && b.chatId === chat.id)).toEqual([{ nodeId: free.id, chatId: chat.id, type: binding.type, originalNodeId: null }])
  })
})
