/** Types of protocol.js (plain browser JS served as-is; this file lets TypeScript specs import it). */
import type { PortalLang } from '../data/types.ts'

export interface FrameMessage {
  command: string
  params: unknown
  callback: string
  appSid: string
}

export interface PortalSessionUser {
  id: number
  name: string
  isAdmin: boolean
  hasAppAccess: boolean
  userType: 'employee' | 'extranet'
}

/** What POST /_portal/session answers, plus expiresAt (ms) the page adds when it receives it. */
export interface PortalSession {
  user: PortalSessionUser
  domain: string
  protocol: 0 | 1
  lang: PortalLang
  memberId: string
  placement: string
  placementOptions: Record<string, unknown>
  authId: string
  refreshId: string
  /** seconds, as minted */
  expiresIn: number
  expiresAt: number
  serverEndpoint: string
  status: string
}

export interface PortalState {
  installed: boolean
  appOptions: Record<string, unknown>
  userOptions: Record<string, unknown>
}

export interface PageState {
  userId: number
  lang: PortalLang
  placement: string
  options: Record<string, unknown>
}

export const PORTAL_LANGS: readonly PortalLang[]
export const NO_REPLY: Set<string>
export const PLACEMENTS: string[]
export const PLACEMENT_PRESETS: Record<string, Record<string, unknown>>
export function parseMessage(data: unknown): FrameMessage | null
export function formatReply(callback: string, payload: unknown): string
export function frameName(domain: string, protocol: 0 | 1, appSid: string): string
export function buildInitData(session: PortalSession, state: PortalState, now: number): Record<string, unknown>
export function buildLaunch(session: PortalSession, appUrl: string, appSid: string): { action: string, fields: [string, string][] }
export function parseOptionsText(text: string, lang?: string): { ok: true, value: Record<string, unknown> } | { ok: false, error: string }
export function parsePageQuery(search: string, defaults: { userId: number, lang: PortalLang }): { state: PageState, problems: string[] }
export function pageQuery(state: PageState): string
export function redactTokens<T>(value: T): T
export function noticeFor(command: string, params: unknown, lang?: string): string | null
