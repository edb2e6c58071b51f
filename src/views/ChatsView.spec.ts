import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { PortalError } from '@/b24'
import type { ChatSummary } from '@/api/chats'
import { mountApp } from '@/testing/mountApp'
import { dialog, signedIn } from '@/testing/chats'
import ChatsView from './ChatsView.vue'

const api = await vi.hoisted(async () => (await import('@/testing/chatsApi')).chatsApiMocks())

vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...api }))
vi.mock(import('@/api/users'), async importOriginal => ({ ...await importOriginal(), fetchUsersByIds: (await import('@/testing/chatsApi')).peopleNamedById() }))

function chat(id: number, title: string, role: ChatSummary['role'] = 'member'): ChatSummary {
  return { id, dialogId: `chat${id}`, title, kind: id % 2 ? 'open' : 'chat', avatar: '', color: '#4ba984', memberCount: 3, role, ownerId: 1, entityType: '', entityId: '', lastActivity: '', createdAt: '' }
}

function mountView(lang = 'en') {
  return mountApp(ChatsView, { pinia: signedIn(2), path: '/chats', lang })
}

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('ChatsView', () => {
  it('lists the user\'s chats with type, participants and role', async () => {
    api.fetchRecentChats.mockResolvedValue([chat(10, 'Team', 'owner'), chat(11, 'Lunch club')])
    const { wrapper: view } = await mountView()
    const rows = view.get('[data-testid="chats-list"]').findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('Team')
    expect(rows[0]!.text()).toContain('Private chat')
    expect(view.get('[data-testid="chats-role-10"]').text()).toBe('Owner')
    expect(view.get('[data-testid="chats-role-11"]').text()).toBe('Member')
  })

  it('says so when the user has no chats', async () => {
    api.fetchRecentChats.mockResolvedValue([])
    const { wrapper: view } = await mountView()
    expect(view.find('[data-testid="chats-empty"]').exists()).toBe(true)
  })

  it('shows an error in plain words, with a retry that works', async () => {
    api.fetchRecentChats.mockRejectedValueOnce(new PortalError({ code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', status: 503 }))
    api.fetchRecentChats.mockResolvedValueOnce([chat(10, 'Team')])
    const { wrapper: view } = await mountView()
    expect(view.get('[data-testid="chats-error"]').text()).toContain('The portal is busy.')
    await view.get('[data-testid="chats-error"] button').trigger('click')
    await flushPromises()
    expect(view.find('[data-testid="chats-list"]').exists()).toBe(true)
  })

  it('filters at once and adds the portal\'s search results', async () => {
    api.fetchRecentChats.mockResolvedValue([chat(10, 'Team'), chat(11, 'Lunch club')])
    api.searchChats.mockResolvedValue([chat(15, 'Lunch open')])
    const { wrapper: view } = await mountView()
    await view.get('[data-testid="chats-search"]').setValue('lunch')
    await flushPromises()
    expect(api.searchChats).toHaveBeenCalledWith('lunch')
    const titles = view.get('[data-testid="chats-list"]').findAll('tbody tr').map(row => row.text())
    expect(titles).toHaveLength(2)
    expect(titles[0]).toContain('Lunch club')
    expect(titles[1]).toContain('Lunch open')
  })

  it('opens a chat page from the list through the route', async () => {
    api.fetchRecentChats.mockResolvedValue([chat(10, 'Team')])
    api.fetchChat.mockResolvedValue(dialog())
    api.fetchChatUserIds.mockResolvedValue([2])
    const { wrapper: view, router } = await mountView()
    await view.get('[data-testid="chats-open-10"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.chat).toBe('10')
    expect(view.get('[data-testid="chats-page-title"]').text()).toBe('Team')
  })

  it('opens the create form as a page of its own (the frame is sized to its content; a tall modal would be cut off)', async () => {
    api.fetchRecentChats.mockResolvedValue([])
    const { wrapper: view, router } = await mountView()
    await view.get('[data-testid="chats-create"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.create).toBe('1')
    expect(view.find('[data-testid="chats-create-form"]').exists()).toBe(true)
    await view.get('[data-testid="chats-create-back"]').trigger('click')
    await flushPromises()
    expect(view.find('[data-testid="chats-create-form"]').exists()).toBe(false)
  })

  it('finds a chat by entity, or says that none is bound', async () => {
    api.fetchRecentChats.mockResolvedValue([])
    api.findChatByEntity.mockResolvedValue(null)
    const { wrapper: view } = await mountView()
    await view.get('[data-testid="chats-find-submit"]').trigger('submit')
    await flushPromises()
    expect(view.text()).toContain('Enter the entity type.')
    expect(api.findChatByEntity).not.toHaveBeenCalled()
    await view.get('[data-testid="chats-find-type"]').setValue('CRM')
    await view.get('[data-testid="chats-find-id"]').setValue('DEAL|9')
    await view.get('[data-testid="chats-find"] form').trigger('submit')
    await flushPromises()
    expect(api.findChatByEntity).toHaveBeenCalledWith('CRM', 'DEAL|9')
    expect(view.get('[data-testid="chats-find-none"]').text()).toBe('No chat is bound to CRM DEAL|9.')
  })

  it('speaks Russian on a Russian portal', async () => {
    api.fetchRecentChats.mockResolvedValue([chat(10, 'Команда', 'owner')])
    const { wrapper: view } = await mountView('ru')
    expect(view.text()).toContain('Создать чат')
    expect(view.get('[data-testid="chats-role-10"]').text()).toBe('Владелец')
  })
})
