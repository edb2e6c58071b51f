import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { PortalError, getPortal } from '@/b24'
import { canUndo, entryFromItem, inverseEdit, legacyJournal, loadJournal, mergeJournal, saveJournalEntries, undoConflict, undoneIds } from '@/api/journal'
import type { Author, JournalEntry, JournalScope, UndoConflict } from '@/api/journal'
import { itemsFromEdits, newRunId } from '@/api/bulk'
import type { PlanItem, RunResult } from '@/api/bulk'
import type { CommunicationEdit } from '@/api/structure'
import { int } from '@/api/wire'
import { useSessionStore } from './session'
import { useStructureStore } from './structure'

/**
 * The change journal as the app shows it, and undo. Read from the app's data storage only when the journal
 * view or an undo needs it (never at boot); every record appends its own entries (src/api/journal.ts says how
 * and why, docs/decisions.md D32).
 */
export const useJournalStore = defineStore('journal', () => {
  const entries = ref<JournalEntry[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  /** the journal could not be read; `retry()` tries again */
  const loadError = shallowRef<PortalError | null>(null)
  /** the journal could not be written (e.g. the portal refused the storage); the changes themselves stand */
  const saveError = shallowRef<PortalError | null>(null)
  /** the entry or run being undone */
  const undoing = ref<string | null>(null)
  const undoResult = shallowRef<RunResult | null>(null)
  const undoError = shallowRef<PortalError | null>(null)
  /** entries the last undo left alone because their binding was changed since (nothing is overwritten) */
  const undoConflicts = shallowRef<Array<{ entry: JournalEntry, reason: UndoConflict }>>([])

  const undone = computed(() => undoneIds(entries.value))

  /** The entries the old app option holds: read once per page load, never written back. */
  let legacy: JournalEntry[] | null = null
  function legacyEntries(): JournalEntry[] {
    if (legacy === null) {
      try {
        legacy = legacyJournal(getPortal().appOptions)
      } catch {
        legacy = []
      }
    }
    return legacy
  }

  let pending: Promise<void> | null = null

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      const stored = await loadJournal(undefined, scope())
      // what this page recorded meanwhile stays (it may not be in the storage yet)
      entries.value = mergeJournal([entries.value, stored, legacyEntries()])
      loaded.value = true
    } catch (reason) {
      loadError.value = PortalError.from(reason)
    } finally {
      loading.value = false
    }
  }

  /** Reads the journal once (the view, an undo); concurrent callers share the one read. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    pending ??= load().finally(() => { pending = null })
    return pending
  }

  /** After a failed read: read again. */
  function retry(): Promise<void> {
    loaded.value = false
    return ensureLoaded()
  }

  /** The portal whose storage this browser remembers as made (src/api/journal.ts). */
  function scope(): JournalScope {
    return { portal: useSessionStore().context?.memberId }
  }

  function author(): Author {
    const user = useSessionStore().user
    return { userId: int(user?.id, 0), userName: user?.displayName ?? '' }
  }

  /** Shows the entries at once and appends them to the storage; reads nothing. */
  async function record(added: JournalEntry[]): Promise<void> {
    if (!added.length) return
    entries.value = mergeJournal([added, entries.value])
    try {
      await saveJournalEntries(added, scope())
      saveError.value = null
    } catch (reason) {
      saveError.value = PortalError.from(reason)
    }
  }

  /** Journal entries of the plan items a run settled as done. Marks them, so nothing is recorded twice. */
  async function recordItems(items: PlanItem[], runId: string): Promise<void> {
    const fresh = items.filter((i) => i.status === 'done' && !i.journaled)
    const who = author()
    const added = fresh.map((i) => entryFromItem(i, who, { runId }))
    for (const item of fresh) item.journaled = true
    await record(added)
  }

  /**
   * Changes made one node at a time (the Departments view) go to the same journal as bulk runs, so
   * "every change the app makes" can be seen and undone in one place.
   */
  async function recordEdits(changes: { nodeId: number, nodeName: string, edit: CommunicationEdit, createdIds?: number[] }[]): Promise<void> {
    const who = author()
    await record(changes.map((c) => entryFromItem({ ...c, before: [], status: 'done', attempts: 1 }, who)))
  }

  function undoable(entry: JournalEntry): boolean {
    return canUndo(entry, undone.value)
  }

  function runEntries(runId: string): JournalEntry[] {
    return entries.value.filter((e) => e.runId === runId && !e.undoOf && undoable(e))
  }

  /**
   * Takes the entries back, but only what still stands as the journal left it: the nodes are read first,
   * and an entry whose binding was changed since (by a later entry, or on the portal) is reported in
   * `undoConflicts` and not sent. The rest go through the one write path, and are journaled as undos.
   */
  async function undo(targets: JournalEntry[], key: string): Promise<RunResult | null> {
    if (undoing.value) return null
    // the conflict check needs every later entry, any editor's
    await ensureLoaded()
    if (!loaded.value) {
      undoError.value = loadError.value
      return null
    }
    const list = targets.filter(undoable)
    if (!list.length || undoing.value) return null
    undoing.value = key
    undoError.value = null
    undoResult.value = null
    undoConflicts.value = []
    const structure = useStructureStore()
    try {
      await structure.refresh(list.map((e) => e.nodeId))
      const conflicts: Array<{ entry: JournalEntry, reason: UndoConflict }> = []
      const runnable: JournalEntry[] = []
      for (const entry of list) {
        const reason = undoConflict(entry, entries.value, structure.communicationsOf(entry.nodeId).data)
        if (reason) conflicts.push({ entry, reason })
        else runnable.push(entry)
      }
      undoConflicts.value = conflicts
      const items = itemsFromEdits(runnable.map((e) => ({ edit: inverseEdit(e)!, nodeName: e.nodeName })))
      const result = await structure.applyItems(items, {})
      const runId = newRunId()
      const who = author()
      await record(items.flatMap((item, index) => (item.status === 'done' ? [entryFromItem(item, who, { runId, undoOf: runnable[index]!.id })] : [])))
      undoResult.value = result
      return result
    } catch (reason) {
      undoError.value = PortalError.from(reason)
      return null
    } finally {
      undoing.value = null
    }
  }

  function undoEntry(entry: JournalEntry): Promise<RunResult | null> {
    return undo([entry], entry.id)
  }

  function undoRun(runId: string): Promise<RunResult | null> {
    return undo(runEntries(runId), runId)
  }

  return { entries, loaded, loading, loadError, saveError, undoing, undoResult, undoError, undoConflicts, undone, ensureLoaded, retry, record, recordItems, recordEdits, undoable, runEntries, undoEntry, undoRun }
})
