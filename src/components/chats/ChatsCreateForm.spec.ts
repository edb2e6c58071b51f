import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { PortalError } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import { chooseFile, pngFile } from '@/testing/files'
import ChatsCreateForm from './ChatsCreateForm.vue'
import { signedIn } from '@/testing/chats'

const api = await vi.hoisted(async () => (await import('@/testing/chatsApi')).chatsApiMocks())
const door = vi.hoisted(() => ({ selectUsers: vi.fn() }))
const users = vi.hoisted(() => ({ searchUsers: vi.fn() }))

vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))
vi.mock(import('@/api/users'), async importOriginal => ({ ...await importOriginal(), ...users }))
vi.mock(import('@/b24'), async importOriginal => ({ ...await importOriginal(), ...door }))

async function mountForm() {
  return (await mountApp(ChatsCreateForm, { pinia: signedIn(2), path: '/chats' })).wrapper
}

const chooseAvatar = (form: VueWrapper, file: File) => chooseFile(form, 'chats-create-avatar-file', file)

beforeEach(() => {
  for (const fn of [...Object.values(api), ...Object.values(door), ...Object.values(users)]) fn.mockReset()
  api.fetchRecentChats.mockResolvedValue([])
  api.fetchNewestChats.mockResolvedValue([])
})

describe('ChatsCreateForm', () => {
  it('refuses an empty title on its field and sends nothing', async () => {
    const form = await mountForm()
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(form.text()).toContain('Enter a title for the chat.')
    expect(api.createChat).not.toHaveBeenCalled()
  })

  it('refuses a file that is not an image, on the avatar field, before anything is sent', async () => {
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('Launch')
    await chooseAvatar(form, new File(['not an image'], 'fake.png', { type: 'image/png' }))
    expect(form.text()).toContain('This file is not an image the portal accepts')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(api.createChat).not.toHaveBeenCalled()
  })

  it('refuses an image larger than 5000×5000', async () => {
    const form = await mountForm()
    await chooseAvatar(form, pngFile(6000, 10))
    expect(form.text()).toContain('at most 5000×5000 pixels')
  })

  it('sends every option: type, title, colour, people from the portal picker and the type-ahead, avatar, entity', async () => {
    door.selectUsers.mockResolvedValue([{ id: '3', name: 'Ann Lee' }])
    users.searchUsers.mockResolvedValue([{ id: 4, name: 'Bob Stone', photo: '', position: 'QA' }])
    api.findChatByEntity.mockResolvedValue(null)
    api.createChat.mockResolvedValue(77)
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('  Launch ')
    await form.get('[data-testid="chats-create-description"]').setValue('About it')
    await form.get('[data-testid="chats-create-color-LIME"] input').setValue(true)
    await form.get('[data-testid="chats-create-users-pick"]').trigger('click')
    await flushPromises()
    await (form.findComponent({ name: 'ChatsUserPicker' }).vm as unknown as { runSearch: (p: string) => Promise<void> }).runSearch('bob')
    await flushPromises()
    await form.get('[data-testid="chats-create-users-add-4"]').trigger('click')
    await chooseAvatar(form, pngFile(64, 64))
    await form.get('[data-testid="chats-create-message"]').setValue('Hello')
    await form.get('[data-testid="chats-create-entity-type"]').setValue('APP')
    await form.get('[data-testid="chats-create-entity-id"]').setValue('L-1')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(api.createChat).toHaveBeenCalledTimes(1)
    const sent = api.createChat.mock.calls[0]![0]
    expect(sent).toMatchObject({ type: 'CHAT', title: '  Launch ', description: 'About it', color: 'LIME', message: 'Hello', userIds: [3, 4], entityType: 'APP', entityId: 'L-1' })
    expect(sent.avatar).toMatch(/^iVBORw0KGgo/)
    expect(form.emitted('created')).toEqual([[77]])
  })

  it('after a lost answer checks the portal, and with the outcome unknown offers only "Check again"', async () => {
    api.createChat.mockRejectedValue(new PortalError({ code: 'NETWORK_ERROR', message: 'Network Error', status: 0 }))
    api.fetchNewestChats.mockResolvedValueOnce([]).mockRejectedValueOnce(new PortalError({ code: 'NETWORK_ERROR', message: '', status: 0 }))
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('Launch')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(form.find('[data-testid="chats-create-unknown"]').exists()).toBe(true)
    expect(form.get('[data-testid="chats-create-submit"]').attributes('disabled')).toBeDefined()
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(api.createChat).toHaveBeenCalledTimes(1)
  })

  it('after a lost answer finds the created chat and opens it instead of creating another', async () => {
    const created = { id: 91, dialogId: 'chat91', title: 'Launch', kind: 'chat', avatar: '', color: '', memberCount: 1, role: 'owner', ownerId: 2, entityType: '', entityId: '', lastActivity: '', createdAt: '' }
    api.createChat.mockRejectedValue(new PortalError({ code: 'NETWORK_ERROR', message: '', status: 0 }))
    api.fetchNewestChats.mockResolvedValueOnce([]).mockResolvedValueOnce([created])
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('Launch')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(form.emitted('created')).toEqual([[91]])
    expect(api.createChat).toHaveBeenCalledTimes(1)
  })

  it('says when a chat is already bound to the entity, and sends nothing', async () => {
    api.findChatByEntity.mockResolvedValue(14)
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('Deal chat')
    await form.get('[data-testid="chats-create-entity-type"]').setValue('CRM')
    await form.get('[data-testid="chats-create-entity-id"]').setValue('DEAL|5')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(form.find('[data-testid="chats-create-exists"]').exists()).toBe(true)
    expect(api.createChat).not.toHaveBeenCalled()
  })

  it('puts half an entity on the missing field', async () => {
    const form = await mountForm()
    await form.get('[data-testid="chats-create-title"]').setValue('X')
    await form.get('[data-testid="chats-create-entity-type"]').setValue('APP')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(form.text()).toContain('Enter the entity ID too')
    expect(api.createChat).not.toHaveBeenCalled()
  })
})
