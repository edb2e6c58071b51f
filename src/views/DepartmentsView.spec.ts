import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { PortalError } from '@/b24'
import type * as B24 from '@/b24'
import type * as StructureApi from '@/api/structure'
import type * as StructureMatrixApi from '@/api/structureMatrix'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import type * as ChatsApi from '@/api/chats'
import type * as WorkgroupsApi from '@/api/workgroups'
import { mountApp } from '@/testing/mountApp'
import DepartmentsView from './DepartmentsView.vue'

const api = vi.hoisted(() => ({
  countNodes: vi.fn(async () => null),
  loadAllNodes: vi.fn(),
  fetchCommunications: vi.fn(),
  loadCommunications: vi.fn(),
  batch: vi.fn(),
  call: vi.fn(),
  fetchUserNodeIds: vi.fn(),
  searchNodes: vi.fn(),
  fetchRecentChats: vi.fn(),
  searchChats: vi.fn(),
  fetchCollabs: vi.fn(),
  openMessenger: vi.fn()
}))

vi.mock('@/api/structure', async (importOriginal) => ({
  ...await importOriginal<typeof StructureApi>(),
  fetchCommunications: api.fetchCommunications,
  fetchUserNodeIds: api.fetchUserNodeIds,
  searchNodes: api.searchNodes
}))
vi.mock('@/api/structureMatrix', async (importOriginal) => ({
  ...await importOriginal<typeof StructureMatrixApi>(),
  countNodes: api.countNodes,
  loadAllNodes: api.loadAllNodes,
  loadCommunications: api.loadCommunications
}))
// every write goes out through the transport, sent once (retry: false)
vi.mock('@/api/transport', () => ({ portalTransport: { batch: api.batch, call: api.call } }))
vi.mock('@/api/chats', async (importOriginal) => ({
  ...await importOriginal<typeof ChatsApi>(), fetchRecentChats: api.fetchRecentChats, searchChats: api.searchChats
}))
vi.mock('@/api/workgroups', async (importOriginal) => ({ ...await importOriginal<typeof WorkgroupsApi>(), fetchCollabs: api.fetchCollabs }))
vi.mock('@/b24', async (importOriginal) => ({ ...await importOriginal<typeof B24>(), openMessenger: api.openMessenger }))

const EDIT = 'humanresources.node.communication.edit'

/** The edits the portal was sent, in order, whether batched or alone. */
function editsSent(): unknown[] {
  const batched = api.batch.mock.calls.flatMap(([calls]) => (calls as Array<{ method: string, params: unknown }>).filter((c) => c.method === EDIT).map((c) => c.params))
  const single = api.call.mock.calls.filter(([method]) => method === EDIT).map(([, params]) => params)
  return [...batched, ...single]
}

function node(id: number, parentId: number | null, name: string, type: StructureNode['type'] = 'DEPARTMENT'): StructureNode {
  return { id, name, type, parentId, userCount: 4, description: '', colorName: null }
}

const NODES = [node(1, null, 'Company'), node(2, 1, 'Sales'), node(3, 2, 'Sales B2B'), node(4, 2, 'Team Alpha', 'TEAM'), node(5, 1, 'Marketing')]

function comms(overrides: Partial<NodeCommunications> = {}): NodeCommunications {
  return {
    chats: [
      { id: 10, type: 'CHAT', dialogId: 'chat10', title: 'Sales chat', subtitle: 'Private chat', avatar: '', color: '#4ba984', isExtranet: false, hasAccess: true, originalNodeId: null },
      { id: 13, type: 'CHAT', dialogId: 'chat13', title: 'Company chat', subtitle: 'Private chat', avatar: '', color: '#1eb4aa', isExtranet: true, hasAccess: false, originalNodeId: 1 }
    ],
    channels: [],
    collabs: [],
    chatsNoAccess: 0,
    channelsNoAccess: 2,
    collabsNoAccess: 0,
    ...overrides
  }
}

async function mountAs(isAdmin: boolean, nodes: StructureNode[] = NODES) {
  api.loadAllNodes.mockResolvedValue(nodes)
  const session = { context: { isAdmin }, user: { id: '2', firstName: 'Boris', lastName: 'Test', displayName: 'Boris Test' } }
  return (await mountApp(DepartmentsView, { path: '/departments', session })).wrapper
}

/** Clicks a button of an open modal (modals teleport to document.body) and lets what it started settle. */
async function press(selector: string) {
  document.body.querySelector<HTMLButtonElement>(selector)!.click()
  await flushPromises()
}

/** Opens the bind modal on the selected node and picks that chat in it. */
async function openBindAndPick(w: VueWrapper, chatId: number) {
  await w.get('[data-testid="departments-bind"]').trigger('click')
  await flushPromises()
  await press(`[data-testid="departments-option-chat-${chatId}"] button`)
}

async function selectSales(w: VueWrapper) {
  await w.get('[data-testid="departments-mine-2"]').trigger('click')
  await flushPromises()
}

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset()
  api.fetchUserNodeIds.mockResolvedValue({ departments: [2], teams: [] })
  api.batch.mockImplementation(async (calls: unknown[]) => calls.map(() => true))
  api.call.mockResolvedValue(true)
  api.loadCommunications.mockResolvedValue(new Map())
  api.fetchCommunications.mockResolvedValue(comms())
  api.searchNodes.mockResolvedValue([])
  api.fetchRecentChats.mockImplementation(async (o?: { onlyChannels?: boolean }) => (o?.onlyChannels ? [] : [
    { id: 10, dialogId: 'chat10', title: 'Sales chat', kind: 'chat', avatar: '', color: '', memberCount: 3, role: 'member', ownerId: 1, entityType: '', entityId: '', lastActivity: '', createdAt: '' },
    { id: 15, dialogId: 'chat15', title: 'Admin notes', kind: 'chat', avatar: '', color: '', memberCount: 1, role: 'owner', ownerId: 1, entityType: '', entityId: '', lastActivity: '', createdAt: '' }
  ]))
  api.fetchCollabs.mockResolvedValue([])
})

describe('DepartmentsView', () => {
  it('shows the tree with "My departments" first', async () => {
    const w = await mountAs(false)
    expect(w.get('[data-testid="departments-mine"]').text()).toContain('Sales')
    const items = w.findAll('[role="treeitem"]')
    expect(items.map((i) => i.attributes('data-node-id'))).toEqual(['1', '5', '2'])
    expect(api.fetchUserNodeIds).toHaveBeenCalledWith(2, 'Boris Test')
  })

  it('renders only the visible rows of 10,000 nodes', async () => {
    const many = [node(1, null, 'Company'), ...Array.from({ length: 9999 }, (_, i) => node(i + 2, 1, `Unit ${i + 2}`))]
    const w = await mountAs(true, many)
    const rendered = w.findAll('[role="treeitem"]').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(60)
  })

  it('filters instantly and asks the portal too', async () => {
    const w = await mountAs(true)
    vi.useFakeTimers()
    try {
      await w.get('input[data-testid="departments-filter"], [data-testid="departments-filter"] input').setValue('b2b')
      await flushPromises()
      expect(w.findAll('[role="treeitem"]').map((i) => i.attributes('data-node-id'))).toEqual(['1', '2', '3'])
      expect(w.get('[data-testid="departments-match-count"]').text()).toBe('Found: 1')
      vi.advanceTimersByTime(400)
      await flushPromises()
      expect(api.searchNodes).toHaveBeenCalledWith('b2b')
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks the portal nothing for a term typed just before the view is left', async () => {
    const w = await mountAs(true)
    vi.useFakeTimers()
    try {
      await w.get('input[data-testid="departments-filter"], [data-testid="departments-filter"] input').setValue('b2b')
      await flushPromises()
      w.unmount()
      vi.advanceTimersByTime(400)
      await flushPromises()
      expect(api.searchNodes).not.toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })

  it('moves with the arrow keys and selects with Enter', async () => {
    const w = await mountAs(true)
    const tree = w.get('[data-testid="departments-tree"]')
    await tree.trigger('keydown', { key: 'ArrowDown' })
    await tree.trigger('keydown', { key: 'ArrowDown' })
    await tree.trigger('keydown', { key: 'ArrowDown' })
    expect(tree.attributes('aria-activedescendant')).toBe('departments-node-2')
    await tree.trigger('keydown', { key: 'ArrowRight' })
    await flushPromises()
    expect(w.findAll('[role="treeitem"]').map((i) => i.attributes('data-node-id'))).toEqual(['1', '5', '2', '3', '4'])
    await tree.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(api.fetchCommunications).toHaveBeenCalledWith(2)
    expect(w.get('[data-testid="departments-panel-title"]').text()).toBe('Sales')
  })

  it('in a right-to-left layout the left arrow opens a node and the right arrow closes it', async () => {
    const w = await mountAs(true)
    document.documentElement.dir = 'rtl'
    try {
      const tree = w.get('[data-testid="departments-tree"]')
      for (let i = 0; i < 3; i++) await tree.trigger('keydown', { key: 'ArrowDown' })
      await tree.trigger('keydown', { key: 'ArrowLeft' })
      await flushPromises()
      expect(w.findAll('[role="treeitem"]').map((i) => i.attributes('data-node-id'))).toEqual(['1', '5', '2', '3', '4'])
      await tree.trigger('keydown', { key: 'ArrowRight' })
      await flushPromises()
      expect(w.findAll('[role="treeitem"]').map((i) => i.attributes('data-node-id'))).toEqual(['1', '5', '2'])
    } finally {
      document.documentElement.dir = 'ltr'
    }
  })

  it('shows grouped communications with inherited, extranet, no-access and hidden marks, and opens the messenger', async () => {
    const w = await mountAs(false)
    await selectSales(w)
    const chat = w.get('[data-testid="departments-communication-chat-10"]')
    expect(chat.text()).toContain('Sales chat')
    const inherited = w.get('[data-testid="departments-communication-chat-13"]')
    expect(inherited.text()).toContain('Inherited from Company')
    expect(inherited.text()).toContain('Extranet')
    expect(inherited.find('[data-testid="departments-no-access"]').exists()).toBe(true)
    expect(inherited.find('[data-testid="departments-open"]').exists()).toBe(false)
    expect(w.get('[data-testid="departments-hidden-channels"]').text()).toBe('2 more you cannot see')
    await chat.get('[data-testid="departments-open"]').trigger('click')
    expect(api.openMessenger).toHaveBeenCalledWith('chat10')
  })

  it('offers edits until the portal refuses one; then that kind of node is read-only, explained, and can be checked again', async () => {
    localStorage.clear()
    const w = await mountAs(false)
    await selectSales(w)
    expect(w.find('[data-testid="departments-bind"]').exists()).toBe(true)
    expect(w.find('[data-testid="departments-read-only"]').exists()).toBe(false)
    await openBindAndPick(w, 15)
    api.call.mockRejectedValueOnce(new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', status: 403, message: 'Access denied' }))
    await press('[data-testid="departments-bind-submit"]')
    expect(editsSent()).toEqual([{ nodeId: 2, communicationType: 'CHAT', ids: [15] }])
    expect(w.find('[data-testid="departments-bind"]').exists()).toBe(false)
    expect(w.find('[data-testid="departments-unbind"]').exists()).toBe(false)
    const explained = w.get('[data-testid="departments-read-only"]').text()
    expect(explained).toContain('"Edit departments" permission')
    expect(explained).toContain('Heading a department does not grant it')
    await w.get('[data-testid="departments-read-only"] button').trigger('click')
    await flushPromises()
    await selectSales(w)
    expect(w.find('[data-testid="departments-bind"]').exists()).toBe(true)
  })

  it('unbinds after a confirmation, then reloads from the portal', async () => {
    const w = await mountAs(true)
    await selectSales(w)
    await w.get('[data-testid="departments-communication-chat-10"] [data-testid="departments-unbind"]').trigger('click')
    await flushPromises()
    expect(editsSent()).toEqual([])
    const confirm = document.body.querySelector<HTMLButtonElement>('[data-testid="departments-unbind-confirm"]')!
    api.fetchCommunications.mockResolvedValue(comms({ chats: [] }))
    confirm.click()
    await flushPromises()
    expect(editsSent()).toEqual([{ nodeId: 2, communicationType: 'CHAT', removeIds: [10] }])
    expect(api.fetchCommunications).toHaveBeenCalledTimes(2)
    expect(w.find('[data-testid="departments-communication-chat-10"]').exists()).toBe(false)
  })

  it('keeps the unbind question open with the portal\'s answer in it; nothing is re-sent on its own', async () => {
    const w = await mountAs(true)
    await selectSales(w)
    await w.get('[data-testid="departments-communication-chat-10"] [data-testid="departments-unbind"]').trigger('click')
    await flushPromises()
    api.call.mockRejectedValueOnce(new PortalError({
      code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', status: 400, message: 'Error during request object validation',
      validation: [{ field: 'removeIds', message: 'Communications not found: 10.' }]
    }))
    await press('[data-testid="departments-unbind-confirm"]')
    expect(editsSent()).toEqual([{ nodeId: 2, communicationType: 'CHAT', removeIds: [10] }])
    const error = document.body.querySelector('[data-testid="departments-unbind-error"]')
    expect(error?.textContent).toContain('The change was not made')
    expect(error?.textContent).toContain('Communications not found: 10. Not sent: Chat.')
    expect(document.body.querySelector('[data-testid="departments-unbind-confirm"]')).not.toBeNull()
  })

  it('binds a picked chat; already bound ones are marked; nothing picked gets a message and no call', async () => {
    const w = await mountAs(true)
    await selectSales(w)
    await w.get('[data-testid="departments-bind"]').trigger('click')
    await flushPromises()
    const bound = document.body.querySelector('[data-testid="departments-option-chat-10"]')!
    expect(bound.getAttribute('data-bound')).toBe('true')
    expect(bound.textContent).toContain('Already bound')
    await press('[data-testid="departments-bind-submit"]')
    expect(document.body.textContent).toContain('Pick at least one chat, channel or collab.')
    expect(editsSent()).toEqual([])

    await press('[data-testid="departments-option-chat-15"] button')
    await press('[data-testid="departments-bind-submit"]')
    expect(editsSent()).toEqual([{ nodeId: 2, communicationType: 'CHAT', ids: [15] }])
    expect(api.call.mock.calls.find(([method]) => method === EDIT)![2]).toEqual({ retry: false })
    expect(api.fetchCommunications).toHaveBeenCalledTimes(2)
  })

  it('previews every node "with children" reaches before sending', async () => {
    const w = await mountAs(true)
    await selectSales(w)
    await w.get('[data-testid="departments-create-default"]').trigger('click')
    await flushPromises()
    await press('[data-testid="departments-default-with-children"] button')
    const preview = document.body.querySelector('[data-testid="departments-reach-preview"]')!
    expect([...preview.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Sales', 'Sales B2B', 'Team Alpha'])
    await press('[data-testid="departments-default-submit"]')
    expect(editsSent()).toEqual([{ nodeId: 2, communicationType: 'CHAT', createDefault: true, withChildren: true }])
    // a create is never batched and never re-sent by the SDK on a guess
    expect(api.call.mock.calls[0]![2]).toEqual({ retry: false })
  })

  it('shows the portal\'s validation error on its field and a 403 in plain words, reloading after each', async () => {
    const w = await mountAs(true)
    await selectSales(w)
    await openBindAndPick(w, 15)
    api.call.mockRejectedValueOnce(new PortalError({
      code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', status: 400, message: 'Error during request object validation',
      validation: [{ field: 'ids', message: 'Communications not found or not of type CHAT: 15.' }]
    }))
    await press('[data-testid="departments-bind-submit"]')
    expect(document.body.textContent).toContain('Communications not found or not of type CHAT: 15.')
    expect(api.fetchCommunications).toHaveBeenCalledTimes(2)

    api.call.mockRejectedValueOnce(new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', status: 403, message: 'Access denied' }))
    await press('[data-testid="departments-bind-submit"]')
    expect(document.body.querySelector('[data-testid="departments-bind-error"]')!.textContent)
      .toContain('you do not have the right to edit this department or team')
  })

  it('says why a node\'s communications could not load, and Retry reads them again', async () => {
    api.fetchCommunications.mockRejectedValueOnce(new PortalError({ code: 'INTERNAL_SERVER_ERROR', status: 500, message: 'Internal error' }))
    const w = await mountAs(true)
    await selectSales(w)
    const error = w.get('[data-testid="departments-panel-error"]')
    expect(error.text()).toContain('The communications could not be loaded')
    expect(w.find('[data-testid="departments-communication-chat-10"]').exists()).toBe(false)
    await error.get('button').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="departments-panel-error"]').exists()).toBe(false)
    expect(w.get('[data-testid="departments-communication-chat-10"]').text()).toContain('Sales chat')
  })

  it('says why the tree could not load and offers a retry', async () => {
    api.loadAllNodes.mockRejectedValueOnce(new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', status: 403, message: 'Access denied' }))
    const { wrapper: w } = await mountApp(DepartmentsView, { path: '/departments', lang: 'ru' })
    // a refused read is about seeing the structure (extranet users are outside it), not about editing it
    const text = w.get('[data-testid="departments-error"]').text()
    expect(text).toContain('Портал не показывает вам структуру компании')
    expect(text).not.toContain('редактировать')
  })
})
