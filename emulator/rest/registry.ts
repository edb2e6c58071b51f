/**
 * How a REST method is declared. A method family is one module in emulator/methods/ that exports
 * `defineMethods({...})`, plus one registration line in emulator/methods/index.ts.
 * The router (emulator/rest/router.ts) does everything common — auth, scope, rate limit, faults,
 * envelopes, batch, logging — so a handler only reads params and the portal data and returns the
 * documented `result` (or throws one of the errors below).
 */
import type { EmulatorContext } from '../context.ts'
import type { EmuUser, Lang, PortalData, PortalLang } from '../data/types.ts'

export interface CallContext {
  data: PortalData
  /** the user whose token made the call */
  user: EmuUser
  /** language of the texts the emulator writes for this call (titles, messages): textLang(sessionLang) */
  lang: Lang
  /** the session's portal language, unchanged (app.info's LANGUAGE_ID) */
  sessionLang: PortalLang
  api: 'v2' | 'v3'
  emulator: EmulatorContext
  /** lower-cased request headers (e.g. idempotency-key) */
  headers: Record<string, string | undefined>
}

export interface MethodDef {
  api: 'v2' | 'v3'
  /** scope the app must have; null = basic (always allowed) */
  scope: string | null
  handler(params: Record<string, unknown>, call: CallContext): unknown
}

export function defineMethods(defs: Record<string, MethodDef>): Record<string, MethodDef> {
  return defs
}

/** REST 2 error: {"error": code, "error_description": description} with an HTTP status. */
export class RestError extends Error {
  constructor(readonly status: number, readonly code: string, readonly description: string) {
    super(`${code}: ${description}`)
  }
}

export interface V3Validation {
  field: string
  message: string
}

/**
 * REST 3.0 error: {"error": {"code", "message", "validation"?}}. `code` is the short name
 * (e.g. 'ENTITYNOTFOUNDEXCEPTION', 'VALIDATION_REQUESTVALIDATIONEXCEPTION'); the router adds the
 * BITRIX_REST_V3_EXCEPTION_ prefix.
 */
export class V3Error extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly validation?: V3Validation[]) {
    super(message)
  }
}

/** A REST 2 list answer: the router puts `total` and `next` beside `result`. */
export class ListResult {
  constructor(readonly result: unknown, readonly total?: number, readonly next?: number) {}
}
