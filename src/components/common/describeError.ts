import { PortalError } from '@/b24'

/**
 * One sentence for a failed portal call, for the person in front of the screen. What went wrong is
 * decided here once (`errorKind`); what the screen says about it comes from the common words below unless
 * the view passes its own: by the portal's code first (an Open Channel connector's WRONG_AUTH_TYPE), then
 * by kind (departments' "access denied" for a structure edit). Every message gets `{message}`: the
 * portal's own words (its field errors for a validation failure), already scrubbed of tokens by PortalError.
 *
 * Whether a call may be sent again, or may have run, is not wording: PortalError answers it
 * (`refusedBeforeRunning`, `outcomeUnknown`, `retryable`).
 */

type Translate = (key: string, named?: Record<string, unknown>) => string

/** What went wrong, in terms a person can act on. */
export type ErrorKind =
  | 'network' // the portal could not be reached
  | 'timeout' // it did not answer in time
  | 'rateLimit' // too many requests at once (503 QUERY_LIMIT_EXCEEDED)
  | 'operatingLimit' // the method is paused for this app (429 OPERATION_TIME_LIMIT)
  | 'accessDenied' // the portal refused the user or the app
  | 'notFound' // the thing is not on the portal (any more)
  | 'validation' // the portal did not accept the input (REST 3.0 field errors)
  | 'unavailable' // the portal failed (5xx) or is not ready
  | 'generic' // anything else: the portal's own words

/** A message key, or a function that picks one from the error (e.g. by the portal's description). */
export type Wording = string | ((error: PortalError) => string)

/** A view's own words: by the portal's code (checked first), then by kind. */
export interface ErrorWords {
  codes?: Readonly<Record<string, Wording>>
  kinds?: Readonly<Partial<Record<ErrorKind, Wording>>>
}

const TIMEOUT_CODES = new Set(['REQUEST_TIMEOUT', 'PORTAL_INIT_TIMEOUT', 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT'])

/**
 * The kind of a PortalError. REST 3.0 codes arrive prefixed (BITRIX_REST_V3_EXCEPTION_…), so its access and
 * not-found exceptions are matched by their ending.
 */
export function errorKind(error: PortalError): ErrorKind {
  const code = error.code.toUpperCase()
  if (code === 'NETWORK_ERROR') return 'network'
  if (TIMEOUT_CODES.has(code) || error.status === 408) return 'timeout'
  if (error.rateLimited) return 'rateLimit'
  if (error.operatingLimited) return 'operatingLimit'
  if (code === 'ACCESS_DENIED' || code.endsWith('ACCESSDENIEDEXCEPTION') || error.status === 403) return 'accessDenied'
  if (code.endsWith('ENTITYNOTFOUNDEXCEPTION')) return 'notFound'
  if (error.validation.length) return 'validation'
  if (error.retryable || error.status >= 500) return 'unavailable'
  return 'generic'
}

/**
 * The common words. Only network trouble has a sentence of its own that every view shares; the other
 * kinds say the generic sentence with the portal's own words (which name the problem in the portal's
 * language) unless a view has better words for them.
 */
const COMMON_WORDS: Readonly<Partial<Record<ErrorKind, Wording>>> = {
  network: 'common.errors.network',
  timeout: 'common.errors.network',
  generic: 'common.errors.generic'
}

/** The portal's own words about it: its field errors for a validation failure, else its message or code. */
export function portalWords(error: PortalError): string {
  const fields = error.validation.map((row) => row.message).filter(Boolean).join(' ')
  return fields || error.message || error.code
}

/** The view's words for the code, else for the kind, else the common ones, else the (view's) generic sentence. */
function messageKey(error: PortalError, overrides: ErrorWords): string {
  const kind = errorKind(error)
  const byCode = overrides.codes && Object.hasOwn(overrides.codes, error.code) ? overrides.codes[error.code] : undefined
  const wording = byCode ?? overrides.kinds?.[kind] ?? COMMON_WORDS[kind]
    ?? overrides.kinds?.generic ?? 'common.errors.generic'
  return typeof wording === 'function' ? wording(error) : wording
}

/** One sentence for anything a portal call threw, in the user's language. */
export function describeError(error: unknown, t: Translate, overrides: ErrorWords = {}): string {
  const e = PortalError.from(error)
  return t(messageKey(e, overrides), { message: portalWords(e) })
}
