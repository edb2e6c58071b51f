/**
 * imopenlines.config.list.get and imopenlines.config.get
 * (https://apidocs.bitrix24.com/api-reference/imopenlines/openlines/imopenlines-config-list-get.html): the
 * portal's open lines. A line config is a long flat object whose values are all strings ("ID":"15",
 * "ACTIVE":"Y"); the emulator holds only id, name, active and queue, and fills the other documented keys with
 * a portal's defaults. Lines are `CONFIG_ID` here and `LINE` in imconnector.*.
 */
import type { EmuOpenLine, EmuUser, PortalData } from '../data/types.ts'
import { defineMethods, RestError } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import { flag, isFlag, positiveId } from '../rest/params.ts'

/** Settings every emulated line shares (values as the config.get example shows them). */
const DEFAULTS: Record<string, unknown> = {
  CRM: 'Y',
  CRM_CREATE: 'lead',
  CRM_CREATE_SECOND: '0',
  CRM_CREATE_THIRD: 'Y',
  CRM_FORWARD: 'Y',
  CRM_CHAT_TRACKER: 'N',
  CRM_TRANSFER_CHANGE: 'Y',
  CRM_SOURCE: 'create',
  QUEUE_TIME: '60',
  NO_ANSWER_TIME: '60',
  QUEUE_TYPE: 'evenly',
  CHECK_AVAILABLE: 'Y',
  WATCH_TYPING: 'Y',
  WELCOME_BOT_ENABLE: 'N',
  WELCOME_MESSAGE: 'Y',
  WELCOME_MESSAGE_TEXT: '',
  VOTE_MESSAGE: 'Y',
  VOTE_TIME_LIMIT: '0',
  AGREEMENT_MESSAGE: 'N',
  AGREEMENT_ID: '0',
  CATEGORY_ENABLE: 'N',
  CATEGORY_ID: '0',
  NO_ANSWER_RULE: 'text',
  NO_ANSWER_TEXT: '',
  WORKTIME_ENABLE: 'N',
  WORKTIME_FROM: '9',
  WORKTIME_TO: '18.30',
  WORKTIME_TIMEZONE: 'Europe/Moscow',
  CLOSE_RULE: 'none',
  CLOSE_TEXT: '',
  FULL_CLOSE_TIME: '10',
  AUTO_CLOSE_RULE: 'none',
  AUTO_CLOSE_TIME: '14400',
  AUTO_EXPIRE_TIME: '86400',
  DATE_CREATE: {},
  DATE_MODIFY: {},
  MODIFY_USER_ID: '1',
  TEMPORARY: 'N',
  XML_ID: null,
  LANGUAGE_ID: 'en',
  SESSION_PRIORITY: '0',
  TYPE_MAX_CHAT: 'answered_new',
  MAX_CHAT: '0',
  OPERATOR_DATA: 'profile',
  KPI_FIRST_ANSWER_TIME: '0',
  KPI_FIRST_ANSWER_ALERT: 'N',
  KPI_FURTHER_ANSWER_TIME: '0',
  KPI_FURTHER_ANSWER_ALERT: 'N',
  KPI_CHECK_OPERATOR_ACTIVITY: 'N',
  SEND_NOTIFICATION_EMPTY_QUEUE: 'N',
  USE_WELCOME_FORM: 'N',
  CONFIRM_CLOSE: 'Y',
  IGNORE_WELCOME_FORM_RESPONSIBLE: 'N',
  VOTE_BEFORE_FINISH: 'Y',
  VOTE_CLOSING_DELAY: 'N',
  VOTE_MESSAGE_1_TEXT: 'Please rate the quality of service.',
  VOTE_MESSAGE_1_LIKE: 'Thank you for your rating!',
  VOTE_MESSAGE_1_DISLIKE: 'We are sorry we could not help you. We will do better.',
  VOTE_MESSAGE_2_TEXT: 'Please rate the quality of service.\r\n\r\nSend: 1 - good, 0 - bad',
  VOTE_MESSAGE_2_LIKE: 'Thank you for your rating!',
  VOTE_MESSAGE_2_DISLIKE: 'We are sorry we could not help you. We will do better.',
  WELCOME_BOT_JOIN: 'always',
  WELCOME_BOT_ID: '0',
  WELCOME_BOT_TIME: '180',
  WELCOME_BOT_LEFT: 'queue',
  NO_ANSWER_FORM_ID: '0',
  NO_ANSWER_BOT_ID: '0',
  WORKTIME_HOLIDAYS: [''],
  WORKTIME_DAYOFF: [''],
  WORKTIME_DAYOFF_RULE: 'text',
  WORKTIME_DAYOFF_FORM_ID: '0',
  WORKTIME_DAYOFF_BOT_ID: '0',
  WORKTIME_DAYOFF_TEXT: 'We cannot answer right now. Leave your question and we will get back to you during working hours.',
  CLOSE_FORM_ID: '0',
  CLOSE_BOT_ID: '0',
  AUTO_CLOSE_FORM_ID: '0',
  AUTO_CLOSE_BOT_ID: '0',
  AUTO_CLOSE_TEXT: '',
  QUICK_ANSWERS_IBLOCK_ID: '0',
  DEFAULT_OPERATOR_DATA: [],
  KPI_FIRST_ANSWER_LIST: null,
  KPI_FIRST_ANSWER_TEXT: 'Operator #OPERATOR# exceeded the time to answer the first message. Dialog #DIALOG#.',
  KPI_FURTHER_ANSWER_LIST: null,
  KPI_FURTHER_ANSWER_TEXT: 'Operator #OPERATOR# exceeded the time to answer a message. Dialog #DIALOG#.',
  WELCOME_FORM_ID: '0',
  WELCOME_FORM_DELAY: 'Y',
  SEND_WELCOME_EACH_SESSION: 'N'
}

/** Keys that come only through OPTIONS (list) or WITH_QUEUE (get), never through select/order/filter. */
const QUEUE_KEYS = new Set(['QUEUE', 'QUEUE_USERS_FIELDS', 'CONFIG_QUEUE', 'QUEUE_FULL', 'QUEUE_ONLINE'])

const FIELDS = ['ID', 'ACTIVE', 'LINE_NAME', ...Object.keys(DEFAULTS)]
const FIELD_SET = new Set(FIELDS)

function lineConfig(line: EmuOpenLine): Record<string, unknown> {
  return { ID: String(line.id), ACTIVE: line.active ? 'Y' : 'N', LINE_NAME: line.name, ...DEFAULTS }
}

function userName(user: EmuUser): string {
  return [user.name, user.lastName].filter(Boolean).join(' ')
}

function queueUsersFields(data: PortalData, ids: number[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const id of ids) {
    const user = data.users.find(u => u.id === id)
    out[String(id)] = {
      USER_NAME: user ? userName(user) : null,
      USER_WORK_POSITION: user?.workPosition || null,
      USER_AVATAR: user?.photo ?? '',
      USER_AVATAR_ID: user?.photo ? id : null
    }
  }
  return out
}

/** The operators' departments as the line's configured queue (ENTITY_TYPE department). */
function configQueue(data: PortalData, ids: number[]): Array<Record<string, string>> {
  const departments = new Set<number>()
  for (const id of ids) {
    const user = data.users.find(u => u.id === id)
    const first = user?.departmentIds[0]
    if (first !== undefined) departments.add(first)
  }
  return [...departments].map(id => ({ ENTITY_ID: String(id), ENTITY_TYPE: 'department' }))
}

function invalidFormat(message: string): RestError {
  return new RestError(400, 'INVALID_FORMAT', message)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Filter keys may carry an ORM operator prefix: `=ID`, `!ACTIVE`, `%LINE_NAME`, `>=ID`, `@ID`. */
const FILTER_KEY = /^(>=|<=|!=|!|=|%|>|<|@)?([A-Z_]+)$/

function checkFieldName(name: string, part: string): void {
  if (QUEUE_KEYS.has(name)) throw invalidFormat(`A wrong field name is passed in the PARAMS field '${part}'`)
  if (!FIELD_SET.has(name)) throw invalidFormat(`An unknown field '${name}' is passed in the PARAMS field '${part}'`)
}

function compareValues(a: unknown, b: unknown): number {
  const na = Number(a)
  const nb = Number(b)
  if (Number.isFinite(na) && Number.isFinite(nb) && String(a).trim() !== '' && String(b).trim() !== '') return na - nb
  return String(a ?? '').localeCompare(String(b ?? ''))
}

function matches(row: Record<string, unknown>, op: string, field: string, expected: unknown): boolean {
  const actual = row[field]
  if (op === '@') {
    const options = Array.isArray(expected) ? expected : [expected]
    return options.some(v => String(v) === String(actual))
  }
  if (op === '%') return String(actual ?? '').toLowerCase().includes(String(expected ?? '').toLowerCase())
  if (op === '!' || op === '!=') {
    return Array.isArray(expected) ? !expected.some(v => String(v) === String(actual)) : String(actual) !== String(expected)
  }
  if (op === '>') return compareValues(actual, expected) > 0
  if (op === '<') return compareValues(actual, expected) < 0
  if (op === '>=') return compareValues(actual, expected) >= 0
  if (op === '<=') return compareValues(actual, expected) <= 0
  return Array.isArray(expected) ? expected.some(v => String(v) === String(actual)) : String(actual) === String(expected)
}

/**
 * Named exceptions to the portal's casts (rest/params.ts): config.list.get validates PARAMS.limit/offset and
 * the OPTIONS flags instead of casting them — its page documents INVALID_FORMAT "A non-negative integer is
 * expected in the PARAMS field 'limit'" and "A wrong format for the OPTIONS field … is passed".
 */
function nonNegativeInt(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback
  const text = String(value).trim()
  if (!/^\d+$/.test(text)) throw invalidFormat(`A non-negative integer is expected in the PARAMS field '${name}'`)
  return Number.parseInt(text, 10)
}

function yesNo(value: unknown, name: string): boolean {
  if (value === undefined || value === null || value === '') return false
  if (isFlag(value)) return flag(value)
  throw invalidFormat(`A wrong format for the OPTIONS field '${name}' is passed`)
}

export const LIST_MAX_LIMIT = 200
export const LIST_DEFAULT_LIMIT = 50

function configListGet(params: Record<string, unknown>, call: CallContext): Array<Record<string, unknown>> {
  const { data } = call
  const query = params.PARAMS === undefined || params.PARAMS === '' ? {} : params.PARAMS
  if (!isPlainObject(query)) throw invalidFormat('Unsupported PARAMS fields are passed: PARAMS')
  const unsupported = Object.keys(query).filter(k => !['select', 'order', 'filter', 'limit', 'offset'].includes(k))
  if (unsupported.length > 0) throw invalidFormat(`Unsupported PARAMS fields are passed: ${unsupported.join(', ')}`)

  const options = params.OPTIONS === undefined || params.OPTIONS === '' ? {} : params.OPTIONS
  if (!isPlainObject(options)) throw invalidFormat('Unsupported OPTIONS fields are passed: OPTIONS')
  const unsupportedOptions = Object.keys(options).filter(k => !['QUEUE', 'CONFIG_QUEUE', 'CHECK_PERMISSION'].includes(k))
  if (unsupportedOptions.length > 0) throw invalidFormat(`Unsupported OPTIONS fields are passed: ${unsupportedOptions.join(', ')}`)
  const withQueue = yesNo(options.QUEUE, 'QUEUE')
  const withConfigQueue = yesNo(options.CONFIG_QUEUE, 'CONFIG_QUEUE')
  if (options.CHECK_PERMISSION !== undefined && !['view', 'modify'].includes(String(options.CHECK_PERMISSION))) {
    throw invalidFormat("An unknown value for the OPTIONS field 'CHECK_PERMISSION' is passed")
  }

  let select: string[] = FIELDS
  if (query.select !== undefined) {
    // PHP arrays arrive as objects from form-encoded bodies: accept both
    const raw = Array.isArray(query.select) ? query.select : isPlainObject(query.select) ? Object.values(query.select) : null
    if (!raw || raw.some(v => typeof v !== 'string')) throw invalidFormat("A wrong format for the PARAMS field 'select' is passed")
    const names = raw as string[]
    names.forEach(name => checkFieldName(name, 'select'))
    if (names.length > 0) select = names
  }

  const order: Array<[string, 1 | -1]> = []
  if (query.order !== undefined) {
    if (!isPlainObject(query.order)) throw invalidFormat("A wrong format for the PARAMS field 'order' is passed")
    for (const [field, direction] of Object.entries(query.order)) {
      checkFieldName(field, 'order')
      const dir = String(direction).toLowerCase()
      if (dir !== 'asc' && dir !== 'desc') throw invalidFormat("A wrong sorting direction is passed in the PARAMS field 'order'")
      order.push([field, dir === 'asc' ? 1 : -1])
    }
  }
  if (order.length === 0) order.push(['ID', 1])

  const filters: Array<{ op: string, field: string, value: unknown }> = []
  if (query.filter !== undefined) {
    if (!isPlainObject(query.filter)) throw invalidFormat("A wrong format for the PARAMS field 'filter' is passed")
    for (const [key, value] of Object.entries(query.filter)) {
      const match = FILTER_KEY.exec(key)
      if (!match) throw invalidFormat("A wrong field name is passed in the PARAMS field 'filter'")
      const field = match[2] ?? ''
      checkFieldName(field, 'filter')
      filters.push({ op: match[1] ?? '=', field, value })
    }
  }

  const limit = Math.min(nonNegativeInt(query.limit, 'limit', LIST_DEFAULT_LIMIT), LIST_MAX_LIMIT)
  const offset = nonNegativeInt(query.offset, 'offset', 0)

  const rows = data.openLines
    .map(line => ({ line, config: lineConfig(line) }))
    .filter(({ config }) => filters.every(f => matches(config, f.op, f.field, f.value)))
    .sort((a, b) => {
      for (const [field, dir] of order) {
        const c = compareValues(a.config[field], b.config[field])
        if (c !== 0) return c * dir
      }
      return 0
    })
  const page = limit === 0 ? [] : rows.slice(offset, offset + limit)

  return page.map(({ line, config }) => {
    const out: Record<string, unknown> = {}
    for (const name of select) out[name] = config[name]
    if (withQueue) {
      // QUEUE holds ints in the list answer (strings in config.get): as documented
      out.QUEUE = [...line.queueUserIds]
      out.QUEUE_USERS_FIELDS = queueUsersFields(data, line.queueUserIds)
    }
    if (withConfigQueue) out.CONFIG_QUEUE = configQueue(data, line.queueUserIds)
    return out
  })
}

function configGet(params: Record<string, unknown>, call: CallContext): Record<string, unknown> | false {
  const { data } = call
  const id = positiveId(params.CONFIG_ID)
  if (id === null) throw new RestError(400, 'CONFIG_ID_EMPTY', "Config ID can't be empty")
  const line = data.openLines.find(l => l.id === id)
  // an unknown line is not an error here: the documented answer is `false`
  if (!line) return false
  const config = lineConfig(line)
  const withQueue = flag(params.WITH_QUEUE, true)
  if (!withQueue) return config
  const showOffline = flag(params.SHOW_OFFLINE, true)
  const queue = line.queueUserIds.filter(uid => showOffline || data.users.find(u => u.id === uid)?.isOnline)
  const queueFull: Record<string, unknown> = {}
  queue.forEach((uid, index) => {
    const user = data.users.find(u => u.id === uid)
    queueFull[String(uid)] = {
      ID: String(line.id * 1000 + index),
      SORT: String(index),
      USER_ID: String(uid),
      DEPARTMENT_ID: String(user?.departmentIds[0] ?? 0),
      USER_NAME: user ? userName(user) : null,
      USER_WORK_POSITION: user?.workPosition || null,
      USER_AVATAR: user?.photo || null,
      USER_AVATAR_ID: '0'
    }
  })
  return {
    ...config,
    QUEUE: queue.map(String),
    QUEUE_FULL: queueFull,
    QUEUE_USERS_FIELDS: queueUsersFields(data, queue),
    QUEUE_ONLINE: queue.some(uid => data.users.find(u => u.id === uid)?.isOnline) ? 'Y' : 'N'
  }
}

export const imopenlinesMethods = defineMethods({
  'imopenlines.config.list.get': { api: 'v2', scope: 'imopenlines', handler: configListGet },
  'imopenlines.config.get': { api: 'v2', scope: 'imopenlines', handler: configGet }
})
