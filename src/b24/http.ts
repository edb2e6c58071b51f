import { ApiVersion } from '@bitrix24/b24jssdk'
import type { B24Frame } from '@bitrix24/b24jssdk'

/**
 * What the door adds to the SDK's own HTTP clients (one axios instance per API version):
 *
 * - The REST 3.0 batch as a portal takes it. b24jssdk 2.2.0 spreads the command list into its params and
 *   adds `auth`, so it sends `{"0":{…},"1":{…},"auth":"…"}`; a portal iterates every top-level value and
 *   refuses the whole batch ("Each request item must have a "method" and "query" attribute", HTTP 400),
 *   because `auth` is not a command (live measurements in bitrix24/b24jssdk #455 and #491). The portal
 *   also reads the token from the query string, which is where the maintainers' fix puts it (#507). So a
 *   request interceptor turns that body back into the bare array and moves the token to `?auth=`: the one
 *   URL a token travels in, because a portal leaves no other place. Everything else is the SDK's own —
 *   token, refresh (a 401 is re-sent with the new token, rewritten again), rate limiter, retries.
 *   Remove `rewriteV3Batch` (and send through `$b24.actions.v3.batch.make` again) at the first b24jssdk
 *   release after 2.2.0 that ships #491 and #507; `src/b24/b24.spec.ts` pins the request either way.
 * - No header a portal's CORS preflight refuses. A portal answers every preflight with
 *   `Access-Control-Allow-Headers: origin, content-type, accept` and nothing else (CRestUtil::sendHeaders,
 *   quoted in #491 and #507), so a browser never sends a request that carries any other header — an
 *   `Idempotency-Key` included. "At most once" is the callers' job instead: a write whose answer was lost
 *   is re-sent only after reading what the portal holds (src/api/bulk.ts, src/stores/departments.ts).
 * - The request timeout. The SDK waits 30 s for an answer; the app option `restTimeoutMs` (set by an
 *   administrator, kept by the portal) changes it for both APIs — longer for a slow portal, and the e2e
 *   tests make it short so "an answer slower than the timeout" takes seconds.
 */

export const REST_TIMEOUT_OPTION = 'restTimeoutMs'
const MIN_TIMEOUT_MS = 1000
const MAX_TIMEOUT_MS = 300_000

/** The parts of an axios request config the interceptor touches (axios is the SDK's, not ours). */
interface RequestConfigLike {
  url?: string
  data?: unknown
}

interface AxiosLike {
  defaults: { timeout?: number }
  interceptors: { request: { use(onFulfilled: (config: RequestConfigLike) => RequestConfigLike): number } }
}

const configured = new WeakSet<object>()

function isBatchUrl(url: string | undefined): boolean {
  if (!url) return false
  try {
    return new URL(url, 'http://request.invalid').pathname.endsWith('/batch')
  } catch {
    return false
  }
}

/**
 * `{"0":cmd,"1":cmd,…,"auth":token}` → body `[cmd, cmd, …]`, URL `…/batch?…&auth=token`. A body that is
 * already a list (or has no numeric keys) is left alone.
 */
export function rewriteV3Batch(config: RequestConfigLike): RequestConfigLike {
  const data = config.data
  if (!isBatchUrl(config.url) || data === null || typeof data !== 'object' || Array.isArray(data)) return config
  const { auth, ...rest } = data as Record<string, unknown>
  const keys = Object.keys(rest)
  if (!keys.every((key) => /^\d+$/.test(key))) return config
  config.data = keys.sort((a, b) => Number(a) - Number(b)).map((key) => rest[key])
  if (typeof auth === 'string' && auth !== '') {
    const url = new URL(config.url!)
    url.searchParams.set('auth', auth)
    config.url = url.toString()
  }
  return config
}

/** A timeout from the app options, or null to keep the SDK's (outside 1 s–5 min is ignored as a typo). */
export function timeoutFromOptions(appOptions: Record<string, unknown>): number | null {
  const raw = appOptions[REST_TIMEOUT_OPTION]
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN
  return Number.isInteger(ms) && ms >= MIN_TIMEOUT_MS && ms <= MAX_TIMEOUT_MS ? ms : null
}

/** Installs the batch rewrite on the REST 3.0 client (once) and the timeout on both of the SDK's clients. */
export function configureHttp(frame: B24Frame, appOptions: Record<string, unknown>): void {
  const timeout = timeoutFromOptions(appOptions)
  for (const version of [ApiVersion.v2, ApiVersion.v3]) {
    const client = frame.getHttpClient(version).ajaxClient as unknown as AxiosLike
    if (version === ApiVersion.v3 && !configured.has(client)) {
      configured.add(client)
      client.interceptors.request.use(rewriteV3Batch)
    }
    if (timeout !== null) client.defaults.timeout = timeout
  }
}
