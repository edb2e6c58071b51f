/**
 * Open Channels: the portal's open lines (imopenlines.config.*) and the custom connector (imconnector.*).
 * Wire names (UPPER_CASE, string ids, Y/N) stay in this file; the rest of the app sees camelCase and numbers.
 * Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/index.html and
 * https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html.
 */
import { batchV2, callV2, PortalError } from '@/b24'
import type { BatchV2Calls, PortalContext } from '@/b24'
import { flag, int, record, text } from './wire'

export interface OpenLine {
  id: number
  name: string
  active: boolean
}

export interface ConnectorInfo {
  id: string
  name: string
}

/** imconnector.status for one connector on one line. */
export interface PairStatus {
  connector: string
  line: number
  /** the channel reported an error */
  error: boolean
  /** active on the line and connected (DATA sent) */
  configured: boolean
  /** overall: configured and without error */
  status: boolean
}

/** The channel settings kept by imconnector.connector.data.set (the four documented DATA keys). */
export interface ChannelData {
  ID: string
  URL: string
  URL_IM: string
  NAME: string
}

export interface ConnectorRegistration {
  id: string
  name: string
  /** data:image/svg+xml,… */
  icon: string
  iconColor: string
  placementHandler: string
}

/** The documented maximum page of imopenlines.config.list.get. */
export const LINES_PAGE = 200

/** Fields the console needs; the full config has ~90 keys. */
const LINE_SELECT = ['ID', 'LINE_NAME', 'ACTIVE']

/** A line of imopenlines.config.*; null without a readable ID. */
function toLine(raw: unknown): OpenLine | null {
  const row = record(raw)
  const id = int(row.ID)
  return id === null ? null : { id, name: text(row.LINE_NAME), active: flag(row.ACTIVE) }
}

/** Every open line, page by page (PARAMS.limit/offset; the answer carries no total). */
export async function listOpenLines(): Promise<OpenLine[]> {
  const lines: OpenLine[] = []
  for (let offset = 0; ; offset += LINES_PAGE) {
    const rows = await callV2<Array<Record<string, unknown>>>('imopenlines.config.list.get', {
      PARAMS: { select: LINE_SELECT, order: { ID: 'asc' }, limit: LINES_PAGE, offset }
    })
    const page = Array.isArray(rows) ? rows : []
    lines.push(...page.map(toLine).filter((line): line is OpenLine => line !== null))
    if (page.length < LINES_PAGE) return lines
  }
}

/** One line, or null when the portal answers `false` (the line does not exist). */
export async function getOpenLine(id: number): Promise<OpenLine | null> {
  const row = await callV2<Record<string, unknown> | false>('imopenlines.config.get', { CONFIG_ID: id, WITH_QUEUE: 'N' })
  return toLine(row)
}

/** Every connector the portal knows (built-ins and registered ones), as id → name. */
export async function listConnectors(): Promise<ConnectorInfo[]> {
  const map = await callV2<Record<string, unknown> | unknown[]>('imconnector.list')
  // PHP answers an empty map as []
  if (!map || Array.isArray(map)) return []
  return Object.entries(map).map(([id, name]) => ({ id, name: text(name) || id }))
}

function toStatus(row: unknown, connector: string, line: number): PairStatus {
  const r = record(row)
  return {
    connector: text(r.CONNECTOR) || connector,
    line: int(r.LINE, line),
    error: flag(r.ERROR),
    configured: flag(r.CONFIGURED),
    status: flag(r.STATUS)
  }
}

export async function connectorStatus(connector: string, line: number): Promise<PairStatus> {
  // always with LINE: without it the portal reads line 0 and answers "not configured"
  const row = await callV2<unknown>('imconnector.status', { CONNECTOR: connector, LINE: line })
  return toStatus(row, connector, line)
}

export interface PairKey {
  connector: string
  line: number
}

export function pairKey(connector: string, line: number): string {
  return `${connector}:${line}`
}

export type PairOutcome = { ok: true, status: PairStatus } | { ok: false, error: PortalError }

/** imconnector.status for many pairs, 50 rows per batch; a failing row does not sink the others. */
export async function connectorStatuses(pairs: PairKey[]): Promise<Map<string, PairOutcome>> {
  const out = new Map<string, PairOutcome>()
  for (let start = 0; start < pairs.length; start += 50) {
    const chunk = pairs.slice(start, start + 50)
    const calls: BatchV2Calls = {}
    chunk.forEach((pair, i) => {
      calls[`s${i}`] = ['imconnector.status', { CONNECTOR: pair.connector, LINE: pair.line }]
    })
    const rows = await batchV2(calls)
    chunk.forEach((pair, i) => {
      const row = rows[`s${i}`]
      const key = pairKey(pair.connector, pair.line)
      if (!row) out.set(key, { ok: false, error: new PortalError({ code: 'NO_ANSWER', message: 'The portal did not answer for this pair.' }) })
      else if (row.error) out.set(key, { ok: false, error: row.error })
      else out.set(key, { ok: true, status: toStatus(row.result, pair.connector, pair.line) })
    })
  }
  return out
}

/**
 * register and unregister answer HTTP 200 even when they fail, with the failure inside `result`
 * ({"result":false,"error":…,"error_description":…}); turn that into the PortalError every caller expects.
 */
function softResult(method: string, answer: unknown): void {
  if (answer === true) return
  if (answer && typeof answer === 'object') {
    const r = record(answer)
    if (r.result === true) return
    throw new PortalError({
      code: text(r.error) || 'UNKNOWN_ERROR',
      message: text(r.error_description) || `${method} failed`,
      status: 200,
      retryable: false,
      method
    })
  }
  throw new PortalError({ code: 'UNEXPECTED_ANSWER', message: `${method} gave an unexpected answer`, status: 200, retryable: false, method })
}

/** Register (or update: same ID) the app's connector. The SETTING_CONNECTOR placement opens placementHandler. */
export async function registerConnector(reg: ConnectorRegistration): Promise<void> {
  const answer = await callV2<unknown>('imconnector.register', {
    ID: reg.id,
    NAME: reg.name,
    ICON: { DATA_IMAGE: reg.icon, COLOR: reg.iconColor, SIZE: '90%', POSITION: 'center' },
    PLACEMENT_HANDLER: reg.placementHandler
  })
  softResult('imconnector.register', answer)
}

export async function unregisterConnector(id: string): Promise<void> {
  const answer = await callV2<unknown>('imconnector.unregister', { ID: id })
  softResult('imconnector.unregister', answer)
}

/** ACTIVE 1/0, the documented values; 0 also deletes the line's channel settings. */
export async function activateConnector(connector: string, line: number, active: boolean): Promise<void> {
  await callV2<boolean>('imconnector.activate', { CONNECTOR: connector, LINE: line, ACTIVE: active ? 1 : 0 })
}

/** The portal replaces DATA as a whole, so this always sends all four keys. */
export async function setChannelData(connector: string, line: number, data: ChannelData): Promise<void> {
  await callV2<boolean>('imconnector.connector.data.set', {
    CONNECTOR: connector,
    LINE: line,
    DATA: { ID: data.ID, URL: data.URL, URL_IM: data.URL_IM, NAME: data.NAME }
  })
}

/**
 * The argument an ERROR_ARGUMENT names ("Argument 'DATA' is null or empty" → DATA); null for other errors.
 * `DATA[URL]` / `DATA.URL` name a key of DATA and map to that key.
 */
export function argumentOf(error: PortalError): string | null {
  if (error.code !== 'ERROR_ARGUMENT') return null
  const match = /Argument '([A-Za-z_]+)(?:(?:\[|\.)([A-Za-z_]+)\]?)?'/.exec(error.message)
  if (!match) return null
  return (match[2] ?? match[1] ?? '').toUpperCase() || null
}

// region the app's own connector: its registration, what the app keeps per line, the settings placement
/** The app's connector id: lower case, digits and `_` only, prefixed to stay clear of other apps' ids. */
export const APP_CONNECTOR_ID = 'commhub_connector'
export const APP_CONNECTOR_NAME = 'Communications Hub'
export const APP_CONNECTOR_COLOR = '#2fc6f6'
/** A speech bubble; register wants `data:image/svg+xml,` + URL-encoded SVG. */
export const APP_CONNECTOR_ICON = 'data:image/svg+xml,' + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#fff" d="M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>'
)

/** What imconnector.register is given for the app's connector (the console and the install send the same). */
export function appConnector(placementHandler: string): ConnectorRegistration {
  return { id: APP_CONNECTOR_ID, name: APP_CONNECTOR_NAME, icon: APP_CONNECTOR_ICON, iconColor: APP_CONNECTOR_COLOR, placementHandler }
}

export const SETTING_CONNECTOR = 'SETTING_CONNECTOR'

/** What the app remembers of its connector on one line (application option, one per line). */
export interface SavedPair {
  active: boolean
  data: ChannelData | null
}

export function savedPairOption(connector: string, line: number): string {
  return `openlines_${connector}_${line}`
}

/** Options arrive as whatever the portal stored: our JSON string, or an object from a tolerant portal. */
export function parseSavedPair(value: unknown): SavedPair | null {
  let raw = value
  if (typeof raw === 'string') {
    if (raw.trim() === '') return null
    try {
      raw = JSON.parse(raw)
    } catch {
      return null
    }
  }
  if (!raw || typeof raw !== 'object') return null
  const r = record(raw)
  const d = r.data && typeof r.data === 'object' ? record(r.data) : null
  return {
    active: flag(r.active),
    data: d ? { ID: text(d.ID), URL: text(d.URL), URL_IM: text(d.URL_IM), NAME: text(d.NAME) } : null
  }
}

/** The portal's PLACEMENT_OPTIONS of SETTING_CONNECTOR (LINE is a string there, the flags are booleans). */
export interface PlacementTarget {
  connector: string
  line: number
  active: boolean
  connection: boolean
  registered: boolean
  error: boolean
  status: boolean
}

export function placementTarget(portal: Pick<PortalContext, 'placement' | 'placementOptions'> | null): PlacementTarget | null {
  if (!portal || portal.placement !== SETTING_CONNECTOR) return null
  const o = portal.placementOptions
  const connector = text(o.CONNECTOR).trim().toLowerCase()
  const line = int(o.LINE)
  if (connector === '' || line === null || line <= 0) return null
  return {
    connector,
    line,
    active: flag(o.ACTIVE_STATUS),
    connection: flag(o.CONNECTION_STATUS),
    registered: flag(o.REGISTER_STATUS),
    error: flag(o.ERROR_STATUS),
    status: flag(o.STATUS)
  }
}
// endregion
