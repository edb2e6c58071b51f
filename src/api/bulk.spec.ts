// @vitest-environment node
/**
 * Bulk edits: the plan on fixed data, and the runner against the real emulator over HTTP, checking the
 * portal's own state and its request log: a branch gets its chat, 503s midway still finish with nothing
 * done twice, a dropped createDefault is settled by re-reading (never re-sent), a reload resumes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulatorPortal } from './testing/emulatorPortal'
import type { EmulatorPortal, PortalState } from './testing/emulatorPortal'
import { groupRequests, isApplied, planBulk, resetFailed, runPlan, settleAfterReload } from './bulk'
import type { BulkAction, PlanItem } from './bulk'
import { toNodeCommunications } from './structure'
import type { NodeCommunications, StructureNode } from './structure'
import { loadCommunications } from './structureMatrix'
import { emulatorTransport } from './testing/emulatorTransport'
import type { EmulatorTransport } from './testing/emulatorTransport'

const EDIT = 'humanresources.node.communication.edit'

function node(id: number, name = `Node ${id}`): StructureNode {
  return { id, name, type: 'DEPARTMENT', parentId: null, userCount: 1, description: '', colorName: null }
}

function comms(chats: number[] = [], extra: Partial<Record<string, unknown>> = {}): NodeCommunications {
  return toNodeCommunications({ chats: chats.map((id) => ({ id, type: 'CHAT', originalNodeId: null })), channels: [], collabs: [], ...extra })
}

describe('planBulk', () => {
  const nodes = [node(1), node(2), node(3), node(4)]
  const map = new Map<number, NodeCommunications>([[1, comms([7])], [2, comms([])], [3, comms([], { chatsNoAccess: 1 })]])

  it('binds only where the chat is missing and says why the others are left alone', () => {
    const plan = planBulk({ kind: 'bind', type: 'CHAT', target: { id: 7, title: 'Team' } }, nodes, map, 'run-1')
    expect(plan.items.map((i) => i.edit)).toEqual([
      { nodeId: 2, communicationType: 'CHAT', ids: [7] },
      { nodeId: 3, communicationType: 'CHAT', ids: [7] }
    ])
    expect(plan.skipped).toEqual([
      { nodeId: 1, nodeName: 'Node 1', reason: 'already-bound' },
      { nodeId: 4, nodeName: 'Node 4', reason: 'not-loaded' }
    ])
  })

  it('unbinds only where the chat is bound', () => {
    const plan = planBulk({ kind: 'unbind', type: 'CHAT', target: { id: 7, title: 'Team' } }, nodes.slice(0, 3), map)
    expect(plan.items.map((i) => i.edit)).toEqual([{ nodeId: 1, communicationType: 'CHAT', removeIds: [7] }])
    expect(plan.skipped.map((s) => s.reason)).toEqual(['not-bound', 'not-bound'])
  })

  it('creates a default only for nodes with none of that type, hidden ones included', () => {
    const plan = planBulk({ kind: 'createDefault', type: 'CHAT' }, nodes.slice(0, 3), map)
    expect(plan.items.map((i) => i.edit)).toEqual([{ nodeId: 2, communicationType: 'CHAT', createDefault: true }])
    expect(plan.skipped.map((s) => s.reason)).toEqual(['has-some', 'has-some'])
  })

  it('batches bind and unbind 50 at a time and sends every createDefault alone', () => {
    const many = Array.from({ length: 120 }, (_, i) => node(i + 1))
    const empty = new Map(many.map((n) => [n.id, comms()]))
    const bind = planBulk({ kind: 'bind', type: 'CHAT', target: { id: 9, title: 'x' } }, many, empty)
    expect(groupRequests(bind.items).map((g) => g.length)).toEqual([50, 50, 20])
    const create = planBulk({ kind: 'createDefault', type: 'CHANNEL' }, many.slice(0, 3), empty)
    expect(groupRequests(create.items).map((g) => g.length)).toEqual([1, 1, 1])
  })

  it('tells an applied change from one that is not there', () => {
    const [item] = planBulk({ kind: 'createDefault', type: 'CHAT' }, [node(2)], map).items
    expect(isApplied(item!, comms([]))).toBe(false)
    expect(isApplied(item!, comms([55]))).toBe(true)
  })

  it('turns running items into unknown after a reload and failed ones back into pending', () => {
    const items = [{ status: 'running' }, { status: 'done' }, { status: 'failed', attempts: 3, error: { code: 'X', message: 'x' } }] as PlanItem[]
    expect(settleAfterReload(items).map((i) => i.status)).toEqual(['unknown', 'done', 'failed'])
    const reset = resetFailed(items)
    expect(reset[2]).toMatchObject({ status: 'pending', attempts: 0 })
    expect(reset[2]!.error).toBeUndefined()
  })
})

describe('runPlan against the emulator', () => {
  let portal: EmulatorPortal
  let token: string
  let transport: EmulatorTransport

  async function state(): Promise<PortalState> {
    return portal.state()
  }

  async function editRequests() {
    return (await portal.log()).filter((r) => r.method === EDIT || r.batch?.includes(EDIT))
  }

  /** `size` nodes of the generated company, and an existing group chat none of them has. */
  async function fixture(size: number) {
    const data = await state()
    const bound = (chatId: number) => data.bindings.some((b) => b.chatId === chatId)
    const chat = data.chats.find((c) => c.type === 'CHAT' && !bound(c.id))!
    const nodes = data.nodes.slice(1, size + 1).map((n) => node(n.id, n.name))
    const current = await loadCommunications(nodes.map((n) => n.id), { transport })
    return { chat, nodes, current }
  }

  beforeAll(async () => {
    portal = await startEmulatorPortal({ seed: 5, size: 140 })
  })

  beforeEach(async () => {
    await portal.reset()
    token = await portal.token(1)
    transport = emulatorTransport(portal.origin, async () => token)
  })

  afterAll(async () => {
    await portal.close()
  })

  it('binds one chat to 30 nodes in one batch and every node has it', async () => {
    const { chat, nodes, current } = await fixture(30)
    const action: BulkAction = { kind: 'bind', type: 'CHAT', target: { id: chat.id, title: chat.title } }
    const plan = planBulk(action, nodes, current)
    expect(plan.items).toHaveLength(30)
    await portal.clearLog()
    const result = await runPlan(plan.items, { transport, retryDelayMs: () => 0 })
    expect(result).toMatchObject({ done: 30, failed: 0, cancelled: false })
    expect(await editRequests()).toHaveLength(1)
    const data = await state()
    for (const n of nodes) expect(data.bindings.filter((b) => b.nodeId === n.id && b.chatId === chat.id)).toHaveLength(1)
    // the screen gets what the portal holds
    for (const n of nodes) expect(result.fresh.get(n.id)!.chats.map((c) => c.id)).toContain(chat.id)
  })

  it('finishes through a burst of 503s with nothing done twice', async () => {
    const { chat, nodes, current } = await fixture(120)
    const plan = planBulk({ kind: 'bind', type: 'CHAT', target: { id: chat.id, title: chat.title } }, nodes, current)
    await portal.faults({ fail: [{ status: 503, count: 2, methods: [EDIT] }] })
    const updates: string[] = []
    const result = await runPlan(plan.items, { transport, retryDelayMs: () => 0, onUpdate: (items) => updates.push(items.map((i) => i.status[0]).join('')) })
    expect(result).toMatchObject({ done: 120, failed: 0, unknown: 0 })
    const data = await state()
    for (const n of nodes) expect(data.bindings.filter((b) => b.nodeId === n.id && b.chatId === chat.id)).toHaveLength(1)
    // 3 batches + the 2 refused ones sent again
    expect((await editRequests()).filter((r) => r.status === 200)).toHaveLength(3)
    expect(plan.items.filter((i) => i.attempts > 1).length).toBeGreaterThan(0)
    // the store saw items marked running before their request left
    expect(updates.some((u) => u.includes('r'))).toBe(true)
  })

  it('settles a batch that failed half-way by re-reading, and isolates the item that fails', async () => {
    const { chat, nodes, current } = await fixture(10)
    const plan = planBulk({ kind: 'bind', type: 'CHAT', target: { id: chat.id, title: chat.title } }, nodes, current)
    // a node deleted meanwhile: the 6th command fails the batch after five have run
    plan.items.splice(5, 0, { ...plan.items[0]!, nodeId: 999999, nodeName: 'Gone', edit: { nodeId: 999999, communicationType: 'CHAT', ids: [chat.id] } })
    const result = await runPlan(plan.items, { transport, retryDelayMs: () => 0 })
    expect(result).toMatchObject({ done: 10, failed: 1 })
    const gone = plan.items.find((i) => i.nodeId === 999999)!
    expect(gone.status).toBe('failed')
    expect(gone.error?.code).toContain('ENTITYNOTFOUND')
    expect(result.freshError).toBeNull()
    expect(result.fresh.size).toBe(10)
    const data = await state()
    for (const n of nodes) expect(data.bindings.filter((b) => b.nodeId === n.id && b.chatId === chat.id)).toHaveLength(1)
  })

  it('never re-sends a createDefault whose answer was dropped: it re-reads and finds the chat', async () => {
    const data = await state()
    const empty = data.nodes.filter((n) => !data.bindings.some((b) => b.nodeId === n.id && b.type === 'CHAT')).slice(0, 3)
    expect(empty.length).toBe(3)
    const nodes = empty.map((n) => node(n.id, n.name))
    const current = await loadCommunications(nodes.map((n) => n.id), { transport })
    const plan = planBulk({ kind: 'createDefault', type: 'CHAT' }, nodes, current)
    expect(plan.items).toHaveLength(3)
    await portal.clearLog()
    await portal.faults({ drop: { count: 1, methods: [EDIT] } })
    const result = await runPlan(plan.items, { transport, retryDelayMs: () => 0 })
    expect(result).toMatchObject({ done: 3, failed: 0 })
    const edits = await editRequests()
    expect(edits).toHaveLength(3)
    const after = await state()
    for (const item of plan.items) {
      const defaults = after.chats.filter((c) => c.entityId === `${item.nodeId}:CHAT`)
      expect(defaults).toHaveLength(1)
      expect(item.createdIds).toEqual([defaults[0]!.id])
    }
  })

  it('resumes after a reload: what had arrived is not sent again, the rest is', async () => {
    const { chat, nodes, current } = await fixture(6)
    const plan = planBulk({ kind: 'bind', type: 'CHAT', target: { id: chat.id, title: chat.title } }, nodes, current)
    // the page went away while items 0-2 were in flight; only 0 and 1 reached the portal
    for (const item of plan.items.slice(0, 2)) {
      const answer = await portal.v3(EDIT, { nodeId: item.nodeId, communicationType: 'CHAT', ids: [chat.id] }, token)
      expect(answer.status).toBe(200)
    }
    plan.items.slice(0, 3).forEach((i) => { i.status = 'running'; i.attempts = 1 })
    const restored = settleAfterReload(JSON.parse(JSON.stringify(plan.items)) as PlanItem[])
    await portal.clearLog()
    const result = await runPlan(restored, { transport, retryDelayMs: () => 0 })
    expect(result).toMatchObject({ done: 6, failed: 0 })
    const sent = await editRequests()
    expect(sent).toHaveLength(1)
    const data = await state()
    for (const n of nodes) expect(data.bindings.filter((b) => b.nodeId === n.id && b.chatId === chat.id)).toHaveLength(1)
  })

  it('stops between requests when cancelled and leaves the rest pending', async () => {
    const { chat, nodes, current } = await fixture(120)
    const plan = planBulk({ kind: 'bind', type: 'CHAT', target: { id: chat.id, title: chat.title } }, nodes, current)
    const controller = new AbortController()
    const result = await runPlan(plan.items, {
      transport,
      signal: controller.signal,
      onUpdate: (items) => { if (items.some((i) => i.status === 'done')) controller.abort() }
    })
    expect(result.cancelled).toBe(true)
    expect(result.done).toBe(50)
    expect(result.pending).toBe(70)
  })
})
