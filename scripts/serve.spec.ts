// @vitest-environment node
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BITRIX24_IMAGE_SOURCES, contentSecurityPolicy, createAppHandler, portalOriginFrom } from './serve.ts'

let server: Server
let base = ''

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'))
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), '<html>app</html>')
  await writeFile(join(root, 'assets', 'a.js'), 'export const a = 1')
  await writeFile(join(tmpdir(), 'secret.txt'), 'secret')
  const handle = createAppHandler(root)
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(() => new Promise<void>(r => server.close(() => r())))

/** The directives of a policy by name. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
}

describe('production server', () => {
  it('answers the portal\'s POST with the app page', async () => {
    const res = await fetch(`${base}/?DOMAIN=x&APP_SID=y`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'AUTH_ID=abc&PLACEMENT=DEFAULT'
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('<html>app</html>')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors')
    expect(res.headers.get('x-frame-options')).toBeNull()
  })

  it('lets the page talk to and be framed by the portal named in the query, and nobody else', async () => {
    const res = await fetch(`${base}/?DOMAIN=Company.Bitrix24.com&PROTOCOL=1&LANG=en&APP_SID=s`, { method: 'POST' })
    const policy = directives(res.headers.get('content-security-policy') ?? '')
    expect(policy['connect-src']).toEqual(["'self'", 'https://company.bitrix24.com'])
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'https://company.bitrix24.com', ...BITRIX24_IMAGE_SOURCES])
    expect(policy['frame-ancestors']).toEqual(['https://company.bitrix24.com'])
    expect(policy['script-src']).toEqual(["'self'"])
    expect(policy['default-src']).toEqual(["'none'"])
  })

  it('shows avatars from Bitrix24\'s CDN hosts (the docs\' cdn-ru.bitrix24.ru among them) and from extra image origins, for images only', async () => {
    expect(BITRIX24_IMAGE_SOURCES).toContain('https://*.bitrix24.ru')
    expect(BITRIX24_IMAGE_SOURCES).toContain('https://*.bitrix24.com')
    for (const source of BITRIX24_IMAGE_SOURCES) expect(source).toMatch(/^https:\/\/\*\.bitrix24\.[a-z.]+$/)
    const policy = directives(contentSecurityPolicy('http://127.0.0.1:8080', undefined, ['http://127.0.0.1:8082']))
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'http://127.0.0.1:8080', ...BITRIX24_IMAGE_SOURCES, 'http://127.0.0.1:8082'])
    expect(policy['connect-src']).toEqual(["'self'", 'http://127.0.0.1:8080'])
    expect(policy['default-src']).toEqual(["'none'"])
    const root = await mkdtemp(join(tmpdir(), 'serve-img-'))
    await writeFile(join(root, 'index.html'), '<html>app</html>')
    const handle = createAppHandler(root, undefined, ['http://127.0.0.1:8082'])
    const other = createServer((req, res) => void handle(req, res))
    await new Promise<void>(r => other.listen(0, '127.0.0.1', r))
    try {
      const address = other.address()
      const res = await fetch(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/?DOMAIN=127.0.0.1:8080&PROTOCOL=0`)
      expect(directives(res.headers.get('content-security-policy') ?? '')['img-src']).toContain('http://127.0.0.1:8082')
    } finally {
      await new Promise<void>(r => other.close(() => r()))
    }
  })

  it('serves built assets with long caching and 404s missing ones', async () => {
    const ok = await fetch(`${base}/assets/a.js`)
    expect(ok.headers.get('content-type')).toContain('text/javascript')
    expect(ok.headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404)
  })

  it('never serves files outside its root', async () => {
    const res = await fetch(`${base}/..%2Fsecret.txt`)
    expect(await res.text()).not.toBe('secret')
  })

  it('refuses other methods', async () => {
    expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405)
  })
})

describe('the portal origin from the launch query', () => {
  const origin = (query: string) => portalOriginFrom(new URL(`http://app.test/?${query}`))

  it('is http for PROTOCOL=0, https for 1 or none, with the port kept', () => {
    expect(origin('DOMAIN=127.0.0.1:8080&PROTOCOL=0')).toBe('http://127.0.0.1:8080')
    expect(origin('DOMAIN=b24-x.bitrix24.ru&PROTOCOL=1')).toBe('https://b24-x.bitrix24.ru')
    expect(origin('DOMAIN=portal.example')).toBe('https://portal.example')
  })

  it.each([
    ['no DOMAIN', 'PROTOCOL=1'],
    ['an empty DOMAIN', 'DOMAIN=&PROTOCOL=1'],
    ['a directive smuggled in', 'DOMAIN=a.example%3B%20script-src%20*'],
    ['a space', 'DOMAIN=a.example%20https://b.example'],
    ['a wildcard', 'DOMAIN=*.example'],
    ['a scheme', 'DOMAIN=https://a.example'],
    ['a path', 'DOMAIN=a.example/x'],
    ['a quote', "DOMAIN='self'"],
    ['user info', 'DOMAIN=user@a.example'],
    ['a port out of range', 'DOMAIN=a.example:70000'],
    ['a port that is not a number', 'DOMAIN=a.example:80a'],
    ['a label starting with a dash', 'DOMAIN=-a.example'],
    ['an unknown PROTOCOL', 'DOMAIN=a.example&PROTOCOL=2']
  ])('is none for %s', (_name, query) => {
    expect(origin(query)).toBeNull()
  })
})

describe('the policy', () => {
  it('has no inline scripts, no eval and no framing without a portal', () => {
    const policy = contentSecurityPolicy(null)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(directives(policy)['frame-ancestors']).toEqual(["'none'"])
    expect(directives(policy)['connect-src']).toEqual(["'self'"])
  })

  it('lets the operator name the framing portals (FRAME_ANCESTORS)', () => {
    expect(directives(contentSecurityPolicy('https://a.example', 'https://*.bitrix24.com'))['frame-ancestors'])
      .toEqual(['https://*.bitrix24.com'])
  })
})
