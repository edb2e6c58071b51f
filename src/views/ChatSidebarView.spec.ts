import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type * as ChatsApi from '@/api/chats'
import type * as StructureMatrixApi from '@/api/structureMatrix'
import type * as B24 from '@/b24'
import { toNodeCommunications } from '@/api/structure'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { mountApp } from '@/testing/mountApp'
import { seedStructure } from '@/testing/seedStructure'
import { useSessionStore } from '@/stores/session'
import ChatSidebarView from './ChatSidebarView.vue'

/**
 * The chat sidebar: which departments and teams hold the chat (direct and inherited), binding it to more
 * and unbinding it after a confirmation, through the one write path; a personal conversation is told
 * plainly that it binds to nothing.
 */

const api = vi.hoisted(() => ({
  fetchChat: vi.fn(),
  batch: vi.fn(),
  call: vi.fn(),
  loadCommunications: vi.fn()
}))

vi.mock('@/api/chats', async (importOriginal) => ({ ...await importOriginal<typeof ChatsApi>(), fetchChat: api.fetchChat }))
vi.mock('@/api/structureMatrix', async (importOriginal) => ({ ...await importOriginal<typeof StructureMatrixApi>(), loadCommunications: api.loadCommunications }))
vi.mock('@/api/transport', () => ({ portalTransport: { batch: api.batch, call: api.call } }))
vi.mock('@/b24', async (importOriginal) => ({
  ...await importOriginal<typeof B24>(),
  getPortal: () => ({ appOptions: {} }),
  setAppOption: vi.fn(async () => undefined)
}))

function node(id: number, name: string, parentId: number | null, type: StructureNode['type'] = 'DEPARTMENT'): StructureNode {
  return { id, name, type, parentId, userCount: 2, description: '', colorName: null }
}

const NODES = [node(1, 'Company', null), node(2, 'Sales', 1), node(3, 'Sales B2B', 2), node(4, 'Marketing', 1), node(5, 'Alpha team', 2, 'TEAM')]

function holding(chatIds: Array<{ id: number, from?: number }>): NodeCommunications {
  return toNodeCommunications({ chats: chatIds.map((c) => ({ id: c.id, type: 'CHAT', dialogId: `chat${c.id}`, title: `Chat ${c.id}`, originalNodeId: c.from ?? null })), channels: [], collabs: [] })
}

let wrapper: VueWrapper | null = null
/** what the fake portal holds: node id → chat ids bound directly */
let bound: Map<number, number[]>

async function open(dialogId: string) {
  const pinia = createPinia()
  const mounted = await mountApp(ChatSidebarView, { path: '/chat-sidebar', pinia })
  const session = useSessionStore()
  session.context = { lang: 'en', isAdmin: true, installMode: false, placement: 'IM_SIDEBAR', placementOptions: { dialogId, URI: '/online/' }, appOptions: {}, userOptions: {}, memberId: 'm', domain: 'portal.test' }
  session.user = { id: '1', firstName: 'Ada', lastName: 'L', displayName: 'Ada L', isAdmin: true } as never
  const comms = (id: number) => holding([...(bound.get(id) ?? []).map((c) => ({ id: c })), ...(id === 3 && bound.get(2)?.includes(77) ? [{ id: 77, from: 2 }] : [])])
  seedStructure(NODES, new Map(NODES.map((n) => [n.id, comms(n.id)])))
  wrapper = mounted.wrapper
  // re-mount now that the context is there (the view reads it on mount)
  wrapper.unmount()
  wrapper = (await mountApp(ChatSidebarView, { path: '/chat-sidebar', pinia })).wrapper
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  bound = new Map([[2, [77]], [4, [5]]])
  api.fetchChat.mockReset().mockResolvedValue({ id: 77, dialogId: 'chat77', title: 'Sales talk', kind: 'chat', entityType: '', entityId: '' })
  const list = (id: number) => holding((bound.get(id) ?? []).map((c) => ({ id: c })))
  api.loadCommunications.mockReset().mockImplementation(async (ids: number[], options?: { onChunk?: (n: number, m: Map<number, NodeCommunications>) => void }) => {
    const m = new Map(ids.map((id) => [id, list(id)]))
    options?.onChunk?.(m.size, m)
    return m
  })
  api.call.mockReset().mockImplementation(async (method: string, params: { nodeId: number, ids?: number[], removeIds?: number[], id?: number }) => {
    if (method === 'humanresources.node.communication.edit') {
      const have = bound.get(params.nodeId) ?? []
      bound.set(params.nodeId, [...have.filter((c) => !params.removeIds?.includes(c)), ...(params.ids ?? [])])
      return { success: true }
    }
    if (method === 'humanresources.node.communication.list') return list(params.id!)
    throw new Error(`unexpected ${method}`)
  })
  api.batch.mockReset().mockImplementation(async (calls: Array<{ method: string, params: Record<string, unknown> }>) => Promise.all(calls.map((c) => api.call(c.method, c.params))))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('ChatSidebarView', () => {
  it('lists the nodes that hold the chat, direct and inherited, with their place in the structure', async () => {
    const w = await open('chat77')
    expect(w.get('[data-testid="chat-sidebar-chat"]').text()).toBe('Sales talk')
    const rows = w.findAll('[data-testid^="chat-sidebar-node-"]')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual(['chat-sidebar-node-2', 'chat-sidebar-node-3'])
    expect(rows[0]!.text()).toContain('Bound directly')
    expect(rows[0]!.text()).toContain('Company')
    expect(rows[1]!.attributes('data-inherited')).toBe('true')
    expect(rows[1]!.text()).toContain('From Sales, with its child nodes')
    // an inherited binding is unbound where it was made, not here
    expect(w.find('[data-testid="chat-sidebar-unbind-3"]').exists()).toBe(false)
  })

  it('binds the chat to more nodes through the one write path, and shows them at once', async () => {
    const w = await open('chat77')
    await w.get('[data-testid="chat-sidebar-bind"]').trigger('click')
    await w.get('[data-testid="chat-sidebar-filter"] input, input[data-testid="chat-sidebar-filter"]').setValue('Market')
    await flushPromises()
    expect(w.findAll('[data-testid^="chat-sidebar-option-"]').map((o) => o.attributes('data-testid'))).toEqual(['chat-sidebar-option-4'])
    await w.get('[data-testid="chat-sidebar-option-4"] button, [data-testid="chat-sidebar-option-4"] [role="checkbox"]').trigger('click')
    await w.get('[data-testid="chat-sidebar-submit"]').trigger('click')
    await flushPromises()
    expect(bound.get(4)).toEqual([5, 77])
    expect(api.call).toHaveBeenCalledWith('humanresources.node.communication.edit', { nodeId: 4, communicationType: 'CHAT', ids: [77] }, { retry: false })
    expect(w.get('[data-testid="chat-sidebar-message"]').text()).toBe('Bound to 1 more.')
    expect(w.find('[data-testid="chat-sidebar-node-4"]').exists()).toBe(true)
  })

  it('unbinds only after a confirmation', async () => {
    const w = await open('chat77')
    await w.get('[data-testid="chat-sidebar-unbind-2"]').trigger('click')
    await flushPromises()
    expect(bound.get(2)).toEqual([77])
    const ok = document.querySelector<HTMLButtonElement>('[data-testid="chat-sidebar-unbind-confirm-ok"]')
    expect(ok).not.toBeNull()
    ok!.click()
    await flushPromises()
    expect(bound.get(2)).toEqual([])
    expect(w.find('[data-testid="chat-sidebar-node-2"]').exists()).toBe(false)
    expect(w.get('[data-testid="chat-sidebar-message"]').text()).toBe('Unbound from Sales.')
  })

  it('says which node refused an unbind, in the Departments view\'s words, and keeps the binding listed', async () => {
    const { PortalError } = await import('@/b24')
    const edit = api.call.getMockImplementation()!
    api.call.mockImplementation(async (method: string, params: { nodeId: number }) => {
      if (method === 'humanresources.node.communication.edit') {
        throw new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', message: 'Access denied', status: 403 })
      }
      return edit(method, params)
    })
    const w = await open('chat77')
    await w.get('[data-testid="chat-sidebar-unbind-2"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid="chat-sidebar-unbind-confirm-ok"]')!.click()
    await flushPromises()
    expect(bound.get(2)).toEqual([77])
    const alert = w.get('[data-testid="chat-sidebar-message"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('Not done: Sales: The portal refused: you do not have the right to edit this department or team.')
    expect(w.find('[data-testid="chat-sidebar-node-2"]').exists()).toBe(true)
  })

  it('a personal conversation is told plainly that it binds to nothing, and nothing is read', async () => {
    const w = await open('15')
    expect(w.get('[data-testid="chat-sidebar-personal"]').text()).toContain('Personal conversations are not bound')
    expect(api.fetchChat).not.toHaveBeenCalled()
  })

  it('a chat kind a node cannot hold says so and offers no bind', async () => {
    api.fetchChat.mockResolvedValue({ id: 77, dialogId: 'chat77', title: 'Deal 5', kind: 'crm', entityType: 'CRM', entityId: 'DEAL|5' })
    const w = await open('chat77')
    expect(w.find('[data-testid="chat-sidebar-not-bindable"]').exists()).toBe(true)
    expect(w.find('[data-testid="chat-sidebar-bind"]').exists()).toBe(false)
  })
})
