import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type * as StructureMatrixApi from '@/api/structureMatrix'
import { toNodeCommunications } from '@/api/structure'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { mountApp } from '@/testing/mountApp'
import { useSessionStore } from '@/stores/session'
import { useStructureRightsStore } from '@/stores/structureRights'
import StructureView from './StructureView.vue'

const loaders = vi.hoisted(() => ({
  countNodes: vi.fn<() => Promise<number | null>>(),
  loadAllNodes: vi.fn<(...args: unknown[]) => Promise<StructureNode[]>>(),
  loadCommunications: vi.fn<(ids: number[], options?: { onChunk?: (loaded: number, chunk: Map<number, NodeCommunications>) => void }) => Promise<Map<number, NodeCommunications>>>()
}))

vi.mock('@/api/structureMatrix', async (importOriginal) => ({
  ...await importOriginal<typeof StructureMatrixApi>(),
  ...loaders
}))

interface Company {
  nodes: StructureNode[]
  communications: Map<number, NodeCommunications>
}

/** A root with `size - 1` departments under it; every third has a chat, node 2 inherits one. */
function company(size: number): Company {
  const nodes: StructureNode[] = Array.from({ length: size }, (_, i) => ({
    id: i + 1, name: i === 0 ? 'Company' : `Dept ${String(i + 1).padStart(5, '0')}`, type: i % 7 === 6 ? 'TEAM' : 'DEPARTMENT',
    parentId: i === 0 ? null : 1, userCount: 3, description: '', colorName: null
  }))
  const communications = new Map<number, NodeCommunications>(nodes.map((n) => [n.id, toNodeCommunications({
    chats: n.id % 3 === 0 ? [{ id: 1000 + n.id, type: 'CHAT', title: 'x', originalNodeId: null }] : n.id === 2 ? [{ id: 5, type: 'CHAT', originalNodeId: 1 }] : [],
    channels: [], collabs: []
  })]))
  return { nodes, communications }
}

/** The portal answers with this company: totals, the nodes, then every node's communications in one chunk. */
function serve(data: Company): void {
  loaders.countNodes.mockResolvedValue(data.nodes.length)
  loaders.loadAllNodes.mockResolvedValue(data.nodes)
  loaders.loadCommunications.mockImplementation(async (ids, options) => {
    const chunk = new Map(ids.map((id) => [id, data.communications.get(id)!]))
    options?.onChunk?.(chunk.size, chunk)
    return chunk
  })
}

let wrapper: VueWrapper | null = null

async function mount(path = '/coverage', admin = true) {
  const pinia = createPinia()
  const mounted = await mountApp(StructureView, { path, pinia })
  const session = useSessionStore()
  session.context = { lang: 'en', isAdmin: admin, installMode: false, placement: 'DEFAULT', placementOptions: {}, appOptions: {}, userOptions: {}, memberId: 'm', domain: 'portal.test' }
  wrapper = mounted.wrapper
  await flushPromises()
  return mounted
}

beforeEach(() => {
  localStorage.clear()
  loaders.countNodes.mockReset()
  loaders.loadAllNodes.mockReset()
  loaders.loadCommunications.mockReset()
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('StructureView', () => {
  it('shows progress "n of N" while loading and exposes the status the benchmark waits for', async () => {
    const data = company(1000)
    serve(data)
    let finish!: () => void
    loaders.loadCommunications.mockImplementation((ids, options) => {
      const first = new Map(ids.slice(0, 350).map((id) => [id, data.communications.get(id)!]))
      options?.onChunk?.(350, first)
      return new Promise((resolve) => {
        finish = () => {
          const rest = new Map(ids.slice(350).map((id) => [id, data.communications.get(id)!]))
          options?.onChunk?.(1000, rest)
          resolve(new Map([...first, ...rest]))
        }
      })
    })
    await mount()
    const status = wrapper!.get('[data-testid="coverage-status"]')
    expect(status.attributes('data-state')).toBe('loading')
    expect(status.text()).toContain('Loaded 350 of 1,000 nodes')
    // the rows already answered are on screen before the load ends
    expect(wrapper!.findAll('[data-testid^="coverage-row-"]').length).toBeGreaterThan(0)
    finish()
    await flushPromises()
    expect(status.attributes('data-state')).toBe('loaded')
    expect(status.attributes('data-nodes')).toBe('1000')
  })

  it('says how many nodes of how many while the nodes load, from humanresources.node.count', async () => {
    loaders.countNodes.mockResolvedValue(5000)
    loaders.loadAllNodes.mockImplementation((_transport, _counter, _signal, onNodes) => {
      (onNodes as (count: number) => void)(1200)
      return new Promise(() => undefined)
    })
    await mount()
    expect(wrapper!.get('[data-testid="coverage-status"]').text()).toContain('Loading the structure: 1,200 of 5,000 nodes')
  })

  it('renders only the visible rows of 10,000 nodes', async () => {
    serve(company(10000))
    await mount()
    const rows = wrapper!.findAll('[data-testid^="coverage-row-"]')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(100)
    expect(wrapper!.get('[data-testid="coverage-matrix"]').attributes('aria-rowcount')).toBe('10001')
  })

  it('filters nodes without a chat, by text and by branch, and counts inherited ones as present', async () => {
    serve(company(30))
    await mount()
    const noChat = wrapper!.get('[data-testid="coverage-filter-no-chat"]')
    await (noChat.element.tagName === 'BUTTON' ? noChat : noChat.get('button')).trigger('click')
    await flushPromises()
    const shown = () => Number(wrapper!.get('[data-testid="coverage-shown"]').attributes('data-shown'))
    // 30 nodes: 10 have a direct chat (ids divisible by 3), node 2 has an inherited one
    expect(shown()).toBe(19)
    expect(wrapper!.find('[data-testid="coverage-row-2"]').exists()).toBe(false)
    await wrapper!.get('input[data-testid="coverage-filter-text"], [data-testid="coverage-filter-text"] input').setValue('Dept 00004')
    await flushPromises()
    expect(shown()).toBe(1)
    await wrapper!.get('[data-testid="coverage-filter-reset"]').trigger('click')
    await wrapper!.get('[data-testid="coverage-branch-5"]').trigger('click')
    await flushPromises()
    expect(shown()).toBe(1)
    expect(wrapper!.get('[data-testid="coverage-filter-branch"]').text()).toContain('Dept 00005')
  })

  it('selects a branch and plans a bulk create-default only where none exists', async () => {
    serve(company(7))
    const { pinia } = await mount()
    await wrapper!.get('[data-testid="coverage-select-branch-1"]').trigger('click')
    expect(wrapper!.get('[data-testid="coverage-selected-count"]').attributes('data-count')).toBe('7')
    const { useBulkStore } = await import('@/stores/bulk')
    const bulk = useBulkStore(pinia)
    const { useStructureMatrixStore } = await import('@/stores/structureMatrix')
    bulk.makePlan({ kind: 'createDefault', type: 'CHAT' }, [...useStructureMatrixStore(pinia).selected].map((id) => useStructureMatrixStore(pinia).byId.get(id)!))
    await flushPromises()
    const panel = wrapper!.get('[data-testid="coverage-bulk-panel"]')
    expect(panel.attributes('data-phase')).toBe('planned')
    // nodes 3 and 6 have a chat, node 2 an inherited one: 4 of 7 get a default
    expect(panel.findAll('[data-testid^="coverage-plan-item-"]')).toHaveLength(4)
    expect(panel.get('[data-testid="coverage-plan-summary"]').text()).toContain('4 changes will be sent in 4 requests')
  })

  it('offers bulk controls to anyone until the portal refuses edits of both kinds (not to admins only)', async () => {
    serve(company(5))
    await mount('/coverage', false)
    expect(wrapper!.find('[data-testid="coverage-selection"]').exists()).toBe(true)
    const { PortalError } = await import('@/b24')
    const denied = new PortalError({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION', status: 403, message: 'Access denied' })
    const rights = useStructureRightsStore()
    rights.noteFailure('DEPARTMENT', denied)
    await flushPromises()
    expect(wrapper!.find('[data-testid="coverage-selection"]').exists()).toBe(true)
    rights.noteFailure('TEAM', denied)
    await flushPromises()
    expect(wrapper!.find('[data-testid="coverage-selection"]').exists()).toBe(false)
    expect(wrapper!.find('[data-testid="coverage-select-1"]').exists()).toBe(false)
  })

  it('says what failed when the load fails, in the words Departments uses for the same read', async () => {
    const { PortalError } = await import('@/b24')
    serve(company(3))
    loaders.loadAllNodes.mockRejectedValue(new PortalError({ code: 'ACCESS_DENIED', message: 'Access denied', status: 403 }))
    await mount()
    expect(wrapper!.get('[data-testid="coverage-status"]').attributes('data-state')).toBe('error')
    const alert = wrapper!.get('[data-testid="coverage-error"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('The coverage could not be loaded: The portal does not show you the company structure')
    expect(alert.text()).not.toContain('Access denied')
  })
})
