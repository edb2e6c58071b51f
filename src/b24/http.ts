import { ApiVersion } from '@bitrix24/b24jssdk'
import type { B24Frame } from '@bitrix24/b24jssdk'

/**
 * What the door adds to the SDK's own HTTP clients (one axios instance per API version):
 *
 * - `Idempotency-Key` on REST 3.0 writes (rest-contract.md §1.2). The SDK has no per-call headers, but it
 *   puts the call's request id into every URL it sends (`bx24_request_id`), and the same id into every
 *   re-send of that call (its retry loop and the re-send after a token refresh). So the door registers
 *   "request id → key" before a write and a request interceptor adds the header: every attempt of one
 *   logical operation carries the same key, and the portal replays a re-send after a lost answer instead
 *   of applying it twice. Nothing else about the request changes.
 * - The request timeout. The SDK waits 30 s for an answer; the app option `restTimeoutMs` (set by an
 *   administrator, kept by the portal) changes it for both APIs — longer for a slow portal, and the e2e
 *   tests make it short so "an answer slower than the timeout" takes seconds.
 */

const REQUEST_ID_PARAM = 'bx24_request_id'
export const IDEMPOTENCY_HEADER = 'Idempotency-Key'
export const REST_TIMEOUT_OPTION = 'restTimeoutMs'
const MIN_TIMEOUT_MS = 1000
const MAX_TIMEOUT_MS = 300_000

/**
 * REST 3.0 names its writes by the last word of the method (humanresources.node.communication.edit,
 * tasks.task.add/update/delete); reads (list, get, search, children) never carry a key.
 */
const WRITE_VERBS = new Set(['add', 'edit', 'update', 'delete', 'set', 'create', 'remove'])

export function isV3Write(method: string): boolean {
  return WRITE_VERBS.has(method.slice(method.lastIndexOf('.') + 1).toLowerCase())
}

/** 1–255 printable ASCII characters, as the portal requires (else 400 INVALIDIDEMPOTENCYKEYEXCEPTION). */
export function isValidIdempotencyKey(key: string): boolean {
  return key.length >= 1 && key.length <= 255 && /^[\x20-\x7e]+$/.test(key)
}

/** A random UUID v4; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** request id → Idempotency-Key of the write being sent under it (removed when the call settles) */
const keysByRequestId = new Map<string, string>()

export function registerIdempotencyKey(requestId: string, key: string): () => void {
  keysByRequestId.set(requestId, key)
  return () => {
    if (keysByRequestId.get(requestId) === key) keysByRequestId.delete(requestId)
  }
}

function requestIdOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url, 'http://request.invalid').searchParams.get(REQUEST_ID_PARAM)
  } catch {
    return null
  }
}

/** The parts of an axios request config the interceptor touches (axios is the SDK's, not ours). */
interface RequestConfigLike {
  url?: string
  headers: { set(name: string, value: string): unknown }
}

interface AxiosLike {
  defaults: { timeout?: number }
  interceptors: { request: { use(onFulfilled: (config: RequestConfigLike) => RequestConfigLike): number } }
}

const configured = new WeakSet<object>()

function addIdempotencyHeader(config: RequestConfigLike): RequestConfigLike {
  const requestId = requestIdOf(config.url)
  const key = requestId === null ? undefined : keysByRequestId.get(requestId)
  if (key !== undefined) config.headers.set(IDEMPOTENCY_HEADER, key)
  return config
}

/** A timeout from the app options, or null to keep the SDK's (outside 1 s–5 min is ignored as a typo). */
export function timeoutFromOptions(appOptions: Record<string, unknown>): number | null {
  const raw = appOptions[REST_TIMEOUT_OPTION]
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN
  return Number.isInteger(ms) && ms >= MIN_TIMEOUT_MS && ms <= MAX_TIMEOUT_MS ? ms : null
}

/** Installs the header interceptor (once per client) and the timeout on both of the SDK's clients. */
export function configureHttp(frame: B24Frame, appOptions: Record<string, unknown>): void {
  const timeout = timeoutFromOptions(appOptions)
  for (const version of [ApiVersion.v2, ApiVersion.v3]) {
    const client = frame.getHttpClient(version).ajaxClient as unknown as AxiosLike
    if (!configured.has(client)) {
      configured.add(client)
      client.interceptors.request.use(addIdempotencyHeader)
    }
    if (timeout !== null) client.defaults.timeout = timeout
  }
}
