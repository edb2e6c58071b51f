/**
 * The coverage loaders' transport (src/api/transport.ts's PortalTransport) over b24jssdk in Node.
 * In the app the same two calls go through the frame SDK (src/b24/rest.ts: `http.call`, the REST 3.0
 * batch as `http.call('batch', [...])` rewritten by src/b24/http.ts into the bare array with ?auth=);
 * here B24OAuth provides the very same HTTP client, rate limiter and retries, with the same rewrite,
 * authenticated with a token from the emulator's control API instead of the frame handshake.
 *
 * The limits are the app's too: the SDK's leaky bucket starts at the default plan's client figures
 * (src/b24/frame.ts CLIENT_RATE_LIMIT) and is then set from the plan app.info names, through the app's own
 * src/b24/plan.ts (limitsFromPortalPlan → ParamsFactory.fromTariffPlan, just under the portal's bucket);
 * the operating-time model is src/b24/operating.ts, consulted before each request as src/b24/rest.ts does.
 */
import { ApiVersion, B24OAuth, EnumAppStatus } from '@bitrix24/b24jssdk'
import type { AjaxResult } from '@bitrix24/b24jssdk'
// the one piece of the door the bench shares: the REST 3.0 batch a portal accepts (b24jssdk 2.2.0's is refused)
import { rewriteV3Batch } from '../../src/b24/http.ts'
// and its operating-time model, so the bench loads at the portal's limit as the app does (src/b24/rest.ts send)
import { OperatingBudget } from '../../src/b24/operating.ts'
import type { TimeBlockLike } from '../../src/b24/operating.ts'
// and the plan's limits, set as the app sets them after its boot (src/stores/session.ts loadUser)
import { clientRateLimit, limitsFromPortalPlan } from '../../src/b24/plan.ts'
// and how many requests the SDK's bucket lets go at once, which the app's loader keeps in flight (src/b24/rest.ts requestCapacity)
import { loadCapacity } from '../../src/b24/capacity.ts'

/** Structurally the app's PortalTransport (importing it would pull src/ into the scripts' type check). */
export interface BenchTransport {
  batch(calls: Array<{ method: string, params?: Record<string, unknown> }>): Promise<unknown[]>
  call(method: string, params?: Record<string, unknown>): Promise<unknown>
  /** requests of a load the SDK's bucket and the operating-time model let go at once now, as the app's transport answers it */
  capacity(method: string, calls: number): number
}

export interface SdkClientOptions {
  /** http://127.0.0.1:<port> */
  origin: string
  accessToken: string
  refreshToken: string
}

function firstError(result: { errors: Map<string, Error> }): Error | undefined {
  for (const error of result.errors.values()) return error
  return undefined
}

export function createSdkClient(options: SdkClientOptions): B24OAuth {
  const domain = new URL(options.origin).host
  // The emulator's token lives an hour of real time; the runner's Date.now() may run faster (scaled-time.ts),
  // so the SDK is told a far expiry and relies on the 401 → refresh path, never on its own clock.
  const expires = () => Math.floor(Date.now() / 1000) + 10 * 365 * 86400
  const b24 = new B24OAuth({
    applicationToken: 'bench',
    userId: 1,
    memberId: 'bench',
    accessToken: options.accessToken,
    refreshToken: options.refreshToken,
    expires: expires(),
    expiresIn: 3600,
    scope: 'humanresources',
    domain,
    clientEndpoint: `${options.origin}/rest`,
    serverEndpoint: `${options.origin}/rest/`,
    status: EnumAppStatus.Local
  // the app's first limits, until app.info names the plan (src/b24/frame.ts: initializeB24Frame's restrictionParams)
  }, { clientId: 'bench', clientSecret: 'bench' }, { restrictionParams: { rateLimit: clientRateLimit('default') } })
  let refreshToken = options.refreshToken
  // the portal's OAuth server is the emulator's control API here
  b24.setCustomRefreshAuth(async () => {
    const answer = await fetch(`${options.origin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken })
    })
    const body = await answer.json() as { access_token: string, refresh_token: string }
    refreshToken = body.refresh_token
    return {
      access_token: body.access_token,
      refresh_token: body.refresh_token,
      expires: String(expires()),
      expires_in: '3600',
      client_endpoint: `${options.origin}/rest/`,
      server_endpoint: `${options.origin}/rest/`,
      member_id: 'bench',
      scope: 'humanresources',
      status: EnumAppStatus.Local,
      domain
    }
  })
  return b24
}

/**
 * Sets the SDK's limits from the portal's plan exactly as the app does after its boot (src/b24/plan.ts):
 * app.info → tariffPlanOf → ParamsFactory.fromTariffPlan with the bucket just under the portal's. Answers
 * the plan ('default' when app.info fails, as in the app).
 */
export function applyPortalPlan(b24: B24OAuth): Promise<string> {
  return limitsFromPortalPlan(b24)
}

/**
 * How long the SDK's REST 3.0 bucket takes to fill after the plan raised its burst: b24jssdk 2.2.0's
 * RateLimiter.setConfig keeps the tokens it had (the default plan's 48) and fills up to the new burst at the
 * new rate — on Enterprise (248 at 4.875 per s) 41 s after app.info answered, in the app as here. The Node
 * runner waits that long before a cold load, as a page open for that long would have, so the load is
 * measured at the plan's own limits.
 */
export function bucketFillMs(plan: string): number {
  const start = clientRateLimit('default')
  const now = clientRateLimit(plan)
  return Math.max(0, now.burstLimit - start.burstLimit) / now.drainRate * 1000
}

/**
 * A `time` block as a client on a clock `scale` times faster reads it. The emulator gives `finish` and
 * `operating_reset_at` in real unix seconds (a client on real time waits until then); the Node runner's
 * clock runs `scale` times faster (scaled-time.ts), so the wait until the reset is `scale` times longer on
 * it. Without this the model would think a 10-minute window lasts 10/scale minutes.
 */
export function onScaledClock(time: TimeBlockLike | undefined, scale: number, nowMs = Date.now()): TimeBlockLike | undefined {
  if (!time || scale === 1) return time
  const finish = Number(time.finish)
  const resetAt = Number(time.operating_reset_at)
  if (!Number.isFinite(finish) || !Number.isFinite(resetAt)) return time
  const now = nowMs / 1000
  return { ...time, finish: now, operating_reset_at: now + (resetAt - finish) * scale }
}

/** One request paced as the door paces it: wait until its calls fit, learn from single calls, wait out a 429. */
async function paced(budget: OperatingBudget, methods: string[], send: () => Promise<AjaxResult>, scale: number): Promise<AjaxResult> {
  for (;;) {
    const release = await budget.acquire(methods)
    const sentAt = Date.now()
    try {
      const result = await send()
      if (methods.length === 1 && result.isSuccess) budget.observe(methods[0]!, onScaledClock((result.getData() as { time?: TimeBlockLike } | undefined)?.time, scale), sentAt)
      return result
    } catch (error) {
      const e = error as { status?: unknown, code?: unknown }
      if (e.status !== 429 && e.code !== 'OPERATION_TIME_LIMIT') throw error
      budget.refused(methods)
      if (methods.length === 1) release()
    }
  }
}

/** b24jssdk 2.2.0's axios timeout (abstract-http.ts: `timeout: 3e4`) */
export const SDK_TIMEOUT_MS = 30_000

export interface SdkTransportOptions {
  /** the app's operating-time model (one per page in the app; one per run here) */
  budget?: OperatingBudget
  /** the clock scale of this process (scaled-time.ts); 1 = real time */
  timeScale?: number
}

export function sdkTransport(b24: B24OAuth, options: SdkTransportOptions = {}): BenchTransport {
  const budget = options.budget ?? new OperatingBudget()
  const scale = options.timeScale ?? 1
  const v3 = b24.getHttpClient(ApiVersion.v3)
  // b24jssdk's 30 s request timeout is a setTimeout, which the scaled clock shortens to 30/scale s while the
  // emulator's own time per request is not scaled: many batches in flight at ×30 would time out after 1 s.
  // Kept at 30 s of real time, as it is in the app.
  v3.ajaxClient.defaults.timeout = SDK_TIMEOUT_MS * scale
  ;(v3.ajaxClient as unknown as { interceptors: { request: { use(f: typeof rewriteV3Batch): number } } }).interceptors.request.use(rewriteV3Batch)
  return {
    capacity: (method, calls) => loadCapacity(v3, budget, method, calls),
    async call(method, params = {}) {
      const result = await paced(budget, [method], () => v3.call(method, params), scale)
      if (!result.isSuccess) throw firstError(result) ?? new Error(`${method} failed`)
      return result.getData()?.result
    },
    async batch(calls) {
      const commands = calls.map(c => ({ method: c.method, query: c.params ?? {} }))
      const result = await paced(budget, calls.map(c => c.method), () => v3.call('batch', commands as unknown as Record<string, unknown>), scale)
      if (!result.isSuccess) throw firstError(result) ?? new Error('batch failed')
      const rows = result.getData()?.result as unknown
      if (!Array.isArray(rows)) throw new Error('batch answered without a result list')
      return rows
    }
  }
}
