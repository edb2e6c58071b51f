import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { createStore, del, get, set } from 'idb-keyval'
import { beforeEach, describe, expect, it } from 'vitest'
import { toNodeCommunications } from '@/api/structure'
import type { StructureNode } from '@/api/structure'
import { buildIndex } from './structureTree'
import { FIRST_SCREEN_ROWS, firstScreenOf, prefetchFirstScreen, readFirstScreen, readSnapshot, resetCacheForTests, writeSnapshot } from './structureCache'
import type { StructureSnapshot } from './structureCache'

/**
 * The structure cache: the whole snapshot per portal, user and app version, and its first screen, read
 * before the user is known and handed out only for the scope it was saved for.
 */

function node(id: number, parentId: number | null): StructureNode {
  return { id, name: `Node ${String(id).padStart(5, '0')}`, type: 'DEPARTMENT', parentId, userCount: 1, description: '', colorName: null }
}

/** Two roots (1, 2); root 1 has 150 children (10..159), each child one grandchild (1010..1159); root 2 one child (3). */
function bigSnapshot(): StructureSnapshot {
  const nodes = [node(1, null), node(2, null), node(3, 2)]
  for (let i = 10; i < 160; i++) nodes.push(node(i, 1), node(1000 + i, i))
  return { version: 1, savedAt: 1_000, nodes, communications: nodes.map((n) => [n.id, toNodeCommunications({})]) }
}

const scopeA = { memberId: 'member-a', userId: '1', appVersion: '1.0.0' }
const scopeB = { memberId: 'member-a', userId: '2', appVersion: '1.0.0' }

function raw() {
  return createStore('comm-hub', 'structure')
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  resetCacheForTests()
})

describe('the first screen of a snapshot', () => {
  it('holds every root, the first rows of the tree opened at the top level, a child of each to show it expandable, and their counts', () => {
    const snap = bigSnapshot()
    const head = firstScreenOf(buildIndex(snap.nodes), snap)
    const ids = new Set(head.nodes.map((n) => n.id))
    // rows: root 1, its children 10.. (in name order) up to FIRST_SCREEN_ROWS rows; root 2 comes after them
    expect(ids.has(1) && ids.has(2)).toBe(true)
    for (let i = 10; i < 10 + FIRST_SCREEN_ROWS - 1; i++) expect(ids.has(i), `child ${i}`).toBe(true)
    expect(ids.has(10 + FIRST_SCREEN_ROWS)).toBe(false)
    // each child row shows a chevron: its grandchild is there, collapsed
    expect(ids.has(1010) && ids.has(1000 + 10 + FIRST_SCREEN_ROWS - 2)).toBe(true)
    expect(head.nodes.length).toBeLessThan(snap.nodes.length / 1.4)
    expect(head.communications.map(([id]) => id).sort()).toEqual([...ids].sort())
    expect(head.savedAt).toBe(1_000)
  })
})

describe('the structure cache', () => {
  it('hands the first screen out only to the portal, user and app version it was saved for', async () => {
    const snap = bigSnapshot()
    await writeSnapshot(scopeA, snap, firstScreenOf(buildIndex(snap.nodes), snap))
    expect((await readFirstScreen(scopeA))?.nodes.length).toBeGreaterThan(0)
    expect(await readFirstScreen(scopeB)).toBeNull()
    expect(await readFirstScreen({ ...scopeA, memberId: 'member-b' })).toBeNull()
    expect(await readFirstScreen({ ...scopeA, appVersion: '1.0.1' })).toBeNull()
    // another's read does not drop it
    expect((await readFirstScreen(scopeA))?.savedAt).toBe(1_000)
    expect((await readSnapshot(scopeA))?.nodes).toHaveLength(snap.nodes.length)
  })

  it('takes the read started before the user was known', async () => {
    const snap = bigSnapshot()
    await writeSnapshot(scopeA, snap, firstScreenOf(buildIndex(snap.nodes), snap))
    resetCacheForTests()
    prefetchFirstScreen()
    // what is stored changes after the early read went out: the answer is the early read's
    await del('first-screen', raw())
    expect((await readFirstScreen(scopeA))?.nodes.length).toBeGreaterThan(0)
    // that read is used once; the next asks IndexedDB
    expect(await readFirstScreen(scopeA)).toBeNull()
  })

  it('drops a corrupt first screen', async () => {
    await set('first-screen', { version: 1, savedAt: 5, key: 'x', nodes: [{ id: 'x' }], communications: [] }, raw())
    expect(await readFirstScreen(scopeA)).toBeNull()
    expect(await get('first-screen', raw())).toBeUndefined()
  })

  it('answers nothing, without an error, when IndexedDB cannot open', async () => {
    globalThis.indexedDB = { open: () => { throw new Error('private mode') } } as unknown as IDBFactory
    prefetchFirstScreen()
    expect(await readFirstScreen(scopeA)).toBeNull()
    expect(await readSnapshot(scopeA)).toBeNull()
    await expect(writeSnapshot(scopeA, bigSnapshot())).resolves.toBeUndefined()
  })
})
