import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type * as StructureMatrixApi from '@/api/structureMatrix'
import type * as ChatsApi from '@/api/chats'
import type * as WorkgroupsApi from '@/api/workgroups'
import type * as StructureApi from '@/api/structure'
import type { PortalFeatures } from '@/api/features'
import { toNodeCommunications } from '@/api/structure'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import type { PortalContext } from '@/b24'
import { mountApp } from '@/testing/mountApp'
import DepartmentsView from './DepartmentsView.vue'
import StructureView from './StructureView.vue'
import JournalView from './JournalView.vue'
import ChatSidebarView from './ChatSidebarView.vue'
import DepartmentsActionModal from '@/components/departments/DepartmentsActionModal.vue'
import StructureMatrix from '@/components/structure/StructureMatrix.vue'
import { useStructureStore } from '@/stores/structure'

/** A portal without the company structure (REST 3.0 humanresources) or without collabs: each view says so. */
const api = vi.hoisted(() => ({
  portalFeatures: vi.fn<() => Promise<PortalFeatures>>(),
  countNodes: vi.fn(async () => 2 as number | null),
  loadAllNodes: vi.fn<(...args: unknown[]) => Promise<StructureNode[]>>(),
  loadCommunications: vi.fn<(ids: number[], options?: { onChunk?: (loaded: number, chunk: Map<number, NodeCommunications>) => void }) => Promise<Map<number, NodeCommunications>>>(),
  fetchUserNodeIds: vi.fn(async () => ({ departments: [] as number[], teams: [] as number[] })),
  fetchChat: vi.fn(),
  fetchRecentChats: vi.fn(async () => []),
  fetchCollabs: vi.fn(async () => [])
}))

vi.mock('@/api/features', () => ({ portalFeatures: api.portalFeatures }))
vi.mock('@/api/structureMatrix', async (importOriginal) => ({
  ...await importOriginal<typeof StructureMatrixApi>(),
  countNodes: api.countNodes, loadAllNodes: api.loadAllNodes, loadCommunications: api.loadCommunications
}))
vi.mock('@/api/structure', async (importOriginal) => ({ ...await importOriginal<typeof StructureApi>(), fetchUserNodeIds: api.fetchUserNodeIds }))
vi.mock('@/api/chats', async (importOriginal) => ({ ...await importOriginal<typeof ChatsApi>(), fetchChat: api.fetchChat, fetchRecentChats: api.fetchRecentChats }))
vi.mock('@/api/workgroups', async (importOriginal) => ({ ...await importOriginal<typeof WorkgroupsApi>(), fetchCollabs: api.fetchCollabs }))

const NODES: StructureNode[] = [
  { id: 1, name: 'Company', type: 'DEPARTMENT', parentId: null, userCount: 3, description: '', colorName: null },
  { id: 2, name: 'Sales', type: 'DEPARTMENT', parentId: 1, userCount: 2, description: '', colorName: null }
]
const NOTICE = 'This portal does not offer its company structure to applications (REST 3.0). The other sections work.'
const NO_COLLABS = 'This portal has no collabs, so there are none to bind.'

/** A view on a signed-in admin's portal; `context` says what differs. */
async function mountView(component: Parameters<typeof mountApp>[0], path: string, context: Partial<PortalContext> = {}): Promise<{ w: VueWrapper }> {
  return { w: (await mountApp(component, { path, session: { context } })).wrapper }
}

beforeEach(() => {
  localStorage.clear()
  for (const fn of Object.values(api)) fn.mockClear()
  api.portalFeatures.mockResolvedValue({ structure: false, collabs: true })
  api.loadAllNodes.mockResolvedValue(NODES)
  api.loadCommunications.mockImplementation(async (ids, options) => {
    const chunk = new Map(ids.map((id) => [id, toNodeCommunications({ chats: [], channels: [], collabs: [] })]))
    options?.onChunk?.(chunk.size, chunk)
    return chunk
  })
  api.fetchChat.mockResolvedValue({ id: 10, dialogId: 'chat10', title: 'Sales chat', kind: 'chat', entityId: '', entityType: '' })
})

describe('a portal without the company structure', () => {
  it('Departments says so in plain words and loads nothing', async () => {
    const { w } = await mountView(DepartmentsView, '/departments')
    expect(w.get('[data-testid="departments-unavailable"]').text()).toContain(NOTICE)
    expect(w.find('[data-testid="departments-loading"]').exists()).toBe(false)
    expect(w.find('[data-testid="departments-error"]').exists()).toBe(false)
    expect(api.loadAllNodes).not.toHaveBeenCalled()
    expect(api.portalFeatures).toHaveBeenCalledTimes(1)
  })

  it('the Structure matrix says so and shows neither filters nor a failing load', async () => {
    const { w } = await mountView(StructureView, '/coverage')
    expect(w.get('[data-testid="structure-unavailable"]').text()).toContain(NOTICE)
    expect(w.find('[data-testid="coverage-status"]').exists()).toBe(false)
    expect(w.find('[data-testid="coverage-error"]').exists()).toBe(false)
    expect(w.find('[data-testid="coverage-filters"]').exists()).toBe(false)
    expect(api.loadAllNodes).not.toHaveBeenCalled()
  })

  it('the journal tab says so too', async () => {
    const { w } = await mountView(JournalView, '/journal')
    expect(w.get('[data-testid="structure-unavailable"]').text()).toContain(NOTICE)
  })

  it('the chat sidebar says so instead of reading forever', async () => {
    const { w } = await mountView(ChatSidebarView, '/chat-sidebar', { placement: 'IM_SIDEBAR', placementOptions: { dialogId: 'chat10' } })
    expect(w.get('[data-testid="chat-sidebar-unavailable"]').text()).toContain(NOTICE)
    expect(w.find('[data-testid="chat-sidebar-loading"]').exists()).toBe(false)
    expect(w.find('[data-testid="chat-sidebar-error"]').exists()).toBe(false)
    expect(api.loadAllNodes).not.toHaveBeenCalled()
  })

  it('with the structure offered, Departments loads it as before', async () => {
    api.portalFeatures.mockResolvedValue({ structure: true, collabs: true })
    const { w } = await mountView(DepartmentsView, '/departments')
    expect(w.find('[data-testid="departments-unavailable"]').exists()).toBe(false)
    expect(api.loadAllNodes).toHaveBeenCalled()
    expect(w.findAll('[role="treeitem"]').length).toBeGreaterThan(0)
  })
})

describe('a portal without collabs', () => {
  beforeEach(() => {
    api.portalFeatures.mockResolvedValue({ structure: true, collabs: false })
  })

  it('the Structure matrix has no Collabs column nor filter, and one line says why', async () => {
    const { w } = await mountView(StructureView, '/coverage')
    expect(w.find('[data-testid="coverage-row-1"]').exists()).toBe(true)
    expect(w.find('[data-testid="coverage-cell-1-CHAT"]').exists()).toBe(true)
    expect(w.find('[data-testid="coverage-cell-1-COLLAB"]').exists()).toBe(false)
    expect(w.get('[data-testid="coverage-matrix"]').text()).not.toContain('Collabs')
    expect(w.find('[data-testid="coverage-filter-no-collab"]').exists()).toBe(false)
    expect(w.get('[data-testid="coverage-no-collabs"]').text()).toBe(NO_COLLABS)
  })

  it('the bind dialog has no Collabs tab, and one line says why', async () => {
    const pinia = createPinia()
    useStructureStore(pinia).features = { structure: true, collabs: false }
    await mountApp(DepartmentsActionModal, {
      pinia, path: '/departments',
      props: { open: true, mode: 'bind', node: NODES[1]!, boundKeys: new Set<string>(), reach: () => [], submitting: false, fieldErrors: {}, errorMessage: null }
    })
    const tabs = document.querySelector('[data-testid="departments-bind-tabs"]')
    expect(tabs?.textContent).toContain('Chats')
    expect(tabs?.textContent).not.toContain('Collabs')
    expect(document.querySelector('[data-testid="departments-bind-no-collabs"]')?.textContent).toBe(NO_COLLABS)
  })

  it('with collabs offered, the matrix keeps its Collabs column', async () => {
    const pinia = createPinia()
    useStructureStore(pinia).features = { structure: true, collabs: true }
    const rows = [{ node: NODES[0]!, depth: 0, path: '', unknown: false, counts: { CHAT: { direct: 0, inherited: 0, hidden: 0 }, CHANNEL: { direct: 0, inherited: 0, hidden: 0 }, COLLAB: { direct: 1, inherited: 0, hidden: 0 } } }]
    const { wrapper } = await mountApp(StructureMatrix, { pinia, path: '/coverage', props: { rows: rows as never, selected: new Set<number>(), selectable: false } })
    expect(wrapper.find('[data-testid="coverage-cell-1-COLLAB"]').exists()).toBe(true)
  })
})
