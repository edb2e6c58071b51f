// @vitest-environment node
/**
 * The emulator's CDN (cdn.ts): avatar URLs are absolute, on the CDN's own origin rather than the
 * portal's, and the CDN answers them with an image — through REST on a generated portal.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestPortal } from './test-client.ts'
import type { TestPortal } from './test-client.ts'
import { startEmulator } from './server.ts'
import { assignAvatars, avatarPng, AVATAR_SIZE, entityAvatarUrl, userAvatarUrl } from './cdn.ts'
import { readImageHeader } from './methods/image-header.ts'
import { generatePortal } from './data/generate.ts'
import type { PortalData } from './data/types.ts'

let portal: TestPortal
let cdn = ''
const EMPLOYEE = 2

type Body = Record<string, unknown>

beforeAll(async () => {
  portal = await startTestPortal({ seed: 1, size: 40 })
  cdn = portal.emulator.ctx.cdnOrigin
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

/** An absolute URL on the CDN origin, not the portal's, that answers an image. */
async function expectCdnImage(url: unknown): Promise<void> {
  expect(typeof url).toBe('string')
  const parsed = new URL(String(url))
  expect(parsed.origin).toBe(cdn)
  expect(parsed.origin).not.toBe(portal.origin)
  const res = await fetch(parsed)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/png')
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  expect(res.headers.get('cache-control')).toContain('max-age=31536000')
  const info = readImageHeader(Buffer.from(await res.arrayBuffer()))
  expect(info).toMatchObject({ mime: 'image/png', width: AVATAR_SIZE, height: AVATAR_SIZE })
}

describe('the CDN origin', () => {
  it('is its own origin, not the portal\'s and not the app\'s', () => {
    expect(cdn).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(cdn).not.toBe(portal.origin)
    expect(new URL(portal.emulator.appUrl).origin).not.toBe(cdn)
  })

  it('answers the same bytes for the same path, a 304 for its ETag, HEAD without a body and 404 elsewhere', async () => {
    const url = userAvatarUrl(cdn, await state(), 3)
    const first = await fetch(url)
    const bytes = Buffer.from(await first.arrayBuffer())
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(bytes)).toBe(true)
    const etag = first.headers.get('etag')!
    expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const head = await fetch(url, { method: 'HEAD' })
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(bytes.length)])
    const other = await fetch(userAvatarUrl(cdn, await state(), 4))
    expect(Buffer.from(await other.arrayBuffer()).equals(bytes)).toBe(false)
    for (const path of ['/', '/avatar.png', '/b1/other/x.png', '/b1/main/../../etc/passwd']) {
      const res = await fetch(cdn + path)
      expect(res.status).toBe(404)
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
    }
    expect((await fetch(url, { method: 'POST' })).status).toBe(405)
  })

  it('serves the extension-less chat avatar paths of the docs\' shape', async () => {
    const data = await state()
    await expectCdnImage(entityAvatarUrl(cdn, data, 'chat', 1))
    await expectCdnImage(entityAvatarUrl(cdn, data, 'group', 1))
  })
})

describe('avatars in the data', () => {
  it('most users have a photo, deterministically; a photo or chat avatar set by hand stays', () => {
    const a = generatePortal({ seed: 7, size: 60 })
    a.users[0]!.photo = 'https://elsewhere.test/p.png'
    a.chats[0]!.avatar = 'data:image/png;base64,AAAA'
    a.chats[0]!.workgroupId = null
    const b = generatePortal({ seed: 7, size: 60 })
    assignAvatars(a, 'http://cdn.test')
    assignAvatars(b, 'http://cdn.test')
    expect(a.users[0]!.photo).toBe('https://elsewhere.test/p.png')
    expect(a.chats[0]!.avatar).toBe('data:image/png;base64,AAAA')
    expect(a.users.slice(1).map((u) => u.photo)).toEqual(b.users.slice(1).map((u) => u.photo))
    const withPhoto = b.users.filter((u) => u.photo.startsWith('http://cdn.test/'))
    expect(withPhoto.length / b.users.length).toBeGreaterThan(0.6)
    expect(withPhoto.length).toBeLessThan(b.users.length)
    expect(b.chats.some((c) => c.avatar.startsWith('http://cdn.test/'))).toBe(true)
    expect(b.chats.some((c) => c.avatar === '')).toBe(true)
  })

  it('a collab chat shows its workgroup\'s avatar', () => {
    const data = generatePortal({ seed: 3, size: 200 })
    assignAvatars(data, 'http://cdn.test')
    for (const group of data.workgroups.filter((g) => g.chatId !== null && g.avatar)) {
      expect(data.chats.find((c) => c.id === group.chatId)!.avatar).toBe(group.avatar)
    }
  })

  it('the PNG is valid and the same for the same key', () => {
    expect(readImageHeader(avatarPng('a'))).toMatchObject({ mime: 'image/png', width: 100, height: 100 })
    expect(avatarPng('a').equals(avatarPng('a'))).toBe(true)
    expect(avatarPng('a').equals(avatarPng('b'))).toBe(false)
  })
})

describe('avatars through REST', () => {
  it('user.current / user.get / user.search PERSONAL_PHOTO are absolute CDN URLs that answer an image', async () => {
    const data = await state()
    const withPhoto = data.users.filter((u) => u.active && u.photo)
    expect(withPhoto.length).toBeGreaterThan(data.users.length / 2)
    const someone = withPhoto.find((u) => u.userType === 'employee')!
    const token = (await portal.token(someone.id)).access_token
    const current = (await portal.v2('user.current', {}, token)).body.result as Body
    await expectCdnImage(current.PERSONAL_PHOTO)
    const got = (await portal.v2('user.get', { ID: someone.id })).body.result as Body[]
    expect(got[0]!.PERSONAL_PHOTO).toBe(current.PERSONAL_PHOTO)
    const found = (await portal.v2('user.search', { FILTER: { NAME: someone.name } })).body.result as Body[]
    expect(found.find((u) => String(u.ID) === String(someone.id))!.PERSONAL_PHOTO).toBe(current.PERSONAL_PHOTO)
    // a user without a photo has no PERSONAL_PHOTO at all
    const without = data.users.find((u) => u.active && !u.photo)
    if (without) expect((await portal.v2('user.get', { ID: without.id })).body.result).toMatchObject([expect.not.objectContaining({ PERSONAL_PHOTO: expect.anything() })])
  })

  it('im.recent.list, im.dialog.get and im.dialog.users.list carry CDN avatars for chats and people', async () => {
    const data = await state()
    const token = (await portal.token(EMPLOYEE)).access_token
    const recent = ((await portal.v2('im.recent.list', { LIMIT: 200 }, token)).body.result as { items: Body[] }).items
    const withAvatar = recent.find((i) => (i.avatar as Body).url)
    expect(withAvatar, 'some chat of the employee has an avatar').toBeTruthy()
    await expectCdnImage((withAvatar!.avatar as Body).url)
    const dialog = (await portal.v2('im.dialog.get', { DIALOG_ID: withAvatar!.id }, token)).body.result as Body
    expect(dialog.avatar).toBe((withAvatar!.avatar as Body).url)
    const people = (await portal.v2('im.dialog.users.list', { DIALOG_ID: withAvatar!.id }, token)).body.result as Body[]
    const pictured = people.filter((p) => p.avatar)
    expect(pictured.length).toBeGreaterThan(0)
    await expectCdnImage(pictured[0]!.avatar)
    const photoOf = (id: unknown) => data.users.find((u) => u.id === Number(id))!.photo
    for (const p of people) expect(p.avatar).toBe(photoOf(p.id))
  })

  it('humanresources employee and member avatars are the users\' CDN photos', async () => {
    const data = await state()
    const node = data.nodes.find((n) => n.memberIds.some((id) => data.users.find((u) => u.id === id)?.photo))!
    const got = (await portal.v3('humanresources.node.get', { id: node.id })).body.result as { item: { members: Body[] } }
    const member = got.item.members.find((m) => m.avatar)!
    await expectCdnImage(member.avatar)
  })

  it('a reset keeps every avatar on the CDN', async () => {
    await portal.post('/_emulator/reset', { seed: 5 })
    const data = await state()
    const photo = data.users.find((u) => u.photo)!.photo
    await expectCdnImage(photo)
  })
})

describe('the app page allows the CDN\'s images', () => {
  it('names the emulator\'s CDN origin and Bitrix24\'s CDN hosts in img-src', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'emu-cdn-dist-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
    const emulator = await startEmulator({ port: 0, distDir: dist, rateLimit: null })
    try {
      const res = await fetch(`${emulator.appUrl}?DOMAIN=${new URL(emulator.url).host}&PROTOCOL=0`, { method: 'POST' })
      const policy = res.headers.get('content-security-policy') ?? ''
      const imgSrc = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'img-src')!.slice(1)
      expect(imgSrc).toContain(emulator.ctx.cdnOrigin)
      expect(imgSrc).toContain(new URL(emulator.url).origin)
      expect(imgSrc).toContain('https://*.bitrix24.ru')
      const connectSrc = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'connect-src')!.slice(1)
      expect(connectSrc).not.toContain(emulator.ctx.cdnOrigin)
    } finally {
      await emulator.close()
    }
  })

  it('closes the CDN with the emulator', async () => {
    const emulator = await startEmulator({ port: 0, appUrl: 'http://127.0.0.1:9/app/', rateLimit: null })
    const origin = emulator.ctx.cdnOrigin
    expect((await fetch(`${origin}/b1/main/abc/x/avatar.png`)).status).toBe(200)
    await emulator.close()
    await expect(fetch(`${origin}/b1/main/abc/x/avatar.png`)).rejects.toThrow()
  })
})
