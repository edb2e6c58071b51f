/**
 * socialnetwork.api.workgroup.list
 * (https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html), REST 2,
 * scope socialnetwork: workgroups, projects and collabs from `data.workgroups`.
 *
 * As documented: `select` takes UPPER names but the answer has camelCase keys and string ids; without
 * `select` only `id` comes back; `dialogId` only with params.shouldSelectDialogId=Y ("" without a chat);
 * 50 per page by `start`, `start=-1` drops `total`.
 * Decisions (emulator/README.md, "Workgroups"): the rights check lets a user see the groups they are a
 * member of (the model has no visible/open flags); params.IS_ADMIN=Y from an administrator shows every
 * group. `TYPE` is not a documented filter field, so a TYPE filter is ignored (clients select TYPE and
 * filter themselves). Unknown filter and select names are ignored.
 */
import { defineMethods, ListResult } from '../rest/registry.ts'
import type { CallContext } from '../rest/registry.ts'
import { flag, startOf } from '../rest/params.ts'
import type { EmuWorkgroup } from '../data/types.ts'

const PAGE_SIZE = 50

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** UPPER select name → camelCase answer key and value. */
const FIELDS: Record<string, [string, (g: EmuWorkgroup) => unknown]> = {
  ID: ['id', (g) => String(g.id)],
  NAME: ['name', (g) => g.name],
  TYPE: ['type', (g) => g.type],
  PROJECT: ['project', (g) => (g.type === 'project' ? 'Y' : 'N')],
  OWNER_ID: ['ownerId', (g) => String(g.ownerId)],
  NUMBER_OF_MEMBERS: ['numberOfMembers', (g) => g.memberIds.length],
  AVATAR: ['avatar', (g) => g.avatar],
  IMAGE_ID: ['imageId', (g) => String(g.id)],
  AVATAR_TYPE: ['avatarType', () => null],
  ACTIVE: ['active', () => 'Y'],
  VISIBLE: ['visible', () => 'N'],
  OPENED: ['opened', () => 'N'],
  CLOSED: ['closed', () => 'N'],
  DESCRIPTION: ['description', () => '']
}

/** Filter fields the docs list that the model can answer; the value of a key is compared as text. */
const FILTERABLE: Record<string, (g: EmuWorkgroup) => string> = {
  ID: (g) => String(g.id),
  NAME: (g) => g.name,
  OWNER_ID: (g) => String(g.ownerId),
  PROJECT: (g) => (g.type === 'project' ? 'Y' : 'N'),
  ACTIVE: () => 'Y',
  CLOSED: () => 'N'
}

function matches(group: EmuWorkgroup, rawKey: string, expected: unknown): boolean {
  const found = /^(>=|<=|!=%|!%=|=%|%=|!%|!=|>|<|%|=|!)?(.+)$/.exec(rawKey)
  const op = found?.[1] ?? ''
  const field = (found?.[2] ?? rawKey).toUpperCase()
  const read = FILTERABLE[field]
  if (!read) return true
  const actual = read(group)
  const values = (Array.isArray(expected) ? expected : [expected]).map((v) => String(v))
  const numeric = (a: string, b: string, cmp: (x: number, y: number) => boolean) => cmp(Number(a), Number(b))
  const one = (v: string): boolean => {
    switch (op) {
      case '>=': return numeric(actual, v, (x, y) => x >= y)
      case '<=': return numeric(actual, v, (x, y) => x <= y)
      case '>': return numeric(actual, v, (x, y) => x > y)
      case '<': return numeric(actual, v, (x, y) => x < y)
      case '%': case '=%': case '%=': return actual.toLocaleLowerCase().includes(v.toLocaleLowerCase().replace(/%/g, ''))
      case '!%': case '!=%': case '!%=': return !actual.toLocaleLowerCase().includes(v.toLocaleLowerCase().replace(/%/g, ''))
      case '!': case '!=': return actual !== v
      default: return actual === v
    }
  }
  return op.startsWith('!') ? values.every(one) : values.some(one)
}

function workgroupList(params: Record<string, unknown>, call: CallContext): ListResult {
  const filter = isObject(params.filter) ? params.filter : {}
  const queryParams = isObject(params.params) ? params.params : {}
  const select = Array.isArray(params.select) ? params.select.map((s) => String(s).toUpperCase()) : []
  const withDialog = flag(queryParams.shouldSelectDialogId)
  const seeAll = call.user.isAdmin && flag(queryParams.IS_ADMIN)
  const order = isObject(params.order) ? Object.entries(params.order) : []

  const visible = call.data.workgroups
    .filter((g) => seeAll || g.memberIds.includes(call.user.id) || g.ownerId === call.user.id)
    .filter((g) => Object.entries(filter).every(([key, value]) => matches(g, key, value)))
  const [orderField, orderDir] = order[0] ?? ['ID', 'ASC']
  const key = String(orderField).toUpperCase() === 'NAME' ? (g: EmuWorkgroup) => g.name : (g: EmuWorkgroup) => g.id
  const dir = String(orderDir).toUpperCase() === 'DESC' ? -1 : 1
  visible.sort((a, b) => {
    const x = key(a)
    const y = key(b)
    return (x < y ? -1 : x > y ? 1 : 0) * dir
  })

  const startRaw = startOf(params)
  const noCount = startRaw === -1
  const start = startRaw > 0 ? startRaw : 0
  const page = visible.slice(start, start + PAGE_SIZE)
  const fields = ['ID', ...select.filter((f) => f !== 'ID' && f in FIELDS)]
  const workgroups = page.map((g) => {
    const out: Record<string, unknown> = {}
    for (const name of fields) {
      const [wireKey, read] = FIELDS[name]!
      out[wireKey] = read(g)
    }
    // role: A owner, K member (socialnetwork's role letters); the docs' example carries the block always
    out.additionalData = { role: g.ownerId === call.user.id ? 'A' : g.memberIds.includes(call.user.id) ? 'K' : '', initiatedByType: '' }
    if (withDialog) out.dialogId = g.chatId !== null ? `chat${g.chatId}` : ''
    return out
  })
  const next = !noCount && start + PAGE_SIZE < visible.length ? start + PAGE_SIZE : undefined
  return new ListResult({ workgroups }, noCount ? undefined : visible.length, next)
}

export const socialnetworkMethods = defineMethods({
  'socialnetwork.api.workgroup.list': { api: 'v2', scope: 'socialnetwork', handler: workgroupList }
})
