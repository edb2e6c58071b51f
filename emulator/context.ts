/**
 * What every part of the emulator shares: the portal's data, its tokens, the fault switches and the
 * logs. Created once by emulator/server.ts (startEmulator) and passed to the REST router, the control
 * API (/_emulator/*) and the portal page's routes (/_portal/*). Replaced data on /_emulator/reset.
 */
import type { PortalData, PortalLang } from './data/types.ts'
import type { Questions } from './questions.ts'
import type { Features } from './features.ts'
import type { Plan } from './rest/plan.ts'

export interface TokenInfo {
  accessToken: string
  refreshToken: string
  /** seconds from now */
  expiresIn: number
  userId: number
}

export type TokenCheck =
  | { ok: true, userId: number, lang: PortalLang }
  | { ok: false, reason: 'expired' | 'invalid' }

export interface TokenStore {
  /** A fresh token pair for a user; the language is the portal language the REST answers use for that session. */
  mint(userId: number, lang: PortalLang): TokenInfo
  /** New pair for a refresh token; the old access and refresh tokens are retired. null if unknown/retired. */
  refresh(refreshToken: string): TokenInfo | null
  check(accessToken: string): TokenCheck
  /** "Expire the token now": every live access token becomes expired (refresh still works). */
  expireAll(): void
  /** Token lifetime in seconds for newly minted tokens (default 3600). */
  lifetime: number
  /** Every pair minted since the last clear(), retired ones too: what a leak test searches for. */
  issued(): TokenInfo[]
  clear(): void
}

/** A frame command the app sent to the portal page (recorded for tests: imOpenMessenger, setTitle, …). */
export interface FrameEvent {
  command: string
  params: unknown
  at: string
}

export interface RestLogEntry {
  at: string
  method: string
  api: 'v2' | 'v3'
  status: number
  error: string | null
  userId: number | null
  /** for batch: the methods inside */
  batch?: string[]
  requestId?: string | null
  /** set when a fault switch hit this request (the answer was injected, delayed or never sent) */
  fault?: 'fail' | 'slow' | 'drop'
  /** a REST 3.0 write answered from the Idempotency-Key store without running the method again */
  replayed?: true
}

export interface EmulatorContext {
  data: PortalData
  tokens: TokenStore
  restLog: RestLogEntry[]
  frameEvents: FrameEvent[]
  /** http://127.0.0.1:<port> — the portal origin (DOMAIN = host:port) */
  portalOrigin: string
  /** http://127.0.0.1:<port+2> (a free port when the portal's is 0) — the portal's CDN (cdn.ts): avatar URLs live here */
  cdnOrigin: string
  /** URL of the app page the portal frames (dev server, --app, or the built app on port+1) */
  appUrl: string
  /** APP_SID for the iframe name */
  appSid: string
  /** Default portal language for new sessions */
  lang: PortalLang
  /** how the emulator answers the open questions of docs/decisions.md D9 (questions.ts) */
  questions: Questions
  /** the portal's tariff plan (rest/plan.ts): the rate limit's default and app.info's LICENSE; absent = default */
  plan?: Plan
  /** what the portal offers applications (features.ts): without it, humanresources.* or the collabs' method are missing */
  features: Features
  /** regenerates the data; `hostile` omitted = what the emulator was started with (never the last reset's); questions and features go back to the start values, then `questions` / `features` apply */
  reset(options: { seed?: number, size?: number, hostile?: boolean, questions?: Partial<Questions>, plan?: Plan, features?: Partial<Features> }): void
}
