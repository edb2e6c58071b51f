// @vitest-environment node
import { DEFAULT_QUESTIONS } from '../questions.ts'
import { DEFAULT_FEATURES } from '../features.ts'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { EmulatorContext, TokenInfo, TokenStore } from '../context.ts'
import type { PortalLang } from '../data/types.ts'
import { generatePortal } from '../data/generate.ts'
import { MAX_FRAME_EVENTS, handlePortalRoute } from './routes.ts'
import { PORTAL_LANGS } from '../data/types.ts'
import { buildInitData, buildLaunch } from './protocol.js'
import type { PortalSession } from './protocol.js'

/** A token store double that remembers what it was asked, with refresh retiring the old pair. */
function tokenDouble(): TokenStore & { minted: { userId: number, lang: PortalLang }[], live: Set<string> } {
  let n = 0
  const live = new Set<string>()
  const byRefresh = new Map<string, number>()
  const minted: { userId: number, lang: PortalLang }[] = []
  const mint = (userId: number, lang: PortalLang): TokenInfo => {
    n++
    minted.push({ userId, lang })
    live.add(`AUTH-${n}`)
    byRefresh.set(`REFRESH-${n}`, userId)
    return { accessToken: `AUTH-${n}`, refreshToken: `REFRESH-${n}`, expiresIn: 3600, userId }
  }
  return {
    minted,
    live,
    lifetime: 3600,
    mint,
    refresh(refreshToken) {
      const userId = byRefresh.get(refreshToken)
      if (userId === undefined) return null
      byRefresh.delete(refreshToken)
      live.delete(refreshToken.replace('REFRESH', 'AUTH'))
      return mint(userId, 'en')
    },
    check: (token) => (live.has(token) ? { ok: true, userId: 1, lang: 'en' } : { ok: false, reason: 'invalid' }),
    expireAll: () => live.clear(),
    issued: () => [],
    clear: () => live.clear()
  }
}

let server: Server
let base: string
let ctx: EmulatorContext
let tokens: ReturnType<typeof tokenDouble>

beforeAll(async () => {
  server = createServer((req, res) => {
    handlePortalRoute(ctx, req, res, new URL(req.url ?? '/', ctx.portalOrigin)).then((handled) => {
      // Stands in for E1's REST and control routes: anything not ours must fall through.
      if (!handled) res.writeHead(418).end()
    }).catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  tokens = tokenDouble()
  ctx = {
    data: generatePortal({ seed: 1, size: 25 }),
    tokens,
    questions: { ...DEFAULT_QUESTIONS },
    features: { ...DEFAULT_FEATURES },
    restLog: [],
    frameEvents: [],
    portalOrigin: base,
    cdnOrigin: 'http://127.0.0.1:5998',
    appUrl: 'http://127.0.0.1:5999/app/',
    appSid: 'sid-123',
    lang: 'en',
    reset() {}
  }
})

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('the portal page', () => {
  it('serves the page with the app frame named DOMAIN|PROTOCOL|APP_SID', async () => {
    const res = await fetch(`${base}/?user=2&lang=ru`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain('form-action http://127.0.0.1:5999')
    expect(csp).toContain("script-src 'self'")
    const html = await res.text()
    const host = new URL(base).host
    expect(html).toContain(`id="app-frame" name="${host}|0|sid-123"`)
    for (const id of ['pagetitle', 'user-select', 'lang-select', 'placement-select', 'placement-options', 'open-placement',
      'fault-latency', 'fault-503', 'fault-429', 'fault-500', 'fault-drop', 'fault-slow', 'expire-token', 'fault-clear', 'notices', 'user-picker']) {
      expect(html).toContain(`id="${id}"`)
    }
    expect(html).toContain('<title>acme.bitrix24.com</title>')
  })

  it('escapes the portal name into the page', async () => {
    ctx.data.portalName = '<b>x</b>'
    const html = await (await fetch(`${base}/`)).text()
    expect(html).not.toContain('<b>x</b>')
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;')
  })

  it('sends a visitor on another host name to the portal origin, since the SDK checks origins', async () => {
    const port = new URL(base).port
    const res = await fetch(`http://localhost:${port}/?user=2`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`${base}/?user=2`)
  })

  it('serves its scripts and styles, and nothing else from its folder', async () => {
    for (const [file, type] of [['portal.js', 'javascript'], ['protocol.js', 'javascript'], ['picker.js', 'javascript'], ['faults.js', 'javascript'],
      ['labels.js', 'javascript'], ['portal.css', 'css']]) {
      const res = await fetch(`${base}/_portal/${file}`)
      expect(res.status, file).toBe(200)
      expect(res.headers.get('content-type')).toContain(type)
    }
    // every module the page's scripts import is served too (a missing one breaks the page in the browser only)
    for (const file of ['portal.js', 'protocol.js', 'picker.js', 'faults.js', 'labels.js']) {
      const text = await (await fetch(`${base}/_portal/${file}`)).text()
      for (const [, imported] of text.matchAll(/from '\.\/([\w.-]+)'/g)) {
        expect((await fetch(`${base}/_portal/${imported}`)).status, `${file} imports ${imported}`).toBe(200)
      }
    }
    expect((await fetch(`${base}/_portal/routes.ts`)).status).toBe(404)
    expect((await fetch(`${base}/_portal/index.html`)).status).toBe(404)
  })

  it('leaves other paths to the rest of the server', async () => {
    for (const path of ['/rest/user.current', '/_emulator/state', '/index.html', '/other']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(418)
    }
  })
})

describe('/_portal endpoints', () => {
  it('describes the portal and offers the fixed users in the switch', async () => {
    const info = await (await fetch(`${base}/_portal/info`)).json()
    expect(info).toMatchObject({ portalName: 'acme.bitrix24.com', domain: new URL(base).host, protocol: 0, appOrigin: 'http://127.0.0.1:5999', appSid: 'sid-123', lang: 'en', installed: true })
    expect(info.users.slice(0, 4)).toEqual([
      expect.objectContaining({ id: 1, isAdmin: true, name: 'Emma Clarke' }),
      expect.objectContaining({ id: 2, isAdmin: false, name: 'Иван Петров' }),
      expect.objectContaining({ id: 3, hasAppAccess: false }),
      expect.objectContaining({ id: 4, userType: 'extranet' })
    ])
    // the switch says which user is which, structure permissions included (README "Fixed points")
    const roles = Object.fromEntries((info.users as { id: number, role: string }[]).slice(0, 8).map((u) => [u.id, u.role]))
    expect(roles).toEqual({
      1: 'administrator',
      2: 'employee',
      3: 'no app access; head of Отдел продаж, no edit permission',
      4: 'extranet',
      5: 'HR: edits departments and teams; head of Московский офис',
      6: 'edits teams',
      7: 'head of Sales, no edit permission',
      8: 'employee'
    })
    expect(JSON.stringify(info)).not.toContain('structureRights')
  })

  it('tells a session nothing about structure permissions: the app learns them only from an edit', async () => {
    const res = await post('/_portal/session', { userId: 5 })
    const body = await res.json() as Record<string, unknown>
    expect(body.user).toEqual({ id: 5, name: 'William Wilson', isAdmin: false, hasAppAccess: true, userType: 'employee' })
    expect(JSON.stringify(body)).not.toMatch(/structureRights|role|edits/)
  })

  it('opens a session with a token minted for the user and language', async () => {
    ctx.data.userOptions['2'] = { view: 'tree' }
    const res = await post('/_portal/session', { userId: 2, lang: 'ru', placement: 'SETTING_CONNECTOR', placementOptions: { LINE: '3' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(await res.json()).toEqual({
      user: { id: 2, name: 'Иван Петров', isAdmin: false, hasAppAccess: true, userType: 'employee' },
      domain: new URL(base).host, protocol: 0, lang: 'ru', memberId: ctx.data.memberId,
      placement: 'SETTING_CONNECTOR', placementOptions: { LINE: '3' },
      authId: 'AUTH-1', refreshId: 'REFRESH-1', expiresIn: 3600, serverEndpoint: `${base}/rest/`, status: 'L',
      installed: true, appOptions: {}, userOptions: { view: 'tree' }
    })
    expect(tokens.minted).toEqual([{ userId: 2, lang: 'ru' }])
  })

  it('refuses sessions it cannot open, without minting', async () => {
    const inactive = ctx.data.users.find((u) => !u.active)!.id
    const cases: [unknown, number][] = [
      [{ userId: 9999 }, 404], [{ userId: '2' }, 400], [{ userId: 2, lang: 'xx' }, 400], [{ userId: 2, lang: 'DE' }, 400],
      [{ userId: 2, placement: 'bad code' }, 400], [{ userId: 2, placementOptions: [1] }, 400], [{ userId: inactive }, 403]
    ]
    for (const [body, status] of cases) expect((await post('/_portal/session', body)).status, JSON.stringify(body)).toBe(status)
    expect((await fetch(`${base}/_portal/session`, { method: 'POST', body: '{bad' })).status).toBe(400)
    expect(tokens.minted).toEqual([])
  })

  it('refreshes a token pair, retiring the old one, and re-mints for a retired refresh token', async () => {
    const first = await (await post('/_portal/session', { userId: 1 })).json()
    const renewed = await (await post('/_portal/refresh', { refreshToken: first.refreshId, userId: 1 })).json()
    expect(renewed).toEqual({ AUTH_ID: 'AUTH-2', REFRESH_ID: 'REFRESH-2', AUTH_EXPIRES: 3600 })
    expect(tokens.live.has(first.authId)).toBe(false)
    const again = await (await post('/_portal/refresh', { refreshToken: first.refreshId, userId: 1, lang: 'ru' })).json()
    expect(again.AUTH_ID).toBe('AUTH-3')
    expect(tokens.minted.at(-1)).toEqual({ userId: 1, lang: 'ru' })
    await post('/_portal/refresh', { refreshToken: 'retired', userId: 1, lang: 'vn' })
    expect(tokens.minted.at(-1)).toEqual({ userId: 1, lang: 'vn' })
    expect((await post('/_portal/refresh', { refreshToken: 'retired', userId: 1, lang: 'xx' })).status).toBe(400)
  })

  it('opens a session in any of the 20 portal languages and launches the app with that LANG unchanged', async () => {
    const res = await post('/_portal/session', { userId: 2, lang: 'de' })
    expect(res.status).toBe(200)
    const opened = await res.json() as Omit<PortalSession, 'expiresAt'>
    expect(opened.lang).toBe('de')
    expect(tokens.minted).toEqual([{ userId: 2, lang: 'de' }])
    const session: PortalSession = { ...opened, expiresAt: Date.now() + opened.expiresIn * 1000 }
    const launch = buildLaunch(session, ctx.appUrl, ctx.appSid)
    expect(new URL(launch.action).searchParams.get('LANG')).toBe('de')
    expect(buildInitData(session, { installed: true, appOptions: {}, userOptions: {} }, Date.now()).LANG).toBe('de')
    for (const lang of PORTAL_LANGS) {
      expect(((await (await post('/_portal/session', { userId: 1, lang })).json()) as { lang: string }).lang).toBe(lang)
    }
  })

  it('keeps app options (admins only) and user options for the next init data', async () => {
    expect((await post('/_portal/option', { scope: 'app', userId: 1, name: 'mode', value: { a: 1 } })).status).toBe(200)
    expect((await post('/_portal/option', { scope: 'app', userId: 2, name: 'mode', value: 'x' })).status).toBe(403)
    expect((await post('/_portal/option', { scope: 'user', userId: 2, name: 'tab', value: 'chats' })).status).toBe(200)
    expect((await post('/_portal/option', { scope: 'user', userId: 2, name: '' })).status).toBe(400)
    expect((await post('/_portal/option', { scope: 'other', userId: 2, name: 'x' })).status).toBe(400)
    expect(await (await post('/_portal/state', { userId: 2 })).json()).toEqual({ installed: true, appOptions: { mode: { a: 1 } }, userOptions: { tab: 'chats' } })
    expect(await (await post('/_portal/state', { userId: 1 })).json()).toMatchObject({ userOptions: {} })
  })

  it('finishes the installation for an administrator only', async () => {
    ctx.data.installed = false
    expect((await post('/_portal/install-finish', { userId: 2 })).status).toBe(403)
    expect(ctx.data.installed).toBe(false)
    expect(await (await post('/_portal/install-finish', { userId: 1 })).json()).toEqual({ installed: true })
    expect(ctx.data.installed).toBe(true)
  })

  it('searches employees for the picker in the SDK SelectedUser shape', async () => {
    const found = await (await fetch(`${base}/_portal/users?q=${encodeURIComponent('петров')}`)).json()
    expect(found.items).toContainEqual({ id: '2', name: 'Иван Петров', photo: '', position: 'Менеджер по продажам', url: '/company/personal/user/2/', sub: false, sup: false })
    const all = await (await fetch(`${base}/_portal/users?limit=500`)).json()
    expect(all.items.length).toBe(all.total)
    expect(all.items.some((u: { id: string }) => u.id === '4')).toBe(false)
    expect((await (await fetch(`${base}/_portal/users?limit=5`)).json()).items).toHaveLength(5)
    // The admin heads the root, so its members are the admin's subordinates.
    const forAdmin = await (await fetch(`${base}/_portal/users?for=1&limit=500`)).json()
    const rootMember = ctx.data.nodes[0]!.memberIds.find((id) => id !== 1)!
    expect(forAdmin.items.find((u: { id: string }) => u.id === String(rootMember))).toMatchObject({ sub: true, sup: false })
  })
})

describe('frame events', () => {
  it('records commands without tokens, filters by command and clears', async () => {
    await post('/_portal/frame-events', { command: 'imOpenMessenger', params: { dialogId: 'chat1001' } })
    await post('/_portal/frame-events', { command: 'setTitle', params: { title: 'x', nested: { AUTH_ID: 'AUTH-9', refresh_token: 'R' } } })
    expect((await post('/_portal/frame-events', { params: {} })).status).toBe(400)
    const all = await (await fetch(`${base}/_emulator/frame-events`)).json()
    expect(all).toHaveLength(2)
    expect(all[0]).toMatchObject({ command: 'imOpenMessenger', params: { dialogId: 'chat1001' } })
    expect(JSON.stringify(all)).not.toMatch(/AUTH-9|"R"/)
    expect(Date.parse(all[1].at)).not.toBeNaN()
    const only = await (await fetch(`${base}/_emulator/frame-events?command=setTitle`)).json()
    expect(only.map((e: { command: string }) => e.command)).toEqual(['setTitle'])
    expect((await fetch(`${base}/_emulator/frame-events`, { method: 'DELETE' })).status).toBe(200)
    expect(await (await fetch(`${base}/_emulator/frame-events`)).json()).toEqual([])
  })

  it('keeps only the latest events', async () => {
    ctx.frameEvents.push(...Array.from({ length: MAX_FRAME_EVENTS }, (_, i) => ({ command: `c${i}`, params: null, at: '' })))
    await post('/_portal/frame-events', { command: 'last', params: null })
    expect(ctx.frameEvents).toHaveLength(MAX_FRAME_EVENTS)
    expect(ctx.frameEvents.at(-1)!.command).toBe('last')
    expect(ctx.frameEvents[0]!.command).toBe('c1')
  })
})
