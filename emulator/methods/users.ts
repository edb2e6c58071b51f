/**
 * Users (https://apidocs.bitrix24.com/api-reference/user/user-search.html and the user.* pages beside it):
 * user.current, user.get, user.search. Users go on the wire in the shape of the docs' examples: ID as a
 * string, ACTIVE a boolean, UF_DEPARTMENT an int array, 50 per page. ADMIN_MODE and IMAGE_RESIZE are accepted
 * and ignored (every user is visible; photos are not resized).
 */
import { defineMethods, ListResult } from '../rest/registry.ts'
import type { EmuUser, PortalData } from '../data/types.ts'
import { isPlainObject } from '../rest/http.ts'
import { startOf } from '../rest/params.ts'

export const PAGE_SIZE = 50

type WireUser = Record<string, unknown>

export function userToWire(user: EmuUser): WireUser {
  return {
    ID: String(user.id),
    ACTIVE: user.active,
    NAME: user.name,
    LAST_NAME: user.lastName,
    SECOND_NAME: user.secondName,
    EMAIL: user.email,
    LAST_LOGIN: user.lastLogin,
    DATE_REGISTER: user.dateRegister,
    TIME_ZONE: '',
    IS_ONLINE: user.isOnline ? 'Y' : 'N',
    // the portal serialises these two date objects as {} (see the docs' examples)
    TIMESTAMP_X: {},
    LAST_ACTIVITY_DATE: {},
    PERSONAL_GENDER: user.gender,
    PERSONAL_WWW: '',
    PERSONAL_BIRTHDAY: '',
    PERSONAL_MOBILE: '',
    PERSONAL_CITY: '',
    ...(user.photo ? { PERSONAL_PHOTO: user.photo } : {}),
    WORK_PHONE: '',
    WORK_POSITION: user.workPosition,
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: [...user.departmentIds],
    USER_TYPE: user.userType
  }
}

/** Filter keys that are not wire fields but that the portal understands. */
const VIRTUAL_FILTERS = ['NAME_SEARCH', 'UF_PHONE_INNER']
/** Parameters of user.get / user.search that are not filter fields when they appear at the top level. */
const NOT_FILTERS = ['sort', 'order', 'SORT', 'ORDER', 'FILTER', 'filter', 'ADMIN_MODE', 'select', 'SELECT', 'IMAGE_RESIZE', 'start', 'FIND']

/** Longest first, so `>=` is not read as `>`. */
const OPERATORS = ['!=%', '!%=', '>=', '<=', '!@', '!%', '!=', '=%', '%=', '>', '<', '@', '%', '=', '!'] as const
type Operator = typeof OPERATORS[number] | ''

export function splitOperator(key: string): { op: Operator, field: string } {
  const op = OPERATORS.find(o => key.startsWith(o)) ?? ''
  return { op, field: key.slice(op.length) }
}

function scalar(value: unknown): string {
  if (value === true) return 'Y'
  if (value === false) return 'N'
  return String(value)
}

/** Booleans travel as true/'Y'/'true'/1 depending on the client; compare them normalised. */
function same(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'boolean') {
    const wanted = scalar(expected).toUpperCase()
    return (actual ? ['Y', 'TRUE', '1'] : ['N', 'FALSE', '0', '']).includes(wanted)
  }
  return scalar(actual).toLowerCase() === scalar(expected).toLowerCase()
}

function like(actual: string, pattern: string): boolean {
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')
  return new RegExp(`^${source}$`, 'i').test(actual)
}

function compare(actual: unknown, expected: unknown): number {
  const a = Number(actual)
  const b = Number(expected)
  if (!Number.isNaN(a) && !Number.isNaN(b) && scalar(actual) !== '' && scalar(expected) !== '') return a - b
  return scalar(actual).localeCompare(scalar(expected))
}

function values(expected: unknown): unknown[] {
  if (Array.isArray(expected)) return expected
  if (isPlainObject(expected)) return Object.values(expected)
  return [expected]
}

/** One condition of a Bitrix filter against one field; multi-valued fields match when any value matches. */
function test(op: Operator, actual: unknown, expected: unknown): boolean {
  const actuals = Array.isArray(actual) ? actual : [actual]
  const anyActual = (check: (a: unknown) => boolean) => actuals.some(check)
  switch (op) {
    case '':
    case '=':
    case '@':
      return values(expected).some(e => anyActual(a => same(a, e)))
    case '!':
    case '!=':
    case '!@':
      return !values(expected).some(e => anyActual(a => same(a, e)))
    case '%':
      return anyActual(a => scalar(a).toLowerCase().includes(scalar(expected).toLowerCase()))
    case '!%':
      return !anyActual(a => scalar(a).toLowerCase().includes(scalar(expected).toLowerCase()))
    case '=%':
    case '%=':
      return anyActual(a => like(scalar(a), scalar(expected)))
    case '!=%':
    case '!%=':
      return !anyActual(a => like(scalar(a), scalar(expected)))
    case '>':
      return anyActual(a => compare(a, expected) > 0)
    case '>=':
      return anyActual(a => compare(a, expected) >= 0)
    case '<':
      return anyActual(a => compare(a, expected) < 0)
    case '<=':
      return anyActual(a => compare(a, expected) <= 0)
  }
}

function nameSearch(user: EmuUser, text: unknown): boolean {
  const words = scalar(text).toLowerCase().split(/\s+/).filter(Boolean)
  const haystack = [user.name, user.lastName, user.secondName, user.email, user.workPosition].join(' ').toLowerCase()
  return words.every(w => haystack.includes(w))
}

/** Unknown filter fields are ignored, as the portal's user list does. */
export function matchesFilter(user: EmuUser, wire: WireUser, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, expected]) => {
    const { op, field } = splitOperator(key)
    if (field === 'NAME_SEARCH') return nameSearch(user, expected)
    if (field === 'UF_PHONE_INNER') return test(op, '', expected)
    if (!(field in wire)) return true
    return test(op, wire[field], expected)
  })
}

function isFilterKey(key: string, fields: string[]): boolean {
  if (NOT_FILTERS.includes(key)) return false
  const { field } = splitOperator(key)
  return fields.includes(field) || VIRTUAL_FILTERS.includes(field)
}

/** FILTER / filter, plus filter fields given at the top level (the docs' own examples do that). */
export function collectFilter(params: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const nested = isPlainObject(params.FILTER) ? params.FILTER : isPlainObject(params.filter) ? params.filter : {}
  const topLevel = Object.fromEntries(Object.entries(params).filter(([k]) => isFilterKey(k, fields)))
  return { ...topLevel, ...nested }
}

function sortUsers(users: WireUser[], params: Record<string, unknown>): WireUser[] {
  const field = scalar(params.sort ?? params.SORT ?? 'ID').toUpperCase()
  const descending = scalar(params.order ?? params.ORDER ?? 'ASC').toUpperCase() === 'DESC'
  return [...users].sort((a, b) => {
    const order = compare(a[field] ?? '', b[field] ?? '') || compare(a.ID, b.ID)
    return descending ? -order : order
  })
}

function applySelect(user: WireUser, select: unknown): WireUser {
  const fields = Array.isArray(select) ? select.map(scalar) : isPlainObject(select) ? Object.values(select).map(scalar) : []
  if (fields.length === 0 || fields.includes('*')) return user
  const wanted = (key: string) => key === 'ID' || fields.includes(key) || (key.startsWith('UF_') && fields.includes('UF_*'))
  return Object.fromEntries(Object.entries(user).filter(([key]) => wanted(key)))
}

/** `start` paging: 50 a page, `next` while more remain, `start=-1` answers the first page without counting. */
function page(users: WireUser[], params: Record<string, unknown>): ListResult {
  const start = startOf(params)
  const select = params.select ?? params.SELECT
  if (start === -1) return new ListResult(users.slice(0, PAGE_SIZE).map(u => applySelect(u, select)))
  const offset = start > 0 ? start : 0
  const rows = users.slice(offset, offset + PAGE_SIZE).map(u => applySelect(u, select))
  const next = offset + PAGE_SIZE < users.length ? offset + PAGE_SIZE : undefined
  return new ListResult(rows, users.length, next)
}

const WIRE_FIELDS = Object.keys(userToWire({
  id: 0, active: true, name: '', lastName: '', secondName: '', email: '', gender: 'M', workPosition: '', isAdmin: false,
  userType: 'employee', departmentIds: [], photo: 'x', isOnline: false, dateRegister: '', lastLogin: '', hasAppAccess: true,
  structureRights: { departments: 'view', teams: 'view' }
}))

function listUsers(data: PortalData, filter: (user: EmuUser, wire: WireUser) => boolean, params: Record<string, unknown>): ListResult {
  const matching = data.users.map(user => ({ user, wire: userToWire(user) })).filter(({ user, wire }) => filter(user, wire))
  return page(sortUsers(matching.map(m => m.wire), params), params)
}

/** user.search's own fields: matched from the start of a word, like the portal's full-text index. */
const SEARCH_FIELDS = ['NAME', 'LAST_NAME', 'WORK_POSITION', 'UF_DEPARTMENT_NAME'] as const

function wordPrefix(text: string, query: unknown): boolean {
  const words = text.toLowerCase().split(/[\s\-.,]+/).filter(Boolean)
  return scalar(query).toLowerCase().split(/\s+/).filter(Boolean)
    .every(q => words.some(w => w.startsWith(q)))
}

function searchText(user: EmuUser, data: PortalData, field: typeof SEARCH_FIELDS[number]): string {
  switch (field) {
    case 'NAME': return user.name
    case 'LAST_NAME': return user.lastName
    case 'WORK_POSITION': return user.workPosition
    case 'UF_DEPARTMENT_NAME':
      return data.nodes.filter(n => user.departmentIds.includes(n.id)).map(n => n.name).join(' ')
  }
}

export const userMethods = defineMethods({
  'user.current': {
    api: 'v2',
    scope: 'user',
    handler(_params, call) {
      return userToWire(call.user)
    }
  },
  'user.get': {
    api: 'v2',
    scope: 'user',
    handler(params, call) {
      const filter = collectFilter(params, WIRE_FIELDS)
      return listUsers(call.data, (user, wire) => matchesFilter(user, wire, filter), params)
    }
  },
  'user.search': {
    api: 'v2',
    scope: 'user',
    handler(params, call) {
      const filter = collectFilter(params, [...WIRE_FIELDS, ...SEARCH_FIELDS, 'FIND'])
      const find = filter.FIND ?? params.FIND
      // FIND searches every search field at once and is not combined with the other fields
      if (find !== undefined && scalar(find).trim() !== '') {
        const all = (user: EmuUser) => SEARCH_FIELDS.map(f => searchText(user, call.data, f)).join(' ')
        return listUsers(call.data, user => wordPrefix(all(user), find), params)
      }
      const searched = SEARCH_FIELDS.filter(f => filter[f] !== undefined)
      const rest = Object.fromEntries(Object.entries(filter).filter(([k]) => k !== 'FIND' && !searched.some(f => f === k)))
      return listUsers(call.data, (user, wire) =>
        searched.every(f => wordPrefix(searchText(user, call.data, f), filter[f])) && matchesFilter(user, wire, rest), params)
    }
  }
})
