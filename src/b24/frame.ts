import { initializeB24Frame } from '@bitrix24/b24jssdk'
import type { B24Frame } from '@bitrix24/b24jssdk'
import { PortalError, rememberSecrets } from './errors'
import { configureHttp } from './http'
import { clientRateLimit } from './plan'

/** What the portal told the app about this opening of the frame. */
export interface PortalContext {
  /** Bitrix24 language code (en, ru, ua, kz, la, br, …), not ISO. */
  lang: string
  isAdmin: boolean
  /** The portal opened the app to finish its installation (INSTALL in the init data). */
  installMode: boolean
  /** DEFAULT for the app's own page, otherwise the placement code (e.g. SETTING_CONNECTOR). */
  placement: string
  placementOptions: Record<string, unknown>
  appOptions: Record<string, unknown>
  userOptions: Record<string, unknown>
  memberId: string
  /** Portal host, with the port when it has one (e.g. "example.bitrix24.com", "127.0.0.1:18080"). */
  domain: string
}

export interface ConnectOptions {
  /** How long to wait for the portal to answer the handshake before giving up (ms). */
  initTimeoutMs?: number
}

/**
 * The SDK awaits the portal's getInitData reply with no timeout: a page that is framed but whose parent
 * does not speak the protocol would spin forever. Eight seconds is far above a real portal's answer time
 * (a local postMessage round trip) and short enough that a person still waiting sees why.
 */
const DEFAULT_INIT_TIMEOUT_MS = 8000

/** A second getInitData round trip (when the handshake's own answer could not be read) must never block boot. */
const RAW_INIT_DATA_WAIT_MS = 1500

let frame: B24Frame | null = null
let context: PortalContext | null = null
let connecting: Promise<PortalContext | null> | null = null

interface RawInitData {
  APP_OPTIONS?: unknown
  USER_OPTIONS?: unknown
  MEMBER_ID?: unknown
  isSafely?: boolean
}

function asRecord(value: unknown): Record<string, unknown> {
  // PHP serialises an empty map as [], so an array here means "nothing set".
  if (value && typeof value === 'object' && !Array.isArray(value)) return { ...(value as Record<string, unknown>) }
  return {}
}

/**
 * Real portals send PLACEMENT_OPTIONS as a JSON string (docs/decisions.md D16); the emulator may send an
 * object.
 */
export function parsePlacementOptions(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    if (value.trim() === '') return {}
    try {
      return asRecord(JSON.parse(value))
    } catch {
      return {}
    }
  }
  return asRecord(value)
}

function isOutsideFrame(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { code?: unknown }).code === 'JSSDK_CLIENT_SIDE_WARNING'
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PortalError({
      code: 'PORTAL_INIT_TIMEOUT',
      message: `The Bitrix24 portal did not answer the app within ${Math.round(ms / 1000)} s.`,
      status: 0
    })), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * The portal's answer to the SDK's own getInitData, read off the same message the SDK reads: APP_OPTIONS
 * and USER_OPTIONS live in private SDK fields with only per-key getters, and asking the portal a second
 * time cost the first screen a whole round trip to the parent window. The answer is the parent's
 * `<callback id>:<JSON>` (b24jssdk frame/message/controller.mjs); only messages from the portal's origin
 * count, as for the SDK, and the one that is init data carries the token and the language.
 */
function watchInitData(): { take(origin: string): RawInitData | null, stop(): void } {
  const seen: MessageEvent[] = []
  const listener = (event: MessageEvent) => {
    if (typeof event.data === 'string') seen.push(event)
  }
  window.addEventListener('message', listener)
  return {
    take(origin) {
      for (const event of seen) {
        if (event.origin !== origin) continue
        const text = event.data as string
        const json = text.slice(text.indexOf(':') + 1)
        try {
          const data: unknown = JSON.parse(json)
          if (data && typeof data === 'object' && 'AUTH_ID' in data && 'LANG' in data) return data as RawInitData
        } catch {
          // not a JSON answer: some other message
        }
      }
      return null
    },
    stop() {
      window.removeEventListener('message', listener)
      seen.length = 0
    }
  }
}

async function readContext($b24: B24Frame, answered: RawInitData | null): Promise<PortalContext> {
  // When the handshake's answer could not be read (a parent that answers in another shape), ask for the
  // init data once more through the SDK's own message channel. isSafely bounds the wait.
  let raw: RawInitData = answered ?? {}
  if (!answered) {
    try {
      raw = await $b24.parent.message.send('getInitData', { isSafely: true, safelyTime: RAW_INIT_DATA_WAIT_MS }) as RawInitData
    } catch {
      raw = {}
    }
  }
  const auth = $b24.auth.getAuthData()
  if (auth) rememberSecrets(auth.access_token, auth.refresh_token)
  let domain = ''
  try {
    domain = new URL($b24.getTargetOrigin()).host
  } catch {
    domain = ''
  }
  return {
    lang: $b24.getLang(),
    isAdmin: $b24.auth.isAdmin === true,
    installMode: $b24.isInstallMode === true,
    placement: $b24.placement.placement || 'DEFAULT',
    placementOptions: parsePlacementOptions($b24.placement.options),
    appOptions: asRecord(raw.APP_OPTIONS),
    userOptions: asRecord(raw.USER_OPTIONS),
    memberId: auth ? String(auth.member_id ?? '') : typeof raw.MEMBER_ID === 'string' ? raw.MEMBER_ID : '',
    domain
  }
}

/** The SDK's own leaky bucket until app.info names the plan: the default plan's, just under the portal's (plan.ts). */
export const CLIENT_RATE_LIMIT = clientRateLimit('default')

async function connect(options: ConnectOptions): Promise<PortalContext | null> {
  let $b24: B24Frame
  const initData = watchInitData()
  try {
    $b24 = await withTimeout(initializeB24Frame({ restrictionParams: { rateLimit: CLIENT_RATE_LIMIT } }), options.initTimeoutMs ?? DEFAULT_INIT_TIMEOUT_MS)
  } catch (error) {
    initData.stop()
    if (isOutsideFrame(error)) return null
    throw PortalError.from(error)
  }
  const answered = initData.take($b24.getTargetOrigin())
  initData.stop()
  frame = $b24
  context = await readContext($b24, answered)
  configureHttp($b24, context.appOptions)
  return context
}

/**
 * Connects to the portal once. Resolves null when the page is not inside a portal frame (opened directly);
 * rejects with a PortalError for anything else, including a portal that never answers the handshake.
 * A failed attempt is forgotten, so calling again retries.
 */
export function connectPortal(options: ConnectOptions = {}): Promise<PortalContext | null> {
  if (!connecting) {
    const attempt = connect(options)
    connecting = attempt
    attempt.catch(() => {
      if (connecting === attempt) connecting = null
    })
  }
  return connecting
}

/** The context after connectPortal() resolved inside a frame. */
export function getPortal(): PortalContext {
  if (!context) {
    throw new PortalError({ code: 'PORTAL_NOT_CONNECTED', message: 'The app is not connected to a Bitrix24 portal.' })
  }
  return context
}

/**
 * The address the portal opened the app at, without query or hash: what the app registers as its handler
 * (placements, the connector's settings page), so every opening comes back to this same page, which routes
 * by PLACEMENT. The portal frames the handler it was given, so this is the installed app's own URL.
 */
export function appHandlerUrl(): string {
  return `${window.location.origin}${window.location.pathname}`
}

/** For the door's own modules (rest, commands) and its tests: never re-exported from index.ts. */
export function requireFrame(): B24Frame {
  if (!frame) {
    throw new PortalError({ code: 'PORTAL_NOT_CONNECTED', message: 'The app is not connected to a Bitrix24 portal.' })
  }
  return frame
}

/** Remember the live tokens after the SDK may have refreshed them, so they are scrubbed from errors too. */
export function rememberCurrentTokens(): void {
  const auth = frame?.auth.getAuthData()
  if (auth) rememberSecrets(auth.access_token, auth.refresh_token)
}
