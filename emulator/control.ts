/**
 * The control API for tests, benchmarks and the portal page (documented in emulator/README.md):
 * /_emulator/reset, /_emulator/questions, /_emulator/token, /_emulator/tokens, /_emulator/faults, /_emulator/log,
 * /_emulator/state, /_emulator/operating, /_emulator/preflights, /_emulator/install, /_emulator/uninstall.
 * Not a portal: its CORS stays permissive (http.ts CORS_HEADERS), unlike /rest/*.
 * Other /_emulator/* paths (frame-events) belong to the portal routes, so they fall through.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseQuestions, QuestionError } from './questions.ts'
import type { Questions } from './questions.ts'
import { FeatureError, parseFeatures } from './features.ts'
import type { Features } from './features.ts'
import { PORTAL_LANGS, isPortalLang } from './data/types.ts'
import type { PortalLang } from './data/types.ts'
import { isStructureRights } from './data/rights.ts'
import type { RestRuntime } from './rest/runtime.ts'
import { FaultPatchError, parseFaultPatch } from './rest/faults.ts'
import { isPlainObject, readBody, sendJson, sendPreflight } from './rest/http.ts'
import { isPlan, PLANS } from './rest/plan.ts'
import { removeAllPlacements } from './methods/placements.ts'
import { removeAllEntities } from './methods/entity.ts'
import { forgetLookups } from './data/lookup.ts'

class ControlError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req)
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ControlError(400, 'INVALID_JSON', 'The body must be JSON')
  }
  if (!isPlainObject(body)) throw new ControlError(400, 'INVALID_JSON', 'The body must be a JSON object')
  return body
}

function optionalInteger(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ControlError(400, 'INVALID_ARGUMENT', `${name} must be an integer >= ${min}`)
  }
  return value
}

function language(value: unknown, fallback: PortalLang): PortalLang {
  if (value === undefined) return fallback
  if (!isPortalLang(value)) throw new ControlError(400, 'INVALID_ARGUMENT', `lang must be one of ${PORTAL_LANGS.join(', ')}`)
  return value
}

/**
 * Field-by-field overrides of records that already exist, e.g. users [{id: 2, hasAppAccess: false}] or
 * nodes [{id: 5, headIds: [7]}]; ids never change and unknown fields are refused, so a typo in a test
 * fails loudly instead of silently testing nothing.
 */
function overrideRecords<T extends { id: number }>(records: T[], overrides: unknown, kind: string): void {
  if (!Array.isArray(overrides)) throw new ControlError(400, 'INVALID_ARGUMENT', `${kind} must be an array of {id, ...fields}`)
  for (const override of overrides) {
    if (!isPlainObject(override) || typeof override.id !== 'number') {
      throw new ControlError(400, 'INVALID_ARGUMENT', `each ${kind} override needs a numeric id`)
    }
    const record = records.find(r => r.id === override.id)
    if (!record) throw new ControlError(400, 'NOT_FOUND', `There is no ${kind} ${override.id}`)
    const unknown = Object.keys(override).filter(k => !(k in record))
    if (unknown.length > 0) throw new ControlError(400, 'INVALID_ARGUMENT', `unknown ${kind} fields: ${unknown.join(', ')}`)
    if ('structureRights' in override && !isStructureRights(override.structureRights)) {
      throw new ControlError(400, 'INVALID_ARGUMENT', "structureRights must be {departments, teams}, each 'none', 'view' or 'edit'")
    }
    Object.assign(record, override)
  }
}

/** Changes the portal's data in place (no reset): the way tests set up rights or stale pickers. */
async function update(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  const body = await jsonBody(req)
  const data = rt.ctx.data
  const collections = { users: data.users, nodes: data.nodes, chats: data.chats, workgroups: data.workgroups, openLines: data.openLines }
  const unknown = Object.keys(body).filter(k => !(k in collections))
  if (unknown.length > 0) throw new ControlError(400, 'INVALID_ARGUMENT', `cannot update ${unknown.join(', ')}`)
  for (const [kind, records] of Object.entries(collections)) {
    if (body[kind] !== undefined) overrideRecords(records as { id: number }[], body[kind], kind)
  }
  // records changed in place, at the same length: the lookups' indexes cannot see that themselves
  forgetLookups()
  return { ok: true }
}

async function reset(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  const body = await jsonBody(req)
  const seed = optionalInteger(body.seed, 'seed', 0)
  const size = optionalInteger(body.size, 'size', 1)
  if (body.scopes !== undefined && !(Array.isArray(body.scopes) && body.scopes.every(s => typeof s === 'string'))) {
    throw new ControlError(400, 'INVALID_ARGUMENT', 'scopes must be an array of strings')
  }
  if (body.installed !== undefined && typeof body.installed !== 'boolean') {
    throw new ControlError(400, 'INVALID_ARGUMENT', 'installed must be a boolean')
  }
  if (body.hostile !== undefined && typeof body.hostile !== 'boolean') {
    throw new ControlError(400, 'INVALID_ARGUMENT', 'hostile must be a boolean')
  }
  if (body.plan !== undefined && !isPlan(body.plan)) {
    throw new ControlError(400, 'INVALID_ARGUMENT', `plan must be one of ${PLANS.join(', ')}`)
  }
  let questions: Partial<Questions> | undefined
  try {
    questions = body.questions === undefined ? undefined : parseQuestions(body.questions)
  } catch (error) {
    if (error instanceof QuestionError) throw new ControlError(400, 'INVALID_ARGUMENT', error.message)
    throw error
  }
  let features: Partial<Features> | undefined
  try {
    features = body.features === undefined ? undefined : parseFeatures(body.features)
  } catch (error) {
    if (error instanceof FeatureError) throw new ControlError(400, 'INVALID_ARGUMENT', error.message)
    throw error
  }
  try {
    rt.ctx.reset({
      seed,
      size,
      ...(typeof body.hostile === 'boolean' ? { hostile: body.hostile } : {}),
      ...(questions ? { questions } : {}),
      ...(features ? { features } : {}),
      ...(isPlan(body.plan) ? { plan: body.plan } : {})
    })
  } catch (error) {
    // the generator refuses sizes out of its range before anything is replaced
    if (error instanceof RangeError) throw new ControlError(400, 'INVALID_ARGUMENT', error.message)
    throw error
  }
  const { data } = rt.ctx
  if (Array.isArray(body.scopes)) data.scopes = [...body.scopes as string[]]
  if (typeof body.installed === 'boolean') data.installed = body.installed
  if (body.users !== undefined) overrideRecords(data.users, body.users, 'user')
  return { ok: true, seed: data.seed, size: data.size, hostile: data.hostile === true, plan: rt.ctx.plan ?? 'default', features: { ...rt.ctx.features }, users: data.users.length, nodes: data.nodes.length }
}

/**
 * The app is no longer installed: its next open is in install mode (INSTALL=Y, app.info INSTALLED false).
 * Everything the previous install left — placements, the connector, app options — stays, as when an
 * administrator reinstalls an app over itself.
 */
async function install(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  await jsonBody(req)
  rt.ctx.data.installed = false
  return { ok: true, installed: false }
}

/**
 * The administrator deletes the app: the portal removes what the app registered (its placement handlers,
 * PlacementTable::deleteByApp; its connectors and their lines) and, only when asked (the portal's "delete
 * data" checkbox, the ONAPPUNINSTALL event's CLEAN), the app's data: app and user options and its data
 * storages (entity.*).
 */
async function uninstall(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  const body = await jsonBody(req)
  if (body.deleteData !== undefined && typeof body.deleteData !== 'boolean') {
    throw new ControlError(400, 'INVALID_ARGUMENT', 'deleteData must be a boolean')
  }
  const data = rt.ctx.data
  const placements = removeAllPlacements(data)
  const own = new Set(data.connectors.filter(c => c.custom).map(c => c.id))
  data.connectors = data.connectors.filter(c => !own.has(c.id))
  data.connectorLines = data.connectorLines.filter(p => !own.has(p.connectorId))
  data.installed = false
  const deleteData = body.deleteData === true
  if (deleteData) {
    data.appOptions = {}
    data.userOptions = {}
    removeAllEntities(data)
  }
  return { ok: true, installed: false, removed: { placements, connectors: own.size }, dataDeleted: deleteData }
}

async function token(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  const body = await jsonBody(req)
  if (typeof body.refreshToken === 'string' || typeof body.refresh_token === 'string') {
    const refreshed = rt.ctx.tokens.refresh(String(body.refreshToken ?? body.refresh_token))
    if (!refreshed) throw new ControlError(400, 'invalid_grant', 'Unknown or retired refresh token')
    return { access_token: refreshed.accessToken, refresh_token: refreshed.refreshToken, expires_in: refreshed.expiresIn }
  }
  const userId = optionalInteger(body.userId, 'userId', 1)
  if (userId === undefined) throw new ControlError(400, 'INVALID_ARGUMENT', 'userId is required')
  if (!rt.ctx.data.users.some(u => u.id === userId)) throw new ControlError(400, 'USER_NOT_FOUND', `There is no user ${userId}`)
  const minted = rt.ctx.tokens.mint(userId, language(body.lang, rt.ctx.lang))
  return { access_token: minted.accessToken, refresh_token: minted.refreshToken, expires_in: minted.expiresIn }
}

async function setQuestions(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  try {
    Object.assign(rt.ctx.questions, parseQuestions(await jsonBody(req)))
  } catch (error) {
    if (error instanceof QuestionError) throw new ControlError(400, 'INVALID_ARGUMENT', error.message)
    throw error
  }
  return { ...rt.ctx.questions }
}

function faultsView(rt: RestRuntime): unknown {
  return {
    ...rt.faults.snapshot,
    rateLimit: rt.limiter.config,
    tokenLifetime: rt.ctx.tokens.lifetime,
    timeScale: rt.clock.scale,
    operatingLimit: rt.operating.limit,
    operatingCosts: rt.operating.costOverrides,
    plan: rt.ctx.plan ?? 'default'
  }
}

/** Per method with a live bucket: operating seconds and when its oldest bucket drops (real unix seconds, as clients see it). */
function operatingView(rt: RestRuntime): unknown {
  return Object.fromEntries(Object.entries(rt.operating.snapshot()).map(([method, status]) => [method, {
    operating: status.operating,
    resetAt: status.dropsAt === null ? null : Math.ceil(rt.clock.toRealEpoch(status.dropsAt) / 1000),
    limited: rt.operating.limit !== null && status.operating > rt.operating.limit
  }]))
}

async function setFaults(rt: RestRuntime, req: IncomingMessage): Promise<unknown> {
  let patch
  try {
    patch = parseFaultPatch(await jsonBody(req))
  } catch (error) {
    if (error instanceof FaultPatchError) throw new ControlError(400, 'INVALID_ARGUMENT', error.message)
    throw error
  }
  rt.faults.apply(patch)
  if (patch.rateLimit !== undefined) rt.limiter.configure(patch.rateLimit)
  if (patch.tokenLifetime !== undefined) rt.ctx.tokens.lifetime = patch.tokenLifetime
  if (patch.timeScale !== undefined) rt.clock.setScale(patch.timeScale)
  if (patch.expireTokens) rt.ctx.tokens.expireAll()
  if (patch.operatingLimit !== undefined) rt.operating.configure(patch.operatingLimit)
  if (patch.operatingCosts !== undefined) rt.operating.setCosts(patch.operatingCosts ?? {})
  console.log(`[emulator] faults: ${JSON.stringify(faultsView(rt))}`)
  return faultsView(rt)
}

type Handler = (rt: RestRuntime, req: IncomingMessage) => unknown

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '/_emulator/reset': { POST: reset },
  '/_emulator/questions': { GET: rt => ({ ...rt.ctx.questions }), POST: setQuestions },
  '/_emulator/update': { POST: update },
  '/_emulator/token': { POST: token },
  '/_emulator/install': { POST: install },
  '/_emulator/uninstall': { POST: uninstall },
  '/_emulator/faults': { GET: faultsView, POST: setFaults },
  '/_emulator/log': {
    GET: rt => rt.ctx.restLog,
    DELETE: rt => {
      rt.ctx.restLog.length = 0
      return { ok: true }
    }
  },
  '/_emulator/state': { GET: rt => rt.ctx.data },
  '/_emulator/operating': {
    GET: operatingView,
    DELETE: rt => {
      rt.operating.clear()
      return { ok: true }
    }
  },
  '/_emulator/preflights': {
    GET: rt => rt.preflights,
    DELETE: rt => {
      rt.preflights.length = 0
      return { ok: true }
    }
  },
  // test-only: the leak tests search everything a run captured for these (e2e/token-leaks.spec.ts)
  '/_emulator/tokens': {
    GET: rt => rt.ctx.tokens.issued().map(t => ({ userId: t.userId, access_token: t.accessToken, refresh_token: t.refreshToken }))
  }
}

/** Serves the control API; returns false for paths that are not its own. */
export async function handleControl(rt: RestRuntime, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const route = ROUTES[url.pathname]
  if (!route) return false
  if (req.method === 'OPTIONS') {
    sendPreflight(req, res)
    return true
  }
  const handler = route[req.method ?? '']
  if (!handler) {
    sendJson(res, 405, { error: 'METHOD_NOT_ALLOWED', error_description: `Allowed: ${Object.keys(route).join(', ')}` })
    return true
  }
  try {
    sendJson(res, 200, await handler(rt, req))
  } catch (error) {
    if (!(error instanceof ControlError)) throw error
    sendJson(res, error.status, { error: error.code, error_description: error.message })
  }
  return true
}
