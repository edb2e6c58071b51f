/**
 * One method call, as a REST request or as a batch row: token → user, method lookup, scope, operating
 * limit, handler, operating booked.
 * Both the single-call route and both batch formats go through `callMethod`, so a row is checked exactly
 * like a call.
 */
import { findById } from '../data/lookup.ts'
import { textLang } from '../data/types.ts'
import type { EmuUser, PortalLang } from '../data/types.ts'
import { ListResult } from './registry.ts'
import type { CallContext } from './registry.ts'
import type { RestRuntime } from './runtime.ts'
import { methodOffered } from '../features.ts'
import { failureFromThrown, systemErrors, v3Errors } from './failure.ts'
import type { RestFailure } from './failure.ts'
import { timeBlock } from './time.ts'
import type { OperatingFigures, TimeBlock } from './time.ts'

export interface Caller {
  user: EmuUser
  /** the session's portal language, as its token carries it */
  lang: PortalLang
}

export type AuthOutcome = { ok: true, caller: Caller } | { ok: false, failure: RestFailure }

export type CallOutcome =
  | { ok: true, result: unknown, total?: number, next?: number, time: TimeBlock }
  | { ok: false, failure: RestFailure }

export function authenticate(rt: RestRuntime, token: unknown): AuthOutcome {
  if (typeof token !== 'string' || token === '') return { ok: false, failure: systemErrors.noAuth() }
  const check = rt.ctx.tokens.check(token)
  if (!check.ok) {
    return { ok: false, failure: check.reason === 'expired' ? systemErrors.expiredToken() : systemErrors.invalidToken() }
  }
  const user = findById(rt.ctx.data.users, check.userId)
  // a token whose user vanished in a reset is as good as unknown
  if (!user) return { ok: false, failure: systemErrors.invalidToken() }
  if (!user.hasAppAccess || !user.active) return { ok: false, failure: systemErrors.userAccess() }
  return { ok: true, caller: { user, lang: check.lang } }
}

/** user_basic / user_brief are reduced forms of `user` that still grant the read methods. */
const SCOPE_ALIASES: Record<string, string[]> = {
  user: ['user_basic', 'user_brief']
}

export function scopeGranted(scope: string | null, granted: string[]): boolean {
  if (scope === null) return true
  return granted.includes(scope) || (SCOPE_ALIASES[scope] ?? []).some(s => granted.includes(s))
}

/** Books one call of `method` on the operating meter; answers the figures its `time` block carries. */
export function bookOperating(rt: RestRuntime, method: string): OperatingFigures & { cost: number } {
  const cost = rt.operating.cost(method)
  const status = rt.operating.count(method, cost)
  // the buckets run on the scaled clock; a client on real time waits until the real moment it drops
  const resetAt = status.dropsAt === null ? Math.ceil(Date.now() / 1000) : Math.ceil(rt.clock.toRealEpoch(status.dropsAt) / 1000)
  return { cost, operating: status.operating, resetAt }
}

export interface CallRequest {
  api: 'v2' | 'v3'
  method: string
  params: Record<string, unknown>
  caller: Caller
  headers: Record<string, string | undefined>
}

export async function callMethod(rt: RestRuntime, request: CallRequest): Promise<CallOutcome> {
  const startMs = Date.now()
  const { api, method } = request
  const def = Object.hasOwn(rt.methods, method) ? rt.methods[method] : undefined
  // a v3 method asked for at /rest/ (or a v2 one at /rest/api/) does not exist there, nor does one the
  // portal's features leave out (features.ts): the same answer as for a method nobody registered
  if (!def || def.api !== api || !methodOffered(rt.ctx.features, method)) {
    return { ok: false, failure: api === 'v3' ? v3Errors.methodNotFound(method) : systemErrors.methodNotFound() }
  }
  if (!scopeGranted(def.scope, rt.ctx.data.scopes)) {
    return { ok: false, failure: api === 'v3' ? v3Errors.insufficientScope() : systemErrors.insufficientScope() }
  }
  // checked before the call runs: the call that pushed it over has completed, the next one is refused
  if (rt.operating.blocked(method)) return { ok: false, failure: systemErrors.operationTimeLimit() }
  const call: CallContext = {
    data: rt.ctx.data,
    user: request.caller.user,
    lang: textLang(request.caller.lang),
    sessionLang: request.caller.lang,
    api,
    emulator: rt.ctx,
    headers: request.headers
  }
  let answer: unknown
  try {
    answer = await def.handler(request.params, call)
  } catch (error) {
    // the method ran (and spent its time) even when it failed
    bookOperating(rt, method)
    return { ok: false, failure: failureFromThrown(error) }
  }
  const booked = bookOperating(rt, method)
  const time = timeBlock(startMs, Date.now(), booked.cost * 1000, booked)
  if (answer instanceof ListResult) {
    return {
      ok: true,
      result: answer.result,
      time,
      ...(answer.total !== undefined ? { total: answer.total } : {}),
      ...(answer.next !== undefined ? { next: answer.next } : {})
    }
  }
  return { ok: true, result: answer, time }
}
