// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import type { EmuUser } from '../data/types.ts'

let portal: TestPortal
let users: EmuUser[]

beforeAll(async () => {
  portal = await startTestPortal({ size: 30 })
  users = portal.emulator.ctx.data.users
})
afterAll(async () => {
  await portal.close()
})

type Row = Record<string, unknown>

async function list(method: string, params: Record<string, unknown>) {
  const answer = await portal.v2(method, params)
  expect(answer.status).toBe(200)
  return { rows: answer.body.result as Row[], total: answer.body.total, next: answer.body.next }
}

const ids = (rows: Row[]) => rows.map(r => Number(r.ID))
const byId = (a: number, b: number) => a - b

describe('user.current', () => {
  it('answers the caller in the documented shape', async () => {
    const { access_token: token } = await portal.token(2)
    const me = (await portal.v2('user.current', {}, token)).body.result as Row
    const user = users.find(u => u.id === 2)!
    expect(me).toMatchObject({ ID: '2', ACTIVE: user.active, NAME: user.name, LAST_NAME: user.lastName, UF_DEPARTMENT: user.departmentIds, USER_TYPE: user.userType })
    expect(me.IS_ONLINE).toMatch(/^[YN]$/)
  })
})

describe('user.get', () => {
  it('pages by 50 with total and next, and start=-1 skips counting', async () => {
    const first = await list('user.get', {})
    expect(first.total).toBe(users.length)
    expect(ids(first.rows)).toEqual(users.map(u => u.id).sort(byId).slice(0, 50))
    const second = await list('user.get', { start: 50 })
    expect(ids(second.rows)).toEqual(users.map(u => u.id).sort(byId).slice(50, 100))
    expect(second.next).toBe(users.length > 100 ? 100 : undefined)
    const uncounted = await portal.v2('user.get', { start: -1 })
    expect(uncounted.body).not.toHaveProperty('total')
    expect(uncounted.body).not.toHaveProperty('next')
  })

  it('filters by ID arrays, prefixes and keyset cursors, as b24jssdk callList does', async () => {
    expect(ids((await list('user.get', { FILTER: { ID: [3, 1, 2] } })).rows)).toEqual([1, 2, 3])
    const after = await list('user.get', { filter: { '>ID': 10 }, order: { ID: 'ASC' }, start: -1 })
    expect(ids(after.rows)).toEqual(users.filter(u => u.id > 10).map(u => u.id).sort(byId).slice(0, 50))
    expect(ids((await list('user.get', { FILTER: { '<=ID': 2, '!ID': 1 } })).rows)).toEqual([2])
  })

  it('filters by department, activity, type, and top-level filter fields', async () => {
    const dept = users.find(u => u.id === 2)!.departmentIds[0]!
    const expected = users.filter(u => u.departmentIds.includes(dept)).map(u => u.id).sort(byId)
    expect(ids((await list('user.get', { FILTER: { UF_DEPARTMENT: dept } })).rows)).toEqual(expected)
    expect(ids((await list('user.get', { UF_DEPARTMENT: dept })).rows)).toEqual(expected)
    const extranet = users.filter(u => u.userType === 'extranet').map(u => u.id).sort(byId)
    expect(ids((await list('user.get', { FILTER: { USER_TYPE: 'extranet' } })).rows)).toEqual(extranet)
    const active = users.filter(u => u.active).length
    expect((await list('user.get', { FILTER: { ACTIVE: true } })).total).toBe(active)
    expect((await list('user.get', { FILTER: { ACTIVE: 'Y' } })).total).toBe(active)
  })

  it('finds by NAME_SEARCH and by substring prefixes', async () => {
    const target = users.find(u => u.id === 5)!
    const found = await list('user.get', { FILTER: { NAME_SEARCH: `${target.name} ${target.lastName}` } })
    expect(ids(found.rows)).toContain(5)
    for (const row of found.rows) expect(`${String(row.NAME)} ${String(row.LAST_NAME)}`.toLowerCase()).toContain(target.lastName.toLowerCase())
    const part = target.lastName.slice(1, 4)
    const substring = await list('user.get', { FILTER: { '%LAST_NAME': part } })
    expect(ids(substring.rows).sort(byId)).toEqual(users.filter(u => u.lastName.toLowerCase().includes(part.toLowerCase())).map(u => u.id).sort(byId).slice(0, 50))
  })

  it('sorts by sort/order and restricts fields by select', async () => {
    const desc = await list('user.get', { sort: 'ID', order: 'DESC' })
    expect(ids(desc.rows)[0]).toBe(Math.max(...users.map(u => u.id)))
    const byName = await list('user.get', { SORT: 'LAST_NAME', ORDER: 'asc', start: -1 })
    const names = byName.rows.map(r => String(r.LAST_NAME))
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    const slim = await list('user.get', { select: ['NAME', 'NO_SUCH_FIELD'] })
    expect(Object.keys(slim.rows[0]!).sort()).toEqual(['ID', 'NAME'])
  })
})

describe('user.search', () => {
  it('finds with FIND across name, position and department name, matching word starts', async () => {
    const target = users.find(u => u.id === 2)!
    const found = await list('user.search', { FILTER: { FIND: target.lastName.slice(0, 3) } })
    expect(ids(found.rows)).toContain(2)
    const dept = portal.emulator.ctx.data.nodes.find(n => n.id === target.departmentIds[0])!
    const byDept = await list('user.search', { FILTER: { FIND: dept.name.split(' ')[0] } })
    expect(ids(byDept.rows)).toContain(2)
    // the middle of a word is not a match
    expect((await list('user.search', { FILTER: { FIND: 'zzqqxx' } })).rows).toEqual([])
  })

  it('does not combine FIND with other fields', async () => {
    const target = users.find(u => u.id === 2)!
    const other = users.find(u => u.id !== 2 && !u.name.toLowerCase().startsWith(target.lastName.slice(0, 3).toLowerCase()))!
    const found = await list('user.search', { FILTER: { FIND: target.lastName.slice(0, 3), NAME: other.name } })
    expect(ids(found.rows)).toContain(2)
  })

  it('searches by NAME, LAST_NAME, WORK_POSITION, UF_DEPARTMENT_NAME and USER_TYPE together', async () => {
    const target = users.find(u => u.id === 2)!
    const dept = portal.emulator.ctx.data.nodes.find(n => n.id === target.departmentIds[0])!
    const found = await list('user.search', {
      FILTER: { NAME: target.name, LAST_NAME: target.lastName, WORK_POSITION: target.workPosition.split(' ')[0], UF_DEPARTMENT_NAME: dept.name, USER_TYPE: 'employee' }
    })
    expect(ids(found.rows)).toContain(2)
    for (const row of found.rows) expect(row.NAME).toBe(target.name)
    const none = await list('user.search', { FILTER: { NAME: target.name, USER_TYPE: 'extranet', LAST_NAME: target.lastName } })
    expect(ids(none.rows)).not.toContain(2)
  })
})
