import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { PortalError, getPortal } from '@/b24'
import { appendJournal, canUndo, entryFromItem, inverseEdit, JOURNAL_OPTION, parseJournal, saveJournal, undoConflict, undoneIds } from '@/api/journal'
import type { Author, JournalEntry, UndoConflict } from '@/api/journal'
import { itemsFromEdits, newRunId } from '@/api/bulk'
import type { PlanItem, RunResult } from '@/api/bulk'
import type { CommunicationEdit } from '@/api/structure'
import { int } from '@/api/wire'
import { useSessionStore } from './session'
import { useStructureStore } from './structure'

/**
 * The change journal as the app shows it, and undo. Read from the app options the portal sent at boot;
 * every record writes the whole (bounded) journal back (src/api/journal.ts says why and what it costs).
 */
export const useJournalStore = defineStore('journal', () => {
  const entries = ref<JournalEntry[]>([])
  const loaded = ref(false)
  /** the journal could not be written (e.g. the portal refused the option); the changes themselves stand */
  const saveError = shallowRef<PortalError | null>(null)
  /** the entry or run being undone */
  const undoing = ref<string | null>(null)
  const undoResult = shallowRef<RunResult | null>(null)
  const undoError = shallowRef<PortalError | null>(null)
  /** entries the last undo left alone because their binding was changed since (nothing is overwritten) */
  const undoConflicts = shallowRef<Array<{ entry: JournalEntry, reason: UndoConflict }>>([])

  const undone = computed(() => undoneIds(entries.value))

  function ensureLoaded(): void {
    if (loaded.value) return
    try {
      entries.value = parseJournal(getPortal().appOptions[JOURNAL_OPTION])
    } catch {
      entries.value = []
    }
    loaded.value = true
  }

  function author(): Author {
    const user = useSessionStore().user
    return { userId: int(user?.id, 0), userName: user?.displayName ?? '' }
  }

  async function record(added: JournalEntry[]): Promise<void> {
    if (!added.length) return
    ensureLoaded()
    entries.value = appendJournal(entries.value, added)
    try {
      await saveJournal(entries.value)
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
    ensureLoaded()
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

  return { entries, loaded, saveError, undoing, undoResult, undoError, undoConflicts, undone, ensureLoaded, record, recordItems, recordEdits, undoable, runEntries, undoEntry, undoRun }
})
