import { createStore, del, get, setMany } from 'idb-keyval'
import type { UseStore } from 'idb-keyval'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { visibleRows } from './structureTree'
import type { StructureIndex } from './structureTree'

/**
 * The last structure and communications this user saw on this portal, in IndexedDB, so a second visit
 * shows them at once and only revalidates (docs/decisions.md: a 10,000-node portal cannot be read within one
 * operating-time window; not reading what is known is the only way past that floor).
 *
 * Through idb-keyval: a promise wrapper over one IndexedDB object store, about 600 bytes, maintained by
 * Jake Archibald; the app needs get / set / delete of one value and nothing more.
 *
 * Keyed by portal (member_id), user and app version: another user or portal never sees it (rights differ
 * per user: what is hidden from one is in another's snapshot), and a new version of the app never reads an
 * older shape. A store that cannot open (private mode, quota, no IndexedDB) answers null and the app loads
 * from the portal; a snapshot that does not look like one is deleted.
 *
 * Beside the whole snapshot, its **first screen** (the rows the Departments tree opens with and their
 * communications, a few kB) is kept under one fixed key, with the key of the snapshot it belongs to. Reading
 * and deserialising the whole snapshot grows with the portal (10,000 nodes: about 200 ms on a slow machine,
 * docs/decisions.md D19); the first screen does not, so it is read first — already while the frame's
 * handshake and user.current are under way, before the user is known — and shown only once the signed-in
 * portal, user and app version are confirmed to be the ones it was saved for (the last user of this browser;
 * another's is read but never shown, and then the whole snapshot is all there is).
 */

export interface StructureSnapshot {
  version: typeof SNAPSHOT_VERSION
  /** when the snapshot's data was read from the portal (ms since epoch) */
  savedAt: number
  nodes: StructureNode[]
  communications: Array<[number, NodeCommunications]>
}

export const SNAPSHOT_VERSION = 1

/** The first screen of the last snapshot saved in this browser: `key` names the snapshot (cacheKey). */
export interface FirstScreenSnapshot extends StructureSnapshot {
  key: string
}

const FIRST_SCREEN_KEY = 'first-screen'
/** As many rows as the tree shows on a tall screen and more (it renders at most ~30 in a 60vh viewport). */
export const FIRST_SCREEN_ROWS = 100

export interface CacheScope {
  memberId: string
  userId: number | string
  appVersion: string
}

export function cacheKey(scope: CacheScope): string {
  return `structure:${SNAPSHOT_VERSION}:${scope.memberId}:${scope.userId}:${scope.appVersion}`
}

let store: UseStore | null | undefined

function idb(): UseStore | null {
  if (store !== undefined) return store
  try {
    store = typeof indexedDB === 'undefined' ? null : createStore('comm-hub', 'structure')
  } catch {
    store = null
  }
  return store
}

/** Tests only: forget the opened store (a fresh fake IndexedDB per test) and a read started early. */
export function resetCacheForTests(): void {
  store = undefined
  early = null
}

function isNode(value: unknown): value is StructureNode {
  const node = value as StructureNode | null
  return !!node && typeof node.id === 'number' && typeof node.name === 'string' && (node.type === 'DEPARTMENT' || node.type === 'TEAM')
}

function isCommunications(value: unknown): value is NodeCommunications {
  const comms = value as NodeCommunications | null
  return !!comms && Array.isArray(comms.chats) && Array.isArray(comms.channels) && Array.isArray(comms.collabs)
}

/** The snapshot if it is well formed, else null. */
export function validSnapshot(value: unknown): StructureSnapshot | null {
  const snap = value as StructureSnapshot | null
  if (!snap || snap.version !== SNAPSHOT_VERSION || typeof snap.savedAt !== 'number') return null
  if (!Array.isArray(snap.nodes) || !snap.nodes.every(isNode)) return null
  if (!Array.isArray(snap.communications) || !snap.communications.every((e) => Array.isArray(e) && typeof e[0] === 'number' && isCommunications(e[1]))) return null
  return snap
}

/** The snapshot's first-screen part if it is well formed, else null. */
export function validFirstScreen(value: unknown): FirstScreenSnapshot | null {
  const head = validSnapshot(value) as FirstScreenSnapshot | null
  return head && typeof head.key === 'string' ? head : null
}

/**
 * The part of a snapshot the first screen shows: every root (the tree opens with the top level expanded,
 * stores/departments.ts), the first FIRST_SCREEN_ROWS rows in tree order, one child of each of those rows
 * that has children (so it shows as expandable), and their communications (the rows' counts).
 */
export function firstScreenOf(index: StructureIndex, snapshot: StructureSnapshot): StructureSnapshot {
  const rows = visibleRows(index, new Set(index.roots.map((n) => n.id)), null).slice(0, FIRST_SCREEN_ROWS)
  const ids = new Set(index.roots.map((n) => n.id))
  for (const { node } of rows) {
    ids.add(node.id)
    const child = index.children.get(node.id)?.[0]
    if (child) ids.add(child.id)
  }
  return {
    version: snapshot.version,
    savedAt: snapshot.savedAt,
    nodes: snapshot.nodes.filter((n) => ids.has(n.id)),
    communications: snapshot.communications.filter(([id]) => ids.has(id))
  }
}

let early: Promise<unknown> | null = null

/**
 * Starts reading the last first screen now, before the user is known (the structure store's module does, and
 * the boot loads that module as soon as the frame's handshake answered, main.ts); readFirstScreen takes it.
 */
export function prefetchFirstScreen(): void {
  if (early) return
  const db = idb()
  if (!db) return
  // idb-keyval opens the database on first use, and an IndexedDB that cannot open may throw right here
  try {
    early = get(FIRST_SCREEN_KEY, db).catch(() => undefined)
  } catch {
    early = null
  }
}

/** The first screen saved for this portal, user and app version, or null (none, another's, or corrupt: dropped). */
export async function readFirstScreen(scope: CacheScope): Promise<StructureSnapshot | null> {
  const db = idb()
  if (!db) return null
  const pending = early
  early = null
  try {
    const raw = await (pending ?? get(FIRST_SCREEN_KEY, db))
    if (raw === undefined) return null
    const head = validFirstScreen(raw)
    if (!head) {
      await del(FIRST_SCREEN_KEY, db).catch(() => undefined)
      return null
    }
    return head.key === cacheKey(scope) ? head : null
  } catch {
    return null
  }
}

export async function readSnapshot(scope: CacheScope): Promise<StructureSnapshot | null> {
  const db = idb()
  if (!db) return null
  try {
    const raw = await get(cacheKey(scope), db)
    if (raw === undefined) return null
    const snap = validSnapshot(raw)
    if (!snap) await del(cacheKey(scope), db).catch(() => undefined)
    return snap
  } catch {
    return null
  }
}

/** The snapshot, and with it (in the same transaction) its first screen when `firstScreen` is given. */
export async function writeSnapshot(scope: CacheScope, snapshot: StructureSnapshot, firstScreen?: StructureSnapshot): Promise<void> {
  const db = idb()
  if (!db) return
  const key = cacheKey(scope)
  const entries: Array<[string, unknown]> = [[key, snapshot]]
  if (firstScreen) entries.push([FIRST_SCREEN_KEY, { ...firstScreen, key } satisfies FirstScreenSnapshot])
  try {
    await setMany(entries, db)
  } catch {
    // quota or a closed database: the next visit loads from the portal, nothing else is lost
  }
}

export async function dropSnapshot(scope: CacheScope): Promise<void> {
  const db = idb()
  if (!db) return
  await del(cacheKey(scope), db).catch(() => undefined)
}
