import { batchV2, callV2, callV2Page, PortalError } from '@/b24'
import type { BatchV2Calls } from '@/b24'
import { COMMUNICATION_TYPES } from './structure'
import type { CommunicationEdit, CommunicationType, NodeCommunications } from './structure'
import { communicationsOfType } from './structureMatrix'
import type { PlanItem } from './bulk'
import { flag, int, ints, record, text } from './wire'

/**
 * The change journal: every communication edit the app made, kept in the application's data storage on the
 * portal (entity.*, https://apidocs.bitrix24.com/api-reference/entity/index.html; docs/decisions.md D32), so
 * every editor sees the same history. Entries are newest first.
 *
 * Storage: one storage `JOURNAL_ENTITY` whose ACCESS gives every signed-in user (`AU`) the level `W`, so an
 * HR editor who is no administrator journals their changes too; one item per entry, the entry's JSON in the
 * string property `JOURNAL_PROPERTY` (entity.item.add keeps only declared properties, so the property is
 * declared with the storage). Two editors append items of their own: neither overwrites the other.
 *
 * Reading: only when the journal view or an undo needs it, never at boot — the newest first (SORT ID DESC),
 * pages of 50, the newest JOURNAL_LIMIT at most (a recent history with undo, not an audit archive).
 *
 * Before this, the journal was one app option (`JOURNAL_OPTION`): entries still there are shown, read once
 * from the frame's init data and merged by id, and never written back.
 */

/** The storage's code: a-z, A-Z, 0-9, _ and at most 13 characters (the docs' "in most cases 13"). */
export const JOURNAL_ENTITY = 'hub_journal'
/** The string property that holds an entry's JSON. */
export const JOURNAL_PROPERTY = 'ENTRY'
/** entity.item.get's fixed page size. */
export const JOURNAL_PAGE = 50
/** The app option the journal used to live in (read once for the entries it still holds). */
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

/**
 * One journal from several sources (what this session recorded, the storage, the legacy option): each entry
 * once by id (the first source wins), newest first by time, the newest `limit` kept.
 */
export function mergeJournal(sources: JournalEntry[][], limit = JOURNAL_LIMIT): JournalEntry[] {
  const seen = new Set<string>()
  const out: JournalEntry[] = []
  for (const source of sources) {
    for (const entry of source) {
      if (seen.has(entry.id)) continue
      seen.add(entry.id)
      out.push(entry)
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit)
}

/** New entries in front, the newest `limit` kept. */
export function appendJournal(existing: JournalEntry[], added: JournalEntry[], limit = JOURNAL_LIMIT): JournalEntry[] {
  return mergeJournal([added, existing], limit)
}

/** The entries the old app option still holds (the frame's init data carries app options): read, never written. */
export function legacyJournal(appOptions: Record<string, unknown>): JournalEntry[] {
  return parseJournal(appOptions[JOURNAL_OPTION])
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof PortalError && error.code === code
}

let storageReady: Promise<void> | null = null

/*
 * Whether the storage and its property are known to exist, so they are not asked about again: for the rest
 * of the page once made sure of, and in this browser's localStorage per portal (member_id) once seen, so a
 * later open of the journal or a later first edit asks nothing before its own call. The app's page serves
 * many portals from one origin, hence the key per portal. A storage deleted since (an administrator removed
 * the app's data) answers ERROR_ENTITY_NOT_FOUND: the memory is dropped and the storage made again.
 */
const KNOWN_PREFIX = 'comm-hub:journal-storage:'
let knownThisPage = false

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // a sandboxed frame or blocked storage: known for this page only
    return null
  }
}

function knownToExist(portal: string | undefined): boolean {
  if (knownThisPage) return true
  if (!portal) return false
  try {
    return storage()?.getItem(KNOWN_PREFIX + portal) === '1'
  } catch {
    return false
  }
}

function rememberExists(portal: string | undefined): void {
  knownThisPage = true
  if (!portal) return
  try {
    storage()?.setItem(KNOWN_PREFIX + portal, '1')
  } catch {
    // quota: the next page asks again
  }
}

function forgetExists(portal: string | undefined): void {
  knownThisPage = false
  storageReady = null
  if (!portal) return
  try {
    storage()?.removeItem(KNOWN_PREFIX + portal)
  } catch {
    // nothing to forget
  }
}

/** Which portal's journal (member_id): the key of what this browser remembers about its storage. */
export interface JournalScope {
  portal?: string | undefined
}

/** Codes (ENTITY / PROPERTY) in a list answer of entity.get or entity.item.property.get. */
function listedCodes(result: unknown, key: 'ENTITY' | 'PROPERTY'): string[] {
  const rows = Array.isArray(result) ? result : result && typeof result === 'object' ? Object.values(result) : []
  return rows.map((row) => String((row as Record<string, unknown> | null)?.[key] ?? ''))
}

/*
 * Reads with the list forms (entity.get without ENTITY, entity.item.property.get without PROPERTY), which
 * answer for a storage or property that is not there yet without an error: a missing one asked by name is a
 * 400 the browser logs on every first visit.
 */
async function createStorage(): Promise<void> {
  const storages = listedCodes(await callV2('entity.get', {}), 'ENTITY')
  if (!storages.includes(JOURNAL_ENTITY)) {
    try {
      // AU = every signed-in user may add items (W); the creator gets X from the portal
      await callV2('entity.add', { ENTITY: JOURNAL_ENTITY, NAME: 'Communications Hub: change journal', ACCESS: { AU: 'W' } }, { retry: false })
    } catch (added) {
      if (!hasCode(added, 'ERROR_ENTITY_ALREADY_EXISTS')) throw added
    }
  }
  const properties = listedCodes(await callV2('entity.item.property.get', { ENTITY: JOURNAL_ENTITY }), 'PROPERTY')
  if (!properties.includes(JOURNAL_PROPERTY)) {
    try {
      await callV2('entity.item.property.add', { ENTITY: JOURNAL_ENTITY, PROPERTY: JOURNAL_PROPERTY, NAME: 'Entry (JSON)', TYPE: 'S' }, { retry: false })
    } catch (added) {
      if (!hasCode(added, 'ERROR_PROPERTY_ALREADY_EXISTS')) throw added
    }
  }
}

/**
 * Makes sure the journal's storage and its property exist: reads first, creates what is missing, and takes
 * "already exists" (another editor, or an administrator's install, was first) as success. Idempotent; once it
 * succeeded (or the storage was seen) it costs nothing, for the page and in this browser for that portal, and a
 * failure is tried again on the next call.
 * The install flow may call it as an administrator to create the storage up front.
 */
export function ensureJournalStorage(scope: JournalScope = {}): Promise<void> {
  if (knownToExist(scope.portal)) return Promise.resolve()
  storageReady ??= createStorage().then(() => rememberExists(scope.portal), (error: unknown) => {
    storageReady = null
    throw error
  })
  return storageReady
}

/** Test-only: a new page load (what this page knew of the storage is gone; the browser's memory stays). */
export function forgetJournalStorage(): void {
  storageReady = null
  knownThisPage = false
}

/** The entry an item holds, or null for an item that is not one of ours. */
function entryOfItem(raw: unknown): JournalEntry | null {
  const value = record(record(raw).PROPERTY_VALUES)[JOURNAL_PROPERTY]
  if (typeof value !== 'string') return null
  try {
    return parseJournal([JSON.parse(value)])[0] ?? null
  } catch {
    return null
  }
}

/**
 * The newest `limit` entries in the storage, newest first; none while the storage does not exist yet
 * (nothing was journaled: reading creates nothing).
 */
export async function loadJournal(limit = JOURNAL_LIMIT, scope: JournalScope = {}): Promise<JournalEntry[]> {
  const out: JournalEntry[] = []
  // the list form answers without an error when the storage is not there yet (asked by name, a 400 the
  // browser logs on a first visit); not asked at all once the storage is known to exist
  if (!knownToExist(scope.portal) && !listedCodes(await callV2('entity.get', {}), 'ENTITY').includes(JOURNAL_ENTITY)) return out
  let start = 0
  while (out.length < limit) {
    let page
    try {
      page = await callV2Page<unknown[]>('entity.item.get', { ENTITY: JOURNAL_ENTITY, SORT: { ID: 'DESC' }, start })
    } catch (error) {
      if (hasCode(error, 'ERROR_ENTITY_NOT_FOUND')) {
        forgetExists(scope.portal)
        return []
      }
      throw error
    }
    const items = Array.isArray(page.result) ? page.result : []
    for (const item of items) {
      const entry = entryOfItem(item)
      if (entry) out.push(entry)
    }
    if (page.next === undefined || page.next <= start || items.length === 0) break
    start = page.next
  }
  // an entry read back proves the storage and its property exist (the app declares both before writing)
  if (out.length) rememberExists(scope.portal)
  return mergeJournal([out], limit)
}

/**
 * Appends entries, one storage item each (50 per batch), after making sure the storage exists. Rejects with
 * the first row's error when the portal refused any; the other rows are kept either way.
 */
export async function saveJournalEntries(entries: JournalEntry[], scope: JournalScope = {}): Promise<void> {
  if (!entries.length) return
  const remembered = knownToExist(scope.portal)
  await ensureJournalStorage(scope)
  const refused = await addEntries(entries)
  // the storage this browser remembered is gone (no row went in): made again, and the entries sent once more
  if (remembered && refused.lost === entries.length && hasCode(refused.first, 'ERROR_ENTITY_NOT_FOUND')) {
    forgetExists(scope.portal)
    await ensureJournalStorage(scope)
    const again = await addEntries(entries)
    if (again.first) throw again.first
    return
  }
  if (refused.first) throw refused.first
}

/** entity.item.add per entry, 50 per batch: the first row's error and how many rows did not go in. */
async function addEntries(entries: JournalEntry[]): Promise<{ first: PortalError | null, lost: number }> {
  let firstError: PortalError | null = null
  let lost = 0
  for (let from = 0; from < entries.length; from += JOURNAL_PAGE) {
    const calls: BatchV2Calls = {}
    entries.slice(from, from + JOURNAL_PAGE).forEach((entry, index) => {
      calls[`e${index}`] = ['entity.item.add', { ENTITY: JOURNAL_ENTITY, NAME: entry.id, PROPERTY_VALUES: { [JOURNAL_PROPERTY]: JSON.stringify(entry) } }]
    })
    const rows = await batchV2(calls)
    for (const key of Object.keys(calls)) {
      const row = rows[key]
      if (!row || row.error) lost += 1
      if (!row) firstError ??= new PortalError({ code: 'BATCH_ROW_MISSING', message: 'The portal did not answer every journal entry' })
      else if (row.error) firstError ??= row.error
    }
  }
  return { first: firstError, lost }
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
