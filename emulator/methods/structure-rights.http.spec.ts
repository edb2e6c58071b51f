// @vitest-environment node
/**
 * Structure permissions through HTTP on the default generated portal: each fixed kind of user, the
 * REST 3.0 403 envelope, and POST /_emulator/update {users: [{id, structureRights}]} taking effect at once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import type { PortalData } from '../data/types.ts'
import { ADMIN_USER_ID, EMPLOYEE_USER_ID, EXTRANET_USER_ID, HR_EDITOR_USER_ID, TEAMS_EDITOR_USER_ID, headWithoutEditRight } from '../data/generate.ts'

let portal: TestPortal
type Body = Record<string, unknown>

beforeAll(async () => {
  portal = await startTestPortal({ seed: 1, size: 25 })
})
afterAll(async () => {
  await portal.close()
})
beforeEach(async () => {
  await portal.post('/_emulator/reset', {})
})

async function state(): Promise<PortalData> {
  return (await portal.get('/_emulator/state')).body as unknown as PortalData
}

async function editAs(userId: number, nodeId: number, chatId: number) {
  const token = (await portal.token(userId)).access_token
  return portal.v3('humanresources.node.communication.edit', { nodeId, communicationType: 'CHAT', ids: [chatId] }, token)
}

/** A department and a team of the default portal, and a CHAT bound to neither. */
async function targets(): Promise<{ department: number, team: number, chat: number }> {
  const data = await state()
  const department = data.nodes.find((n) => n.type === 'DEPARTMENT' && n.parentId !== null)!.id
  const team = data.nodes.find((n) => n.type === 'TEAM')!.id
  const bound = new Set(data.bindings.filter((b) => b.nodeId === department || b.nodeId === team).map((b) => b.chatId))
  const chat = data.chats.find((c) => c.type === 'CHAT' && !bound.has(c.id))!.id
  return { department, team, chat }
}

function expectDenied(answer: { status: number, body: Body }): void {
  expect(answer.status).toBe(403)
  expect(answer.body.error).toMatchObject({ code: 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION' })
}

describe('structure permissions over HTTP', () => {
  it('admin and HR editor edit both kinds, the teams editor only teams, head and employee nothing', async () => {
    const { department, team, chat } = await targets()
    const before = await state()
    const head = headWithoutEditRight(before)!
    expect(head.id).toBe(7)

    expectDenied(await editAs(head.id, department, chat))
    expectDenied(await editAs(head.id, head.departmentIds[0]!, chat))
    expectDenied(await editAs(EMPLOYEE_USER_ID, department, chat))
    expectDenied(await editAs(EMPLOYEE_USER_ID, team, chat))
    expectDenied(await editAs(EXTRANET_USER_ID, team, chat))
    expectDenied(await editAs(TEAMS_EDITOR_USER_ID, department, chat))
    expect((await state()).bindings).toEqual(before.bindings)

    expect((await editAs(TEAMS_EDITOR_USER_ID, team, chat)).body.result).toEqual({ success: true })
    expect((await editAs(HR_EDITOR_USER_ID, department, chat)).body.result).toEqual({ success: true })
    expect((await editAs(ADMIN_USER_ID, department, chat)).body.result).toEqual({ success: true })
    const after = (await state()).bindings
    expect(after.some((b) => b.nodeId === team && b.chatId === chat)).toBe(true)
    expect(after.some((b) => b.nodeId === department && b.chatId === chat)).toBe(true)
  })

  it('POST /_emulator/update changes a user\'s permissions at once and refuses a malformed value', async () => {
    const { department, chat } = await targets()
    const set = (structureRights: unknown) => portal.post('/_emulator/update', { users: [{ id: EMPLOYEE_USER_ID, structureRights }] })
    expect((await set({ departments: 'edit', teams: 'view' })).status).toBe(200)
    expect((await state()).users[EMPLOYEE_USER_ID - 1]!.structureRights).toEqual({ departments: 'edit', teams: 'view' })
    expect((await editAs(EMPLOYEE_USER_ID, department, chat)).status).toBe(200)

    for (const bad of [{ departments: 'edit' }, { departments: 'admin', teams: 'view' }, { departments: 'edit', teams: 'edit', extra: 'x' }, 'edit', null]) {
      expect((await set(bad)).status).toBe(400)
    }
    expect((await state()).users[EMPLOYEE_USER_ID - 1]!.structureRights).toEqual({ departments: 'edit', teams: 'view' })

    expect((await set({ departments: 'none', teams: 'none' })).status).toBe(200)
    const token = (await portal.token(EMPLOYEE_USER_ID)).access_token
    expectDenied(await portal.v3('humanresources.node.list', { type: 'DEPARTMENT' }, token))
  })

  it('reset restores the generated permissions', async () => {
    await portal.post('/_emulator/update', { users: [{ id: HR_EDITOR_USER_ID, structureRights: { departments: 'none', teams: 'none' } }] })
    await portal.post('/_emulator/reset', {})
    expect((await state()).users[HR_EDITOR_USER_ID - 1]!.structureRights).toEqual({ departments: 'edit', teams: 'edit' })
  })
})
