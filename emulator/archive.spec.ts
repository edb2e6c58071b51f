// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { ArchiveError, readArchive } from './archive.ts'
import { startEmulator } from './server.ts'
import type { RunningEmulator } from './server.ts'
import { parseCliArgs } from './cli.ts'

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`
const INDEX = `<!doctype html><html><head><meta charset="utf-8">${CSP}<title>archived app</title></head><body></body></html>`

function zip(entries: Record<string, string>): Uint8Array {
  const files: Zippable = {}
  for (const [name, text] of Object.entries(entries)) files[name] = strToU8(text)
  return zipSync(files)
}

const dir = mkdtempSync(join(tmpdir(), 'emu-archive-'))
function zipFile(name: string, entries: Record<string, string>): string {
  const path = join(dir, name)
  writeFileSync(path, zip(entries))
  return path
}

/** GET of a raw path (fetch would normalise the dots away). */
function rawGet(url: string, path: string): Promise<{ status: number, body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: new URL(url).port, path }, res => {
      let body = ''
      res.on('data', (chunk: Buffer) => { body += chunk.toString() })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    }).on('error', reject).end()
  })
}

describe('reading an app archive', () => {
  it('gives its files by their path inside it, folders left out', () => {
    const files = readArchive(zip({ 'index.html': INDEX, 'assets/': '', 'assets/main.js': 'console.log(1)' }))
    expect([...files.keys()].sort()).toEqual(['assets/main.js', 'index.html'])
    expect(new TextDecoder().decode(files.get('assets/main.js'))).toBe('console.log(1)')
  })

  it.each([
    ['../x', 'leaves the archive'],
    ['assets/../../x.js', 'leaves the archive'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/x', 'absolute'],
    ['..\\x', 'backslash']
  ])('refuses an entry named %s', (name, reason) => {
    expect(() => readArchive(zip({ 'index.html': INDEX, [name]: 'x' }))).toThrow(ArchiveError)
    expect(() => readArchive(zip({ 'index.html': INDEX, [name]: 'x' }))).toThrow(new RegExp(reason))
  })

  it('refuses an archive without index.html at its root, naming a nested one', () => {
    expect(() => readArchive(zip({ 'main.js': 'x' }))).toThrow(/no index.html at the archive's root/)
    expect(() => readArchive(zip({ 'dist/index.html': INDEX }))).toThrow(/there is dist\/index.html: zip the folder's contents/)
  })

  it('refuses what is not a ZIP', () => {
    expect(() => readArchive(strToU8('<html></html>'))).toThrow(/not a ZIP archive/)
  })
})

describe('the emulator hosting an archive', () => {
  let emulator: RunningEmulator

  beforeAll(async () => {
    writeFileSync(join(tmpdir(), 'emu-archive-secret.txt'), 'secret')
    const archive = zipFile('app.zip', { 'index.html': INDEX, 'assets/main.js': 'console.log(1)', 'assets/main.css': 'body{}' })
    emulator = await startEmulator({ port: 0, archive, rateLimit: null })
  })
  afterAll(async () => {
    await emulator.close()
  })

  it('serves the app on an origin of its own', () => {
    expect(new URL(emulator.appUrl).origin).not.toBe(new URL(emulator.url).origin)
    expect(emulator.ctx.appUrl).toBe(emulator.appUrl)
  })

  it('answers GET and the portal\'s POST with index.html, and its CSP meta is what protects it', async () => {
    const get = await fetch(emulator.appUrl)
    expect(get.status).toBe(200)
    expect(get.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await get.text()).toBe(INDEX)
    const post = await fetch(`${emulator.appUrl}?DOMAIN=127.0.0.1&PROTOCOL=0`, { method: 'POST', body: new URLSearchParams({ AUTH_ID: 'x', PLACEMENT: 'DEFAULT' }) })
    expect(post.status).toBe(200)
    expect(await post.text()).toContain(CSP)
    // the portal serves the files: none of our server's headers
    expect(post.headers.get('content-security-policy')).toBeNull()
    expect((await fetch(new URL('index.html', emulator.appUrl))).status).toBe(200)
  })

  it('serves its files with their type, unknown routes with index.html and missing files with 404', async () => {
    const js = await fetch(new URL('assets/main.js', emulator.appUrl))
    expect(js.headers.get('content-type')).toContain('text/javascript')
    expect(await js.text()).toBe('console.log(1)')
    expect((await fetch(new URL('assets/main.css', emulator.appUrl))).headers.get('content-type')).toContain('text/css')
    expect(await (await fetch(new URL('crm/fields', emulator.appUrl))).text()).toBe(INDEX)
    expect((await fetch(new URL('assets/gone.js', emulator.appUrl))).status).toBe(404)
    expect((await fetch(emulator.appUrl, { method: 'DELETE' })).status).toBe(405)
  })

  it('never reaches outside the archive', async () => {
    for (const path of ['/../emu-archive-secret.txt', '/%2e%2e/emu-archive-secret.txt', '/..%2Femu-archive-secret.txt', '/assets/../../emu-archive-secret.txt']) {
      const answer = await rawGet(emulator.appUrl, path)
      expect(answer.body).not.toContain('secret')
      expect(answer.status).toBe(404)
    }
  })
})

describe('starting with an archive', () => {
  it('stops with the reason when the archive is unsafe, lacks index.html or is missing', async () => {
    await expect(startEmulator({ port: 0, archive: zipFile('bad.zip', { 'index.html': INDEX, '../x': 'x' }) })).rejects.toThrow(/bad\.zip: refusing entry "\.\.\/x"/)
    await expect(startEmulator({ port: 0, archive: zipFile('noindex.zip', { 'app/index.html': INDEX }) })).rejects.toThrow(/noindex\.zip: no index.html at the archive's root/)
    await expect(startEmulator({ port: 0, archive: join(dir, 'missing.zip') })).rejects.toThrow(/cannot read the archive .*missing\.zip: ENOENT/)
    await expect(startEmulator({ port: 0, archive: zipFile('ok.zip', { 'index.html': INDEX }), appUrl: 'http://127.0.0.1:9/' })).rejects.toThrow(/exclude each other/)
  })

  it('reads --archive, which excludes --app', () => {
    expect(parseCliArgs(['--archive', 'communications-hub-0.1.0.zip']).archive).toBe('communications-hub-0.1.0.zip')
    expect(parseCliArgs([]).archive).toBeUndefined()
    expect(() => parseCliArgs(['--archive', 'a.zip', '--app', 'http://127.0.0.1:5173/'])).toThrow(/exclude each other/)
  })

  it('npm run emulator -- --archive exits with the reason for an archive without index.html', async () => {
    const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))
    const archive = zipFile('cli-noindex.zip', { 'main.js': 'x' })
    const child = spawn(tsx, [fileURLToPath(new URL('./cli.ts', import.meta.url)), '--port', '0', '--archive', archive], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const code = await new Promise<number | null>(resolve => child.on('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain("no index.html at the archive's root")
  })
})
