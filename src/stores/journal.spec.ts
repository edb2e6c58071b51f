/**
 * The journal store on the app's data storage (src/api/journal.ts, docs/decisions.md D32), with the portal
 * faked behind the door ('@/b24', src/testing/fakeEntityStorage.ts): entries are appended one item each, two
 * editors lose nothing, an HR editor who is no administrator is journaled, nothing is read until the journal
 * is needed, and the old app option is read once and never written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type * as B24 from '@/b24'

type B24Module = typeof B24

const frame = vi.hoisted(() => ({ appOptions: {} as Record<string, unknown>, reads: 0, writes: [] as string[] }))

vi.mock('@/b24', async (importOriginal) => ({
  ...(await importOriginal<B24Module>()),
  ...(await import('@/testing/fakeEntityStorage')).entityDoor,
  getPortal: () => {
    frame.reads += 1
    return { appOptions: frame.appOptions }
  },
  setAppOption: async (name: string) => { frame.writes.push(name) }
}))

import { useJournalStore } from './journal'
import { useSessionStore } from './session'
import { entryFromItem, forgetJournalStorage, JOURNAL_ENTITY, JOURNAL_LIMIT, JOURNAL_OPTION, JOURNAL_PROPERTY, parseJournal } from '@/api/journal'
import type { JournalEntry } from '@/api/journal'
import { entityPortal, storedEntries } from '@/testing/fakeEntityStorage'
import sessionSource from './session.ts?raw'
import mainSource from '../main.ts?raw'
import appSource from '../App.vue?raw'

const ADMIN = { id: 1, name: 'Anna Admin', admin: true }
const HR_EDITOR = { id: 5, name: 'Hanna HR', admin: false }

/** A new page of the app, opened by that user. */
function openPage(user: { id: number, name: string, admin: boolean }) {
  setActivePinia(createPinia())
  forgetJournalStorage()
  entityPortal.userId = user.id
  entityPortal.isAdmin = user.admin
  useSessionStore().user = { id: String(user.id), displayName: user.name } as never
  return useJournalStore()
}

function edit(nodeId: number, ids: number[]) {
  return { nodeId, nodeName: `Node ${nodeId}`, edit: { nodeId, communicationType: 'CHAT' as const, ids } }
}

function legacyEntry(id: string, at: string): JournalEntry {
  return { ...entryFromItem({ nodeId: 9, nodeName: 'Old', edit: { nodeId: 9, communicationType: 'CHAT', ids: [3] }, before: [], status: 'done', attempts: 1 }, { userId: 1, userName: 'Anna Admin' }, { at: new Date(at) }), id }
}

const stored = () => parseJournal(storedEntries(JOURNAL_ENTITY, JOURNAL_PROPERTY))

beforeEach(() => {
  entityPortal.reset()
  frame.appOptions = {}
  frame.reads = 0
  frame.writes.length = 0
})

describe('the journal on the app\'s data storage', () => {
  it('creates the storage on first need with AU = W and a string property, and appends one item per entry', async () => {
    const journal = openPage(ADMIN)
    await journal.recordEdits([edit(2, [77]), edit(3, [77])])
    expect(journal.saveError).toBeNull()
    expect(entityPortal.storages.get(JOURNAL_ENTITY)!.access).toEqual({ AU: 'W', U1: 'X' })
    expect(entityPortal.storages.get(JOURNAL_ENTITY)!.properties).toEqual([JOURNAL_PROPERTY])
    expect(stored().map((e) => e.nodeId)).toEqual([2, 3])
    // the storage is made sure of once per page: the next record only adds
    entityPortal.calls.length = 0
    await journal.recordEdits([edit(4, [77])])
    expect(entityPortal.calls).toEqual(['batch', 'entity.item.add'])
    expect(frame.writes).toEqual([])
  })

  it('journals an HR editor\'s change: whoever is first creates the storage, anyone signed in appends', async () => {
    const hr = openPage(HR_EDITOR)
    await hr.recordEdits([edit(2, [77])])
    expect(hr.saveError).toBeNull()
    expect(stored()).toMatchObject([{ nodeId: 2, userId: 5, userName: 'Hanna HR' }])

    // a storage an administrator created: the HR editor appends with AU's W
    entityPortal.reset()
    await openPage(ADMIN).recordEdits([edit(3, [1])])
    const again = openPage(HR_EDITOR)
    await again.recordEdits([edit(4, [1])])
    expect(again.saveError).toBeNull()
    expect(stored().map((e) => [e.nodeId, e.userId])).toEqual([[3, 1], [4, 5]])
  })

  it('two editors appending at the same time lose nothing', async () => {
    const first = openPage(ADMIN)
    await first.ensureLoaded()
    const second = openPage(HR_EDITOR)
    await second.ensureLoaded()
    await Promise.all([first.recordEdits([edit(2, [1]), edit(3, [1])]), second.recordEdits([edit(4, [2])])])
    expect(stored().map((e) => e.nodeId).sort()).toEqual([2, 3, 4])

    const third = openPage(ADMIN)
    await third.ensureLoaded()
    expect(third.entries.map((e) => e.nodeId).sort()).toEqual([2, 3, 4])
  })

  it('reads nothing at boot or when recording; reads once when the journal is needed', async () => {
    for (const source of [sessionSource, mainSource, appSource]) expect(source).not.toMatch(/stores\/journal|ensureLoaded/)
    frame.appOptions = { [JOURNAL_OPTION]: JSON.stringify([legacyEntry('old-1', '2025-01-01T00:00:00Z')]) }
    const journal = openPage(ADMIN)
    await journal.recordEdits([edit(2, [1])])
    expect(entityPortal.calls).not.toContain('entity.item.get')
    expect(frame.reads).toBe(0)

    await Promise.all([journal.ensureLoaded(), journal.ensureLoaded()])
    expect(entityPortal.calls.filter((c) => c === 'entity.item.get')).toHaveLength(1)
    expect(frame.reads).toBe(1)
    await journal.ensureLoaded()
    expect(entityPortal.calls.filter((c) => c === 'entity.item.get')).toHaveLength(1)
    expect(frame.reads).toBe(1)
  })

  it('shows the old app option\'s entries, merged by id, and never writes them back', async () => {
    const journal = openPage(ADMIN)
    await journal.recordEdits([edit(2, [1])])
    const inStorage = stored()[0]!
    frame.appOptions = { [JOURNAL_OPTION]: JSON.stringify([inStorage, legacyEntry('old-1', '2025-01-01T00:00:00Z')]) }
    const later = openPage(ADMIN)
    await later.ensureLoaded()
    expect(later.entries.map((e) => e.id)).toEqual([inStorage.id, 'old-1'])
    await later.recordEdits([edit(3, [1])])
    expect(frame.writes).toEqual([])
    expect(stored().map((e) => e.id)).not.toContain('old-1')
  })

  it('reads the newest JOURNAL_LIMIT, newest first, in pages of 50', async () => {
    const journal = openPage(ADMIN)
    const changes = Array.from({ length: 230 }, (_, i) => edit(i + 1, [1]))
    for (let i = 0; i < changes.length; i += 1) {
      vi.setSystemTime(new Date(Date.UTC(2026, 0, 1, 0, 0, i)))
      await journal.recordEdits([changes[i]!])
    }
    vi.useRealTimers()
    const reader = openPage(HR_EDITOR)
    await reader.ensureLoaded()
    expect(reader.entries).toHaveLength(JOURNAL_LIMIT)
    expect(reader.entries[0]!.nodeId).toBe(230)
    expect(reader.entries.at(-1)!.nodeId).toBe(31)
    expect(entityPortal.calls.filter((c) => c === 'entity.item.get')).toHaveLength(4)
  })

  it('a failed read is an error state with retry, and an undo does not run without the journal', async () => {
    await openPage(ADMIN).recordEdits([edit(2, [1])])
    entityPortal.storages.get(JOURNAL_ENTITY)!.access = { U1: 'X' }
    const journal = openPage(HR_EDITOR)
    await journal.ensureLoaded()
    expect(journal.loaded).toBe(false)
    expect(journal.loadError?.code).toBe('ACCESS_DENIED')
    expect(await journal.undoEntry(stored()[0]!)).toBeNull()
    expect(journal.undoError?.code).toBe('ACCESS_DENIED')

    entityPortal.storages.get(JOURNAL_ENTITY)!.access = { U1: 'X', AU: 'W' }
    await journal.retry()
    expect(journal.loadError).toBeNull()
    expect(journal.loaded).toBe(true)
    expect(journal.entries.map((e) => e.nodeId)).toEqual([2])
  })

  it('a refused write is a save error; the entries are still shown', async () => {
    await openPage(ADMIN).recordEdits([edit(2, [1])])
    entityPortal.storages.get(JOURNAL_ENTITY)!.access = { U1: 'X', AU: 'R' }
    const journal = openPage(HR_EDITOR)
    await journal.recordEdits([edit(3, [1])])
    expect(journal.saveError?.code).toBe('ACCESS_DENIED')
    expect(journal.entries.map((e) => e.nodeId)).toEqual([3])
  })
})
