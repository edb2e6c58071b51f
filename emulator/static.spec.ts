// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import { startEmulator } from './server.ts'
import type { RunningEmulator } from './server.ts'

let built: RunningEmulator
let missing: RunningEmulator

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'emu-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(dist, 'assets', 'main.js'), 'console.log(1)')
  writeFileSync(join(tmpdir(), 'emu-secret.txt'), 'secret')
  built = await startEmulator({ port: 0, distDir: dist, rateLimit: null })
  missing = await startEmulator({ port: 0, distDir: join(dist, 'nope'), rateLimit: null })
})
afterAll(async () => {
  await Promise.all([built.close(), missing.close()])
})

describe('the built app on its own origin', () => {
  it('lives on another origin than the portal', () => {
    expect(new URL(built.appUrl).origin).not.toBe(new URL(built.url).origin)
    expect(built.ctx.appUrl).toBe(built.appUrl)
  })

  it('serves index.html for GET and for the portal POST, and assets with their type', async () => {
    const get = await fetch(built.appUrl)
    expect(get.status).toBe(200)
    expect(await get.text()).toContain('<title>app</title>')
    const post = await fetch(built.appUrl, { method: 'POST', body: new URLSearchParams({ AUTH_ID: 'x', PLACEMENT: 'DEFAULT' }) })
    expect(post.status).toBe(200)
    expect(await post.text()).toContain('<title>app</title>')
    const asset = await fetch(new URL('assets/main.js', built.appUrl))
    expect(asset.headers.get('content-type')).toContain('text/javascript')
    expect(await asset.text()).toBe('console.log(1)')
  })

  it('answers unknown routes with index.html, missing files with 404, and never leaves dist/', async () => {
    expect(await (await fetch(new URL('crm/fields', built.appUrl))).text()).toContain('<title>app</title>')
    expect((await fetch(new URL('assets/gone.js', built.appUrl))).status).toBe(404)
    // fetch would normalise the dots away, so send the raw path
    for (const path of ['/../emu-secret.txt', '/%2e%2e/emu-secret.txt']) {
      const text = await new Promise<string>((resolve, reject) => {
        request({ host: '127.0.0.1', port: new URL(built.appUrl).port, path }, res => {
          let body = ''
          res.on('data', (chunk: Buffer) => { body += chunk.toString() })
          res.on('end', () => resolve(body))
        }).on('error', reject).end()
      })
      expect(text).not.toContain('secret')
    }
  })

  it('explains how to build when dist/ is missing', async () => {
    const answer = await fetch(missing.appUrl)
    expect(answer.status).toBe(503)
    expect(await answer.text()).toContain('npm run build')
  })

  it('sends the production security headers, the policy naming the portal that opened the page', async () => {
    const portal = new URL(built.url).host
    const answer = await fetch(`${built.appUrl}?DOMAIN=${encodeURIComponent(portal)}&PROTOCOL=0`, { method: 'POST' })
    const policy = answer.headers.get('content-security-policy') ?? ''
    expect(policy).toContain(`connect-src 'self' http://${portal}`)
    expect(policy).toContain(`frame-ancestors http://${portal}`)
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('startEmulator', () => {
  it('frames the given app URL without starting a second server', async () => {
    const emulator = await startEmulator({ port: 0, appUrl: 'http://127.0.0.1:5173/', rateLimit: null })
    try {
      expect(emulator.appUrl).toBe('http://127.0.0.1:5173/')
      expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      expect(emulator.ctx.portalOrigin).toBe(emulator.url.slice(0, -1))
    } finally {
      await emulator.close()
    }
  })
})
