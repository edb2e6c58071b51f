/**
 * The pure half of the portal page's frame protocol (emulator/README.md, "The portal page"): parsing the SDK's
 * messages, formatting replies, building the getInitData answer and the POST that opens the app.
 * No DOM and no fetch here, so the rules can be unit-tested in Node (protocol.spec.ts); portal.js
 * does the I/O. Types: protocol.d.ts. Texts come from labels.js, in the page's language.
 */
import { label } from './labels.js'

/**
 * The 20 portal languages by Bitrix24's codes: a copy of PORTAL_LANGS in emulator/data/types.ts (this
 * file is served to the browser as it is, so it cannot import TypeScript); protocol.spec.ts checks both
 * lists are equal.
 */
export const PORTAL_LANGS = Object.freeze(['ar', 'br', 'de', 'en', 'fr', 'id', 'in', 'it', 'ja', 'kz', 'la', 'ms', 'pl', 'ru',
  'sc', 'tc', 'th', 'tr', 'ua', 'vn'])

/** Commands a portal never answers (the SDK resolves them itself after 900 ms, parent.ts:205-214). */
export const NO_REPLY = new Set(['imOpenMessenger', 'imCallTo', 'imPhoneTo', 'imOpenHistory'])

/** Placement codes offered on the page; any other upper-case code can still come from ?placement=. */
export const PLACEMENTS = ['DEFAULT', 'SETTING_CONNECTOR', 'CONTACT_CENTER', 'CRM_DEAL_DETAIL_TAB', 'CRM_CONTACT_DETAIL_TAB',
  'IM_NAVIGATION', 'IM_CONTEXT_MENU', 'IM_SIDEBAR', 'LEFT_MENU', 'REST_APP_URI', 'USER_PROFILE_MENU']

/** Example options per placement, filled in when the person picks the placement. */
export const PLACEMENT_PRESETS = {
  SETTING_CONNECTOR: {
    CONNECTOR: 'commhub_connector', LINE: '1', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false,
    REGISTER_STATUS: false, ERROR_STATUS: false, URI: '/contact_center/connector/?ID=commhub_connector&IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER'
  },
  CRM_DEAL_DETAIL_TAB: { ID: '1' },
  CRM_CONTACT_DETAIL_TAB: { ID: '1' },
  IM_CONTEXT_MENU: { dialogId: 'chat1001', messageId: 1 },
  // https://apidocs.bitrix24.com/api-reference/widgets/im/sidebar.html: the chat whose sidebar the app is opened in (any chatNNN, or a user id), and the page
  IM_SIDEBAR: { dialogId: 'chat1001', URI: '/online/' }
}

const COMMAND_NAME = /^[A-Za-z][\w.:-]*$/
const PLACEMENT_CODE = /^[A-Z][A-Z0-9_]*$/

function parseParams(text) {
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    // isRawValue sends (setValue) put the bare value on the wire
    return text
  }
}

/**
 * One message from the app: a string `cmd[:params]:cb:sid` (params may contain ':', so the fields
 * are taken from both ends) or an object `{method, params, callback, appSid}` (namespaced commands).
 * Returns null for anything else.
 */
export function parseMessage(data) {
  if (typeof data === 'string') {
    const parts = data.split(':')
    if (parts.length < 3) return null
    const command = parts[0]
    const appSid = parts[parts.length - 1]
    const callback = parts[parts.length - 2]
    if (!COMMAND_NAME.test(command) || callback === '' || appSid === '') return null
    return { command, params: parseParams(parts.slice(1, -2).join(':')), callback, appSid }
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const { method, params, callback, appSid } = data
    if (typeof method !== 'string' || !COMMAND_NAME.test(method) || typeof callback !== 'string' || callback === '') return null
    return { command: method, params: params === '' || params === undefined ? null : params, callback, appSid: String(appSid ?? '') }
  }
  return null
}

/** The only reply shape the SDK accepts: a string `cb:JSON` (objects are ignored by 2.2.0). */
export function formatReply(callback, payload) {
  return payload === undefined ? callback : `${callback}:${JSON.stringify(payload)}`
}

/** window.name of the app frame: DOMAIN|PROTOCOL|APP_SID — the only thing the SDK reads at start. */
export function frameName(domain, protocol, appSid) {
  return `${domain}|${protocol}|${appSid}`
}

function asObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

/**
 * The getInitData answer (b24jssdk's MessageInitData type). AUTH_EXPIRES is relative seconds left; options are
 * always objects because the SDK throws on a missing USER_OPTIONS. `state` is read fresh from the
 * server so options set through REST show up too.
 */
export function buildInitData(session, state, now) {
  const left = Math.max(0, Math.round((session.expiresAt - now) / 1000))
  return {
    DOMAIN: session.domain,
    PROTOCOL: session.protocol,
    PATH: '/rest/',
    LANG: session.lang,
    AUTH_ID: session.authId,
    REFRESH_ID: session.refreshId,
    AUTH_EXPIRES: left,
    MEMBER_ID: session.memberId,
    IS_ADMIN: session.user.isAdmin,
    APP_OPTIONS: asObject(state.appOptions),
    USER_OPTIONS: asObject(state.userOptions),
    PLACEMENT: session.placement,
    PLACEMENT_OPTIONS: asObject(session.placementOptions),
    INSTALL: !state.installed,
    // The first open of a not yet installed app: the SDK then also sends setInstall and awaits it.
    FIRST_RUN: !state.installed
  }
}

/**
 * The form POST that opens the app, as a portal does: frame data in the query, tokens only in the body.
 * Returns the action URL and the fields in order.
 */
export function buildLaunch(session, appUrl, appSid) {
  const action = new URL(appUrl)
  action.searchParams.set('DOMAIN', session.domain)
  action.searchParams.set('PROTOCOL', String(session.protocol))
  action.searchParams.set('LANG', session.lang)
  action.searchParams.set('APP_SID', appSid)
  return {
    action: action.toString(),
    fields: [
      ['AUTH_ID', session.authId],
      ['AUTH_EXPIRES', String(session.expiresIn)],
      ['REFRESH_ID', session.refreshId],
      ['SERVER_ENDPOINT', session.serverEndpoint],
      ['member_id', session.memberId],
      ['status', session.status],
      ['PLACEMENT', session.placement],
      ['PLACEMENT_OPTIONS', JSON.stringify(asObject(session.placementOptions))]
    ]
  }
}

/** Placement options typed by a person: a JSON object, or an error to show on the field (in `lang`'s texts). */
export function parseOptionsText(text, lang = 'en') {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: {} }
  let value
  try {
    value = JSON.parse(trimmed)
  } catch {
    return { ok: false, error: label(lang, 'placement.optionsNotJson') }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: label(lang, 'placement.optionsNotObject') }
  }
  return { ok: true, value }
}

/**
 * The page's query (?user=&lang=&placement=&options=) with defaults; anything invalid falls back to the
 * default and is reported in `problems` so the page can say so instead of silently ignoring it. `lang`
 * is any of PORTAL_LANGS; the problems are written in the resulting language's texts (labels.js).
 */
export function parsePageQuery(search, defaults) {
  const query = new URLSearchParams(search)
  const problems = []
  const state = { userId: defaults.userId, lang: defaults.lang, placement: 'DEFAULT', options: {} }
  const lang = query.get('lang')
  const langValid = lang !== null && PORTAL_LANGS.includes(lang)
  if (langValid) state.lang = lang
  const say = (key, vars) => problems.push(label(state.lang, key, vars))
  const user = query.get('user')
  if (user !== null) {
    if (/^[1-9]\d*$/.test(user)) state.userId = Number(user)
    else say('query.user', { value: user })
  }
  if (lang !== null && !langValid) say('query.lang', { value: lang, allowed: PORTAL_LANGS.join(', ') })
  const placement = query.get('placement')
  if (placement !== null) {
    if (PLACEMENT_CODE.test(placement)) state.placement = placement
    else say('query.placement', { value: placement })
  }
  const options = query.get('options')
  if (options !== null) {
    const parsed = parseOptionsText(options, state.lang)
    if (parsed.ok) state.options = parsed.value
    else say('query.options', { error: parsed.error })
  }
  return { state, problems }
}

/** The page's own URL for a state, so a reload keeps user, language and placement (never tokens). */
export function pageQuery(state) {
  const query = new URLSearchParams({ user: String(state.userId), lang: state.lang })
  if (state.placement !== 'DEFAULT') query.set('placement', state.placement)
  if (Object.keys(state.options).length > 0) query.set('options', JSON.stringify(state.options))
  return `?${query}`
}

const TOKEN_KEY = /^(auth|auth_id|refresh_id|access_token|refresh_token|authid|refreshid)$/i

/** A copy with token-looking keys replaced, for the frame event log (tokens never reach a log). */
export function redactTokens(value, depth = 0) {
  if (depth > 20 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => redactTokens(item, depth + 1))
  const out = {}
  for (const [key, item] of Object.entries(value)) out[key] = TOKEN_KEY.test(key) ? '[redacted]' : redactTokens(item, depth + 1)
  return out
}

/** The notice a command shows on the portal page (in `lang`'s texts), or null for commands that show none. */
export function noticeFor(command, params, lang = 'en') {
  const p = asObject(params)
  const text = (key, vars) => label(lang, key, vars)
  switch (command) {
    case 'imOpenMessenger': return text('notice.imOpenMessenger', { dialogId: p.dialogId ?? '' })
    case 'imOpenHistory': return text('notice.imOpenHistory', { dialogId: p.dialogId ?? '' })
    case 'imCallTo': return text(p.video ? 'notice.imVideoCallTo' : 'notice.imCallTo', { userId: p.userId ?? '' })
    case 'imPhoneTo': return text('notice.imPhoneTo', { phone: p.phone ?? '' })
    case 'openPath': return text('notice.openPath', { path: p.path ?? '' })
    case 'openApplication': return text('notice.openApplication')
    case 'closeApplication': return text('notice.closeApplication')
    case 'selectCRM': return text('notice.selectCRM')
    default: return null
  }
}
