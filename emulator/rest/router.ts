/**
 * The portal's REST endpoint: /rest/<method>[.json] (REST 2), /rest/api/<method> (REST 3.0),
 * /rest/batch and /rest/api/batch. Order of checks for every request: body → injected latency →
 * injected failure → rate limit → token → Idempotency-Key (REST 3.0 writes: replay / refuse) → method/scope →
 * handler → slow/drop faults → answer.
 * Every request, failed or not, is logged without its token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RestLogEntry } from '../context.ts'
import { authenticate, callMethod } from './call.ts'
import { runV2Batch, runV3Batch, v2BatchMethods, v3BatchMethods } from './batch.ts'
import type { BatchOutcome } from './batch.ts'
import { renderFailure, systemErrors, v2Failure, v3Errors, wireCode } from './failure.ts'
import type { RestFailure } from './failure.ts'
import { BodyTooLargeError, isPlainObject, lowerCaseHeaders, mediaType, readBody, sendJson, sendPreflight, sendTruncated } from './http.ts'
import { parsePhpQuery } from './query-string.ts'
import { REST_LOG_LIMIT } from './runtime.ts'
import type { RestRuntime } from './runtime.ts'
import { timeBlock } from './time.ts'
import type { FailStatus } from './faults.ts'
import { checkIdempotency, IDEMPOTENCY_HEADER, REPLAYED_HEADER, rememberAnswer } from './idempotency.ts'
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

type Parsed = { ok: true, params: Record<string, unknown>, body: unknown, token: unknown } | { ok: false, failure: RestFailure }

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
 * fails validation, as documented). A GET and the documented JSON-array batch have nowhere to put
 * `auth`, so the token may also come as ?auth= when the body has none.
 */
function parseV3(text: string, type: string, url: URL, batch: boolean): Parsed {
  const queryToken = url.searchParams.get('auth') ?? undefined
  if (text.trim() === '') return { ok: true, params: {}, body: {}, token: queryToken }
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') {
    return { ok: false, failure: v3Errors.invalidJson() }
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ok: false, failure: v3Errors.invalidJson() }
  }
  if (Array.isArray(body) && batch) return { ok: true, params: {}, body, token: queryToken }
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

function failureAnswer(failure: RestFailure): Answer {
  return { status: failure.status, body: renderFailure(failure), error: wireCode(failure) }
}

/** Serves /rest/*; returns false for any other path. */
export async function handleRest(rt: RestRuntime, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const route = parseRestPath(url.pathname)
  if (!route) return false
  if (req.method === 'OPTIONS') {
    sendPreflight(req, res)
    return true
  }
  const startMs = Date.now()
  const requestId = url.searchParams.get('bx24_request_id') ?? (req.headers['x-request-id'] as string | undefined) ?? null
  const base = { method: route.method, api: route.api, requestId }

  if (req.method !== 'GET' && req.method !== 'POST') {
    const failure = v2Failure(405, 'ERROR_METHOD_NOT_ALLOWED', 'Use GET or POST')
    log(rt, { ...base, status: 405, error: failure.code, userId: null })
    sendJson(res, 405, renderFailure(failure))
    return true
  }

  let text: string
  try {
    text = await readBody(req)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    const failure = v2Failure(413, 'ERROR_ARGUMENT', 'Request body too large')
    log(rt, { ...base, status: 413, error: failure.code, userId: null })
    sendJson(res, 413, renderFailure(failure))
    return true
  }
  const type = mediaType(req)
  const parsed = route.api === 'v2' ? parseV2(text, type, url) : parseV3(text, type, url, route.batch)
  const inner = !parsed.ok || !route.batch ? [] : route.api === 'v2' ? v2BatchMethods(parsed.params) : v3BatchMethods(parsed.body)
  const batch = route.batch ? { batch: inner } : {}
  const matchable = [route.method, ...inner]

  await sleep(rt.clock.toReal(rt.faults.latencyMs))

  let answer: Answer
  let userId: number | null = null
  let fault: RestLogEntry['fault']
  let replayed = false
  const failStatus = rt.faults.takeFail(matchable)
  if (failStatus !== null) {
    fault = 'fail'
    answer = failureAnswer(FAULT_FAILURES[failStatus]())
  } else if (!parsed.ok) {
    answer = failureAnswer(parsed.failure)
  } else if (!rt.limiter.take()) {
    answer = failureAnswer(systemErrors.queryLimit())
  } else {
    const auth = authenticate(rt, parsed.token)
    if (!auth.ok) {
      answer = failureAnswer(auth.failure)
    } else {
      userId = auth.caller.user.id
      const headers = lowerCaseHeaders(req)
      if (route.batch) {
        const token = parsed.token as string
        const outcome: BatchOutcome = route.api === 'v2'
          ? await runV2Batch(rt, parsed.params, { token, caller: auth.caller, headers })
          : await runV3Batch(rt, parsed.body, { token, caller: auth.caller, headers })
        answer = outcome.ok
          ? { status: 200, body: { result: outcome.result, time: timeBlock(startMs, Date.now()) }, error: null }
          : failureAnswer(outcome.failure)
      } else {
        const def = Object.hasOwn(rt.methods, route.method) ? rt.methods[route.method] : undefined
        // only a REST 3.0 method that exists here can be a write with a key; anything else fails as usual
        const idempotency: IdempotencyCheck = route.api === 'v3' && def?.api === 'v3'
          ? checkIdempotency({ data: rt.ctx.data, userId, method: route.method, params: parsed.params, key: headers[IDEMPOTENCY_HEADER] })
          : { kind: 'none' }
        const outcome = idempotency.kind === 'refuse'
          ? { ok: false as const, failure: idempotency.failure }
          : idempotency.kind === 'replay'
            ? { ok: true as const, result: idempotency.result, time: timeBlock(startMs, Date.now()) }
            : await callMethod(rt, { api: route.api, method: route.method, params: parsed.params, caller: auth.caller, headers })
        replayed = idempotency.kind === 'replay'
        if (outcome.ok) rememberAnswer(rt.ctx.data, idempotency, outcome.result)
        answer = outcome.ok
          ? {
              status: 200,
              error: null,
              body: {
                result: outcome.result,
                ...(outcome.total !== undefined ? { total: outcome.total } : {}),
                ...(outcome.next !== undefined ? { next: outcome.next } : {}),
                time: timeBlock(startMs, Date.now(), outcome.time.processing * 1000)
              }
            }
          : failureAnswer(outcome.failure)
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
      sendTruncated(res, answer.status, answer.body, replayed ? { [REPLAYED_HEADER]: 'true' } : {})
      return true
    }
  }
  log(rt, { ...base, ...batch, status: answer.status, error: answer.error, userId, ...(fault ? { fault } : {}), ...(replayed ? { replayed } : {}) })
  sendJson(res, answer.status, answer.body, replayed ? { [REPLAYED_HEADER]: 'true' } : {})
  return true
}
