/**
 * imconnector.* — the Open Channel custom connector family
 * (https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/index.html).
 *
 * What a portal does here and what the docs say only between the lines:
 * - every method works in an application (OAuth) context only; a webhook call gets 403 WRONG_AUTH_TYPE;
 * - register and unregister report their own failures inside an HTTP 200 answer
 *   (`{"result":{"result":false,"error":…,"error_description":…}}`), the others use ordinary 400 errors;
 * - connector ids are lower-cased by register and may not contain a dot;
 * - connector.data.set replaces DATA as a whole (no per-field update);
 * - deactivating a connector on a line deletes that line's settings;
 * - status without LINE reads line 0, which never has a configured connector.
 */
import type { EmuConnector, EmuConnectorLine, Lang, PortalData } from '../data/types.ts'
import { defineMethods, RestError } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import { intval, phpBool } from '../rest/params.ts'

type Text = Record<Lang, string>

/** Texts of the HTTP 200 failures; the docs give them in the portal language. */
const REGISTER_ERRORS: Record<string, Text> = {
  APPLICATION_REGISTRATION_ERROR_POINT: {
    en: 'Application registration error. The connector ID must not contain a dot',
    ru: 'Ошибка регистрации приложения. В идентификаторе коннектора недопустимо использовать точку'
  },
  CONNECTOR_ID_REQUIRED: { en: 'Connector ID is not specified', ru: 'Не указан ID коннектора' },
  NAME_REQUIRED: { en: 'Connector name is not specified', ru: 'Не указано имя коннектора' },
  ICON_REQUIRED: { en: 'Connector icon is not specified', ru: 'Не указана иконка коннектора' },
  NO_PLACEMENT_HANDLER: {
    en: 'Could not get the placement handler URL',
    ru: 'Не удалось получить URL обработчика встраивания'
  },
  APPLICATION_REGISTRATION_ERROR: { en: 'Application registration error', ru: 'Ошибка регистрации приложения' },
  GENERAL_CONNECTOR_REGISTRATION_ERROR: {
    en: 'General connector registration error',
    ru: 'Общая ошибка регистрации коннектора'
  },
  APPLICATION_UNREGISTRATION_ERROR: {
    en: 'Application unregistration error',
    ru: 'Ошибка снятия регистрации приложения'
  }
}

export interface SoftResult {
  result: boolean
  error?: string
  error_description?: string
}

function softError(code: string, lang: Lang): SoftResult {
  const text = REGISTER_ERRORS[code]
  return { result: false, error: code, error_description: text ? text[lang] : code }
}

/**
 * The emulator authenticates apps with OAuth tokens only, so every call is in an application context.
 * If the router ever accepts webhooks it marks the call with `authType: 'webhook'` and these methods refuse it.
 */
function requireApplicationContext(call: CallContext): void {
  const authType = (call as CallContext & { authType?: string }).authType
  if (authType === 'webhook') {
    throw new RestError(403, 'WRONG_AUTH_TYPE', 'Current authorization type is denied for this method Application context required')
  }
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.keys(value as object).length === 0
  return false
}

function argumentError(name: string): RestError {
  return new RestError(400, 'ERROR_ARGUMENT', `Argument '${name}' is null or empty`)
}

/** CONNECTOR as a portal reads it: a non-empty string, lower-cased like register stores it. */
function connectorParam(params: Record<string, unknown>): string {
  const raw = params.CONNECTOR
  if (typeof raw !== 'string' && typeof raw !== 'number') throw argumentError('CONNECTOR')
  const id = String(raw).trim().toLowerCase()
  if (id === '') throw argumentError('CONNECTOR')
  return id
}

/** LINE arrives as an int, or as a string from forms and from the SETTING_CONNECTOR options: read with intval. */
function lineParam(params: Record<string, unknown>, required: boolean): number {
  const raw = params.LINE
  if (isEmpty(raw)) {
    if (required) throw argumentError('LINE')
    return 0
  }
  const line = intval(raw)
  if (line < 0) {
    if (required) throw argumentError('LINE')
    return 0
  }
  return line
}

/**
 * ACTIVE, a named exception to the Y/N flag (rest/params.ts): "any non-empty value enables, an empty value
 * or 0 disables" is PHP's `!empty()` (phpBool), and the page recommends 1/0 or Y/N — which only makes sense
 * if N disables too, so `'N'` (and `'false'`) disable here as well.
 */
export function readActive(value: unknown): boolean {
  return phpBool(value) && value !== 'N' && value !== 'false'
}

function findConnector(data: PortalData, id: string): EmuConnector | undefined {
  return data.connectors.find(c => c.id === id)
}

/** activate and data.set act on the app's own connectors; the portal's built-ins are not the app's to change. */
function ownConnector(data: PortalData, id: string): EmuConnector {
  const connector = findConnector(data, id)
  if (!connector || !connector.custom) {
    throw new RestError(400, 'ERROR_ARGUMENT', `Argument 'CONNECTOR' is not a connector registered by the application: '${id}'`)
  }
  return connector
}

function existingLine(data: PortalData, lineId: number): void {
  if (!data.openLines.some(l => l.id === lineId)) {
    throw new RestError(400, 'ERROR_ARGUMENT', `Argument 'LINE' is not an existing open line: ${lineId}`)
  }
}

export function findPair(data: PortalData, connectorId: string, lineId: number): EmuConnectorLine | undefined {
  return data.connectorLines.find(p => p.connectorId === connectorId && p.lineId === lineId)
}

function pairFor(data: PortalData, connectorId: string, lineId: number): EmuConnectorLine {
  let pair = findPair(data, connectorId, lineId)
  if (!pair) {
    pair = { connectorId, lineId, active: false, data: null, error: false }
    data.connectorLines.push(pair)
  }
  return pair
}

export interface PairStatus {
  active: boolean
  /** DATA has been sent: the channel is connected and registered on the portal. */
  connection: boolean
  register: boolean
  error: boolean
  configured: boolean
  status: boolean
}

/** One formula for imconnector.status and for the SETTING_CONNECTOR placement options. */
export function pairStatus(data: PortalData, connectorId: string, lineId: number): PairStatus {
  const pair = findPair(data, connectorId, lineId)
  const active = pair?.active ?? false
  const connection = pair?.data != null
  const register = connection
  const error = pair?.error ?? false
  const configured = active && connection && register
  return { active, connection, register, error, configured, status: configured && !error }
}

/** PLACEMENT_OPTIONS the portal sends when it opens the connector's settings for a line (SETTING_CONNECTOR). */
export function settingConnectorOptions(data: PortalData, connectorId: string, lineId: number): Record<string, unknown> {
  const s = pairStatus(data, connectorId, lineId)
  return {
    CONNECTOR: connectorId,
    LINE: String(lineId),
    STATUS: s.status,
    ACTIVE_STATUS: s.active,
    CONNECTION_STATUS: s.connection,
    REGISTER_STATUS: s.register,
    ERROR_STATUS: s.error,
    URI: `/contact_center/connector/?ID=${encodeURIComponent(connectorId)}&IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER`
  }
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function register(params: Record<string, unknown>, call: CallContext): SoftResult {
  requireApplicationContext(call)
  const { data, lang } = call
  if (!nonEmptyString(params.ID) && typeof params.ID !== 'number') return softError('CONNECTOR_ID_REQUIRED', lang)
  const id = String(params.ID).trim().toLowerCase()
  if (id === '') return softError('CONNECTOR_ID_REQUIRED', lang)
  if (id.includes('.')) return softError('APPLICATION_REGISTRATION_ERROR_POINT', lang)
  if (!/^[a-z0-9_]+$/.test(id)) return softError('GENERAL_CONNECTOR_REGISTRATION_ERROR', lang)
  if (!nonEmptyString(params.NAME)) return softError('NAME_REQUIRED', lang)
  const icon = params.ICON as Record<string, unknown> | undefined
  if (!icon || typeof icon !== 'object' || !nonEmptyString(icon.DATA_IMAGE)) return softError('ICON_REQUIRED', lang)
  if (!nonEmptyString(params.PLACEMENT_HANDLER)) return softError('NO_PLACEMENT_HANDLER', lang)

  const existing = findConnector(data, id)
  // a built-in connector (livechat, telegrambot, …) belongs to the portal, not to the app
  if (existing && !existing.custom) return softError('APPLICATION_REGISTRATION_ERROR', lang)
  if (existing) {
    // registering the same ID again updates the connector (also how PLACEMENT_HANDLER changes)
    existing.name = params.NAME.trim()
    existing.icon = icon
    existing.placementHandler = params.PLACEMENT_HANDLER.trim()
  } else {
    data.connectors.push({
      id,
      name: params.NAME.trim(),
      custom: true,
      icon,
      placementHandler: params.PLACEMENT_HANDLER.trim()
    })
  }
  return { result: true }
}

function unregister(params: Record<string, unknown>, call: CallContext): SoftResult {
  requireApplicationContext(call)
  const { data, lang } = call
  const id = typeof params.ID === 'string' || typeof params.ID === 'number' ? String(params.ID).trim().toLowerCase() : ''
  const connector = id === '' ? undefined : findConnector(data, id)
  if (!connector || !connector.custom) return softError('APPLICATION_UNREGISTRATION_ERROR', lang)
  data.connectors = data.connectors.filter(c => c !== connector)
  // the lines lose the connector and its settings with it
  data.connectorLines = data.connectorLines.filter(p => p.connectorId !== id)
  return { result: true }
}

function activate(params: Record<string, unknown>, call: CallContext): boolean {
  requireApplicationContext(call)
  const { data } = call
  const connectorId = connectorParam(params)
  const lineId = lineParam(params, true)
  if (params.ACTIVE === undefined || params.ACTIVE === null) throw argumentError('ACTIVE')
  ownConnector(data, connectorId)
  existingLine(data, lineId)
  const active = readActive(params.ACTIVE)
  const pair = pairFor(data, connectorId, lineId)
  pair.active = active
  if (!active) {
    // deactivation deletes the line's settings: reconnecting starts from an empty DATA
    pair.data = null
    pair.error = false
  }
  return true
}

function status(params: Record<string, unknown>, call: CallContext): Record<string, unknown> {
  requireApplicationContext(call)
  const connectorId = connectorParam(params)
  const lineId = lineParam(params, false)
  const s = pairStatus(call.data, connectorId, lineId)
  return { LINE: lineId, CONNECTOR: connectorId, ERROR: s.error, CONFIGURED: s.configured, STATUS: s.status }
}

function dataSet(params: Record<string, unknown>, call: CallContext): boolean {
  requireApplicationContext(call)
  const { data } = call
  const connectorId = connectorParam(params)
  const lineId = lineParam(params, true)
  const value = params.DATA
  if (isEmpty(value) || typeof value !== 'object' || Array.isArray(value)) throw argumentError('DATA')
  ownConnector(data, connectorId)
  existingLine(data, lineId)
  const pair = pairFor(data, connectorId, lineId)
  // the whole object is replaced: keys the caller left out are gone
  pair.data = { ...(value as Record<string, unknown>) }
  // a fresh connection clears an earlier channel error
  pair.error = false
  return true
}

function list(_params: Record<string, unknown>, call: CallContext): Record<string, string> {
  requireApplicationContext(call)
  // "edit connectors" is an Open Channels right; the emulated portal grants it to administrators
  if (!call.user.isAdmin) throw new RestError(400, 'ACCESS_DENIED', 'You dont have access to this action')
  const out: Record<string, string> = {}
  for (const connector of call.data.connectors) out[connector.id] = connector.name
  return out
}

export const imconnectorMethods = defineMethods({
  'imconnector.register': { api: 'v2', scope: 'imopenlines', handler: register },
  'imconnector.unregister': { api: 'v2', scope: 'imopenlines', handler: unregister },
  'imconnector.activate': { api: 'v2', scope: 'imopenlines', handler: activate },
  'imconnector.status': { api: 'v2', scope: 'imopenlines', handler: status },
  'imconnector.connector.data.set': { api: 'v2', scope: 'imopenlines', handler: dataSet },
  'imconnector.list': { api: 'v2', scope: 'imopenlines', handler: list }
})
