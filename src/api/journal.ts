import { setAppOption } from '@/b24'
import { COMMUNICATION_TYPES } from './structure'
import type { CommunicationEdit, CommunicationType, NodeCommunications } from './structure'
import { communicationsOfType } from './coverage'
import type { PlanItem } from './bulk'
import { flag, int, ints, record, text } from './wire'

/**
 * The change journal: every communication edit the app made, kept in the application's options on the
 * portal (setAppOption), so every administrator sees the same history and it survives reinstalling the
 * browser. Entries are newest first.
 *
 * Size: an application option is one value stored by the portal and sent back in every frame's init data,
 * so it must stay small. JOURNAL_LIMIT = 200 entries of about 250 bytes of JSON each, ~50 KB; older entries
 * are dropped (the journal is a recent history with undo, not an audit archive).
 *
 * Concurrency: the journal is read once per page load and written whole. Two administrators running bulk
 * changes at the same moment can overwrite each other's newest entries (the portal has no compare-and-set
 * for options); the changes themselves are on the portal either way.
 */

export const JOURNAL_OPTION = 'changeJournal'
export const JOURNAL_LIMIT = 200

export interface JournalEntry {
  id: string
  /** ISO time */
  at: string
  userId: number
  userName: string
  nodeId: number
  nodeName: string
  type: CommunicationType
  /** bound (for createDefault: the communication the portal created) */
  ids: number[]
  /** unbound */
  removeIds: number[]
  createDefault: boolean
  withChildren: boolean
  result: 'success' | 'failed'
  /** the bulk run or undo the change was part of */
  runId?: string
  /** this entry undid that entry */
  undoOf?: string
}

export interface Author {
  userId: number
  userName: string
}

function toEntry(raw: unknown): JournalEntry | null {
  const r = record(raw)
  const nodeId = int(r.nodeId)
  const type = r.type as CommunicationType
  if (typeof r.id !== 'string' || nodeId === null || !COMMUNICATION_TYPES.includes(type)) return null
  const entry: JournalEntry = {
    id: r.id,
    at: text(r.at),
    userId: int(r.userId, 0),
    userName: text(r.userName),
    nodeId,
    nodeName: text(r.nodeName),
    type,
    ids: ints(r.ids),
    removeIds: ints(r.removeIds),
    createDefault: flag(r.createDefault),
    withChildren: flag(r.withChildren),
    result: r.result === 'failed' ? 'failed' : 'success'
  }
  if (typeof r.runId === 'string') entry.runId = r.runId
  if (typeof r.undoOf === 'string') entry.undoOf = r.undoOf
  return entry
}

/** The journal from the option's value: a JSON string (what we write) or an already parsed array. */
export function parseJournal(raw: unknown): JournalEntry[] {
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return []
    }
  }
  return Array.isArray(value) ? value.map(toEntry).filter((e): e is JournalEntry => e !== null) : []
}

/** New entries in front, the newest `limit` kept. */
export function appendJournal(existing: JournalEntry[], added: JournalEntry[], limit = JOURNAL_LIMIT): JournalEntry[] {
  const newestFirst = [...added].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  return [...newestFirst, ...existing].slice(0, limit)
}

/**
 * Written as a JSON string: a portal keeps option values as strings, and a nested structure sent as an
 * object would come back flattened by PHP's form encoding.
 */
export async function saveJournal(entries: JournalEntry[], save: (name: string, value: unknown) => Promise<void> = setAppOption): Promise<void> {
  await save(JOURNAL_OPTION, JSON.stringify(entries))
}

let entrySeq = 0

function entryId(at: string): string {
  entrySeq += 1
  return `${Date.parse(at).toString(36)}-${entrySeq.toString(36)}-${Math.random().toString(36).slice(2, 6)}`
}

/** The journal entry of a settled plan item (done → success, failed → failed). */
export function entryFromItem(item: PlanItem, author: Author, extra: { runId?: string, undoOf?: string, at?: Date } = {}): JournalEntry {
  const at = (extra.at ?? new Date()).toISOString()
  const entry: JournalEntry = {
    id: entryId(at),
    at,
    userId: author.userId,
    userName: author.userName,
    nodeId: item.nodeId,
    nodeName: item.nodeName,
    type: item.edit.communicationType,
    ids: item.edit.createDefault ? [...(item.createdIds ?? [])] : [...(item.edit.ids ?? [])],
    removeIds: [...(item.edit.removeIds ?? [])],
    createDefault: item.edit.createDefault === true,
    withChildren: item.edit.withChildren === true,
    result: item.status === 'done' ? 'success' : 'failed'
  }
  if (extra.runId) entry.runId = extra.runId
  if (extra.undoOf) entry.undoOf = extra.undoOf
  return entry
}

/**
 * The edit that takes a change back: what was bound is unbound and what was unbound is bound again, with
 * the same reach (withChildren). A created default is unbound, not deleted: the REST API has no call
 * that deletes a chat, and its messages may matter. null when there is nothing to take back (a failed
 * change, or a default whose id was never learnt).
 *
 * Limitation: re-binding what had been inherited binds it directly (the portal records no
 * originalNodeId for a direct bind).
 */
export function inverseEdit(entry: JournalEntry): CommunicationEdit | null {
  if (entry.result !== 'success') return null
  const ids = entry.removeIds
  const removeIds = entry.ids
  if (!ids.length && !removeIds.length) return null
  const edit: CommunicationEdit = { nodeId: entry.nodeId, communicationType: entry.type }
  if (ids.length) edit.ids = [...ids]
  if (removeIds.length) edit.removeIds = [...removeIds]
  if (entry.withChildren) edit.withChildren = true
  return edit
}

/** Ids of entries that an undo entry has taken back. */
export function undoneIds(entries: JournalEntry[]): Set<string> {
  const out = new Set<string>()
  for (const entry of entries) if (entry.undoOf && entry.result === 'success') out.add(entry.undoOf)
  return out
}

/** Whether the journal view offers Undo for the entry. */
export function canUndo(entry: JournalEntry, undone: Set<string>): boolean {
  return !undone.has(entry.id) && inverseEdit(entry) !== null
}

/**
 * Why undoing the entry would overwrite a change made since, or null when the binding still stands as the
 * entry left it (so its inverse reverts exactly that change).
 * - `changed-later`: a later journal entry (any editor's, other than an undo of this one) changed the same
 *   binding (node, type, id).
 * - `changed-on-portal`: the portal no longer holds what the entry left (what it bound is gone, or what it
 *   unbound is back): someone changed it outside the app, or an entry that did not reach the journal.
 * `current` is the node's communications as just read from the portal.
 */
export type UndoConflict = 'changed-later' | 'changed-on-portal'

export function undoConflict(entry: JournalEntry, entries: JournalEntry[], current: NodeCommunications | null): UndoConflict | null {
  const touched = new Set([...entry.ids, ...entry.removeIds])
  const position = entries.findIndex((e) => e.id === entry.id)
  const later = position < 0 ? [] : entries.slice(0, position)
  if (later.some((e) => e.result === 'success' && e.undoOf !== entry.id && e.nodeId === entry.nodeId && e.type === entry.type
    && [...e.ids, ...e.removeIds].some((id) => touched.has(id)))) return 'changed-later'
  if (!current) return null
  const have = new Set(communicationsOfType(current, entry.type).map((c) => c.id))
  if (entry.ids.some((id) => !have.has(id)) || entry.removeIds.some((id) => have.has(id))) return 'changed-on-portal'
  return null
}
