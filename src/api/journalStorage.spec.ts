/**
 * What this browser remembers of the journal's storage (src/api/journal.ts): once seen or made, a later page
 * on the same portal asks nothing about it before its own read or write; another portal still asks; a
 * storage deleted since is made again and nothing is lost. The portal's entity.* is faked behind the door.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('@/b24', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  ...(await import('@/testing/fakeEntityStorage')).entityDoor
}))

import { entryFromItem, forgetJournalStorage, JOURNAL_ENTITY, JOURNAL_PROPERTY, loadJournal, parseJournal, saveJournalEntries } from './journal'
import type { JournalEntry } from './journal'
import { entityPortal, storedEntries } from '@/testing/fakeEntityStorage'

const PORTAL = { portal: 'member-a' }

function entry(nodeId: number): JournalEntry {
  return entryFromItem({ nodeId, nodeName: `Node ${nodeId}`, edit: { nodeId, communicationType: 'CHAT', ids: [7] }, before: [], status: 'done', attempts: 1 }, { userId: 1, userName: 'Anna' })
}

/** A new page of the app: the page's memory is gone, the browser's stays. */
function newPage(): void {
  forgetJournalStorage()
  entityPortal.calls.length = 0
}

const stored = () => parseJournal(storedEntries(JOURNAL_ENTITY, JOURNAL_PROPERTY)).map((e) => e.nodeId).sort()

beforeEach(() => {
  localStorage.clear()
  entityPortal.reset()
  forgetJournalStorage()
})

describe('the journal storage this browser knows', () => {
  it('a later page on the same portal reads and writes without asking whether the storage exists', async () => {
    await saveJournalEntries([entry(1)], PORTAL)
    expect(entityPortal.calls).toContain('entity.get')

    newPage()
    expect((await loadJournal(undefined, PORTAL)).map((e) => e.nodeId)).toEqual([1])
    expect(entityPortal.calls).toEqual(['entity.item.get'])
    newPage()
    await saveJournalEntries([entry(2)], PORTAL)
    expect(entityPortal.calls).toEqual(['batch', 'entity.item.add'])
    expect(stored()).toEqual([1, 2])
  })

  it('another portal in the same browser still asks', async () => {
    await saveJournalEntries([entry(1)], PORTAL)
    newPage()
    await loadJournal(undefined, { portal: 'member-b' })
    expect(entityPortal.calls[0]).toBe('entity.get')
  })

  it('a reader who saw entries remembers the storage; an empty or missing one is asked again', async () => {
    await loadJournal(undefined, PORTAL)
    newPage()
    expect(await loadJournal(undefined, PORTAL)).toEqual([])
    expect(entityPortal.calls).toEqual(['entity.get'])

    // someone else's page made it and wrote to it
    await saveJournalEntries([entry(3)], {})
    newPage()
    await loadJournal(undefined, PORTAL)
    expect(entityPortal.calls).toEqual(['entity.get', 'entity.item.get'])
    newPage()
    await loadJournal(undefined, PORTAL)
    expect(entityPortal.calls).toEqual(['entity.item.get'])
  })

  it('a storage deleted since is made again and the entries written; a read of it shows none and asks again next time', async () => {
    await saveJournalEntries([entry(1)], PORTAL)
    entityPortal.storages.clear()
    newPage()
    await expect(saveJournalEntries([entry(2), entry(3)], PORTAL)).resolves.toBeUndefined()
    expect(entityPortal.calls).toContain('entity.add')
    expect(stored()).toEqual([2, 3])

    entityPortal.storages.clear()
    newPage()
    expect(await loadJournal(undefined, PORTAL)).toEqual([])
    newPage()
    await loadJournal(undefined, PORTAL)
    expect(entityPortal.calls).toEqual(['entity.get'])
  })
})
