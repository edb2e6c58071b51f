// @vitest-environment node
/**
 * im.chat.* through the real router: envelopes, statuses, form bodies and the state the e2e tests read.
 * The handler cases live in chats.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHAT_COLOR_HEX } from './chats.ts'
import type { EmuChat } from '../data/types.ts'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'

describe('through HTTP', () => {
  let portal: TestPortal

  beforeAll(async () => {
    portal = await startTestPortal()
  })

  afterAll(async () => {
    await portal.close()
  })

  it('creates a chat, finds it by entity, and shows it in the state and the recent list', async () => {
    const { access_token: employee } = await portal.token(2)
    const created = await portal.v2('im.chat.add', { TITLE: 'HTTP chat', COLOR: 'LIME', USERS: [1], ENTITY_TYPE: 'SPEC', ENTITY_ID: 'http-1' }, employee)
    expect(created.status).toBe(200)
    const id = created.body.result as number
    expect(typeof id).toBe('number')
    expect((await portal.v2('im.chat.get', { ENTITY_TYPE: 'SPEC', ENTITY_ID: 'http-1' }, employee)).body.result).toEqual({ ID: id })
    const dialog = await portal.v2('im.dialog.get', { DIALOG_ID: `chat${id}` }, employee)
    expect(dialog.body.result).toMatchObject({ name: 'HTTP chat', color: CHAT_COLOR_HEX.LIME, role: 'owner' })
    const state = await portal.get('/_emulator/state')
    const stored = (state.body.chats as EmuChat[]).find(c => c.id === id)
    expect(stored).toMatchObject({ title: 'HTTP chat', color: 'LIME', ownerId: 2, memberIds: [2, 1] })
  })

  it('answers null for an unknown entity, and [] without rights, in the v2 envelope', async () => {
    const missing = await portal.v2('im.chat.get', { ENTITY_TYPE: 'SPEC', ENTITY_ID: 'nope' })
    expect(missing.status).toBe(200)
    expect(missing.body).toHaveProperty('result', null)
  })

  it('sends errors as {error, error_description} with the documented statuses', async () => {
    const empty = await portal.v2('im.chat.updateTitle', { CHAT_ID: 'chat1', TITLE: 'x' })
    expect(empty.status).toBe(400)
    expect(empty.body).toMatchObject({ error: 'CHAT_ID_EMPTY', error_description: 'Chat ID can\'t be empty' })
    const denied = await portal.v2('im.dialog.get', { DIALOG_ID: 'chat999999' })
    expect(denied.status).toBe(403)
    expect(denied.body.error).toBe('ACCESS_ERROR')
  })

  it('adds im.dialog.users.list\'s total beside the result', async () => {
    const { access_token: admin } = await portal.token(1)
    const id = (await portal.v2('im.chat.add', { USERS: [2] }, admin)).body.result as number
    const list = await portal.v2('im.dialog.users.list', { DIALOG_ID: `chat${id}` }, admin)
    expect(list.body.total).toBe(2)
    expect((list.body.result as { id: number }[]).map(u => u.id)).toEqual([1, 2])
  })

  it('reads USERS sent as a form body (USERS[0]=…)', async () => {
    const { access_token: admin } = await portal.token(1)
    const form = await portal.post('/rest/im.chat.add.json', `auth=${admin}&TITLE=Form&USERS%5B0%5D=2`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' }
    })
    expect(form.status).toBe(200)
    const state = await portal.get('/_emulator/state')
    expect((state.body.chats as EmuChat[]).find(c => c.id === form.body.result)?.memberIds).toEqual([1, 2])
  })

  it('shows a created chat at the top of the creator\'s im.recent.list, with its HEX colour and role', async () => {
    const { access_token: employee } = await portal.token(2)
    const id = (await portal.v2('im.chat.add', { TITLE: 'Newest', COLOR: 'SAND' }, employee)).body.result as number
    const recent = await portal.v2('im.recent.list', { SKIP_DIALOG: 'Y', LIMIT: 5 }, employee)
    const first = (recent.body.result as { items: Record<string, unknown>[] }).items[0]
    expect(first).toMatchObject({ id: `chat${id}`, chat_id: id, title: 'Newest', avatar: { color: CHAT_COLOR_HEX.SAND } })
  })

  it('answers user.get by a list of ids, as the chat page asks for participants', async () => {
    const users = await portal.v2('user.get', { FILTER: { ID: [1, 3] } })
    expect((users.body.result as { ID: string }[]).map(u => u.ID)).toEqual(['1', '3'])
  })
})
