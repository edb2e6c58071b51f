import { createStore, del, get, set } from 'idb-keyval'
import type { UseStore } from 'idb-keyval'
import type { NodeCommunications, StructureNode } from '@/api/structure'

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
 */

export interface StructureSnapshot {
  version: typeof SNAPSHOT_VERSION
  /** when the snapshot's data was read from the portal (ms since epoch) */
  savedAt: number
  nodes: StructureNode[]
  communications: Array<[number, NodeCommunications]>
}

export const SNAPSHOT_VERSION = 1

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

/** Tests only: forget the opened store (a fresh fake IndexedDB per test). */
export function resetCacheForTests(): void {
  store = undefined
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

export async function writeSnapshot(scope: CacheScope, snapshot: StructureSnapshot): Promise<void> {
  const db = idb()
  if (!db) return
  try {
    await set(cacheKey(scope), snapshot, db)
  } catch {
    // quota or a closed database: the next visit loads from the portal, nothing else is lost
  }
}

export async function dropSnapshot(scope: CacheScope): Promise<void> {
  const db = idb()
  if (!db) return
  await del(cacheKey(scope), db).catch(() => undefined)
}
