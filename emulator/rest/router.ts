/**
 * The portal's REST endpoint: /rest/<method>[.json] (REST 2), /rest/api/<method> (REST 3.0),
 * /rest/batch and /rest/api/batch. A preflight (OPTIONS) is recorded and answered before any routing
 * with the portal's fixed CORS headers. Order of checks for every other request: body (a REST 3.0
 * batch's shape included) → injected latency → injected failure → rate limit → token → Idempotency-Key
 * (REST 3.0 writes: replay / refuse) → method/scope → operating limit → handler (its cost booked) →
 * slow/drop faults → answer.
 * Every request, failed or not, is logged without its token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RestLogEntry } from '../context.ts'
import { authenticate, bookOperating, callMethod } from './call.ts'
import type { CallOutcome } from './call.ts'
import { parseV3BatchBody, runV2Batch, runV3Batch, v2BatchMethods, v3BatchMethods } from './batch.ts'
import type { BatchOutcome, V3Command } from './batch.ts'
import { renderFailure, systemErrors, systemOnV3, v2Failure, v3Errors, wireCode } from './failure.ts'
import type { RestFailure } from './failure.ts'
import {
  BodyTooLargeError, isPlainObject, lowerCaseHeaders, mediaType, readBody, REST_ALLOWED_HEADERS, REST_CORS_HEADERS, sendJson,
  sendRestPreflight, sendTruncated
} from './http.ts'
import { parsePhpQuery } from './query-string.ts'
import { REST_LOG_LIMIT } from './runtime.ts'
import type { PreflightRecord, RestRuntime } from './runtime.ts'
import { timeBlock } from './time.ts'
import type { FailStatus } from './faults.ts'
import { checkIdempotency, IDEMPOTENCY_HEADER, REPLAYED_HEADER, rememberAnswer } from './idempotency.ts'
import { recordServed } from './service.ts'
import type { IdempotencyCheck } from './idempotency.ts'

export interface RestRoute {
  api: 'v2' | 'v3'
  batch: boolean
  method: string
}

export function parseRestPath(pathname: string): RestRoute | null {
  if (!pathname.startsWith('/rest/')) return null
  const tail = pathname.slice('/rest/'.length)
  let name: string
  try {
    name = decodeURIComponent(tail.startsWith('api/') ? tail.slice('api/'.length) : tail)
  } catch {
    name = tail
  }
  if (tail.startsWith('api/')) return { api: 'v3', batch: name === 'batch', method: name }
  // REST 2 takes an optional format suffix; only JSON is answered
  const method = name.replace(/\.(json|xml)$/, '')
  return { api: 'v2', batch: method === 'batch', method }
}

type Parsed =
  | { ok: true, params: Record<string, unknown>, body: unknown, token: unknown, commands?: V3Command[] }
  | { ok: false, failure: RestFailure, body?: unknown }

const FAULT_FAILURES: Record<FailStatus, () => RestFailure> = {
  503: systemErrors.queryLimit,
  429: systemErrors.operationTimeLimit,
  500: systemErrors.internal
}

function withoutSdkNoise(query: Record<string, unknown>): Record<string, unknown> {
  // b24jssdk adds bx24_request_id / bx24_sdk_ver / bx24_sdk_type to every URL; they are not parameters
  return Object.fromEntries(Object.entries(query).filter(([k]) => !k.startsWith('bx24_')))
}

/** REST 2 reads the query string, then JSON or form bodies on top of it; `auth` may come from either. */
function parseV2(text: string, type: string, url: URL): Parsed {
  const params = withoutSdkNoise(parsePhpQuery(url.search))
  if (text.trim() !== '') {
    if (type === 'multipart/form-data') {
      return { ok: false, failure: v2Failure(400, 'ERROR_ARGUMENT', 'multipart/form-data is not supported by the emulator; send JSON') }
    }
    if (type === 'application/x-www-form-urlencoded') {
      Object.assign(params, parsePhpQuery(text))
    } else {
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return { ok: false, failure: v2Failure(400, 'ERROR_ARGUMENT', 'Request body is not valid JSON') }
      }
      if (!isPlainObject(body)) return { ok: false, failure: v2Failure(400, 'ERROR_ARGUMENT', 'Request body must be a JSON object') }
      Object.assign(params, body)
    }
  }
  const token = params.auth
  delete params.auth
  return { ok: true, params, body: params, token }
}

/**
 * REST 3.0 reads only a JSON body: parameters in the query string are ignored (so a GET with ?id=
 * fails validation, as documented). The token is the body's `auth`, or ?auth= when the body has none
 * (a GET). The batch's body is a bare array with no place for a token: its token comes only from ?auth=
 * (live #507), and a body of any other shape is refused here, before the token (live #455, #491).
 */
function parseV3(text: string, type: string, url: URL, batch: boolean): Parsed {
  const queryToken = url.searchParams.get('auth') ?? undefined
  if (text.trim() === '') return { ok: true, params: {}, body: batch ? [] : {}, token: queryToken, ...(batch ? { commands: [] } : {}) }
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') {
    return { ok: false, failure: v3Errors.invalidJson() }
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ok: false, failure: v3Errors.invalidJson() }
  }
  if (batch) {
    const commands = parseV3BatchBody(body)
    return commands.ok ? { ok: true, params: {}, body, token: queryToken, commands: commands.commands } : { ok: false, failure: commands.failure, body }
  }
  if (!isPlainObject(body)) return { ok: false, failure: v3Errors.invalidJson() }
  const { auth, ...params } = body
  return { ok: true, params, body: params, token: auth ?? queryToken }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise(resolve => setTimeout(resolve, ms)) : Promise.resolve()
}

function log(rt: RestRuntime, entry: Omit<RestLogEntry, 'at'>): void {
  const { restLog } = rt.ctx
  restLog.push({ at: new Date().toISOString(), ...entry })
  if (restLog.length > REST_LOG_LIMIT) restLog.splice(0, restLog.length - REST_LOG_LIMIT)
}

interface Answer {
  status: number
  body: unknown
  error: string | null
}

function failureAnswer(rt: RestRuntime, route: RestRoute, failure: RestFailure): Answer {
  // the open question v3SystemErrors: which envelope the portal-wide errors take under /rest/api/
  const shown = route.api === 'v3' && rt.ctx.questions.v3SystemErrors === 'v3' ? systemOnV3(failure) : failure
  return { status: shown.status, body: renderFailure(shown), error: wireCode(shown) }
}

function headerList(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(',') : value ?? ''
  return text.split(',').map(h => h.trim().toLowerCase()).filter(h => h !== '')
}

/** Every preflight on /rest/* is kept for tests (GET /_emulator/preflights), capped like the log. */
function recordPreflight(rt: RestRuntime, req: IncomingMessage, url: URL): void {
  const requestHeaders = headerList(req.headers['access-control-request-headers'])
  const record: PreflightRecord = {
    at: new Date().toISOString(),
    path: url.pathname,
    origin: req.headers.origin ?? null,
    requestMethod: (req.headers['access-control-request-method'] as string | undefined) ?? null,
    requestHeaders,
    refused: requestHeaders.filter(h => !REST_ALLOWED_HEADERS.includes(h))
  }
  rt.preflights.push(record)
  if (rt.preflights.length > REST_LOG_LIMIT) rt.preflights.splice(0, rt.preflights.length - REST_LOG_LIMIT)
}

/**
 * A replayed write (Idempotency-Key) is still a request for that method: it is checked against the
 * operating limit and books the method's cost like a call (decision: never kinder than running it).
 */
function replay(rt: RestRuntime, method: string, result: unknown, startMs: number): CallOutcome {
  if (rt.operating.blocked(method)) return { ok: false, failure: systemErrors.operationTimeLimit() }
  const booked = bookOperating(rt, method)
  return { ok: true, result, time: timeBlock(startMs, Date.now(), booked.cost * 1000, booked) }
}

/** Serves /rest/*; returns false for any other path. */
export async function handleRest(rt: RestRuntime, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const route = parseRestPath(url.pathname)
  if (!route) return false
  if (req.method === 'OPTIONS') {
    recordPreflight(rt, req, url)
    sendRestPreflight(res)
    return true
  }
  const startMs = Date.now()
  const arrivedAt = performance.now()
  const requestId = url.searchParams.get('bx24_request_id') ?? (req.headers['x-request-id'] as string | undefined) ?? null
  const base = { method: route.method, api: route.api, requestId }

  if (req.method !== 'GET' && req.method !== 'POST') {
    const failure = v2Failure(405, 'ERROR_METHOD_NOT_ALLOWED', 'Use GET or POST')
    log(rt, { ...base, status: 405, error: failure.code, userId: null })
    sendJson(res, 405, renderFailure(failure), {}, REST_CORS_HEADERS)
    return true
  }

  let text: string
  try {
    text = await readBody(req)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    const failure = v2Failure(413, 'ERROR_ARGUMENT', 'Request body too large')
    log(rt, { ...base, status: 413, error: failure.code, userId: null })
    sendJson(res, 413, renderFailure(failure), {}, REST_CORS_HEADERS)
    return true
  }
  const type = mediaType(req)
  const parsed = route.api === 'v2' ? parseV2(text, type, url) : parseV3(text, type, url, route.batch)
  const inner = !route.batch ? [] : route.api === 'v2' ? (parsed.ok ? v2BatchMethods(parsed.params) : []) : v3BatchMethods(parsed.body)
  const batch = route.batch ? { batch: inner } : {}
  const matchable = [route.method, ...inner]

  const sleptFrom = performance.now()
  await sleep(rt.clock.toReal(rt.faults.latencyMs))
  const sleptMs = performance.now() - sleptFrom
  const served = (status: number) => recordServed(rt, () => ({ url: req.url ?? `${url.pathname}${url.search}`, method: req.method ?? 'POST', body: text, status }), arrivedAt, sleptMs)

  let answer: Answer
  let userId: number | null = null
  let fault: RestLogEntry['fault']
  let replayed = false
  const failStatus = rt.faults.takeFail(matchable)
  if (failStatus !== null) {
    fault = 'fail'
    answer = failureAnswer(rt, route, FAULT_FAILURES[failStatus]())
  } else if (!parsed.ok) {
    answer = failureAnswer(rt, route, parsed.failure)
  } else if (!rt.limiter.take()) {
    answer = failureAnswer(rt, route, systemErrors.queryLimit())
  } else {
    const auth = authenticate(rt, parsed.token)
    if (!auth.ok) {
      answer = failureAnswer(rt, route, auth.failure)
    } else {
      userId = auth.caller.user.id
      const headers = lowerCaseHeaders(req)
      if (route.batch) {
        const token = parsed.token as string
        const outcome: BatchOutcome = route.api === 'v2'
          ? await runV2Batch(rt, parsed.params, { token, caller: auth.caller, headers })
          : await runV3Batch(rt, parsed.commands ?? [], { token, caller: auth.caller, headers })
        // the outer batch is not counted (docs/decisions.md D7): operating 0;
        // processing = what its commands booked
        answer = outcome.ok
          ? { status: 200, body: { result: outcome.result, time: timeBlock(startMs, Date.now(), outcome.processing * 1000) }, error: null }
          : failureAnswer(rt, route, outcome.failure)
      } else {
        const def = Object.hasOwn(rt.methods, route.method) ? rt.methods[route.method] : undefined
        // only a REST 3.0 method that exists here can be a write with a key; anything else fails as usual
        const idempotency: IdempotencyCheck = route.api === 'v3' && def?.api === 'v3'
          ? checkIdempotency({ data: rt.ctx.data, userId, method: route.method, params: parsed.params, key: headers[IDEMPOTENCY_HEADER] })
          : { kind: 'none' }
        const outcome: CallOutcome = idempotency.kind === 'refuse'
          ? { ok: false as const, failure: idempotency.failure }
          : idempotency.kind === 'replay'
            ? replay(rt, route.method, idempotency.result, startMs)
            : await callMethod(rt, { api: route.api, method: route.method, params: parsed.params, caller: auth.caller, headers })
        replayed = idempotency.kind === 'replay' && outcome.ok
        if (outcome.ok) rememberAnswer(rt.ctx.data, idempotency, outcome.result)
        answer = outcome.ok
          ? {
              status: 200,
              error: null,
              body: {
                result: outcome.result,
                ...(outcome.total !== undefined ? { total: outcome.total } : {}),
                ...(outcome.next !== undefined ? { next: outcome.next } : {}),
                time: timeBlock(startMs, Date.now(), outcome.time.processing * 1000,
                  { operating: outcome.time.operating, resetAt: outcome.time.operating_reset_at })
              }
            }
          : failureAnswer(rt, route, outcome.failure)
      }
    }
  }

  // slow and drop act after the method ran: its effects stay, only the answer is late or lost
  if (!fault) {
    const slowMs = rt.faults.takeSlow(matchable)
    if (slowMs > 0) {
      fault = 'slow'
      await sleep(slowMs)
    }
    if (rt.faults.takeDrop(matchable)) {
      log(rt, { ...base, ...batch, status: answer.status, error: answer.error, userId, fault: 'drop', ...(replayed ? { replayed } : {}) })
      sendTruncated(res, answer.status, answer.body, replayed ? { [REPLAYED_HEADER]: 'true' } : {}, REST_CORS_HEADERS)
      served(answer.status)
      return true
    }
  }
  log(rt, { ...base, ...batch, status: answer.status, error: answer.error, userId, ...(fault ? { fault } : {}), ...(replayed ? { replayed } : {}) })
  sendJson(res, answer.status, answer.body, replayed ? { [REPLAYED_HEADER]: 'true' } : {}, REST_CORS_HEADERS)
  served(answer.status)
  return true
}
