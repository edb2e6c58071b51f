// @vitest-environment node
/**
 * The change journal: entries from settled items, the inverse edits undo sends, the size bound, and an
 * undo of a bulk change through the real emulator that leaves the portal as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulatorPortal } from './testing/emulatorPortal'
import type { EmulatorPortal } from './testing/emulatorPortal'
import { appendJournal, canUndo, entryFromItem, inverseEdit, legacyJournal, mergeJournal, parseJournal, undoneIds, JOURNAL_OPTION } from './journal'
import type { JournalEntry } from './journal'
import { itemsFromEdits, planBulk, runPlan } from './bulk'
import type { PlanItem } from './bulk'
import { loadCommunications } from './structureMatrix'
import { emulatorTransport } from './testing/emulatorTransport'

const author = { userId: 1, userName: 'Admin' }

function item(edit: PlanItem['edit'], status: PlanItem['status'] = 'done', createdIds?: number[]): PlanItem {
  return { nodeId: edit.nodeId, nodeName: `Node ${edit.nodeId}`, edit, before: [], status, attempts: 1, ...(createdIds ? { createdIds } : {}) }
}

describe('journal entries and inverse edits', () => {
  it('records who, when, node, type, ids and the run', () => {
    const entry = entryFromItem(item({ nodeId: 4, communicationType: 'CHANNEL', ids: [9] }), author, { runId: 'r1', at: new Date('2026-03-01T10:00:00Z') })
    expect(entry).toMatchObject({
      at: '2026-03-01T10:00:00.000Z', userId: 1, userName: 'Admin', nodeId: 4, nodeName: 'Node 4', type: 'CHANNEL',
      ids: [9], removeIds: [], createDefault: false, withChildren: false, result: 'success', runId: 'r1'
    })
  })

  it('undoes a bind with an unbind and an unbind with a bind, keeping the reach', () => {
    const bind = entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', ids: [9], withChildren: true }), author)
    expect(inverseEdit(bind)).toEqual({ nodeId: 4, communicationType: 'CHAT', removeIds: [9], withChildren: true })
    const unbind = entryFromItem(item({ nodeId: 4, communicationType: 'COLLAB', removeIds: [101] }), author)
    expect(inverseEdit(unbind)).toEqual({ nodeId: 4, communicationType: 'COLLAB', ids: [101] })
  })

  it('undoes a created default by unbinding what was created, and only when its id is known', () => {
    const created = entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', createDefault: true }, 'done', [1200]), author)
    expect(created.ids).toEqual([1200])
    expect(inverseEdit(created)).toEqual({ nodeId: 4, communicationType: 'CHAT', removeIds: [1200] })
    const unknown = entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', createDefault: true }), author)
    expect(inverseEdit(unknown)).toBeNull()
  })

  it('offers no undo for a failed change or one already undone', () => {
    const failed = entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', ids: [9] }, 'failed'), author)
    expect(failed.result).toBe('failed')
    expect(inverseEdit(failed)).toBeNull()
    const done = entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', ids: [9] }), author)
    const undo = entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', removeIds: [9] }), author, { undoOf: done.id })
    const undone = undoneIds([undo, done])
    expect(canUndo(done, undone)).toBe(false)
    expect(canUndo(undo, undone)).toBe(true)
  })

  it('keeps the newest entries only, newest first', () => {
    const make = (n: number) => entryFromItem(item({ nodeId: n, communicationType: 'CHAT', ids: [1] }), author, { at: new Date(Date.UTC(2026, 0, 1, 0, n)) })
    const old = [make(2), make(1)]
    const next = appendJournal(old, [make(3), make(5), make(4)], 4)
    expect(next.map((e) => e.nodeId)).toEqual([5, 4, 3, 2])
  })

  it('reads the old option\'s JSON string (or an array), dropping junk', () => {
    const entries = [entryFromItem(item({ nodeId: 4, communicationType: 'CHAT', ids: [9] }), author)]
    expect(legacyJournal({ [JOURNAL_OPTION]: JSON.stringify(entries) })).toEqual(entries)
    expect(parseJournal([...entries, { id: 'x' }, null, 'y'])).toEqual(entries)
    expect(parseJournal('not json')).toEqual([])
    expect(legacyJournal({})).toEqual([])
  })

  it('merges sources by id, the first source winning, newest first', () => {
    const at = (n: number) => ({ at: new Date(Date.UTC(2026, 0, 1, 0, n)) })
    const a = entryFromItem(item({ nodeId: 1, communicationType: 'CHAT', ids: [1] }), author, at(1))
    const b = entryFromItem(item({ nodeId: 2, communicationType: 'CHAT', ids: [1] }), author, at(2))
    const bOld = { ...b, nodeName: 'stale' }
    expect(mergeJournal([[b], [a, bOld]]).map((e) => [e.nodeId, e.nodeName])).toEqual([[2, 'Node 2'], [1, 'Node 1']])
    expect(mergeJournal([[a], [b]], 1)).toEqual([b])
  })
})

describe('undo through the emulator', () => {
  let portal: EmulatorPortal

  beforeAll(async () => {
    portal = await startEmulatorPortal({ seed: 8, size: 60 })
  })

  afterAll(async () => {
    await portal.close()
  })

  it('takes a bulk bind and a bulk unbind back and leaves the bindings as they were', async () => {
    const token = await portal.token(1)
    const transport = emulatorTransport(portal.origin, async () => token)
    const before = await portal.state()
    const chat = before.chats.find((c) => c.type === 'CHAT' && before.bindings.some((b) => b.chatId === c.id))!
    const nodes = before.nodes.slice(0, 20).map((n) => ({ id: n.id, name: n.name, type: n.type, parentId: n.parentId, userCount: 0, description: '', colorName: null }))
    const current = await loadCommunications(nodes.map((n) => n.id), { transport })

    // bind where missing, then undo everything the journal recorded
    const plan = planBulk({ kind: 'bind', type: 'CHAT', target: { id: chat.id, title: chat.title } }, nodes, current)
    expect(plan.items.length).toBeGreaterThan(0)
    await runPlan(plan.items, { transport, retryDelayMs: () => 0 })
    let journal: JournalEntry[] = appendJournal([], plan.items.map((i) => entryFromItem(i, author, { runId: plan.id })))
    const undoable = journal.filter((e) => e.runId === plan.id && canUndo(e, undoneIds(journal)))
    expect(undoable).toHaveLength(plan.items.length)
    const undoItems = itemsFromEdits(undoable.map((e) => ({ edit: inverseEdit(e)!, nodeName: e.nodeName })))
    const result = await runPlan(undoItems, { transport, retryDelayMs: () => 0 })
    expect(result.failed).toBe(0)
    journal = appendJournal(journal, undoItems.map((i, index) => entryFromItem(i, author, { undoOf: undoable[index]!.id })))
    expect(journal.filter((e) => e.runId === plan.id).every((e) => !canUndo(e, undoneIds(journal)))).toBe(true)

    const after = await portal.state()
    const key = (b: { nodeId: number, chatId: number, type: string, originalNodeId: number | null }) => `${b.nodeId}:${b.type}:${b.chatId}:${b.originalNodeId}`
    expect(after.bindings.map(key).sort()).toEqual(before.bindings.map(key).sort())
  })
})
