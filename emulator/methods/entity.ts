/**
 * entity.* — the application's data storage (https://apidocs.bitrix24.com/api-reference/entity/index.html;
 * the pages entities/entity-add, entity-get, entity-rights, items/entity-item-add, entity-item-get,
 * items/properties/entity-item-property-add, entity-item-property-get). Each storage is an information block
 * of the app's own: the app sees only its storages, and they belong to the app, not to a user, so they
 * survive uninstalling unless the administrator deletes the app's data (emulator/control.ts).
 *
 * Decisions where the pages are silent are listed in emulator/README.md ("The app's data storage"), each
 * pinned by entity.spec.ts.
 */
import type { EmuEntity, EmuEntityItem, EntityAccessLevel, PortalData } from '../data/types.ts'
import { defineMethods, ListResult, RestError } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import { isPlainObject } from '../rest/http.ts'
import { intval, startOf } from '../rest/params.ts'
import { atomDate } from '../rest/time.ts'

/** "Размер страницы фиксирован: 50 записей" (https://apidocs.bitrix24.com/api-reference/entity/items/entity-item-get.html). */
export const ENTITY_PAGE_SIZE = 50
/**
 * `50 - strlen("APP_<clientId>_")`, "in most cases 13 characters" (https://apidocs.bitrix24.com/api-reference/entity/index.html): the emulator's app is one of
 * those cases.
 */
export const ENTITY_MAX_LENGTH = 13
const LEVELS: readonly EntityAccessLevel[] = ['R', 'W', 'X']
const RANK: Record<EntityAccessLevel, number> = { R: 1, W: 2, X: 3 }
const PROPERTY_TYPES = new Set(['S', 'N', 'F'])

function argumentError(name: string): RestError {
  return new RestError(400, 'ERROR_ARGUMENT', `Argument '${name}' is null or empty`)
}

function accessDenied(): RestError {
  return new RestError(403, 'ACCESS_DENIED', 'Access denied!')
}

function str(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
}

/**
 * ENTITY as the portal reads it: every character outside `a-z A-Z 0-9 _` removed, then "null or empty" when
 * nothing is left, "too long" beyond the limit.
 */
function entityCode(params: Record<string, unknown>, required = true): string | null {
  const code = str(params.ENTITY).replace(/[^a-zA-Z0-9_]/g, '')
  if (code === '') {
    if (!required && params.ENTITY === undefined) return null
    throw argumentError('ENTITY')
  }
  if (code.length > ENTITY_MAX_LENGTH) {
    throw new RestError(400, 'ERROR_ARGUMENT', `Entity code is too long. Max length is ${ENTITY_MAX_LENGTH} characters.`)
  }
  return code
}

/** The app's storages, created on first use for a hand-made portal that left them out. */
function storages(data: PortalData): EmuEntity[] {
  data.entities ??= []
  return data.entities
}

function findEntity(data: PortalData, code: string): EmuEntity | undefined {
  return storages(data).find(e => e.entity === code)
}

function requireEntity(data: PortalData, code: string): EmuEntity {
  const entity = findEntity(data, code)
  if (!entity) throw new RestError(400, 'ERROR_ENTITY_NOT_FOUND', 'Entity not found')
  return entity
}

/**
 * ACCESS as sent: `{"code": "level"}` with the levels R, W, X only ("другие уровни … такие записи прав не
 * добавляются"); the caller always gets X (`U<id>`).
 */
function readAccess(value: unknown, userId: number): Record<string, EntityAccessLevel> {
  const access: Record<string, EntityAccessLevel> = {}
  if (isPlainObject(value)) {
    for (const [code, level] of Object.entries(value)) {
      if (code.trim() !== '' && (LEVELS as readonly unknown[]).includes(level)) access[code.trim()] = level as EntityAccessLevel
    }
  }
  access[`U${userId}`] = 'X'
  return access
}

/**
 * Whether an access code names the user: `U<id>` that user, `AU` every authorized user, `G1` the portal's
 * administrators group, `G2` every user (Bitrix24's built-in groups; the emulator has no other groups).
 */
function codeNames(code: string, call: CallContext): boolean {
  if (code === 'AU' || code === 'G2') return true
  if (code === 'G1') return call.user.isAdmin
  return code === `U${call.user.id}`
}

/** The user's level on the storage: the highest of their codes; a portal administrator manages every storage. */
export function accessLevel(entity: EmuEntity, call: CallContext): EntityAccessLevel | null {
  if (call.user.isAdmin) return 'X'
  let best: EntityAccessLevel | null = null
  for (const [code, level] of Object.entries(entity.access)) {
    if (codeNames(code, call) && (best === null || RANK[level] > RANK[best])) best = level
  }
  return best
}

function requireLevel(entity: EmuEntity, call: CallContext, level: EntityAccessLevel): void {
  const have = accessLevel(entity, call)
  if (have === null || RANK[have] < RANK[level]) throw accessDenied()
}

function entityRow(e: EmuEntity): Record<string, unknown> {
  return { ID: String(e.id), IBLOCK_TYPE_ID: 'rest_entity', ENTITY: e.entity, NAME: e.name }
}

function propertyRow(entity: EmuEntity, code: string): Record<string, unknown> {
  const p = entity.properties.find(x => x.code === code)!
  return { PROPERTY: p.code, NAME: p.name, TYPE: p.type, SORT: String(p.sort) }
}

/** One row of entity.item.get, in the docs' example's shape; PROPERTY_VALUES only when the storage has properties. */
function itemRow(entity: EmuEntity, item: EmuEntityItem): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ID: String(item.id),
    TIMESTAMP_X: item.modifiedAt,
    MODIFIED_BY: String(item.modifiedBy),
    DATE_CREATE: item.createdAt,
    CREATED_BY: String(item.createdBy),
    ACTIVE: item.active ? 'Y' : 'N',
    DATE_ACTIVE_FROM: item.dateActiveFrom,
    DATE_ACTIVE_TO: item.dateActiveTo,
    SORT: String(item.sort),
    NAME: item.name,
    PREVIEW_PICTURE: null,
    PREVIEW_TEXT: item.previewText,
    DETAIL_PICTURE: null,
    DETAIL_TEXT: item.detailText,
    CODE: item.code,
    ENTITY: entity.entity,
    SECTION: item.section
  }
  if (entity.properties.length > 0) {
    row.PROPERTY_VALUES = Object.fromEntries(entity.properties.map(p => [p.code, item.properties[p.code] ?? null]))
  }
  return row
}

/** A field of an item as entity.item.get sorts and filters it: numbers for the numeric fields, text otherwise. */
function fieldValue(item: EmuEntityItem, field: string): string | number | null {
  switch (field) {
    case 'ID': return item.id
    case 'SORT': return item.sort
    case 'CREATED_BY': return item.createdBy
    case 'MODIFIED_BY': return item.modifiedBy
    case 'SECTION': return item.section
    case 'NAME': return item.name
    case 'CODE': return item.code
    case 'ACTIVE': return item.active ? 'Y' : 'N'
    case 'DATE_CREATE': return item.createdAt
    case 'TIMESTAMP_X': return item.modifiedAt
    case 'DATE_ACTIVE_FROM': return item.dateActiveFrom
    case 'DATE_ACTIVE_TO': return item.dateActiveTo
    case 'PREVIEW_TEXT': return item.previewText
    case 'DETAIL_TEXT': return item.detailText
  }
  if (field.startsWith('PROPERTY_')) return item.properties[field.slice('PROPERTY_'.length)] ?? null
  return null
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const na = Number(a)
  const nb = Number(b)
  if (String(a).trim() !== '' && String(b).trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb
  return String(a) < String(b) ? -1 : 1
}

const FILTER_PREFIX = /^(!><|><|>=|<=|!=|!%|[<>=!%?])?(.+)$/

/** One FILTER key: the prefixes the page lists (`?` and the ranges take two values or a null check). */
function matchesFilter(item: EmuEntityItem, key: string, wanted: unknown): boolean {
  const [, op = '=', field = key] = FILTER_PREFIX.exec(key) ?? []
  const have = fieldValue(item, field)
  const values = Array.isArray(wanted) ? wanted : [wanted]
  const eq = (v: unknown) => compare(have, typeof v === 'number' ? v : str(v)) === 0
  switch (op) {
    case '=': return values.some(eq)
    case '!':
    case '!=': return !values.some(eq)
    case '>': return compare(have, str(wanted)) > 0
    case '>=': return compare(have, str(wanted)) >= 0
    case '<': return compare(have, str(wanted)) < 0
    case '<=': return compare(have, str(wanted)) <= 0
    case '><':
    case '!><': {
      const inside = compare(have, str(values[0])) >= 0 && compare(have, str(values[1])) <= 0
      return op === '><' ? inside : !inside
    }
    case '%':
    case '!%': {
      const like = have !== null && String(have).toLowerCase().includes(str(wanted).toLowerCase())
      return op === '%' ? like : !like
    }
    case '?': return have !== null && String(have).toLowerCase().includes(str(wanted).toLowerCase())
  }
  return false
}

function nextItemId(data: PortalData): number {
  let max = 0
  for (const e of storages(data)) for (const item of e.items) max = Math.max(max, item.id)
  return max + 1
}

/** What uninstalling with "delete data" removes: every storage of the app, with its items and properties. */
export function removeAllEntities(data: PortalData): number {
  const count = storages(data).length
  data.entities = []
  return count
}

export const entityMethods = defineMethods({
  'entity.add': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const code = entityCode(params)!
      const name = str(params.NAME)
      if (name === '') throw argumentError('NAME')
      const { data } = call
      if (findEntity(data, code)) throw new RestError(400, 'ERROR_ENTITY_ALREADY_EXISTS', 'Entity already exists')
      const id = storages(data).reduce((max, e) => Math.max(max, e.id), 0) + 1
      storages(data).push({ id, entity: code, name, access: readAccess(params.ACCESS, call.user.id), properties: [], items: [] })
      return true
    }
  },
  'entity.get': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const code = entityCode(params, false)
      if (code === null) return storages(call.data).map(entityRow)
      return entityRow(requireEntity(call.data, code))
    }
  },
  'entity.rights': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const code = entityCode(params)!
      const entity = findEntity(call.data, code)
      if (params.ACCESS === undefined) return entity ? { ...entity.access } : null
      if (!entity) return null
      requireLevel(entity, call, 'X')
      entity.access = readAccess(params.ACCESS, call.user.id)
      return { ...entity.access }
    }
  },
  'entity.item.property.add': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const code = entityCode(params)!
      const property = str(params.PROPERTY)
      if (property === '') throw argumentError('PROPERTY')
      const entity = requireEntity(call.data, code)
      requireLevel(entity, call, 'X')
      const type = params.TYPE === undefined || str(params.TYPE) === '' ? 'S' : str(params.TYPE).toUpperCase()
      if (type === 'L') throw new RestError(400, 'ERROR_UNSUPPORTED_PROPERTY_TYPE', 'Unsupported property type')
      if (!PROPERTY_TYPES.has(type)) throw new RestError(400, 'ERROR_ARGUMENT', 'Wrong entity item property type')
      if (/^\d/.test(property)) throw new RestError(400, 'ERROR_CORE', 'Property code cannot start with a digit')
      if (!/^[a-zA-Z0-9_]+$/.test(property)) throw new RestError(400, 'ERROR_CORE', 'Internal error adding entity property. Try adding again.')
      if (entity.properties.some(p => p.code === property)) throw new RestError(400, 'ERROR_PROPERTY_ALREADY_EXISTS', 'Property already exists')
      entity.properties.push({ code: property, name: str(params.NAME) || property, type: type as 'S' | 'N' | 'F', sort: params.SORT === undefined ? 500 : intval(params.SORT) })
      return true
    }
  },
  'entity.item.property.get': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const entity = requireEntity(call.data, entityCode(params)!)
      const property = str(params.PROPERTY)
      if (property === '') return entity.properties.map(p => propertyRow(entity, p.code))
      if (!entity.properties.some(p => p.code === property)) throw new RestError(400, 'ERROR_PROPERTY_NOT_FOUND', 'Property not found')
      return propertyRow(entity, property)
    }
  },
  'entity.item.add': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const entity = requireEntity(call.data, entityCode(params)!)
      requireLevel(entity, call, 'W')
      const values = isPlainObject(params.PROPERTY_VALUES) ? params.PROPERTY_VALUES : {}
      // "Обрабатываются только свойства, существующие в хранилище": undeclared codes are dropped silently
      const properties: Record<string, string> = {}
      for (const p of entity.properties) {
        const value = values[p.code]
        if (value === undefined || value === null) continue
        properties[p.code] = p.type === 'N' ? String(Number(str(value)) || 0) : typeof value === 'string' ? value : str(value)
      }
      const now = atomDate(Date.now())
      const id = nextItemId(call.data)
      const section = params.SECTION === undefined || params.SECTION === '' ? null : intval(params.SECTION) || null
      entity.items.push({
        id,
        name: str(params.NAME),
        code: null,
        active: true,
        sort: 500,
        section,
        previewText: null,
        detailText: null,
        dateActiveFrom: str(params.DATE_ACTIVE_FROM),
        dateActiveTo: str(params.DATE_ACTIVE_TO),
        createdAt: now,
        modifiedAt: now,
        createdBy: call.user.id,
        modifiedBy: call.user.id,
        properties
      })
      return id
    }
  },
  'entity.item.get': {
    api: 'v2',
    scope: 'entity',
    handler(params, call) {
      const entity = requireEntity(call.data, entityCode(params)!)
      requireLevel(entity, call, 'R')
      const filter = isPlainObject(params.FILTER) ? params.FILTER : {}
      const sort = isPlainObject(params.SORT) && Object.keys(params.SORT).length > 0 ? params.SORT : { ID: 'ASC' }
      const rows = entity.items.filter(item => Object.entries(filter).every(([key, value]) => matchesFilter(item, key, value)))
      const order = Object.entries(sort).map(([field, dir]) => ({ field: field.toUpperCase(), desc: str(dir).toUpperCase() === 'DESC' }))
      rows.sort((a, b) => {
        for (const { field, desc } of order) {
          const c = compare(fieldValue(a, field), fieldValue(b, field))
          if (c !== 0) return desc ? -c : c
        }
        return a.id - b.id
      })
      const start = Math.max(0, startOf(params))
      const page = rows.slice(start, start + ENTITY_PAGE_SIZE).map(item => itemRow(entity, item))
      const next = start + ENTITY_PAGE_SIZE < rows.length ? start + ENTITY_PAGE_SIZE : undefined
      return new ListResult(page, rows.length, next)
    }
  }
})
