// @vitest-environment node
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppHandler } from './serve.ts'

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
