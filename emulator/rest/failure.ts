/**
 * One failed REST answer before it is rendered: which envelope it uses, the HTTP status and the code.
 * REST 2 and the portal-wide system errors (auth, rate limit, operating limit, injected faults) use the
 * v2 envelope `{error, error_description}`, also on /rest/api/ — unless the open question
 * `v3SystemErrors` is answered 'v3' (questions.ts), which renders them there as `{error: {code, message}}`
 * with the code verbatim (systemOnV3).
 * REST 3.0 method errors (unknown method, scope, validation) use `{error: {code, message, validation?}}`.
 */
import { RestError, V3Error } from './registry.ts'
import type { V3Validation } from './registry.ts'

export const V3_PREFIX = 'BITRIX_REST_V3_EXCEPTION_'

export interface RestFailure {
  envelope: 'v2' | 'v3'
  status: number
  /** v2: the code as sent; v3: the short name without the prefix */
  code: string
  message: string
  validation?: V3Validation[]
  /** v3 envelope with the code as it is, without the BITRIX_REST_V3_EXCEPTION_ prefix (system errors) */
  raw?: true
}

export function v2Failure(status: number, code: string, message: string): RestFailure {
  return { envelope: 'v2', status, code, message }
}

export function v3Failure(status: number, code: string, message: string, validation?: V3Validation[]): RestFailure {
  return { envelope: 'v3', status, code, message, ...(validation ? { validation } : {}) }
}

/**
 * The system errors that the emulator can produce, with their documented statuses (the table at the end of
 * every method page, e.g. https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html).
 */
export const systemErrors = {
  noAuth: () => v2Failure(401, 'NO_AUTH_FOUND', 'Wrong authorization data'),
  expiredToken: () => v2Failure(401, 'expired_token', 'The access token provided has expired'),
  invalidToken: () => v2Failure(401, 'invalid_token', 'The access token provided is invalid'),
  userAccess: () => v2Failure(403, 'user_access_error', 'The user does not have access to the application'),
  queryLimit: () => v2Failure(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'),
  operationTimeLimit: () => v2Failure(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit'),
  internal: () => v2Failure(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
  batchLength: () => v2Failure(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded'),
  batchMethod: () => v2Failure(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage'),
  methodNotFound: () => v2Failure(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!'),
  insufficientScope: () => v2Failure(403, 'insufficient_scope', 'The request requires higher privileges than provided by the access token')
}

/** The portal-wide errors the `v3SystemErrors` question is about. */
const SYSTEM_CODES = new Set(['NO_AUTH_FOUND', 'expired_token', 'invalid_token', 'user_access_error', 'QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'INTERNAL_SERVER_ERROR'])

/**
 * Under v3SystemErrors = 'v3', a system error on /rest/api/ in the REST 3.0 envelope. The code keeps its
 * spelling (`expired_token`, not a prefixed exception name): the question is about the envelope only, and
 * b24jssdk refreshes on status 401 + code `expired_token`/`invalid_token` whichever envelope carries it.
 */
export function systemOnV3(failure: RestFailure): RestFailure {
  if (failure.envelope !== 'v2' || !SYSTEM_CODES.has(failure.code)) return failure
  return { ...failure, envelope: 'v3', raw: true }
}

export const v3Errors = {
  methodNotFound: (method: string) => v3Failure(404, 'METHODNOTFOUNDEXCEPTION', `Method \`${method}\` not found`),
  insufficientScope: () => v3Failure(403, 'INSUFFICIENTSCOPEEXCEPTION', 'The request requires higher privileges than provided by the access token'),
  invalidJson: () => v3Failure(400, 'INVALIDJSONEXCEPTION', 'Request body is not valid JSON'),
  invalidSelect: (message: string) => v3Failure(400, 'INVALIDSELECTEXCEPTION', message),
  /** live #455, #491: what the portal answers for any top-level entry of a REST 3.0 batch that is not a command */
  batchItem: () => v3Failure(400, 'INVALIDSELECTEXCEPTION', 'Each request item must have a "method" and "query" attribute')
}

/** What a handler threw, as a failure; anything unexpected is a 500 (the cause goes to stderr, not to the client). */
export function failureFromThrown(error: unknown): RestFailure {
  if (error instanceof RestError) return v2Failure(error.status, error.code, error.description)
  if (error instanceof V3Error) return v3Failure(error.status, error.code, error.message, error.validation)
  console.error('[emulator] method handler failed:', error)
  return systemErrors.internal()
}

export function renderFailure(failure: RestFailure): Record<string, unknown> {
  if (failure.envelope === 'v2') return { error: failure.code, error_description: failure.message }
  return {
    error: {
      code: wireCode(failure),
      message: failure.message,
      ...(failure.validation ? { validation: failure.validation } : {})
    }
  }
}

/** The code as the log and clients see it. */
export function wireCode(failure: RestFailure): string {
  return failure.envelope === 'v3' && !failure.raw ? V3_PREFIX + failure.code : failure.code
}
