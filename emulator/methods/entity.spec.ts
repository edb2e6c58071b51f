// @vitest-environment node
/**
 * entity.* as the docs describe it (emulator/methods/entity.ts): storages, their rights and properties,
 * items with paging, the errors and their codes, and a storage's life across uninstall and reset.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import { ADMIN_USER_ID, EMPLOYEE_USER_ID, HR_EDITOR_USER_ID } from '../data/generate.ts'
import { loadSpec, shapeMismatches } from '../contract.ts'

let portal: TestPortal
const tokens = new Map<number, string>()

beforeAll(async () => {
  portal = await startTestPortal()
})
afterAll(async () => {
  await portal.close()
})
beforeEach(async () => {
  await portal.post('/_emulator/reset', {})
  tokens.clear()
})

async function call(method: string, params: Record<string, unknown> = {}, userId = ADMIN_USER_ID) {
  if (!tokens.has(userId)) tokens.set(userId, (await portal.token(userId)).access_token)
  return portal.v2(method, params, tokens.get(userId))
}

async function journalStorage(access: Record<string, string> = { AU: 'W' }, userId = ADMIN_USER_ID) {
  expect((await call('entity.add', { ENTITY: 'hub_journal', NAME: 'Journal', ACCESS: access }, userId)).body.result).toBe(true)
  expect((await call('entity.item.property.add', { ENTITY: 'hub_journal', PROPERTY: 'entry', NAME: 'Entry', TYPE: 'S' }, userId)).body.result).toBe(true)
}

describe('entity storages', () => {
  it('adds a storage, lists it and answers it alone, in the docs\' shape', async () => {
    await journalStorage()
    const one = await call('entity.get', { ENTITY: 'hub_journal' })
    expect(one.body.result).toMatchObject({ IBLOCK_TYPE_ID: 'rest_entity', ENTITY: 'hub_journal', NAME: 'Journal' })
    expect(shapeMismatches(loadSpec('entity.get')!.resultExample!.result, one.body.result)).toEqual([])
    const all = await call('entity.get')
    expect(all.body.result).toEqual([one.body.result])
  })

  it('answers the documented errors: missing ENTITY, too long, not found, duplicate, missing NAME', async () => {
    expect((await call('entity.add', { NAME: 'x' })).body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: "Argument 'ENTITY' is null or empty" })
    // "пустой после очистки": characters outside a-z A-Z 0-9 _ are removed first
    expect((await call('entity.add', { ENTITY: '---', NAME: 'x' })).body).toMatchObject({ error: 'ERROR_ARGUMENT' })
    expect((await call('entity.add', { ENTITY: 'a_very_long_code', NAME: 'x' })).body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: 'Entity code is too long. Max length is 13 characters.' })
    expect((await call('entity.add', { ENTITY: 'dish' })).body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: "Argument 'NAME' is null or empty" })
    expect((await call('entity.get', { ENTITY: 'dish' })).body).toMatchObject({ error: 'ERROR_ENTITY_NOT_FOUND', error_description: 'Entity not found' })
    expect((await call('entity.item.get', { ENTITY: 'dish' })).body).toMatchObject({ error: 'ERROR_ENTITY_NOT_FOUND' })
    expect((await call('entity.item.add', {})).body).toMatchObject({ error: 'ERROR_ARGUMENT' })
    expect((await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' })).status).toBe(200)
    const again = await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes' })
    expect(again.status).toBe(400)
    expect(again.body).toMatchObject({ error: 'ERROR_ENTITY_ALREADY_EXISTS', error_description: 'Entity already exists' })
    expect((await call('entity.item.property.add', { ENTITY: 'dish' })).body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: "Argument 'PROPERTY' is null or empty" })
    expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'p', TYPE: 'L' })).body).toMatchObject({ error: 'ERROR_UNSUPPORTED_PROPERTY_TYPE' })
    expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'p', TYPE: 'Q' })).body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: 'Wrong entity item property type' })
    expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'p' })).body.result).toBe(true)
    expect((await call('entity.item.property.add', { ENTITY: 'dish', PROPERTY: 'p' })).body).toMatchObject({ error: 'ERROR_PROPERTY_ALREADY_EXISTS', error_description: 'Property already exists' })
    expect((await call('entity.item.property.get', { ENTITY: 'dish', PROPERTY: 'q' })).body).toMatchObject({ error: 'ERROR_PROPERTY_NOT_FOUND' })
  })

  it('asks for the entity scope', async () => {
    await portal.post('/_emulator/reset', { scopes: ['im'] })
    tokens.clear()
    const answer = await call('entity.get')
    expect(answer.status).toBe(403)
    expect(answer.body.error).toBe('insufficient_scope')
  })
})

describe('access levels', () => {
  it('keeps R, W and X only and always gives the creator X', async () => {
    await call('entity.add', { ENTITY: 'dish', NAME: 'Dishes', ACCESS: { U2: 'W', AU: 'R', G7: 'Z', U9: 'read' } }, HR_EDITOR_USER_ID)
    expect((await call('entity.rights', { ENTITY: 'dish' })).body.result).toEqual({ U2: 'W', AU: 'R', [`U${HR_EDITOR_USER_ID}`]: 'X' })
    expect((await call('entity.rights', { ENTITY: 'none' })).body.result).toBeNull()
  })

  it('lets AU=W add and read items, AU=R read only, and only X manage rights and properties', async () => {
    await journalStorage({ AU: 'W' })
    expect((await call('entity.item.add', { ENTITY: 'hub_journal', PROPERTY_VALUES: { entry: '{}' } }, HR_EDITOR_USER_ID)).status).toBe(200)
    expect((await call('entity.item.get', { ENTITY: 'hub_journal' }, EMPLOYEE_USER_ID)).body.total).toBe(1)
    const property = await call('entity.item.property.add', { ENTITY: 'hub_journal', PROPERTY: 'other' }, EMPLOYEE_USER_ID)
    expect(property.status).toBe(403)
    expect(property.body).toMatchObject({ error: 'ACCESS_DENIED', error_description: 'Access denied!' })
    expect((await call('entity.rights', { ENTITY: 'hub_journal', ACCESS: { AU: 'X' } }, EMPLOYEE_USER_ID)).body).toMatchObject({ error: 'ACCESS_DENIED' })

    expect((await call('entity.rights', { ENTITY: 'hub_journal', ACCESS: { AU: 'R' } })).body.result).toEqual({ AU: 'R', U1: 'X' })
    expect((await call('entity.item.add', { ENTITY: 'hub_journal' }, EMPLOYEE_USER_ID)).body).toMatchObject({ error: 'ACCESS_DENIED' })
    expect((await call('entity.item.get', { ENTITY: 'hub_journal' }, EMPLOYEE_USER_ID)).status).toBe(200)

    // U<id> and G<id>: G1 is the administrators' group, G2 everyone; no level at all reads nothing
    expect((await call('entity.rights', { ENTITY: 'hub_journal', ACCESS: { [`U${EMPLOYEE_USER_ID}`]: 'W' } })).status).toBe(200)
    expect((await call('entity.item.add', { ENTITY: 'hub_journal' }, EMPLOYEE_USER_ID)).status).toBe(200)
    expect((await call('entity.item.get', { ENTITY: 'hub_journal' }, HR_EDITOR_USER_ID)).body).toMatchObject({ error: 'ACCESS_DENIED' })
    expect((await call('entity.rights', { ENTITY: 'hub_journal', ACCESS: { G2: 'R' } })).status).toBe(200)
    expect((await call('entity.item.get', { ENTITY: 'hub_journal' }, HR_EDITOR_USER_ID)).status).toBe(200)
  })
})

describe('items', () => {
  it('keeps only declared properties and answers the docs\' item shape', async () => {
    await journalStorage()
    const added = await call('entity.item.add', { ENTITY: 'hub_journal', NAME: 'one', PROPERTY_VALUES: { entry: '{"id":"a"}', undeclared: 'x' } }, EMPLOYEE_USER_ID)
    expect(typeof added.body.result).toBe('number')
    const got = await call('entity.item.get', { ENTITY: 'hub_journal' })
    const [item] = got.body.result as Array<Record<string, unknown>>
    expect(item).toMatchObject({ ID: String(added.body.result), NAME: 'one', ENTITY: 'hub_journal', CREATED_BY: String(EMPLOYEE_USER_ID), ACTIVE: 'Y', PROPERTY_VALUES: { entry: '{"id":"a"}' } })
    expect(item!.PROPERTY_VALUES).not.toHaveProperty('undeclared')
    expect(shapeMismatches(loadSpec('entity.item.get')!.resultExample!.result, got.body.result)).toEqual([])
    expect((await call('entity.item.property.get', { ENTITY: 'hub_journal' })).body.result).toEqual([{ PROPERTY: 'entry', NAME: 'Entry', TYPE: 'S', SORT: '500' }])
  })

  it('pages by 50 with total and next, sorted by SORT, filtered by FILTER', async () => {
    await journalStorage()
    for (let i = 1; i <= 120; i += 1) await call('entity.item.add', { ENTITY: 'hub_journal', NAME: `n${i}`, PROPERTY_VALUES: { entry: String(i) } })
    const first = await call('entity.item.get', { ENTITY: 'hub_journal', SORT: { ID: 'DESC' } })
    expect(first.body).toMatchObject({ total: 120, next: 50 })
    const names = (first.body.result as Array<{ NAME: string }>).map(r => r.NAME)
    expect(names).toHaveLength(50)
    expect(names[0]).toBe('n120')
    const last = await call('entity.item.get', { ENTITY: 'hub_journal', SORT: { ID: 'DESC' }, start: 100 })
    expect(last.body.total).toBe(120)
    expect(last.body).not.toHaveProperty('next')
    expect((last.body.result as Array<{ NAME: string }>).map(r => r.NAME).at(-1)).toBe('n1')
    const ascending = await call('entity.item.get', { ENTITY: 'hub_journal' })
    expect((ascending.body.result as Array<{ NAME: string }>)[0]!.NAME).toBe('n1')
    const filtered = await call('entity.item.get', { ENTITY: 'hub_journal', FILTER: { PROPERTY_entry: '7' } })
    expect(filtered.body.total).toBe(1)
    expect((await call('entity.item.get', { ENTITY: 'hub_journal', FILTER: { '>ID': 0, '%NAME': 'n11' } })).body.total).toBe(11)
  })
})

describe('a storage\'s life', () => {
  it('survives uninstalling, is deleted with the app\'s data, and reset forgets it', async () => {
    await journalStorage()
    await call('entity.item.add', { ENTITY: 'hub_journal', PROPERTY_VALUES: { entry: '{}' } })
    await portal.post('/_emulator/uninstall', {})
    expect((await call('entity.item.get', { ENTITY: 'hub_journal' })).body.total).toBe(1)
    const state = await portal.get('/_emulator/state')
    expect((state.body.entities as unknown[]).length).toBe(1)
    await portal.post('/_emulator/uninstall', { deleteData: true })
    expect((await call('entity.get', { ENTITY: 'hub_journal' })).body).toMatchObject({ error: 'ERROR_ENTITY_NOT_FOUND' })
    await journalStorage()
    await portal.post('/_emulator/reset', {})
    tokens.clear()
    expect((await call('entity.get')).body.result).toEqual([])
  })
})
