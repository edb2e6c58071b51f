/**
 * One error type for everything the portal, the SDK or the network can answer.
 *
 * The SDK reports failures in three shapes (a thrown AjaxError, a failed AjaxResult for its "soft" codes and
 * for HTTP 200 bodies that carry `error`, and a thrown SdkError for frame problems). Callers must not care
 * which: they get a PortalError with a stable code, the HTTP status, the REST 3.0 field errors and whether
 * trying again can help.
 *
 * Security: SDK errors keep the raw axios error (whose config holds the request body with `auth`). A
 * PortalError never keeps a reference to it, and every message is scrubbed of token-looking text and of the
 * live token values the door knows about, so a PortalError can be shown, logged or serialised safely.
 */

export interface FieldError {
  field: string
  message: string
}

export interface PortalErrorInit {
  code: string
  message: string
  status?: number
  validation?: FieldError[]
  retryable?: boolean
  method?: string
}

/** Codes after which the same request may well succeed (rate limit, operating limit, transport trouble). */
const RETRYABLE_CODES = new Set([
  'NETWORK_ERROR',
  'REQUEST_TIMEOUT',
  'QUERY_LIMIT_EXCEEDED',
  'OPERATION_TIME_LIMIT',
  'PORTAL_INIT_TIMEOUT',
  'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT'
])

function isRetryable(code: string, status: number): boolean {
  return RETRYABLE_CODES.has(code) || status >= 500 || status === 429 || status === 408
}

/** Live secrets (access and refresh tokens) that must never survive in a message. Filled by frame.ts. */
const knownSecrets = new Set<string>()

export function rememberSecrets(...values: Array<string | null | undefined>): void {
  for (const value of values) {
    // Very short values would scrub ordinary words out of messages; real tokens are long.
    if (typeof value === 'string' && value.length >= 4 && value !== 'hook') knownSecrets.add(value)
  }
}

const SECRET_PAIR = /\b(auth|access_token|refresh_token|auth_id|refresh_id|application_token|client_secret)(["']?\s*[:=]\s*["']?)([^\s"'&,;}]+)/gi
const BEARER = /\bBearer\s+[^\s"']+/gi

export function scrubSecrets(text: string): string {
  let out = text.replace(SECRET_PAIR, (_m, key: string, sep: string) => `${key}${sep}***`).replace(BEARER, 'Bearer ***')
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join('***')
  }
  return out
}

interface ErrorLike {
  name?: unknown
  code?: unknown
  message?: unknown
  status?: unknown
  validation?: unknown
  requestInfo?: { method?: unknown }
  originalError?: unknown
}

interface AxiosLike {
  response?: { status?: unknown, data?: unknown }
}

function asNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  return Number.isFinite(n) ? n : 0
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return []
  const rows: FieldError[] = []
  for (const row of value as unknown[]) {
    if (!row || typeof row !== 'object') continue
    const { field, message } = row as { field?: unknown, message?: unknown }
    rows.push({
      field: typeof field === 'string' ? field : '',
      message: scrubSecrets(typeof message === 'string' ? message : '')
    })
  }
  return rows
}

/**
 * The SDK cannot read an error body whose `error` is empty (crm.activity.communication.fields documents
 * `{"error":"","error_description":"Access denied."}` with HTTP 400) and falls back to axios' generic
 * "Request failed with status code 400". Recover the portal's own text from the raw response in that case.
 */
function portalTextBehindAxiosCode(error: ErrorLike): { code: string, message: string } | null {
  const original = error.originalError as AxiosLike | undefined
  const data = original?.response?.data
  if (!data || typeof data !== 'object') return null
  const { error: code, error_description: description } = data as { error?: unknown, error_description?: unknown }
  if (typeof description !== 'string' || description === '') return null
  return { code: typeof code === 'string' && code !== '' ? code : 'PORTAL_ERROR', message: description }
}

export class PortalError extends Error {
  readonly code: string
  readonly status: number
  readonly validation: FieldError[]
  readonly retryable: boolean
  /** The REST method that failed, when known (helps a log line; never carries params). */
  readonly method?: string

  constructor(init: PortalErrorInit) {
    super(scrubSecrets(init.message))
    this.name = 'PortalError'
    this.code = init.code
    this.status = init.status ?? 0
    this.validation = (init.validation ?? []).map(row => ({ field: row.field, message: scrubSecrets(row.message) }))
    this.retryable = init.retryable ?? isRetryable(init.code, this.status)
    if (init.method !== undefined) this.method = init.method
  }

  /** Normalises anything thrown or returned by the SDK (or by our own code) into a PortalError. */
  static from(error: unknown, context: { method?: string, status?: number } = {}): PortalError {
    if (error instanceof PortalError) return error
    if (error && typeof error === 'object') {
      const e = error as ErrorLike
      let code = typeof e.code === 'string' || typeof e.code === 'number' ? String(e.code) : 'UNKNOWN_ERROR'
      let message = typeof e.message === 'string' ? e.message : ''
      if (code === 'ERR_BAD_REQUEST' || code === 'ERR_BAD_RESPONSE') {
        const recovered = portalTextBehindAxiosCode(e)
        if (recovered) ({ code, message } = recovered)
      }
      const status = asNumber(e.status) || context.status || 0
      const method = context.method ?? (typeof e.requestInfo?.method === 'string' ? e.requestInfo.method : undefined)
      return new PortalError({
        code,
        message: message || code,
        status,
        validation: toFieldErrors(e.validation),
        ...(method !== undefined ? { method } : {})
      })
    }
    return new PortalError({ code: 'UNKNOWN_ERROR', message: String(error), ...context })
  }

  // region may this have run?
  // The one place that answers it: the door re-sends by it (rest.ts), a create settles by it
  // (stores/chats.ts). `retryable` says whether the same request may well succeed; these say what the
  // portal did with it.

  /** The rate limit refused it (503 QUERY_LIMIT_EXCEEDED): the SDK's bucket or the portal's, before the method ran. */
  get rateLimited(): boolean {
    return this.code === 'QUERY_LIMIT_EXCEEDED'
  }

  /** The operating-time limit refused it (429 OPERATION_TIME_LIMIT): the method is paused for this app and did not run. */
  get operatingLimited(): boolean {
    return this.code === 'OPERATION_TIME_LIMIT' || this.status === 429
  }

  /** Refused before the method ran (either limit): nothing happened, so sending it again cannot double anything. */
  get refusedBeforeRunning(): boolean {
    return this.rateLimited || this.operatingLimited
  }

  /**
   * No answer says whether the method ran: the connection dropped, the request timed out, or the portal
   * failed (5xx) — possibly after it had done the work. Ask the portal before sending it again. Any other
   * 4xx is the method's own "no", and a refusal by a limit came before it ran.
   */
  get outcomeUnknown(): boolean {
    if (this.refusedBeforeRunning) return false
    return this.status === 0 || this.status >= 500 || this.status === 408
  }

  // endregion

  /** REST 3.0 field errors as { field: message } for a form (first message per field wins). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const row of this.validation) {
      if (row.field && !(row.field in out)) out[row.field] = row.message
    }
    return out
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      status: this.status,
      validation: this.validation,
      retryable: this.retryable,
      method: this.method
    }
  }
}
