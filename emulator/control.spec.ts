// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from './test-client.ts'
import type { TestPortal } from './test-client.ts'
import type { PortalData } from './data/types.ts'

let portal: TestPortal

beforeAll(async () => {
  portal = await startTestPortal({ seed: 3 })
})
afterAll(async () => {
  await portal.close()
})

async function state(): Promise<PortalData> {
  return (await portal.get('/_emulator/state')).body as unknown as PortalData
}

describe('control API', () => {
  it('serves the portal data as JSON', async () => {
    const data = await state()
    expect(data.seed).toBe(3)
    expect(data.users.find(u => u.id === 1)?.isAdmin).toBe(true)
    expect(data.users.find(u => u.id === 2)?.isAdmin).toBe(false)
  })

  it('reset regenerates from seed and size and is deterministic', async () => {
    const first = await portal.post('/_emulator/reset', { seed: 11, size: 40 })
    expect(first.body).toMatchObject({ ok: true, seed: 11, size: 40 })
    const a = await state()
    await portal.post('/_emulator/reset', { seed: 12 })
    const b = await state()
    expect(b.size).toBe(40)
    expect(b.users.map(u => u.name)).not.toEqual(a.users.map(u => u.name))
    await portal.post('/_emulator/reset', { seed: 11, size: 40 })
    expect(await state()).toEqual(a)
  })

  it('reset retires tokens, clears the log and applies overrides', async () => {
    const { access_token: token } = await portal.token(1)
    await portal.v2('profile', {}, token)
    await portal.post('/_emulator/reset', { installed: false, scopes: ['crm'], users: [{ id: 2, isAdmin: true }] })
    expect((await portal.get('/_emulator/log')).body).toEqual([])
    expect((await portal.v2('profile', {}, token)).body.error).toBe('invalid_token')
    const data = await state()
    expect(data.installed).toBe(false)
    expect(data.scopes).toEqual(['crm'])
    expect(data.users.find(u => u.id === 2)?.isAdmin).toBe(true)
    const fresh = (await portal.token(1)).access_token
    expect(((await portal.v2('app.info', {}, fresh)).body.result as Record<string, unknown>).INSTALLED).toBe(false)
  })

  it('reset {hostile: true} puts markup into names, and a later reset without it brings the ordinary data back', async () => {
    expect((await portal.post('/_emulator/reset', { seed: 3, hostile: true })).body).toMatchObject({ ok: true, hostile: true })
    const hostile = await state()
    expect(hostile.nodes[1]!.name).toMatch(/<|>/)
    // REST answers the text verbatim: escaping is the client's job
    const { access_token: token } = await portal.token(1)
    const chat = hostile.chats.find(c => c.memberIds.includes(1) && c.workgroupId === null)!
    const dialog = (await portal.v2('im.dialog.get', { DIALOG_ID: `chat${chat.id}` }, token)).body.result as Record<string, unknown>
    expect(dialog.name).toBe(chat.title)
    expect((await portal.post('/_emulator/reset', {})).body).toMatchObject({ hostile: false })
    const plain = await state()
    expect(plain.hostile).toBeUndefined()
    expect(plain.nodes[1]!.name).not.toMatch(/<|>/)
    expect(hostile.nodes[1]!.name.startsWith(`${plain.nodes[1]!.name} `)).toBe(true)
  })

  it('refuses bad reset bodies without touching the data', async () => {
    await portal.post('/_emulator/reset', { seed: 5 })
    for (const body of [{ size: 0 }, { seed: 'x' }, { users: [{ id: 999999, isAdmin: true }] }, { users: [{ id: 1, color: 'x' }] }, { installed: 'yes' }, { hostile: 'yes' }]) {
      const answer = await portal.post('/_emulator/reset', body)
      expect(answer.status).toBe(400)
      expect(typeof answer.body.error_description).toBe('string')
    }
    expect((await portal.post('/_emulator/reset', '{oops')).status).toBe(400)
  })

  it('update changes records in place, keeps tokens, and refuses unknown records or fields', async () => {
    await portal.post('/_emulator/reset', {})
    const { access_token: token } = await portal.token(1)
    const before = await state()
    const chat = before.chats[0]!
    expect((await portal.post('/_emulator/update', { chats: [{ id: chat.id, title: 'Renamed' }], nodes: [{ id: 1, headIds: [2] }] })).status).toBe(200)
    const after = await state()
    expect(after.chats.find(c => c.id === chat.id)?.title).toBe('Renamed')
    expect(after.nodes.find(n => n.id === 1)?.headIds).toEqual([2])
    expect(after.chats.length).toBe(before.chats.length)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    for (const body of [{ chats: [{ id: 999999, title: 'x' }] }, { chats: [{ id: chat.id, tilte: 'x' }] }, { bindings: [] }, { users: {} }]) {
      expect((await portal.post('/_emulator/update', body)).status).toBe(400)
    }
    expect((await state()).chats.find(c => c.id === chat.id)?.title).toBe('Renamed')
  })

  it('mints tokens for a user in a language, which REST answers use', async () => {
    await portal.post('/_emulator/reset', {})
    const minted = await portal.post('/_emulator/token', { userId: 2, lang: 'ru' })
    expect(minted.status).toBe(200)
    const body = minted.body as { access_token: string, refresh_token: string, expires_in: number }
    expect(body.expires_in).toBe(3600)
    expect(body.access_token).not.toBe(body.refresh_token)
    const me = await portal.v2('user.current', {}, body.access_token)
    expect((me.body.result as Record<string, unknown>).ID).toBe('2')
    const info = await portal.v2('app.info', {}, body.access_token)
    expect((info.body.result as Record<string, unknown>).LANGUAGE_ID).toBe('ru')
    expect((await portal.post('/_emulator/token', { userId: 999999 })).status).toBe(400)
    expect((await portal.post('/_emulator/token', {})).status).toBe(400)
    expect((await portal.post('/_emulator/token', { userId: 1, lang: 'xx' })).status).toBe(400)
    const german = (await portal.post('/_emulator/token', { userId: 2, lang: 'de' })).body as { access_token: string }
    expect(((await portal.v2('app.info', {}, german.access_token)).body.result as Record<string, unknown>).LANGUAGE_ID).toBe('de')
  })

  it('lists every token minted since the last reset (test-only, for leak searches)', async () => {
    await portal.post('/_emulator/reset', {})
    const a = (await portal.post('/_emulator/token', { userId: 2 })).body as { access_token: string, refresh_token: string }
    const b = (await portal.post('/_emulator/token', { refreshToken: a.refresh_token })).body as { access_token: string, refresh_token: string }
    expect((await portal.get('/_emulator/tokens')).body).toEqual([
      { userId: 2, access_token: a.access_token, refresh_token: a.refresh_token },
      { userId: 2, access_token: b.access_token, refresh_token: b.refresh_token }
    ])
    await portal.post('/_emulator/reset', {})
    expect((await portal.get('/_emulator/tokens')).body).toEqual([])
  })

  it('clears the log with DELETE and refuses unknown verbs', async () => {
    const { access_token: token } = await portal.token(1)
    await portal.v2('profile', {}, token)
    expect(((await portal.get('/_emulator/log')).body as unknown as unknown[]).length).toBeGreaterThan(0)
    const cleared = await fetch(`${portal.origin}/_emulator/log`, { method: 'DELETE' })
    expect(cleared.status).toBe(200)
    expect((await portal.get('/_emulator/log')).body).toEqual([])
    expect((await fetch(`${portal.origin}/_emulator/state`, { method: 'PUT' })).status).toBe(405)
  })
})

describe('install, uninstall, reinstall', () => {
  const SIDEBAR = { PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://app.example/', TITLE: 'Hub', OPTIONS: { iconName: 'fa-sitemap' } }
  const CONNECTOR = { ID: 'commhub_connector', NAME: 'Hub', ICON: { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%2F%3E' }, PLACEMENT_HANDLER: 'https://app.example/' }

  async function installedApp(): Promise<void> {
    await portal.post('/_emulator/reset', { seed: 3 })
    expect((await portal.v2('placement.bind', SIDEBAR)).body).toMatchObject({ result: true })
    expect((await portal.v2('imconnector.register', CONNECTOR)).body).toMatchObject({ result: { result: true } })
    await portal.post('/_portal/option', { scope: 'app', userId: 1, name: 'journal', value: '[]' })
    await portal.post('/_portal/option', { scope: 'user', userId: 2, name: 'seen', value: 'Y' })
  }

  it('install makes the next open an install and keeps what the previous install left', async () => {
    await installedApp()
    expect((await portal.post('/_emulator/install', {})).body).toEqual({ ok: true, installed: false })
    const data = await state()
    expect(data.installed).toBe(false)
    expect(data.placements.map(p => p.placement)).toEqual(['IM_SIDEBAR'])
    expect(data.connectors.filter(c => c.custom).map(c => c.id)).toEqual(['commhub_connector'])
    expect(data.appOptions).toEqual({ journal: '[]' })
    expect((await portal.v2('app.info')).body).toMatchObject({ result: { INSTALLED: false } })
    // binding the same handler again is refused, so a reinstall must read first
    expect((await portal.v2('placement.bind', SIDEBAR)).status).toBe(400)
  })

  it('uninstall removes the placements and connectors and keeps the app data', async () => {
    await installedApp()
    const lineRecords = (await state()).connectorLines.length
    await portal.v2('imconnector.activate', { CONNECTOR: 'commhub_connector', LINE: 1, ACTIVE: 1 })
    expect((await state()).connectorLines).toHaveLength(lineRecords + 1)
    const answer = await portal.post('/_emulator/uninstall', {})
    expect(answer.body).toEqual({ ok: true, installed: false, removed: { placements: 1, connectors: 1 }, dataDeleted: false })
    const data = await state()
    expect(data.installed).toBe(false)
    expect(data.placements).toEqual([])
    expect(data.connectors.some(c => c.custom)).toBe(false)
    expect(data.connectorLines).toHaveLength(lineRecords)
    expect(data.connectors.length).toBeGreaterThan(0)
    expect(data.appOptions).toEqual({ journal: '[]' })
    expect(data.userOptions).toEqual({ 2: { seen: 'Y' } })
    // the reinstall binds again from nothing, once
    expect((await portal.v2('placement.bind', SIDEBAR)).body).toMatchObject({ result: true })
    expect((await state()).placements).toHaveLength(1)
  })

  it('uninstall with deleteData also deletes the app and user options', async () => {
    await installedApp()
    expect((await portal.post('/_emulator/uninstall', { deleteData: true })).body).toMatchObject({ dataDeleted: true })
    const data = await state()
    expect(data.appOptions).toEqual({})
    expect(data.userOptions).toEqual({})
    expect((await portal.post('/_emulator/uninstall', { deleteData: 'Y' })).status).toBe(400)
  })
})
