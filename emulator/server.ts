/**
 * Starts the portal emulator: one HTTP server on the portal origin (REST, control API, portal page) and,
 * without an app URL, a second one on port+1 that serves the built app from dist/ (or, with `archive`, the
 * files of an uploaded app archive, as a portal hosts a static app: archive.ts), and the portal's CDN on
 * port+2 (cdn.ts: the avatar images, on an origin of their own as a real portal's are).
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { EmulatorContext } from './context.ts'
import type { PortalLang } from './data/types.ts'
import { DEFAULT_SEED, DEFAULT_SIZE, generatePortal } from './data/generate.ts'
import { handlePortalRoute } from './portal/routes.ts'
import { handleControl } from './control.ts'
import { handleRest } from './rest/router.ts'
import { createTokenStore, DEFAULT_TOKEN_LIFETIME } from './rest/tokens.ts'
import { FaultSwitches } from './rest/faults.ts'
import { LeakyBucket } from './rest/rate-limit.ts'
import type { RateLimitConfig } from './rest/rate-limit.ts'
import { DEFAULT_OPERATING_LIMIT_S, OperatingMeter } from './rest/operating.ts'
import { isPlan, PLAN_RATE_LIMITS } from './rest/plan.ts'
import type { Plan } from './rest/plan.ts'
import { assertScale, ScaledClock } from './rest/clock.ts'
import type { RestRuntime } from './rest/runtime.ts'
import type { MethodDef } from './rest/registry.ts'
import { REST_CORS_HEADERS, sendJson } from './rest/http.ts'
import { createStaticServer } from './static.ts'
import { createArchiveServer, loadArchive } from './archive.ts'
import { assignAvatars, createCdnServer } from './cdn.ts'
import { methods } from './methods/index.ts'
import { DEFAULT_QUESTIONS } from './questions.ts'
import { DEFAULT_FEATURES } from './features.ts'
import type { Features } from './features.ts'
import type { Questions } from './questions.ts'

export interface EmulatorOptions {
  /** portal port; 0 picks a free one */
  port: number
  seed?: number
  size?: number
  /** HTML and script in every name and text of the generated data (generate.ts, hostilize) */
  hostile?: boolean
  /** the app page the portal frames; without it dist/ is served on port+1 (or a free port when port is 0) */
  appUrl?: string
  /** portal language of new sessions (default en) */
  lang?: PortalLang
  /** interface to listen on; the URLs always say 127.0.0.1 */
  host?: string
  /** seconds (default 3600) */
  tokenLifetime?: number
  /** default: the plan's (burst 50, 2 per second; enterprise 250, 5); null switches the limit off */
  rateLimit?: RateLimitConfig | null
  /** tariff plan (default 'default'): the rate limit unless `rateLimit` is given, and app.info's LICENSE */
  plan?: Plan
  /** per-method operating-time limit in seconds (default 480, docs/decisions.md D7); null switches it off */
  operatingLimitS?: number | null
  /** seconds booked per call, per method, on top of the docs' figures (rest/operating.ts) */
  operatingCosts?: Record<string, number>
  /** ms added to every REST request (default 0), on the scaled clock */
  latencyMs?: number
  /**
   * how many times faster than real time the rate limit drains and the latency passes (default 1), so a
   * benchmark bound by the rate limit finishes sooner with every ratio unchanged (rest/clock.ts)
   */
  timeScale?: number
  /** where the built app lives (default <repo>/dist) */
  distDir?: string
  /**
   * an app archive (`npm run package`'s ZIP) to host instead of dist/, as a portal hosts a static app:
   * unpacked in memory, served without the production server's headers (archive.ts); refused at
   * startup (ArchiveError) when unsafe or without index.html at its root. Not together with appUrl.
   */
  archive?: string
  /** answers to the open questions (questions.ts); the rest keep their defaults */
  questions?: Partial<Questions>
  /** what the portal offers (features.ts); absent names are offered */
  features?: Partial<Features>
  /** methods added to (or replacing) the registry — for tests of the router itself */
  extraMethods?: Record<string, MethodDef>
}

export interface RunningEmulator {
  /** http://127.0.0.1:<port>/ */
  url: string
  appUrl: string
  ctx: EmulatorContext
  /** the REST-side switches (faults, rate limit) for in-process tests */
  runtime: RestRuntime
  close(): Promise<void>
}

const DEFAULT_DIST = fileURLToPath(new URL('../dist', import.meta.url))

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function shutdown(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.close(() => resolve())
    // keep-alive sockets of browsers and fetch would otherwise hold close() open
    server.closeAllConnections()
  })
}

function createPortalServer(rt: RestRuntime): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', rt.ctx.portalOrigin)
    if (await handleRest(rt, req, res, url)) return
    if (await handleControl(rt, req, res, url)) return
    if (await handlePortalRoute(rt.ctx, req, res, url)) return
    sendJson(res, 404, { error: 'NOT_FOUND', error_description: `Nothing at ${url.pathname}` })
  }
  return createServer((req, res) => {
    handle(req, res).catch(error => {
      console.error('[emulator] request failed:', error)
      const rest = (req.url ?? '').startsWith('/rest/')
      if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' }, {}, rest ? REST_CORS_HEADERS : undefined)
      else res.end()
    })
  })
}

export async function startEmulator(opts: EmulatorOptions): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1'
  if (opts.archive !== undefined && opts.appUrl) throw new RangeError('archive and appUrl exclude each other: the archive is the app')
  // read before anything listens, so a bad archive stops the start with its reason
  const archive = opts.archive === undefined ? null : loadArchive(opts.archive)
  const faults = new FaultSwitches()
  // reset returns the fault switches to what the emulator was started with
  const startPlan: Plan = opts.plan ?? 'default'
  if (!isPlan(startPlan)) throw new RangeError('plan must be default or enterprise')
  // an explicit rate limit wins over every plan's, also after a reset to another plan
  const rateLimitFor = (plan: Plan): RateLimitConfig | null => opts.rateLimit === undefined ? PLAN_RATE_LIMITS[plan] : opts.rateLimit
  const startRateLimit = rateLimitFor(startPlan)
  const startOperatingLimit = opts.operatingLimitS === undefined ? DEFAULT_OPERATING_LIMIT_S : opts.operatingLimitS
  const startOperatingCosts = { ...opts.operatingCosts }
  const startTokenLifetime = opts.tokenLifetime ?? DEFAULT_TOKEN_LIFETIME
  const startLatency = opts.latencyMs ?? 0
  const startScale = opts.timeScale ?? 1
  const startHostile = opts.hostile ?? false
  const startQuestions: Questions = { ...DEFAULT_QUESTIONS, ...opts.questions }
  const startFeatures: Features = { ...DEFAULT_FEATURES, ...opts.features }
  if (!Number.isFinite(startLatency) || startLatency < 0) throw new RangeError('latencyMs must be >= 0')
  assertScale(startScale)
  const clock = new ScaledClock(startScale)
  const limiter = new LeakyBucket(startRateLimit, () => clock.now())
  const operating = new OperatingMeter(startOperatingLimit, startOperatingCosts, () => clock.now())
  const preflights: RestRuntime['preflights'] = []
  faults.apply({ latencyMs: startLatency })
  const ctx: EmulatorContext = {
    data: generatePortal({ seed: opts.seed ?? DEFAULT_SEED, size: opts.size ?? DEFAULT_SIZE, hostile: startHostile }),
    tokens: createTokenStore(startTokenLifetime),
    restLog: [],
    frameEvents: [],
    portalOrigin: '',
    cdnOrigin: '',
    appUrl: opts.appUrl ?? '',
    appSid: randomBytes(16).toString('hex'),
    lang: opts.lang ?? 'en',
    questions: { ...startQuestions },
    plan: startPlan,
    features: { ...startFeatures },
    reset(options) {
      // hostile falls back to the start value, not the last reset's: e2e fixtures reset with {} before
      // every test, and one hostile test must not leave markup in the next test's portal
      ctx.data = generatePortal({ seed: options.seed ?? ctx.data.seed, size: options.size ?? ctx.data.size, hostile: options.hostile ?? startHostile })
      assignAvatars(ctx.data, ctx.cdnOrigin)
      ctx.tokens.clear()
      ctx.tokens.lifetime = startTokenLifetime
      ctx.restLog.length = 0
      ctx.frameEvents.length = 0
      ctx.questions = { ...startQuestions, ...options.questions }
      ctx.features = { ...startFeatures, ...options.features }
      faults.clear()
      faults.apply({ latencyMs: startLatency })
      clock.setScale(startScale)
      ctx.plan = options.plan ?? startPlan
      limiter.configure(rateLimitFor(ctx.plan))
      operating.configure(startOperatingLimit)
      operating.setCosts(startOperatingCosts)
      operating.clear()
      preflights.length = 0
    }
  }
  const rt: RestRuntime = { ctx, methods: { ...methods, ...opts.extraMethods }, faults, limiter, clock, operating, preflights }

  const portal = createPortalServer(rt)
  const port = await listen(portal, opts.port, host)
  ctx.portalOrigin = `http://127.0.0.1:${port}`

  const cdn = createCdnServer()
  try {
    ctx.cdnOrigin = `http://127.0.0.1:${await listen(cdn, opts.port === 0 ? 0 : port + 2, host)}`
  } catch (error) {
    await shutdown(portal)
    throw error
  }
  assignAvatars(ctx.data, ctx.cdnOrigin)

  let app: Server | null = null
  if (!opts.appUrl) {
    // the app page may show the CDN's avatars (img-src); an archive carries its own policy
    app = archive ? createArchiveServer(archive) : createStaticServer(opts.distDir ?? DEFAULT_DIST, [ctx.cdnOrigin])
    try {
      const appPort = await listen(app, opts.port === 0 ? 0 : port + 1, host)
      ctx.appUrl = `http://127.0.0.1:${appPort}/`
    } catch (error) {
      await Promise.all([shutdown(portal), shutdown(cdn)])
      throw error
    }
  }

  return {
    url: `${ctx.portalOrigin}/`,
    appUrl: ctx.appUrl,
    ctx,
    runtime: rt,
    async close() {
      await Promise.all([shutdown(portal), shutdown(cdn), app ? shutdown(app) : Promise.resolve()])
    }
  }
}
