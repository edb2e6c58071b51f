/**
 * The portal page: opens the app in #app-frame with a form POST, as a Bitrix24 portal does, and answers
 * the SDK's postMessage commands (as b24jssdk's frame/message/controller.ts sends them; emulator/README.md,
 * "The portal page"). Every command is recorded server-side first
 * (GET /_emulator/frame-events) so a test that sees the effect also finds the record.
 * Tokens live only in this module's memory and in the POST body, never in a URL or a log.
 */
import {
  NO_REPLY, PLACEMENTS, PLACEMENT_PRESETS, buildInitData, buildLaunch, formatReply, noticeFor, pageQuery,
  parseMessage, parseOptionsText, parsePageQuery, redactTokens
} from './protocol.js'
import { openUserPicker } from './picker.js'
import { setupFaultPanel } from './faults.js'
import { applyLabels, label } from './labels.js'

const MAX_NOTICES = 12

const $ = (id) => document.getElementById(id)
const frame = $('app-frame')

/** from GET /_portal/info */
let info = null
/** user, language, placement and options the app is open with */
let state = null
/** the open session (tokens included); replaced on every open */
let session = null
/** placementBindEvent: event name → callback id to post events to */
const boundEvents = new Map()
/** the fault panel, which re-renders its state line when the language changes */
let faultPanel = null

/** A text of the page in the chosen portal language (labels.js: Russian for ru, English otherwise). */
const t = (key, vars) => label(state?.lang, key, vars)

function notify(text, kind = 'info') {
  const box = $('notices')
  const item = document.createElement('p')
  item.className = `notice notice-${kind}`
  item.textContent = text
  box.append(item)
  while (box.children.length > MAX_NOTICES) box.firstElementChild.remove()
}

async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
  const res = await fetch(path, init)
  const json = await res.json().catch(() => null)
  if (!res.ok) throw new Error(json?.error_description ?? `HTTP ${res.status}`)
  return json
}

// ── opening the app ─────────────────────────────────────────────────────────

async function openApp() {
  const opened = await api('/_portal/session', {
    userId: state.userId, lang: state.lang, placement: state.placement, placementOptions: state.options
  })
  session = { ...opened, expiresAt: Date.now() + opened.expiresIn * 1000 }
  boundEvents.clear()
  const role = info.users.find((u) => u.id === session.user.id)?.role ?? (session.user.isAdmin ? 'administrator' : '')
  $('current-user').textContent = `${session.user.name}${role ? ` — ${role}` : ''}`
  $('pagetitle').textContent = t('page.title')
  document.title = `${t('page.title')} — ${info.portalName}`
  frame.style.height = ''
  history.replaceState(null, '', pageQuery(state))

  const launch = buildLaunch(session, info.appUrl, info.appSid)
  const form = document.createElement('form')
  form.method = 'POST'
  form.action = launch.action
  form.target = frame.name
  form.hidden = true
  for (const [name, value] of launch.fields) {
    const input = document.createElement('input')
    input.type = 'hidden'
    input.name = name
    input.value = value
    form.append(input)
  }
  document.body.append(form)
  form.submit()
  // The tokens must not linger in the DOM.
  form.remove()
}

/** `reason`: the labels.js key of what failed, e.g. 'notice.signInFailed'. */
function reopen(reason) {
  openApp().catch((error) => notify(t('notice.failed', { reason: t(reason), error: error.message }), 'error'))
}

// ── frame commands ──────────────────────────────────────────────────────────

const asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {})

async function saveOption(scope, params) {
  const { name, value } = asObject(params)
  try {
    await api('/_portal/option', { scope, userId: session.user.id, name, value })
  } catch (error) {
    notify(t(scope === 'app' ? 'notice.appOptionNotSaved' : 'notice.userOptionNotSaved', { error: error.message }), 'error')
  }
  return {}
}

/** Each handler returns the reply payload; undefined means "do not reply". */
const handlers = {
  async getInitData() {
    const fresh = await api('/_portal/state', { userId: session.user.id })
    return buildInitData(session, fresh, Date.now())
  },
  setInstall: () => ({}),
  async refreshAuth() {
    const renewed = await api('/_portal/refresh', { refreshToken: session.refreshId, userId: session.user.id, lang: session.lang })
    session = { ...session, authId: renewed.AUTH_ID, refreshId: renewed.REFRESH_ID, expiresIn: renewed.AUTH_EXPIRES, expiresAt: Date.now() + renewed.AUTH_EXPIRES * 1000 }
    return renewed
  },
  resizeWindow(params) {
    const height = Number(asObject(params).height)
    if (Number.isFinite(height) && height > 0) frame.style.height = `${Math.min(Math.round(height), 20000)}px`
    return {}
  },
  setTitle(params) {
    const title = String(asObject(params).title ?? '')
    $('pagetitle').textContent = title
    document.title = title
    return {}
  },
  setScroll(params) {
    window.scrollTo({ top: Number(asObject(params).scroll) || 0 })
    return {}
  },
  setAppOption: (params) => saveOption('app', params),
  setUserOption: (params) => saveOption('user', params),
  selectUser: (params) => openUserPicker({ multiple: asObject(params).mult === true, viewerId: session.user.id, lang: state.lang }),
  async selectAccess(params) {
    const blocked = (asObject(params).value ?? []).filter((code) => /^U\d+$/.test(code)).map((code) => code.slice(1))
    const users = await openUserPicker({ multiple: true, title: t('picker.titleAccess'), exclude: blocked, viewerId: session.user.id, lang: state.lang })
    return users.map((user) => ({ id: `U${user.id}`, name: user.name }))
  },
  openPath: () => ({ result: 'close' }),
  openApplication: () => ({}),
  closeApplication: () => ({}),
  selectCRM: () => ({}),
  async setInstallFinish() {
    try {
      await api('/_portal/install-finish', { userId: session.user.id })
      notify(t('notice.installFinished'))
      // Reply first, then reload like the portal does.
      setTimeout(() => reopen('notice.reloadFailed'), 100)
    } catch (error) {
      notify(t('notice.installNotFinished', { error: error.message }), 'error')
    }
    return {}
  },
  getInterface: () => ({ command: [], event: [] }),
  placementBindEvent(params, msg) {
    const event = asObject(params).event
    if (typeof event === 'string') boundEvents.set(event, msg.callback)
    return {}
  },
  reloadWindow() {
    setTimeout(() => reopen('notice.reloadFailed'), 100)
    return {}
  }
}

async function record(msg) {
  try {
    await api('/_portal/frame-events', { command: msg.command, params: redactTokens(msg.params) })
  } catch {
    // Recording is for tests; the app must be answered even if it fails.
  }
}

async function handle(msg, source) {
  await record(msg)
  const notice = noticeFor(msg.command, msg.params, state.lang)
  if (notice) notify(notice)
  if (NO_REPLY.has(msg.command)) return
  const handler = handlers[msg.command]
  if (!handler) {
    notify(t('notice.unsupported', { command: msg.command }), 'error')
    return
  }
  const payload = await handler(msg.params, msg)
  if (payload !== undefined) source.postMessage(formatReply(msg.callback, payload), info.appOrigin)
}

window.addEventListener('message', (event) => {
  // Only the app's origin and only this app session's SID, as a portal checks.
  if (!info || !session || event.origin !== info.appOrigin) return
  const msg = parseMessage(event.data)
  if (!msg || msg.appSid !== info.appSid || !event.source) return
  handle(msg, event.source).catch((error) => notify(t('notice.commandFailed', { command: msg.command, error: error.message }), 'error'))
})

// ── controls ────────────────────────────────────────────────────────────────

function option(value, label) {
  const el = document.createElement('option')
  el.value = value
  el.textContent = label
  return el
}

function renderControls() {
  const users = $('user-select')
  const known = info.users.some((u) => u.id === state.userId)
  const list = known ? info.users : [...info.users, { id: state.userId, name: t('user.unknown', { id: state.userId }), role: '' }]
  // "Anna Smith — administrator", "… — HR: edits departments and teams", "… — head of Sales, no edit permission"
  users.replaceChildren(...list.map((u) => option(String(u.id), `${u.id}. ${u.name}${u.role ? ` — ${u.role}` : ''}`)))
  users.value = String(state.userId)
  $('lang-select').value = state.lang

  const placements = PLACEMENTS.includes(state.placement) ? PLACEMENTS : [...PLACEMENTS, state.placement]
  $('placement-select').replaceChildren(...placements.map((code) => option(code, code)))
  $('placement-select').value = state.placement
  $('placement-options').value = Object.keys(state.options).length > 0 ? JSON.stringify(state.options, null, 2) : ''
}

function presetText(code) {
  return PLACEMENT_PRESETS[code] ? JSON.stringify(PLACEMENT_PRESETS[code], null, 2) : ''
}

function wireControls() {
  $('user-select').addEventListener('change', (event) => {
    state = { ...state, userId: Number(event.target.value) }
    reopen('notice.signInFailed')
  })
  $('lang-select').addEventListener('change', (event) => {
    state = { ...state, lang: event.target.value }
    relabel()
    reopen('notice.langFailed')
  })
  const textarea = $('placement-options')
  const error = $('placement-options-error')
  let lastPreset = textarea.value
  $('placement-select').addEventListener('change', (event) => {
    // Replace the options only if the person has not typed their own.
    if (textarea.value.trim() === '' || textarea.value === lastPreset) {
      lastPreset = presetText(event.target.value)
      textarea.value = lastPreset
    }
  })
  textarea.addEventListener('input', () => {
    textarea.removeAttribute('aria-invalid')
    error.textContent = ''
  })
  $('open-placement').addEventListener('click', () => {
    const parsed = parseOptionsText(textarea.value, state.lang)
    if (!parsed.ok) {
      textarea.setAttribute('aria-invalid', 'true')
      error.textContent = parsed.error
      textarea.focus()
      return
    }
    state = { ...state, placement: $('placement-select').value, options: parsed.value }
    reopen('notice.placementFailed')
  })
}

/**
 * The App card: install (the next open is an install, what the last one left is kept), uninstall (the
 * portal removes the app's placements and connector, and its data only when asked). The app is gone from
 * the frame after an uninstall; Install or Open app opens it again, in install mode.
 */
function wireAppCard() {
  $('app-install').addEventListener('click', async () => {
    try {
      await api('/_emulator/install', {})
      notify(t('app.installing'))
      await openApp()
    } catch (error) {
      notify(t('app.failed', { error: error.message }), 'error')
    }
  })
  const uninstall = (deleteData) => async () => {
    try {
      await api('/_emulator/uninstall', { deleteData })
      session = null
      frame.src = 'about:blank'
      notify(t(deleteData ? 'app.uninstalledDeleted' : 'app.uninstalled'))
    } catch (error) {
      notify(t('app.failed', { error: error.message }), 'error')
    }
  }
  $('app-uninstall').addEventListener('click', uninstall(false))
  $('app-uninstall-delete').addEventListener('click', uninstall(true))
}

/** The page's own texts in the chosen language (index.html's data-label elements, <html lang>, the fault state). */
function relabel() {
  applyLabels(document, state.lang)
  faultPanel?.relabel()
}

async function start() {
  info = await api('/_portal/info')
  const parsed = parsePageQuery(location.search, { userId: 1, lang: info.lang })
  state = parsed.state
  applyLabels(document, state.lang)
  for (const problem of parsed.problems) notify(t('notice.ignored', { problem }), 'error')
  renderControls()
  wireControls()
  wireAppCard()
  faultPanel = setupFaultPanel(notify, t)
  if (!info.appUrl) {
    notify(t('notice.noAppUrl'), 'error')
    return
  }
  await openApp()
}

start().catch((error) => notify(t('notice.startFailed', { error: error.message }), 'error'))
