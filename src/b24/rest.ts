import { ApiVersion } from '@bitrix24/b24jssdk'
import type { AjaxResult, TypeHttp } from '@bitrix24/b24jssdk'
import { loadCapacity } from './capacity'
import { PortalError } from './errors'
import { rememberCurrentTokens, requireFrame } from './frame'
import { OperatingBudget } from './operating'
import type { TimeBlockLike } from './operating'

/**
 * REST 2 and REST 3.0 through the SDK's own transport (auth refresh, rate limiter, retries), with every
 * failure turned into a PortalError.
 *
 * Two places lean on SDK 2.2.0 internals (the version is pinned exactly in package.json, and
 * src/b24/b24.spec.ts fails if either moves: "makes exactly one attempt with retry:false …" and
 * "returns result, total and next of a list page"):
 * - `retry: false` runs `HttpV2/HttpV3._executeSingleCall`, the one-attempt core that `call()` loops over.
 *   It keeps the shared rate limiter and the 401 → refreshAuth → one re-send path (a 401 request was never
 *   executed, so re-sending it cannot duplicate anything) and skips the retry loop. The alternatives were
 *   worse: changing maxRetries on the shared client races with concurrent calls, and a second HttpV2 would
 *   have its own rate-limit bucket and its own token-refresh coalescing.
 * - `next`/`total` of a REST 2 list are read from the AjaxResult's stored envelope: the public API only
 *   says whether `next` exists (isMore) or re-sends the request (getNext).
 */

export interface CallOptions {
  /** Correlates the request in the portal's logs (sent as bx24_request_id). */
  requestId?: string
  /**
   * false → no automatic retry on 5xx, network error or timeout: the method runs at most once. Use it for
   * calls that create something; on failure, check what the portal holds before offering to try again.
   * Only a refusal that comes before the method runs is re-sent: the rate limit (503 QUERY_LIMIT_EXCEEDED)
   * and, for a single call, the operating limit (429, after the pause `send` keeps); a batch of writes
   * refused with 429 is not, since its earlier commands may have run.
   */
  retry?: boolean
}

export type RestParams = Record<string, unknown>

export interface V2Page<T> {
  result: T
  total?: number
  next?: number
}

export interface BatchV2Row {
  result?: unknown
  total?: number
  next?: number
  error?: PortalError
}

export type BatchV2Calls = Record<string, [method: string, params?: RestParams]>

export interface BatchV2Options {
  /**
   * Stop at the first failing row (later rows are then absent from the answer). Default false, as in the
   * REST docs: a bulk operation wants to know what was done and what was not.
   */
  haltOnError?: boolean
}

export interface BatchV3Call {
  method: string
  params?: RestParams
}

interface Envelope {
  total?: unknown
  next?: unknown
}

type OneShotHttp = TypeHttp & {
  _executeSingleCall?: (requestId: string, method: string, params: RestParams) => Promise<AjaxResult>
}

let oneShotCounter = 0

/** A request id of our own (unique in this page) for calls the door must recognise on the wire. */
function oneShotRequestId(): string {
  oneShotCounter += 1
  return `one-shot-${Date.now().toString(36)}-${oneShotCounter}`
}

function firstError(result: { errors: Map<string, Error> }): unknown {
  for (const error of result.errors.values()) return error
  return undefined
}

/**
 * A rate-limit refusal (503 QUERY_LIMIT_EXCEEDED) happens before the portal runs the method, so even a
 * call that must never be repeated blindly may be sent again after it: nothing was created. Waits before
 * each re-send; other failures (a 500, a lost answer, a timeout) are never re-sent here.
 */
export const ONE_SHOT_RATE_LIMIT_WAITS_MS = [1000, 2000]

async function sendOnce(
  single: NonNullable<OneShotHttp['_executeSingleCall']>, http: OneShotHttp, requestId: string, method: string, params: RestParams
): Promise<AjaxResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await single.call(http, requestId, method, params)
    } catch (error) {
      const wait = ONE_SHOT_RATE_LIMIT_WAITS_MS[attempt]
      // only the rate limit here: an operating-limit refusal goes up to `send`, which pauses its methods
      if (wait === undefined || !PortalError.from(error).rateLimited) throw error
      await new Promise(resolve => setTimeout(resolve, wait))
    }
  }
}

/** The app's model of the portal's operating-time limit (operating.ts): one per page, as the portal's is per app. */
export const operatingBudget = new OperatingBudget()

/** A call refused by the operating limit waits and goes again; after this many refusals in a row it fails. */
const MAX_OPERATING_REFUSALS = 30

/**
 * One request, paced by the operating-time model: it waits until its calls (a batch's nested commands
 * count against their own methods) fit under the limit, and a 429 OPERATION_TIME_LIMIT pauses only those
 * methods and sends it again once the portal frees them — a refused call never ran, so nothing doubles.
 */
async function send(version: ApiVersion, method: string, params: RestParams | unknown[], options: CallOptions): Promise<AjaxResult> {
  const calls = method === 'batch' && Array.isArray(params)
    ? params.map((command) => String((command as { method?: unknown }).method ?? ''))
    : [method]
  // A batch sent once (writes) is not re-sent after a 429 either: its commands count one by one, so the
  // ones before the refused command may have run. Its caller re-reads first (src/api/bulk.ts).
  const resendRefused = !(method === 'batch' && options.retry === false)
  for (let refusals = 0; ; refusals += 1) {
    const release = await operatingBudget.acquire(calls)
    const sentAt = Date.now()
    try {
      const result = await sendThroughSdk(version, method, params, options)
      if (method !== 'batch') operatingBudget.observe(method, (result.getData() as { time?: TimeBlockLike } | undefined)?.time, sentAt)
      return result
    } catch (error) {
      const failure = PortalError.from(error)
      if (!failure.operatingLimited) throw failure
      operatingBudget.refused(calls)
      if (method !== 'batch') release()
      if (!resendRefused || refusals >= MAX_OPERATING_REFUSALS) throw failure
    }
  }
}

async function sendThroughSdk(version: ApiVersion, method: string, params: RestParams | unknown[], options: CallOptions): Promise<AjaxResult> {
  const http = requireFrame().getHttpClient(version) as OneShotHttp
  const requestId = options.requestId ?? (options.retry === false ? oneShotRequestId() : undefined)
  // the SDK types its params as a map; a REST 3.0 batch sends its command list there (see http.ts)
  const sdkParams = params as RestParams
  let result: AjaxResult
  try {
    if (options.retry === false) {
      const single = http._executeSingleCall
      if (typeof single !== 'function') {
        throw new PortalError({ code: 'SDK_ONE_SHOT_UNAVAILABLE', message: 'This SDK version cannot send a request without retries.' })
      }
      result = await sendOnce(single, http, requestId ?? oneShotRequestId(), method, sdkParams)
    } else {
      result = await http.call(method, sdkParams, requestId)
    }
  } catch (error) {
    rememberCurrentTokens()
    throw PortalError.from(error, { method })
  }
  rememberCurrentTokens()
  if (!result.isSuccess) {
    throw PortalError.from(firstError(result), { method, status: result.getStatus() })
  }
  return result
}

function envelopeOf(result: AjaxResult): Envelope {
  const data = (result as unknown as { _data?: unknown })._data
  return data && typeof data === 'object' ? data as Envelope : {}
}

function toCount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN
  return Number.isFinite(n) ? n : undefined
}

/** REST 2 call; resolves with `result`. */
export async function callV2<T>(method: string, params: RestParams = {}, options: CallOptions = {}): Promise<T> {
  const result = await send(ApiVersion.v2, method, params, options)
  return result.getData()?.result as T
}

/** REST 2 call of a list method; resolves with `result` plus `total` and `next` when the portal sent them. */
export async function callV2Page<T>(method: string, params: RestParams = {}, options: CallOptions = {}): Promise<V2Page<T>> {
  const result = await send(ApiVersion.v2, method, params, options)
  const envelope = envelopeOf(result)
  const page: V2Page<T> = { result: result.getData()?.result as T }
  const total = toCount(envelope.total)
  const next = toCount(envelope.next)
  if (total !== undefined) page.total = total
  if (next !== undefined) page.next = next
  return page
}

/** REST 3.0 call (/rest/api/); resolves with `result`. */
export async function callV3<T>(method: string, params: RestParams = {}, options: CallOptions = {}): Promise<T> {
  const result = await send(ApiVersion.v3, method, params, options)
  return result.getData()?.result as T
}

/**
 * REST 2 batch (at most 50 rows). Resolves with one entry per row the portal answered: its result, or its
 * own PortalError. Rejects only when the batch as a whole fails.
 */
export async function batchV2(calls: BatchV2Calls, options: BatchV2Options = {}): Promise<Record<string, BatchV2Row>> {
  const $b24 = requireFrame()
  let response
  try {
    response = await $b24.actions.v2.batch.make({
      calls,
      options: { isHaltOnError: options.haltOnError ?? false, returnAjaxResult: true }
    })
  } catch (error) {
    rememberCurrentTokens()
    throw PortalError.from(error, { method: 'batch' })
  }
  rememberCurrentTokens()
  const rows = (response.getData() ?? {}) as Record<string, AjaxResult>
  const rowErrors = response.errors
  const baseError = rowErrors.get('base-error')
  if (baseError) throw PortalError.from(baseError, { method: 'batch' })
  const out: Record<string, BatchV2Row> = {}
  for (const [key, row] of Object.entries(rows)) {
    const method = calls[key]?.[0]
    if (!row.isSuccess) {
      out[key] = { error: PortalError.from(rowErrors.get(key) ?? firstError(row), method ? { method } : {}) }
      continue
    }
    const entry: BatchV2Row = { result: row.getData()?.result }
    // The SDK fills absent row totals/nexts with 0; only a list (array result) has a meaningful total, and
    // no real next offset is ever 0.
    const envelope = envelopeOf(row)
    const total = toCount(envelope.total)
    const next = toCount(envelope.next)
    if (Array.isArray(entry.result) && total !== undefined) entry.total = total
    if (next !== undefined && next > 0) entry.next = next
    out[key] = entry
  }
  return out
}

/**
 * How many requests of a load of `calls` more calls of `method` may go at once right now (capacity.ts
 * loadCapacity): the SDK's REST 3.0 limiter's free requests while the rest of the load fits the operating-time
 * model, else 0. 0 before the frame is connected.
 */
export function requestCapacity(method: string, calls: number): number {
  try {
    return loadCapacity(requireFrame().getHttpClient(ApiVersion.v3), operatingBudget, method, calls)
  } catch {
    return 0
  }
}

/** A REST 3.0 batch holds at most 50 commands. */
export const V3_BATCH_LIMIT = 50

/**
 * REST 3.0 batch (at most 50 calls), all-or-nothing: resolves with the results in call order.
 *
 * Sent as the portal documents it (https://apidocs.bitrix24.com/api-reference/rest-v3.html#batch): a bare
 * JSON array of `{method, query}`; `http.ts` moves the token to `?auth=`. Not through
 * `$b24.actions.v3.batch.make`, whose request a portal refuses in b24jssdk 2.2.0 (docs/decisions.md D2); the
 * SDK's client, token, limiter and retries still carry it. `retry: false` sends it once (a batch of writes:
 * the caller re-reads before any re-send).
 */
export async function batchV3(calls: BatchV3Call[], options: CallOptions = {}): Promise<unknown[]> {
  if (calls.length === 0) return []
  if (calls.length > V3_BATCH_LIMIT) {
    throw new PortalError({ code: 'JSSDK_BATCH_TOO_LARGE', message: `A REST 3.0 batch holds at most ${V3_BATCH_LIMIT} commands.`, method: 'batch' })
  }
  const commands = calls.map((call) => ({ method: call.method, query: call.params ?? {} }))
  const result = await send(ApiVersion.v3, 'batch', commands, options)
  const rows = result.getData()?.result as unknown
  if (!Array.isArray(rows) || rows.length !== calls.length) {
    throw new PortalError({ code: 'ERROR_UNEXPECTED_ANSWER', message: 'The portal answered the batch with an unexpected shape.', method: 'batch' })
  }
  return rows
}
