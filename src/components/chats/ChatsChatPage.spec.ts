import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { PortalError } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import ChatsChatPage from './ChatsChatPage.vue'
import { dialog, signedIn } from '@/testing/chats'

const api = await vi.hoisted(async () => (await import('@/testing/chatsApi')).chatsApiMocks())
const door = vi.hoisted(() => ({ openMessenger: vi.fn(), selectUsers: vi.fn() }))

vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))
vi.mock(import('@/api/users'), async importOriginal => ({
  ...await importOriginal(),
  fetchUsersByIds: (await import('@/testing/chatsApi')).peopleNamedById('Engineer'),
  searchUsers: vi.fn(async () => [])
}))
vi.mock(import('@/b24'), async importOriginal => ({ ...await importOriginal(), ...door }))

async function mountAs(userId: number, patch: Record<string, unknown> = {}) {
  api.fetchChat.mockResolvedValue(dialog(patch))
  api.fetchChatUserIds.mockResolvedValue([2, 3, 4])
  return (await mountApp(ChatsChatPage, { pinia: signedIn(userId), path: '/chats?chat=10', props: { chatId: 10 } })).wrapper
}

function body(selector: string): HTMLElement | null {
  return document.body.querySelector(selector)
}

beforeEach(() => {
  for (const fn of [...Object.values(api), ...Object.values(door)]) fn.mockReset()
  api.fetchRecentChats.mockResolvedValue([])
})

describe('ChatsChatPage', () => {
  it('shows the chat, its participants with names, and every owner action to the owner', async () => {
    const page = await mountAs(2)
    expect(page.get('[data-testid="chats-page-title"]').text()).toBe('Team')
    expect(page.get('[data-testid="chats-page-role"]').text()).toBe('Owner')
    expect(page.findAll('[data-testid^="chats-person-"][data-testid$="-3"]').length).toBeGreaterThan(0)
    expect(page.text()).toContain('User 3')
    expect(page.find('[data-testid="chats-make-owner-3"]').exists()).toBe(true)
    expect(page.find('[data-testid="chats-remove-3"]').exists()).toBe(true)
    expect(page.find('[data-testid="chats-remove-2"]').exists()).toBe(false)
    expect(page.find('[data-testid="chats-rename-input"]').exists()).toBe(true)
    expect(page.find('[data-testid="chats-add-people"]').exists()).toBe(true)
  })

  it('offers a plain member no owner actions', async () => {
    const page = await mountAs(3, { role: 'member' })
    expect(page.find('[data-testid^="chats-make-owner-"]').exists()).toBe(false)
    expect(page.find('[data-testid^="chats-remove-"]').exists()).toBe(false)
    // the defaults let members restyle and add people, as on the portal
    expect(page.find('[data-testid="chats-rename-input"]').exists()).toBe(true)
    expect(page.find('[data-testid="chats-leave"]').exists()).toBe(true)
  })

  it('offers neither rename nor leave in a workgroup chat, and says it is read-only when nothing may be changed', async () => {
    const page = await mountAs(3, {
      role: 'member', type: 'collab', entity_type: 'SONET_GROUP',
      restrictions: { avatar: false, rename: false, extend: false, mute: true, leave: false, leave_owner: false, user_list: true },
      permissions: { manage_ui: 'owner', manage_users_add: 'owner', manage_users_delete: 'owner' }
    })
    expect(page.find('[data-testid="chats-rename-input"]').exists()).toBe(false)
    expect(page.find('[data-testid="chats-leave"]').exists()).toBe(false)
    expect(page.find('[data-testid="chats-read-only"]').exists()).toBe(true)
  })

  it('refuses an empty title on its field without calling the portal', async () => {
    const page = await mountAs(2)
    await page.get('[data-testid="chats-rename-input"]').setValue('   ')
    await page.get('[data-testid="chats-rename-submit"]').trigger('submit')
    await flushPromises()
    expect(api.renameChat).not.toHaveBeenCalled()
    expect(page.text()).toContain('The title cannot be empty.')
  })

  it('renames, then shows what the portal holds', async () => {
    const page = await mountAs(2)
    api.renameChat.mockResolvedValue(undefined)
    api.fetchChat.mockResolvedValue(dialog({ name: 'Renamed' }))
    await page.get('[data-testid="chats-rename-input"]').setValue('Renamed')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(api.renameChat).toHaveBeenCalledWith(10, 'Renamed')
    expect(page.get('[data-testid="chats-page-title"]').text()).toBe('Renamed')
  })

  it('shows a portal refusal of a rename on the title field', async () => {
    const page = await mountAs(2)
    api.renameChat.mockRejectedValue(new PortalError({ code: 'ACCESS_ERROR', message: 'This chat cannot be renamed', status: 403 }))
    await page.get('[data-testid="chats-rename-input"]').setValue('X')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(page.text()).toContain('You cannot do this in this chat.')
    expect(api.fetchChat).toHaveBeenCalledTimes(2)
  })

  it('does not send an unchanged colour, and sends a new one by name', async () => {
    const page = await mountAs(2)
    expect(page.get('[data-testid="chats-recolor-submit"]').attributes('disabled')).toBeDefined()
    await page.get('[data-testid="chats-recolor-PINK"] input').setValue(true)
    api.recolorChat.mockResolvedValue(undefined)
    await page.get('[data-testid="chats-recolor-submit"]').trigger('click')
    await flushPromises()
    expect(api.recolorChat).toHaveBeenCalledWith(10, 'PINK')
  })

  it('asks before leaving, and leaves only after the confirmation', async () => {
    const page = await mountAs(3, { role: 'member' })
    api.leaveChat.mockResolvedValue(undefined)
    await page.get('[data-testid="chats-leave"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('Leave “Team”?')
    expect(api.leaveChat).not.toHaveBeenCalled()
    body('[data-testid="chats-confirm-ok"]')!.click()
    await flushPromises()
    expect(api.leaveChat).toHaveBeenCalledWith(10)
    expect(page.emitted('left')).toHaveLength(1)
  })

  it('hands over ownership after a confirmation and loses the owner\'s controls', async () => {
    const page = await mountAs(2)
    api.setChatOwner.mockResolvedValue(undefined)
    await page.get('[data-testid="chats-make-owner-3"]').trigger('click')
    await flushPromises()
    api.fetchChat.mockResolvedValue(dialog({ owner: 3, role: 'member', manager_list: [3] }))
    body('[data-testid="chats-confirm-ok"]')!.click()
    await flushPromises()
    expect(api.setChatOwner).toHaveBeenCalledWith(10, 3)
    expect(page.find('[data-testid^="chats-make-owner-"]').exists()).toBe(false)
    expect(page.get('[data-testid="chats-page-role"]').text()).toBe('Member')
  })

  it('opens the chat in the messenger with its dialog id', async () => {
    const page = await mountAs(2)
    await page.get('[data-testid="chats-open-messenger"]').trigger('click')
    expect(door.openMessenger).toHaveBeenCalledWith('chat10')
  })

  it('sends the typing notice', async () => {
    const page = await mountAs(3, { role: 'member' })
    api.sendTyping.mockResolvedValue(undefined)
    await page.get('[data-testid="chats-typing"]').trigger('click')
    await flushPromises()
    expect(api.sendTyping).toHaveBeenCalledWith('chat10')
  })

  it('shows an error with a retry that works', async () => {
    api.fetchChat.mockRejectedValueOnce(new PortalError({ code: 'ACCESS_ERROR', message: 'You do not have access to the specified dialog', status: 403 }))
    api.fetchChat.mockResolvedValue(dialog())
    api.fetchChatUserIds.mockResolvedValue([2])
    const { wrapper: page } = await mountApp(ChatsChatPage, { pinia: signedIn(2), path: '/chats?chat=10', props: { chatId: 10 } })
    expect(page.get('[data-testid="chats-page-error"]').text()).toContain('You cannot do this in this chat.')
    await page.get('[data-testid="chats-page-error"] button').trigger('click')
    await flushPromises()
    expect(page.get('[data-testid="chats-page-title"]').text()).toBe('Team')
  })
})
