/**
 * placement.* — widget handlers the app binds into the portal's interface
 * (https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html, placement-get.html,
 * placement-unbind.html; IM_SIDEBAR's OPTIONS: https://apidocs.bitrix24.com/api-reference/widgets/im/sidebar.html).
 * Decisions where the pages are silent are listed in emulator/README.md ("Placements and the app's
 * lifecycle"), each pinned by placements.spec.ts.
 */
import type { EmuPlacement, PortalData } from '../data/types.ts'
import { defineMethods, RestError } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import { isPlainObject } from '../rest/http.ts'
import { intval } from '../rest/params.ts'

/** The two widgets the docs allow one registration of (ERROR_PLACEMENT_MAX_COUNT). */
const SINGLE_REGISTRATION = new Set(['PAGE_BACKGROUND_WORKER', 'REST_APP_URI'])
/** The only widget that takes USER_ID (otherwise ERROR_PLACEMENT_USER_MODE). */
const USER_MODE = 'PAGE_BACKGROUND_WORKER'
/** OPTIONS[context] of the messenger widgets (the IM_SIDEBAR page). */
const IM_CONTEXTS = new Set(['ALL', 'USER', 'CHAT', 'LINES', 'CRM'])
/** The IM palette of OPTIONS[color] (the IM_SIDEBAR page). */
const IM_COLORS = new Set(['RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK', 'LIME', 'BROWN',
  'AZURE', 'KHAKI', 'SAND', 'ORANGE', 'MARENGO', 'GRAY', 'GRAPHITE'])

function requireAdmin(call: CallContext): void {
  // "Кто может выполнять метод: администратор"; the refusal's wording is the emulator's (decision)
  if (!call.user.isAdmin) throw new RestError(403, 'ACCESS_DENIED', 'Access denied! Administrator access required')
}

function argumentError(name: string): RestError {
  return new RestError(400, 'ERROR_ARGUMENT', `Argument '${name}' is null or empty`)
}

function wrongValue(name: string): RestError {
  return new RestError(400, 'ERROR_ARGUMENT', `Argument '${name}' has a wrong value`)
}

function str(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
}

/** PLACEMENT as the portal stores it: upper-cased; a code is letters, digits and `_`. */
function placementCode(params: Record<string, unknown>, required: boolean): string {
  const code = str(params.PLACEMENT).toUpperCase()
  if (code === '') {
    if (required) throw argumentError('PLACEMENT')
    return ''
  }
  if (!/^[A-Z0-9_]+$/.test(code)) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found')
  return code
}

/** The documented OPTIONS of the messenger sidebar: iconName required, the rest from their lists. */
function checkImSidebarOptions(options: Record<string, unknown>): void {
  const icon = str(options.iconName)
  if (icon === '') throw argumentError('OPTIONS[iconName]')
  if (icon.length > 50 || !/^[A-Za-z -]+$/.test(icon)) throw wrongValue('OPTIONS[iconName]')
  if (options.context !== undefined) {
    const contexts = str(options.context).split(';').map(c => c.trim()).filter(c => c !== '')
    if (contexts.length === 0 || contexts.some(c => !IM_CONTEXTS.has(c))) throw wrongValue('OPTIONS[context]')
  }
  if (options.role !== undefined && options.role !== 'USER' && options.role !== 'ADMIN') throw wrongValue('OPTIONS[role]')
  if (options.extranet !== undefined && options.extranet !== 'Y' && options.extranet !== 'N') throw wrongValue('OPTIONS[extranet]')
  if (options.color !== undefined && !IM_COLORS.has(str(options.color))) throw wrongValue('OPTIONS[color]')
}

function readLangAll(value: unknown): EmuPlacement['langAll'] {
  if (!isPlainObject(value)) return {}
  const out: EmuPlacement['langAll'] = {}
  for (const [lang, texts] of Object.entries(value)) {
    if (!isPlainObject(texts)) continue
    out[lang] = { TITLE: str(texts.TITLE), DESCRIPTION: str(texts.DESCRIPTION), GROUP_NAME: str(texts.GROUP_NAME) }
  }
  return out
}

/** One row of placement.get, as the docs' example: options `[]` when empty (PHP's empty array). */
export function placementRow(p: EmuPlacement): Record<string, unknown> {
  return {
    placement: p.placement,
    userId: p.userId,
    handler: p.handler,
    options: Object.keys(p.options).length > 0 ? { ...p.options } : [],
    title: p.title,
    description: p.description,
    langAll: structuredClone(p.langAll)
  }
}

/** What uninstalling removes (PlacementTable::deleteByApp): every handler the app bound. */
export function removeAllPlacements(data: PortalData): number {
  const count = data.placements.length
  data.placements = []
  return count
}

export const placementMethods = defineMethods({
  'placement.bind': {
    api: 'v2',
    scope: 'placement',
    handler(params, call) {
      requireAdmin(call)
      const placement = placementCode(params, true)
      const handler = str(params.HANDLER)
      if (handler === '') throw argumentError('HANDLER')
      const options = isPlainObject(params.OPTIONS) ? { ...params.OPTIONS } : {}
      if (placement === 'IM_SIDEBAR') checkImSidebarOptions(options)
      const userId = params.USER_ID === undefined || params.USER_ID === '' ? 0 : intval(params.USER_ID)
      if (userId !== 0 && placement !== USER_MODE) {
        throw new RestError(400, 'ERROR_PLACEMENT_USER_MODE', 'User mode is not available')
      }
      const { data } = call
      if (SINGLE_REGISTRATION.has(placement) && data.placements.some(p => p.placement === placement)) {
        throw new RestError(400, 'ERROR_PLACEMENT_MAX_COUNT', 'Placement max count exceeded')
      }
      // PlacementTable::checkUniq: one row per app + PLACEMENT + PLACEMENT_HANDLER
      if (data.placements.some(p => p.placement === placement && p.handler === handler)) {
        throw new RestError(400, 'ERROR_CORE', 'Unable to set placement handler: Handler already binded')
      }
      const title = str(params.TITLE)
      const description = str(params.DESCRIPTION)
      const groupName = str(params.GROUP_NAME)
      const langAll = readLangAll(params.LANG_ALL)
      data.placements.push({
        placement,
        handler,
        title,
        description,
        groupName,
        langAll: Object.keys(langAll).length > 0 ? langAll : { [call.sessionLang]: { TITLE: title, DESCRIPTION: description, GROUP_NAME: groupName } },
        options,
        userId
      })
      return true
    }
  },
  'placement.get': {
    api: 'v2',
    scope: 'placement',
    handler(_params, call) {
      requireAdmin(call)
      return call.data.placements.map(placementRow)
    }
  },
  'placement.unbind': {
    api: 'v2',
    scope: 'placement',
    handler(params, call) {
      requireAdmin(call)
      const placement = placementCode(params, true)
      // no HANDLER (or an empty one): every handler of the placement the app bound
      const handler = str(params.HANDLER)
      const userId = params.USER_ID === undefined || params.USER_ID === '' ? null : intval(params.USER_ID)
      const { data } = call
      const matches = (p: EmuPlacement) => p.placement === placement &&
        (handler === '' || p.handler === handler) && (userId === null || p.userId === userId)
      const before = data.placements.length
      data.placements = data.placements.filter(p => !matches(p))
      return { count: before - data.placements.length }
    }
  }
})
