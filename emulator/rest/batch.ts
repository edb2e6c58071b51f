/**
 * Both batch formats (https://apidocs.bitrix24.com/settings/how-to-call-rest-api/batch.html,
 * https://apidocs.bitrix24.com/api-reference/rest-v3.html#batch; docs/decisions.md D2). A batch is one HTTP
 * request (one hit of the rate limit); each command goes through callMethod exactly like a single call.
 */
import { authenticate, callMethod } from './call.ts'
import type { Caller } from './call.ts'
import type { RestRuntime } from './runtime.ts'
import { systemErrors, v3Errors, renderFailure } from './failure.ts'
import type { RestFailure } from './failure.ts'
import { parsePhpQuery } from './query-string.ts'
import { isPlainObject } from './http.ts'
import { phpBool } from './params.ts'
import type { TimeBlock } from './time.ts'

export const BATCH_LIMIT = 50

/**
 * `processing` (seconds) is the sum of the commands' booked costs, for the outer `time` block; the outer
 * batch itself books nothing on the operating meter (docs/decisions.md D7), so that block says
 * `operating: 0`.
 */
export type BatchOutcome =
  | { ok: true, result: unknown, methods: string[], processing: number }
  | { ok: false, failure: RestFailure, methods: string[] }

interface BatchRequest {
  token: string
  caller: Caller
  headers: Record<string, string | undefined>
}

/** PHP prints an array keyed 0..n-1 as a list and an empty one as [] — clients rely on both. */
export function phpJson(map: Record<string, unknown>): unknown {
  const keys = Object.keys(map)
  if (keys.length === 0) return []
  return keys.every((k, i) => k === String(i)) ? keys.map(k => map[k]) : map
}

interface V2Row {
  method: string
  params: Record<string, unknown>
}

/** A row is `method?query` (what b24jssdk sends) or `{method, params}` (what some SDKs send). */
function parseV2Row(row: unknown): V2Row | null {
  if (typeof row === 'string') {
    const q = row.indexOf('?')
    const method = (q === -1 ? row : row.slice(0, q)).trim()
    return { method, params: q === -1 ? {} : parsePhpQuery(row.slice(q + 1)) }
  }
  if (isPlainObject(row) && typeof row.method === 'string') {
    return { method: row.method, params: isPlainObject(row.params) ? row.params : {} }
  }
  return null
}

/** Follows `[a][b]` segments into an earlier row's result. */
function dig(value: unknown, path: string[]): unknown {
  let node = value
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

const BACK_REFERENCE = /\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g

/** `$result[cmd][FIELD][0]` back-references to earlier rows, substituted into later rows' values. */
function substituteV2(value: unknown, results: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$result\[([^\]]+)\]((?:\[[^\]]*\])*)$/.exec(value)
    if (whole) {
      const found = dig(results[whole[1] ?? ''], [...(whole[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map(m => m[1] ?? ''))
      return found === undefined ? value : found
    }
    return value.replace(BACK_REFERENCE, (text, key: string, tail: string) => {
      const found = dig(results[key], [...tail.matchAll(/\[([^\]]*)\]/g)].map(m => m[1] ?? ''))
      return found === undefined || typeof found === 'object' ? text : String(found)
    })
  }
  if (Array.isArray(value)) return value.map(v => substituteV2(v, results))
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteV2(v, results)]))
  }
  return value
}

export function v2BatchMethods(params: Record<string, unknown>): string[] {
  const cmd = params.cmd
  if (!isPlainObject(cmd) && !Array.isArray(cmd)) return []
  return Object.values(cmd).map(parseV2Row).filter(r => r !== null).map(r => r.method)
}

export async function runV2Batch(rt: RestRuntime, params: Record<string, unknown>, request: BatchRequest): Promise<BatchOutcome> {
  const cmd = params.cmd
  const entries: [string, unknown][] = isPlainObject(cmd) || Array.isArray(cmd) ? Object.entries(cmd) : []
  const methods = v2BatchMethods(params)
  if (entries.length > BATCH_LIMIT) return { ok: false, failure: systemErrors.batchLength(), methods }
  // CRestProvider::methodsBatch: `(bool)$arQuery['HALT']`, so '0', 0, '' and false run on and 'N' halts
  const halt = phpBool(params.halt)

  const result: Record<string, unknown> = {}
  const errors: Record<string, unknown> = {}
  const totals: Record<string, unknown> = {}
  const nexts: Record<string, unknown> = {}
  const times: Record<string, TimeBlock> = {}
  let processing = 0

  for (const [key, raw] of entries) {
    const row = parseV2Row(raw)
    let failure: RestFailure | null = null
    if (!row || row.method === '') {
      failure = systemErrors.methodNotFound()
    } else if (row.method === 'batch') {
      failure = systemErrors.batchMethod()
    } else {
      const rowParams = substituteV2(row.params, result) as Record<string, unknown>
      // a row may carry its own token; otherwise it runs with the batch's
      const token = typeof rowParams.auth === 'string' ? rowParams.auth : request.token
      delete rowParams.auth
      const auth = authenticate(rt, token)
      if (!auth.ok) {
        failure = auth.failure
      } else {
        const outcome = await callMethod(rt, { api: 'v2', method: row.method, params: rowParams, caller: auth.caller, headers: request.headers })
        if (outcome.ok) {
          result[key] = outcome.result
          times[key] = outcome.time
          processing += outcome.time.processing
          if (outcome.total !== undefined) totals[key] = outcome.total
          if (outcome.next !== undefined) nexts[key] = outcome.next
        } else {
          failure = outcome.failure
        }
      }
    }
    if (failure) {
      errors[key] = renderFailure(failure)
      if (halt) break
    }
  }
  return {
    ok: true,
    methods,
    processing,
    result: {
      result: phpJson(result),
      result_error: phpJson(errors),
      result_total: phpJson(totals),
      result_next: phpJson(nexts),
      result_time: phpJson(times)
    }
  }
}

export interface V3Command {
  method: string
  query: Record<string, unknown>
  as?: string
}

export type V3BatchBody = { ok: true, commands: V3Command[] } | { ok: false, failure: RestFailure }

/**
 * The body of POST /rest/api/batch as the portal reads it (docs/decisions.md D2; b24jssdk #455, #491): a bare
 * JSON array of `{method, query}`. PHP cannot tell an object keyed "0", "1", … from a list, so that is the
 * list too. Every top-level value must be a command with a `method` string and a `query` object; anything
 * else — `auth`, `cmd`, `halt` beside the commands, a command without `query` — fails the whole batch with
 * 400 INVALIDSELECTEXCEPTION before any command runs. Other keys of a command (`as`, `parallel`) are allowed.
 */
export function parseV3BatchBody(body: unknown): V3BatchBody {
  let raws: unknown[]
  if (Array.isArray(body)) {
    raws = body
  } else if (isPlainObject(body) && Object.keys(body).every(k => /^\d+$/.test(k))) {
    raws = Object.keys(body).sort((a, b) => Number(a) - Number(b)).map(k => body[k])
  } else {
    return { ok: false, failure: v3Errors.batchItem() }
  }
  const commands: V3Command[] = []
  for (const raw of raws) {
    if (!isPlainObject(raw) || typeof raw.method !== 'string' || raw.method === '' || !isPlainObject(raw.query)) {
      return { ok: false, failure: v3Errors.batchItem() }
    }
    commands.push({ method: raw.method, query: raw.query, ...(typeof raw.as === 'string' ? { as: raw.as } : {}) })
  }
  return { ok: true, commands }
}

/** The method names inside a REST 3.0 batch body, whatever its shape (for fault matching and the log). */
export function v3BatchMethods(body: unknown): string[] {
  const values = Array.isArray(body) ? body : isPlainObject(body) ? Object.values(body) : []
  return values.filter(isPlainObject).map(c => c.method).filter(m => typeof m === 'string')
}

class UnresolvedReference extends Error {}

/** `{$ref: 'alias.path'}` and `{$refArray: 'alias.field'}` (collected over the alias's `items`). */
function substituteV3(value: unknown, byAlias: Map<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map(v => substituteV3(v, byAlias))
  if (!isPlainObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && typeof value.$ref === 'string') {
    const [alias = '', ...path] = value.$ref.split('.')
    const found = dig(byAlias.get(alias), path)
    if (!byAlias.has(alias) || found === undefined) throw new UnresolvedReference(`Cannot resolve $ref \`${value.$ref}\``)
    return found
  }
  if (keys.length === 1 && typeof value.$refArray === 'string') {
    const [alias = '', ...path] = value.$refArray.split('.')
    const items = dig(byAlias.get(alias), ['items'])
    if (path.length === 0 || !Array.isArray(items)) throw new UnresolvedReference(`Cannot resolve $refArray \`${value.$refArray}\``)
    return items.map(item => dig(item, path))
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteV3(v, byAlias)]))
}

/**
 * All or nothing: the first failing command fails the whole batch with its own error and status. The
 * commands come from parseV3BatchBody (the router refuses a malformed body before the token).
 */
export async function runV3Batch(rt: RestRuntime, commands: V3Command[], request: BatchRequest): Promise<BatchOutcome> {
  const methods = commands.map(c => c.method)
  if (commands.length > BATCH_LIMIT) return { ok: false, methods, failure: systemErrors.batchLength() }

  const results: unknown[] = []
  const byAlias = new Map<string, unknown>()
  let processing = 0
  for (const command of commands) {
    if (command.method === 'batch') return { ok: false, methods, failure: systemErrors.batchMethod() }
    let query: Record<string, unknown>
    try {
      query = substituteV3(command.query, byAlias) as Record<string, unknown>
    } catch (error) {
      return { ok: false, methods, failure: v3Errors.invalidSelect((error as Error).message) }
    }
    const outcome = await callMethod(rt, { api: 'v3', method: command.method, params: query, caller: request.caller, headers: request.headers })
    if (!outcome.ok) return { ok: false, methods, failure: outcome.failure }
    processing += outcome.time.processing
    results.push(outcome.result)
    if (command.as) byAlias.set(command.as, outcome.result)
  }
  return { ok: true, methods, result: results, processing }
}
