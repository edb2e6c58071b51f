/**
 * The portal page and its helpers: GET / (the Bitrix24-like page hosting the app), its static files,
 * the /_portal/* endpoints the page's JS calls (sessions, token refresh, options, installation, the user
 * picker, frame event recording) and GET/DELETE /_emulator/frame-events for tests.
 *
 * /_portal/* answers carry no CORS headers on purpose: the app (another origin) must get its tokens
 * through the frame protocol as in a real portal, never by calling these endpoints itself.
 */
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorContext, FrameEvent } from '../context.ts'
import { PORTAL_LANGS, isPortalLang } from '../data/types.ts'
import type { EmuUser, PortalData, PortalLang } from '../data/types.ts'
import { BodyTooLargeError, CORS_HEADERS, isPlainObject, readBody, sendPreflight } from '../rest/http.ts'

const ASSETS: Record<string, string> = {
  '/_portal/portal.js': 'text/javascript; charset=utf-8',
  '/_portal/protocol.js': 'text/javascript; charset=utf-8',
  '/_portal/picker.js': 'text/javascript; charset=utf-8',
  '/_portal/faults.js': 'text/javascript; charset=utf-8',
  '/_portal/labels.js': 'text/javascript; charset=utf-8',
  '/_portal/portal.css': 'text/css; charset=utf-8'
}

/** Frame events kept for tests; resizeWindow can fire on every layout change, so the log is bounded. */
export const MAX_FRAME_EVENTS = 2000
/** Users in the header's user switch (ids 1–4 are the fixed admin, employee, no-access and extranet users). */
const SWITCH_USERS = 30
const PLACEMENT_CODE = /^[A-Z][A-Z0-9_]*$/
const TOKEN_KEY = /^(auth|auth_id|refresh_id|access_token|refresh_token|authid|refreshid)$/i

class PortalRouteError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers
  })
  res.end(text)
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readBody(req)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new PortalRouteError(413, 'BODY_TOO_LARGE', 'The body is too large')
    throw error
  }
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new PortalRouteError(400, 'INVALID_JSON', 'The body must be JSON')
  }
  if (!isPlainObject(body)) throw new PortalRouteError(400, 'INVALID_JSON', 'The body must be a JSON object')
  return body
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export function fullName(user: EmuUser): string {
  return `${user.name} ${user.lastName}`.trim()
}

function findUser(data: PortalData, value: unknown): EmuUser {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new PortalRouteError(400, 'INVALID_ARGUMENT', 'userId must be an integer')
  const user = data.users[value - 1]?.id === value ? data.users[value - 1] : data.users.find((u) => u.id === value)
  if (!user) throw new PortalRouteError(404, 'USER_NOT_FOUND', `There is no user ${value}`)
  return user
}

function language(value: unknown, fallback: PortalLang): PortalLang {
  if (value === undefined) return fallback
  if (!isPortalLang(value)) throw new PortalRouteError(400, 'INVALID_ARGUMENT', `lang must be one of ${PORTAL_LANGS.join(', ')}`)
  return value
}

/** DOMAIN as the SDK derives origins from it: host:port of the portal, never the request's Host. */
function portalDomain(ctx: EmulatorContext): { domain: string, protocol: 0 | 1 } {
  const origin = new URL(ctx.portalOrigin)
  return { domain: origin.host, protocol: origin.protocol === 'https:' ? 1 : 0 }
}

function appOrigin(ctx: EmulatorContext): string {
  try {
    return new URL(ctx.appUrl).origin
  } catch {
    return ''
  }
}

function authAnswer(token: { accessToken: string, refreshToken: string, expiresIn: number }) {
  return { AUTH_ID: token.accessToken, REFRESH_ID: token.refreshToken, AUTH_EXPIRES: token.expiresIn }
}

/** A copy without token-looking keys: frame events are a log, and tokens never reach a log. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = TOKEN_KEY.test(key) ? '[redacted]' : redact(item, depth + 1)
  return out
}

// ── the page ────────────────────────────────────────────────────────────────

async function page(ctx: EmulatorContext, res: ServerResponse): Promise<void> {
  const template = await readFile(new URL('./index.html', import.meta.url), 'utf8')
  const { domain, protocol } = portalDomain(ctx)
  const html = template
    .replaceAll('{{PORTAL_NAME}}', escapeHtml(ctx.data.portalName))
    .replaceAll('{{FRAME_NAME}}', escapeHtml(`${domain}|${protocol}|${ctx.appSid}`))
  const app = appOrigin(ctx) || "'none'"
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    // Only our own scripts run here, and the form that carries the tokens may go nowhere but the app.
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src ${app}; form-action ${app}; base-uri 'none'`
  })
  res.end(html)
}

async function asset(pathname: string, res: ServerResponse): Promise<void> {
  const body = await readFile(new URL(`./${pathname.slice('/_portal/'.length)}`, import.meta.url))
  res.writeHead(200, { 'content-type': ASSETS[pathname]!, 'cache-control': 'no-store', 'content-length': String(body.length) })
  res.end(body)
}

/**
 * What kind of user this is, for the tester who picks one in the switch, e.g. "administrator",
 * "HR: edits departments and teams", "head of Sales, no edit permission", "employee". Only the portal
 * page shows it: it is never part of what the app receives (the session, the frame data, REST), since a
 * portal tells an app a user's structure permissions only by its answer to an edit (docs/decisions.md D10).
 */
export function userRole(data: PortalData, user: EmuUser): string {
  const parts: string[] = []
  if (user.isAdmin) parts.push('administrator')
  if (user.userType === 'extranet') parts.push('extranet')
  if (!user.hasAppAccess) parts.push('no app access')
  const { departments, teams } = user.structureRights
  const edits = !user.isAdmin && user.userType === 'employee'
  if (edits && departments === 'edit' && teams === 'edit') parts.push('HR: edits departments and teams')
  else if (edits && teams === 'edit') parts.push('edits teams')
  else if (edits && departments === 'edit') parts.push('edits departments')
  if (user.userType === 'employee' && departments === 'none' && teams === 'none') parts.push('cannot view the structure')
  const headed = user.isAdmin ? undefined : data.nodes.find((n) => n.parentId !== null && n.headIds.includes(user.id))
  if (headed) parts.push(departments === 'edit' || teams === 'edit' ? `head of ${headed.name}` : `head of ${headed.name}, no edit permission`)
  if (parts.length === 0 || (parts.length === 1 && !user.hasAppAccess)) parts.push('employee')
  return parts.join('; ')
}

function switchUser(data: PortalData, user: EmuUser) {
  return {
    id: user.id, name: fullName(user), position: user.workPosition, isAdmin: user.isAdmin, userType: user.userType,
    hasAppAccess: user.hasAppAccess, role: userRole(data, user)
  }
}

function info(ctx: EmulatorContext) {
  const { domain, protocol } = portalDomain(ctx)
  const users = ctx.data.users.filter((u) => u.active).slice(0, SWITCH_USERS).map((u) => switchUser(ctx.data, u))
  return {
    portalName: ctx.data.portalName,
    domain,
    protocol,
    appUrl: ctx.appUrl,
    appOrigin: appOrigin(ctx),
    appSid: ctx.appSid,
    lang: ctx.lang,
    installed: ctx.data.installed,
    users
  }
}

// ── sessions, tokens, options ───────────────────────────────────────────────

function session(ctx: EmulatorContext, body: Record<string, unknown>) {
  const user = findUser(ctx.data, body.userId)
  if (!user.active) throw new PortalRouteError(403, 'USER_INACTIVE', `User ${user.id} is dismissed and cannot sign in`)
  const lang = language(body.lang, ctx.lang)
  const placement = body.placement ?? 'DEFAULT'
  if (typeof placement !== 'string' || !PLACEMENT_CODE.test(placement)) {
    throw new PortalRouteError(400, 'INVALID_ARGUMENT', 'placement must be an upper-case placement code')
  }
  const options = body.placementOptions ?? {}
  if (!isPlainObject(options)) throw new PortalRouteError(400, 'INVALID_ARGUMENT', 'placementOptions must be a JSON object')
  const { domain, protocol } = portalDomain(ctx)
  const token = ctx.tokens.mint(user.id, lang)
  return {
    user: { id: user.id, name: fullName(user), isAdmin: user.isAdmin, hasAppAccess: user.hasAppAccess, userType: user.userType },
    domain,
    protocol,
    lang,
    memberId: ctx.data.memberId,
    placement,
    placementOptions: options,
    authId: token.accessToken,
    refreshId: token.refreshToken,
    expiresIn: token.expiresIn,
    serverEndpoint: `${ctx.portalOrigin}/rest/`,
    status: 'L',
    ...state(ctx, user)
  }
}

function state(ctx: EmulatorContext, user: EmuUser) {
  return {
    installed: ctx.data.installed,
    appOptions: ctx.data.appOptions,
    userOptions: ctx.data.userOptions[String(user.id)] ?? {}
  }
}

function refresh(ctx: EmulatorContext, body: Record<string, unknown>) {
  const user = findUser(ctx.data, body.userId)
  const lang = language(body.lang, ctx.lang)
  const renewed = typeof body.refreshToken === 'string' ? ctx.tokens.refresh(body.refreshToken) : null
  // The person is still signed in to the portal, so a retired refresh token (after a reset, say) gets a
  // fresh pair, as the real portal's refreshAuth does from its own session.
  return authAnswer(renewed ?? ctx.tokens.mint(user.id, lang))
}

function option(ctx: EmulatorContext, body: Record<string, unknown>) {
  const user = findUser(ctx.data, body.userId)
  if (typeof body.name !== 'string' || body.name === '') throw new PortalRouteError(400, 'INVALID_ARGUMENT', 'name must be a non-empty string')
  if (body.scope === 'app') {
    // BX24.appOption.set: administrators only.
    if (!user.isAdmin) throw new PortalRouteError(403, 'ACCESS_DENIED', 'Only an administrator can change application options')
    ctx.data.appOptions[body.name] = body.value ?? null
    return { appOptions: ctx.data.appOptions }
  }
  if (body.scope === 'user') {
    const own = (ctx.data.userOptions[String(user.id)] ??= {})
    own[body.name] = body.value ?? null
    return { userOptions: own }
  }
  throw new PortalRouteError(400, 'INVALID_ARGUMENT', 'scope must be app or user')
}

function installFinish(ctx: EmulatorContext, body: Record<string, unknown>) {
  const user = findUser(ctx.data, body.userId)
  if (!user.isAdmin) throw new PortalRouteError(403, 'ACCESS_DENIED', 'Only an administrator can finish the installation')
  ctx.data.installed = true
  return { installed: true }
}

// ── the user picker ─────────────────────────────────────────────────────────

/** The SDK's SelectedUser: id as a string, sub/sup relative to the user who opened the picker. */
function pickerUsers(ctx: EmulatorContext, url: URL) {
  const { data } = ctx
  const q = (url.searchParams.get('q') ?? '').trim().toLowerCase()
  const limit = Math.min(200, Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? '50', 10) || 50))
  const viewerId = Number.parseInt(url.searchParams.get('for') ?? '', 10)
  const viewer = data.users.find((u) => u.id === viewerId)
  const headOf = new Set<number>()
  const bossIds = new Set<number>()
  if (viewer) {
    for (const node of data.nodes) {
      if (node.headIds.includes(viewer.id)) for (const m of node.memberIds) headOf.add(m)
      if (node.memberIds.includes(viewer.id)) for (const h of node.headIds) bossIds.add(h)
    }
  }
  // Like BX24.selectUser: active employees only (no extranet, no dismissed users).
  const matches = data.users.filter((u) => u.active && u.userType === 'employee' &&
    (q === '' || [fullName(u), u.lastName, u.secondName, u.workPosition, u.email].some((t) => t.toLowerCase().includes(q))))
  return {
    total: matches.length,
    items: matches.slice(0, limit).map((u) => ({
      id: String(u.id),
      name: fullName(u),
      photo: u.photo,
      position: u.workPosition,
      url: `/company/personal/user/${u.id}/`,
      sub: viewer !== undefined && u.id !== viewer.id && headOf.has(u.id),
      sup: viewer !== undefined && u.id !== viewer.id && bossIds.has(u.id)
    }))
  }
}

// ── frame events ────────────────────────────────────────────────────────────

function recordEvent(ctx: EmulatorContext, body: Record<string, unknown>): void {
  if (typeof body.command !== 'string' || body.command === '') throw new PortalRouteError(400, 'INVALID_ARGUMENT', 'command must be a string')
  const event: FrameEvent = { command: body.command, params: redact(body.params ?? null), at: new Date().toISOString() }
  ctx.frameEvents.push(event)
  if (ctx.frameEvents.length > MAX_FRAME_EVENTS) ctx.frameEvents.splice(0, ctx.frameEvents.length - MAX_FRAME_EVENTS)
}

async function frameEvents(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method === 'OPTIONS') return sendPreflight(req, res)
  if (req.method === 'DELETE') {
    ctx.frameEvents.length = 0
    return send(res, 200, { ok: true }, CORS_HEADERS)
  }
  if (req.method !== 'GET') return send(res, 405, { error: 'METHOD_NOT_ALLOWED', error_description: 'Use GET or DELETE' }, CORS_HEADERS)
  const command = url.searchParams.get('command')
  send(res, 200, command ? ctx.frameEvents.filter((e) => e.command === command) : ctx.frameEvents, CORS_HEADERS)
}

// ── dispatch ────────────────────────────────────────────────────────────────

type PostHandler = (ctx: EmulatorContext, body: Record<string, unknown>) => unknown

const POST_ROUTES: Partial<Record<string, PostHandler>> = {
  '/_portal/session': session,
  '/_portal/state': (ctx, body) => state(ctx, findUser(ctx.data, body.userId)),
  '/_portal/refresh': refresh,
  '/_portal/option': option,
  '/_portal/install-finish': installFinish,
  '/_portal/frame-events': (ctx, body) => {
    recordEvent(ctx, body)
    return { ok: true }
  }
}

/**
 * Serves the portal page's routes; returns false for every other path so the server can go on.
 * `url` is the request URL resolved against the portal origin.
 */
export async function handlePortalRoute(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const { pathname } = url
  if (pathname === '/_emulator/frame-events') {
    await frameEvents(ctx, req, res, url)
    return true
  }
  if (pathname !== '/' && pathname !== '/favicon.ico' && !pathname.startsWith('/_portal/')) return false
  try {
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (pathname === '/') {
        // The SDK checks message origins against DOMAIN, so the page must be on exactly the portal origin.
        const portalHost = new URL(ctx.portalOrigin).host
        if (req.headers.host && req.headers.host !== portalHost) {
          res.writeHead(302, { location: `${ctx.portalOrigin}${url.pathname}${url.search}` })
          res.end()
          return true
        }
        await page(ctx, res)
      } else if (pathname === '/favicon.ico') {
        res.writeHead(204).end()
      } else if (ASSETS[pathname]) {
        await asset(pathname, res)
      } else if (pathname === '/_portal/info') {
        send(res, 200, info(ctx))
      } else if (pathname === '/_portal/users') {
        send(res, 200, pickerUsers(ctx, url))
      } else {
        send(res, 404, { error: 'NOT_FOUND', error_description: `Nothing at ${pathname}` })
      }
      return true
    }
    const handler = POST_ROUTES[pathname]
    if (req.method !== 'POST' || !handler) {
      send(res, handler ? 405 : 404, { error: handler ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND', error_description: `${req.method} ${pathname}` })
      return true
    }
    send(res, 200, handler(ctx, await jsonBody(req)))
  } catch (error) {
    if (!(error instanceof PortalRouteError)) throw error
    send(res, error.status, { error: error.code, error_description: error.message })
  }
  return true
}
