/**
 * REST 3.0 `Idempotency-Key` (https://apidocs.bitrix24.com/api-reference/rest-v3.html#idempotency): a write
 * call that carries the header has its successful answer kept for 24 h per app + user + method + key. The
 * same key again with the same body replays the stored answer (header `Idempotent-Replayed: true`) without
 * running the method; with another body it is 422 IDEMPOTENCYKEYREUSEDEXCEPTION; a key that is not 1–255
 * printable ASCII is 400 INVALIDIDEMPOTENCYKEYEXCEPTION. That is what lets a client re-send a write whose
 * answer was lost.
 *
 * The store hangs off the PortalData object, so /_emulator/reset (which replaces the data) forgets every
 * key with the data it was about, while /_emulator/update (in place) keeps them.
 */
import type { PortalData } from '../data/types.ts'
import { v3Failure } from './failure.ts'
import type { RestFailure } from './failure.ts'

export const IDEMPOTENCY_HEADER = 'idempotency-key'
export const REPLAYED_HEADER = 'Idempotent-Replayed'
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/**
 * Which REST 3.0 methods are writes. The docs scope the header to "write methods" without a list; the
 * portal's REST 3.0 names its writes by the last word (tasks.task.add/update/delete,
 * humanresources.node.communication.edit), so this does too. Reads ignore the header.
 */
const WRITE_VERBS = new Set(['add', 'edit', 'update', 'delete', 'set', 'create', 'remove'])

export function isV3Write(method: string): boolean {
  const verb = method.slice(method.lastIndexOf('.') + 1).toLowerCase()
  return WRITE_VERBS.has(verb)
}

/** 1–255 characters, each printable ASCII (0x20–0x7E). */
export function isValidIdempotencyKey(key: string): boolean {
  return key.length >= 1 && key.length <= 255 && /^[\x20-\x7e]+$/.test(key)
}

export const idempotencyErrors = {
  invalid: () => v3Failure(400, 'INVALIDIDEMPOTENCYKEYEXCEPTION', 'The Idempotency-Key header must be 1 to 255 printable ASCII characters'),
  reused: () => v3Failure(422, 'IDEMPOTENCYKEYREUSEDEXCEPTION', 'The Idempotency-Key was already used with a different request body')
}

interface Stored {
  fingerprint: string
  /** the answer's `result` (the `time` block is made fresh for a replay, as the portal answers anew) */
  result: unknown
  expiresAt: number
}

/** JSON with object keys sorted, so the same parameters in another key order are the same body. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    }
    return v
  })
}

const stores = new WeakMap<PortalData, Map<string, Stored>>()

function storeFor(data: PortalData): Map<string, Stored> {
  let store = stores.get(data)
  if (!store) {
    store = new Map()
    stores.set(data, store)
  }
  return store
}

export type IdempotencyCheck =
  /** no key, or not a write: run the method as usual */
  | { kind: 'none' }
  /** run the method, then `remember` a successful answer under `slot` */
  | { kind: 'fresh', slot: string, fingerprint: string }
  | { kind: 'replay', result: unknown }
  | { kind: 'refuse', failure: RestFailure }

export interface IdempotentCall {
  data: PortalData
  userId: number
  method: string
  /** the parameters as sent, without `auth` */
  params: unknown
  /** the raw header value, if any */
  key: string | undefined
  now?: number
}

export function checkIdempotency(call: IdempotentCall): IdempotencyCheck {
  if (call.key === undefined || !isV3Write(call.method)) return { kind: 'none' }
  if (!isValidIdempotencyKey(call.key)) return { kind: 'refuse', failure: idempotencyErrors.invalid() }
  const now = call.now ?? Date.now()
  const store = storeFor(call.data)
  const slot = `${call.userId}\u0000${call.method}\u0000${call.key}`
  const print = fingerprint(call.params)
  const stored = store.get(slot)
  if (stored && stored.expiresAt <= now) store.delete(slot)
  else if (stored) {
    return stored.fingerprint === print ? { kind: 'replay', result: stored.result } : { kind: 'refuse', failure: idempotencyErrors.reused() }
  }
  return { kind: 'fresh', slot, fingerprint: print }
}

/** Keeps a successful answer; failures are not kept, so the same key may be tried again after one. */
export function rememberAnswer(data: PortalData, check: IdempotencyCheck, result: unknown, now = Date.now()): void {
  if (check.kind !== 'fresh') return
  storeFor(data).set(check.slot, { fingerprint: check.fingerprint, result, expiresAt: now + IDEMPOTENCY_TTL_MS })
}
