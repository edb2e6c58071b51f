/**
 * Checks an emulated method against the official docs' machine-readable spec
 * (emulator/docs-spec/methods/<method>.json, copied from the docs):
 * documented parameters are accepted, required ones are enforced, and the result has the shape of the
 * spec's resultExample. A later method family adds its representative calls to `contractSamples`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SPEC_DIR = process.env.B24_SPEC_DIR
  ?? fileURLToPath(new URL('./docs-spec/methods', import.meta.url))

export interface SpecParam {
  name: string
  type: string
  base?: string
  required: boolean | 'unknown'
}

export interface MethodSpec {
  method: string
  scope?: string
  params: SpecParam[]
  resultExample?: { result?: unknown, total?: unknown, [key: string]: unknown }
}

export interface ContractSample {
  /** parameters of a representative call that answers a non-empty result */
  params?: Record<string, unknown>
  /** values to send when checking that a documented parameter is accepted (default: by its type) */
  paramValues?: Record<string, unknown>
  /** the user who calls (default 1, the administrator) */
  userId?: number
  /**
   * How the method answers when a required parameter is missing: an HTTP error (default), `null` as the
   * result (im.chat.get), or `{result: false, error}` inside an HTTP 200 (imconnector.register).
   */
  missingRequired?: 'http-error' | 'null-result' | 'result-error'
}

let contractSeq = 0

/**
 * Representative calls, one line per method. A method is checked against its spec once it has a line
 * here; registered methods with a spec and no line are listed as todo by contract.spec.ts.
 */
export const contractSamples: Record<string, ContractSample> = {
  // entity.*: a storage or a property can be added once, so the add samples name a fresh one on every call
  // (the getters); the first call of entity.add's checks creates 'contract', which the other samples read
  'entity.add': { params: { get ENTITY() { return `contract${++contractSeq}` }, NAME: 'Contract', ACCESS: { U1: 'W', AU: 'R', U577: 'X' } }, paramValues: { ENTITY: 'contract' } },
  'entity.get': { params: { ENTITY: 'contract' } },
  'entity.rights': { params: { ENTITY: 'contract' }, paramValues: { ACCESS: { U1: 'W', AU: 'R', U577: 'X' } } },
  'entity.item.property.add': { params: { ENTITY: 'contract', get PROPERTY() { return `note${++contractSeq}` }, TYPE: 'S' }, paramValues: { PROPERTY: 'note', TYPE: 'S' } },
  'entity.item.property.get': { params: { ENTITY: 'contract' } },
  'entity.item.add': { params: { ENTITY: 'contract', NAME: 'Item', PROPERTY_VALUES: { note: 'text' } }, paramValues: { DATE_ACTIVE_FROM: '', DATE_ACTIVE_TO: '', SECTION: 0 } },
  'entity.item.get': { params: { ENTITY: 'contract', SORT: { ID: 'DESC' } }, paramValues: { FILTER: { '>ID': 0 }, SORT: { ID: 'ASC' }, start: 0 } },
  'user.get': { params: { FILTER: { ACTIVE: true } }, paramValues: { FILTER: { ID: 1 }, sort: 'ID', order: 'DESC', select: ['*'] } },
  'user.search': { params: { FILTER: { USER_TYPE: 'employee' } }, paramValues: { FILTER: { NAME: 'a' }, sort: 'ID', order: 'ASC', select: ['*'] } },
  'crm.activity.communication.fields': {},
  'humanresources.node.list': { params: { type: 'DEPARTMENT' }, paramValues: { type: 'TEAM', select: ['id', 'name'], pagination: { limit: 10 } } },
  'humanresources.node.count': {},
  'humanresources.node.get': { params: { id: 1 }, paramValues: { id: 2, select: ['id', 'members'] } },
  'humanresources.node.children': { params: { id: 1 }, paramValues: { id: 2, select: ['id', 'name'] } },
  'humanresources.node.search': { params: { type: 'DEPARTMENT', name: 'Sales' }, paramValues: { type: 'DEPARTMENT', name: 'Sales', parentId: 1, pagination: { limit: 5 } } },
  'humanresources.employee.search': { params: { name: 'a' }, paramValues: { name: 'a', nodeId: 1, select: ['userId', 'name'] } },
  'humanresources.node.communication.edit': { params: { nodeId: 2, communicationType: 'CHAT', ids: [1023] }, paramValues: { nodeId: 2, communicationType: 'CHAT', ids: [1023], removeIds: [999999], createDefault: false, withChildren: false } },
  'im.search.chat.list': { params: { FIND: 'Sales' }, paramValues: { FIND: 'Sales', FIND_LINES: '', OFFSET: 0, LIMIT: 5 } },
  // im.chat.*: chat 1025 "Board room" and 1029 "Partners and contractors" are owned by user 1 in the default
  // portal; write samples are chosen so each call can be repeated (see chats.ts for the idempotent ones)
  'im.chat.add': { params: { TITLE: 'Contract chat', USERS: [2] }, paramValues: { TYPE: 'OPEN', COLOR: 'RED', ENTITY_TYPE: 'CONTRACT', ENTITY_ID: '1' } },
  'im.chat.get': { params: { ENTITY_TYPE: 'SONET_GROUP', ENTITY_ID: '101' }, missingRequired: 'null-result' },
  'im.chat.user.list': { params: { CHAT_ID: 1025 } },
  'im.chat.user.add': { params: { CHAT_ID: 1025, USERS: [3] } },
  'im.chat.user.delete': { params: { CHAT_ID: 1025, USER_ID: 41 }, paramValues: { CHAT_ID: 999999, USER_ID: 3 } },
  'im.chat.leave': { params: { CHAT_ID: 1026 }, paramValues: { CHAT_ID: 999999 } },
  'im.chat.updateTitle': { params: { CHAT_ID: 1029, TITLE: 'Partners and contractors' } },
  'im.chat.updateColor': { params: { CHAT_ID: 1029, COLOR: 'RED' }, paramValues: { COLOR: 'GREEN' } },
  'im.chat.updateAvatar': { params: { CHAT_ID: 1029, AVATAR: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' } },
  'im.chat.setOwner': { params: { CHAT_ID: 1029, USER_ID: 1 } },
  'im.chat.mute': { params: { CHAT_ID: 1025, MUTE: 'N' } },
  'im.dialog.get': { params: { DIALOG_ID: 'chat1025' } },
  'im.dialog.users.list': { params: { DIALOG_ID: 'chat1025' } },
  'im.dialog.writing': { params: { DIALOG_ID: 'chat1025' } },
  'socialnetwork.api.workgroup.list': { params: { select: ['ID', 'NAME', 'TYPE', 'AVATAR', 'IMAGE_ID', 'AVATAR_TYPE'], params: { shouldSelectDialogId: 'Y' } }, paramValues: { filter: { '%NAME': 'a' }, select: ['ID'], order: { ID: 'DESC' }, params: { IS_ADMIN: 'Y' }, start: 0 } },
  // imconnector.*: register runs first (method order) and creates 'myconnector', which the docs' list example names
  'imconnector.register': { params: { ID: 'myconnector', NAME: 'My connector', ICON: { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%2F%3E' }, PLACEMENT_HANDLER: 'https://example.com/connector' }, paramValues: { ID: 'myconnector', ICON: { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%2F%3E' }, ICON_DISABLED: { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%2F%3E' } }, missingRequired: 'result-error' },
  'imconnector.unregister': { params: { ID: 'contract_never_registered' }, missingRequired: 'result-error' },
  'imconnector.activate': { params: { CONNECTOR: 'myconnector', LINE: 1, ACTIVE: 1 }, paramValues: { CONNECTOR: 'myconnector', ACTIVE: '1' } },
  'imconnector.status': { params: { CONNECTOR: 'myconnector', LINE: '1' }, paramValues: { LINE: '1' } },
  'imconnector.connector.data.set': { params: { CONNECTOR: 'myconnector', LINE: 1, DATA: { ID: 'myconnector_line1', URL: 'https://example.com/c/1', URL_IM: 'https://example.com/c/1', NAME: 'Channel' } }, paramValues: { CONNECTOR: 'myconnector', DATA: { NAME: 'Channel' } } },
  'imconnector.list': {},
  // placement.get needs a bound handler first: placements.spec.ts compares its answer with the docs' example
  'placement.unbind': { params: { PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://example.com/never-bound' }, paramValues: { USER_ID: 0 } },
  'imopenlines.config.list.get': { params: { OPTIONS: { QUEUE: 'Y', CONFIG_QUEUE: 'Y' } }, paramValues: { PARAMS: { limit: 10 }, OPTIONS: { QUEUE: 'N' } } },
  'imopenlines.config.get': { params: { CONFIG_ID: 1 }, paramValues: { WITH_QUEUE: 'Y', SHOW_OFFLINE: 'Y' } }
}

export function loadSpec(method: string, dir = SPEC_DIR): MethodSpec | null {
  const file = `${dir}/${method}.json`
  if (!existsSync(file)) return null
  return JSON.parse(readFileSync(file, 'utf8')) as MethodSpec
}

/**
 * The parameters a method really takes. The spec parser lists a response's `result` and `time` as
 * parameters of some methods (emulator/docs-spec/README.md); no Bitrix24 method takes either.
 */
export function documentedParams(spec: MethodSpec): SpecParam[] {
  return spec.params.filter(p => p.name !== 'result' && p.name !== 'time')
}

/** Only `required: true` counts: "unknown" is the parser saying it could not tell. */
export function requiredParams(spec: MethodSpec): SpecParam[] {
  return documentedParams(spec).filter(p => p.required === true)
}

/** A plausible value of a documented type, for "the parameter is accepted" calls. */
export function sampleValue(param: SpecParam): unknown {
  switch (param.base ?? param.type) {
    case 'integer':
    case 'int':
    case 'number':
      return 1
    case 'boolean':
    case 'bool':
      return false
    case 'array':
      return []
    case 'object':
      return {}
    default:
      return 'a'
  }
}

/** What a portal answers for a parameter it does not know; a documented one must never get this. */
export function isUnknownParameterError(body: unknown): boolean {
  if (typeof body === 'object' && body !== null && 'result' in body) {
    return isUnknownParameterError((body as { result: unknown }).result)
  }
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  return /unknown|unsupported|not allowed|неизвестн/i.test(JSON.stringify(body))
}

/** Whether an answer is the documented reaction to a missing required parameter. */
export function refusesMissingRequired(status: number, body: Record<string, unknown>, how: ContractSample['missingRequired'] = 'http-error'): boolean {
  switch (how) {
    case 'http-error':
      return status >= 400 && 'error' in body
    case 'null-result':
      return status === 200 && body.result === null
    case 'result-error': {
      const result = body.result as Record<string, unknown> | null | undefined
      return status === 200 && typeof result === 'object' && result !== null && result.result === false && 'error' in result
    }
  }
}

function isIdMap(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(key => /^\d+$/.test(key))
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** An empty array or map: PHP prints both as `[]`, and an empty one says nothing about element shapes. */
export function isEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  return kind(value) === 'object' && Object.keys(value as object).length === 0
}

/**
 * Differences between the shape of `expected` (a docs example) and `actual`: every key of an expected
 * object must be present with the same JSON type; arrays are compared by their first element.
 * Tolerated, because the docs and PHP do it all the time: `[]` for `{}` and back, an empty container
 * (nothing inside to compare), and `null` on either side of a scalar (a field without a value).
 */
export function shapeMismatches(expected: unknown, actual: unknown, path = 'result'): string[] {
  const want = kind(expected)
  const got = kind(actual)
  if (want === 'null' || got === 'null' && want !== 'object' && want !== 'array') return []
  const containers = ['object', 'array']
  if (containers.includes(want) && containers.includes(got) && (isEmptyContainer(expected) || isEmptyContainer(actual))) return []
  if (want !== got) return [`${path}: expected ${want}, got ${got}`]
  if (want === 'array') {
    return shapeMismatches((expected as unknown[])[0], (actual as unknown[])[0], `${path}[0]`)
  }
  if (want === 'object') {
    const exp = expected as Record<string, unknown>
    const act = actual as Record<string, unknown>
    // A PHP map keyed by ids ({"27": {...}, "103": {...}}, e.g. imopenlines QUEUE_FULL): the example's ids are
    // its own data, so compare the entries' shape, not the keys
    if (isIdMap(exp)) {
      if (!isIdMap(act)) return [`${path}: expected a map keyed by ids`]
      const [first] = Object.values(exp)
      return Object.entries(act).flatMap(([key, value]) => shapeMismatches(first, value, `${path}.${key}`))
    }
    return Object.keys(exp).flatMap(key => key in act
      ? shapeMismatches(exp[key], act[key], `${path}.${key}`)
      : [`${path}.${key}: missing`])
  }
  return []
}
