import { test, expect } from '@playwright/test'
import type { Frame, Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { EMULATOR_PORT } from './env.ts'
import { watchCsp } from './capture.ts'

/**
 * The shipped archive, run as a portal runs an uploaded static app: `npm run package` builds it into a
 * directory of this spec's own, and an emulator of its own (not the suite's shared one) hosts it with
 * `--archive` — no server headers, only the Content-Security-Policy `<meta>` the archive's index.html
 * carries. The emulator's portal is not a Bitrix24 cloud host, so the archive names it with `--portal`.
 */
const ROOT = resolve(import.meta.dirname, '..')
const PORT = EMULATOR_PORT + 20
const PORTAL = `http://127.0.0.1:${PORT}`
const APP = `http://127.0.0.1:${PORT + 1}`
const CDN = `http://127.0.0.1:${PORT + 2}`
/** an origin the policy does not name */
const ELSEWHERE = `http://127.0.0.1:${PORT + 9}`

let dir = ''
let emulator: ChildProcess | null = null

/** Runs a command in its own process group, resolves with its output once `ready` matches (or it exits 0). */
function run(args: string[], ready?: RegExp): Promise<{ child: ChildProcess, output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npx', args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (ready?.test(output)) resolvePromise({ child, output })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0 && !ready) resolvePromise({ child, output })
      else reject(new Error(`npx ${args.join(' ')} exited with ${code}:\n${output}`))
    })
  })
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  dir = await mkdtemp(join(tmpdir(), 'comm-hub-e2e-package-'))
  const packaged = await run(['tsx', 'scripts/package.ts', '--out', dir, '--portal', PORTAL])
  const zip = /(communications-hub-\S+\.zip)/.exec(packaged.output)?.[1]
  expect(zip, packaged.output).toBeTruthy()
  emulator = (await run(['tsx', 'emulator/cli.ts', '--port', String(PORT), '--archive', join(dir, zip!)], /App: http/)).child
})

test.afterAll(async () => {
  if (emulator?.pid && emulator.exitCode === null) {
    const exited = new Promise(r => emulator!.once('exit', r))
    process.kill(-emulator.pid, 'SIGTERM')
    await exited
  }
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('#app-frame').elementHandle())?.contentFrame()
  if (!frame) throw new Error('no app frame')
  return frame
}

test('the packaged app boots in the portal from the archive, under its meta policy', async ({ page, request }) => {
  const violations = await watchCsp(page)
  await page.goto(`${PORTAL}/?user=1&lang=en`)
  await expect(page.frameLocator('#app-frame').getByTestId('current-user')).toBeVisible({ timeout: 30_000 })

  // the served index.html, GET and the portal's POST alike: the policy in a meta tag, no header
  for (const answer of [await request.get(`${APP}/`), await request.post(`${APP}/?DOMAIN=127.0.0.1:${PORT}&PROTOCOL=0`, { form: { AUTH_ID: 'x' } })]) {
    expect(answer.status()).toBe(200)
    expect(answer.headers()['content-security-policy']).toBeUndefined()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await answer.text())?.[1] ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain(`connect-src 'self' https://*.bitrix24.ru`)
    expect(policy).toContain(PORTAL)
    expect(policy).not.toContain('frame-ancestors')
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
  }

  // the page in the frame is the archive's, and its policy is in force: a call to another origin is refused
  const frame = await appFrame(page)
  expect(frame.url().startsWith(APP)).toBe(true)
  expect(await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'")
  const outside = await frame.evaluate(async (url) => {
    try {
      await fetch(url)
      return 'sent'
    } catch {
      return 'refused'
    }
  }, `${ELSEWHERE}/`)
  expect(outside).toBe('refused')
  expect(violations.some(v => v.directive === 'connect-src' && v.blocked.startsWith(ELSEWHERE))).toBe(true)
  // nothing else was refused but the emulator's avatar CDN, which stands in for Bitrix24's CDN hosts the
  // policy names (a real portal's avatars come from those)
  expect(violations.filter(v => !v.blocked.startsWith(CDN) && !v.blocked.startsWith(ELSEWHERE))).toEqual([])
})

test('an admin installs the archived app, lands in it, opens it in a chat\'s sidebar, and a reinstall binds nothing twice', async ({ page, request }) => {
  const control = async (path: string, body: unknown) => {
    const answer = await request.post(`${PORTAL}${path}`, { data: body })
    expect(answer.ok(), `${path}: ${answer.status()}`).toBe(true)
  }
  const sidebars = async () => {
    const state = await (await request.get(`${PORTAL}/_emulator/state`)).json() as { placements: Array<{ placement: string, handler: string }>, chats: Array<{ id: number, memberIds: number[] }> }
    return { sidebar: state.placements.filter(p => p.placement === 'IM_SIDEBAR'), chats: state.chats }
  }
  const finish = async () => {
    const app = page.frameLocator('#app-frame')
    await app.getByRole('button', { name: 'Finish installation' }).click()
    await expect(app.getByTestId('current-user')).toBeVisible({ timeout: 30_000 })
    await expect(app.getByRole('link', { name: 'Departments' })).toBeVisible()
  }
  await control('/_emulator/reset', { installed: false })
  await page.goto(`${PORTAL}/?user=1&lang=en`)
  await finish()
  const installed = await sidebars()
  expect(installed.sidebar).toHaveLength(1)
  expect(installed.sidebar[0]!.handler.startsWith(APP)).toBe(true)

  // from a chat's sidebar, the archived app shows the chat's departments in its narrow column
  const chat = installed.chats.find(c => c.memberIds.includes(1))!
  const options = encodeURIComponent(JSON.stringify({ dialogId: `chat${chat.id}`, URI: '/online/' }))
  await page.goto(`${PORTAL}/?user=1&lang=en&placement=IM_SIDEBAR&options=${options}`)
  await expect(page.frameLocator('#app-frame').getByTestId('chat-sidebar')).toBeVisible({ timeout: 30_000 })

  await page.goto(`${PORTAL}/?user=1&lang=en`)
  await page.locator('#app-uninstall').click()
  expect((await sidebars()).sidebar).toHaveLength(0)
  await page.locator('#app-install').click()
  await finish()
  expect((await sidebars()).sidebar).toHaveLength(1)
})
