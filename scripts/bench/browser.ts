/**
 * The app in headless Chromium inside the emulator's portal page, as a portal frames it. Debian's Chromium
 * with the e2e suite's flags (Playwright cannot download its own browser here, docs/decisions.md D26).
 *
 * Moments are taken inside the app frame by a MutationObserver installed at document creation, on the
 * frame's own clock (performance.now() counts from the frame's navigation start) — so neither Playwright's
 * polling nor the round trip to this process adds to a figure.
 */
import { chromium } from '@playwright/test'
import type { Browser, BrowserContext, Frame, Page } from '@playwright/test'
import type { RunningEmulator } from '../../emulator/server.ts'
import type { RestLogEntry } from '../../emulator/context.ts'
import type { FirstScreenSample } from './types.ts'

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // performance.memory is otherwise rounded to coarse buckets
  '--enable-precise-memory-info']

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

/**
 * "First screen with data": the shell shows the signed-in user (user.current answered) and the default
 * view, Departments, shows at least one row of the company tree (humanresources.node.list answered).
 * The coverage view is done when its status says loaded or error.
 */
function observerScript(appOrigin: string): string {
  return `(() => {
  if (location.origin !== ${JSON.stringify(appOrigin)}) return
  performance.setResourceTimingBufferSize(100000)
  const bench = window.__bench = { firstScreen: null, armed: false, coverage: null }
  const firstScreen = () => document.querySelector('[data-testid="current-user"]') && document.querySelector('[data-testid^="departments-node-"]')
  const coverage = () => {
    const el = document.querySelector('[data-testid="coverage-status"]')
    const state = el && el.getAttribute('data-state')
    return state === 'loaded' || state === 'error' ? { state, nodes: Number(el.getAttribute('data-nodes')) } : null
  }
  new MutationObserver(() => {
    const now = performance.now()
    if (bench.firstScreen === null && firstScreen()) bench.firstScreen = now
    if (bench.armed && bench.coverage === null) {
      const done = coverage()
      if (done) bench.coverage = { at: now, ...done }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-testid'] })
})()`
}

interface BenchWindow {
  __bench?: { firstScreen: number | null, armed: boolean, coverage: { at: number, state: string, nodes: number } | null }
}

export interface OpenedApp {
  context: BrowserContext
  page: Page
  frame: Frame
}

function appOrigin(emu: RunningEmulator): string {
  return new URL(emu.appUrl).origin
}

async function findAppFrame(page: Page, origin: string, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const frame = page.frames().find(f => f.url().startsWith(origin))
    if (frame) return frame
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  throw new Error(`the app frame (${origin}) did not appear within ${timeoutMs} ms`)
}

/** A fresh context (cold cache, no storage) with the portal page open and the app's first screen shown. */
export async function openApp(browser: Browser, emu: RunningEmulator, timeoutMs = 20_000): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript({ content: observerScript(appOrigin(emu)) })
  const page = await context.newPage()
  try {
    await page.goto(`${emu.url}?user=1&lang=en`)
    const frame = await findAppFrame(page, appOrigin(emu), timeoutMs)
    await frame.waitForFunction(() => (window as BenchWindow).__bench?.firstScreen != null, null, { timeout: timeoutMs, polling: 50 })
    return { context, page, frame }
  } catch (error) {
    await context.close()
    throw error
  }
}

/** The JS heap in use after a full garbage collection (the portal page shares the renderer's heap). */
export async function heapAfterGc(opened: OpenedApp): Promise<number> {
  const cdp = await opened.context.newCDPSession(opened.page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.detach()
  return opened.frame.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize)
}

export async function measureFirstScreen(browser: Browser, emu: RunningEmulator): Promise<FirstScreenSample> {
  const opened = await openApp(browser, emu)
  try {
    const timing = await opened.frame.evaluate(() => {
      const at = (window as BenchWindow).__bench!.firstScreen!
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
      const rest = performance.getEntriesByType('resource').filter(e => e.name.includes('/rest/'))
      return {
        firstScreenMs: at,
        documentMs: nav?.responseEnd ?? 0,
        scriptsMs: nav?.domContentLoadedEventEnd ?? 0,
        firstRestMs: rest.length ? Math.min(...rest.map(e => e.startTime)) : null,
        restCalls: rest.filter(e => e.startTime < at).length
      }
    })
    return { ...timing, heapBytes: await heapAfterGc(opened) }
  } finally {
    await opened.context.close()
  }
}

/** The view's chunk is local and small: 15 s means it is not there (or the machine is badly overloaded). */
const VIEW_APPEARS_MS = 15_000

export interface CoverageInApp {
  wallMs: number
  state: string
  nodes: number
  heapBytes: number
  /** REST requests the page made before the coverage view opened (the first screen) */
  bootRequests: number
  /** the emulator's log from the switch to the coverage route until it was loaded */
  log: RestLogEntry[]
}

async function quiet(emu: RunningEmulator, quietMs: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let seen = emu.ctx.restLog.length
  let since = Date.now()
  while (Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 50))
    if (emu.ctx.restLog.length !== seen) {
      seen = emu.ctx.restLog.length
      since = Date.now()
    } else if (Date.now() - since >= quietMs) {
      return
    }
  }
}

/**
 * Opens the app, lets the first screen's requests finish and both leaky buckets refill — the SDK's in
 * the page (burst 50, 2 per second) by waiting, the portal's by a reset — then switches the app to the
 * coverage route and times it to data-state=loaded. The emulator's log is cleared at the switch, so it
 * holds exactly the coverage view's requests when this resolves.
 */
export async function measureCoverageInApp(browser: Browser, emu: RunningEmulator, timeoutMs: number): Promise<CoverageInApp> {
  const opened = await openApp(browser, emu)
  try {
    await quiet(emu, 400, 15_000)
    const bootRequests = emu.ctx.restLog.length
    await new Promise(resolve => setTimeout(resolve, (bootRequests / 2) * 1000 + 250))
    emu.runtime.limiter.reset()
    emu.ctx.restLog.length = 0
    const hash = '#/coverage'
    const started = await opened.frame.evaluate((target) => {
      const bench = (window as BenchWindow).__bench!
      bench.armed = true
      bench.coverage = null
      const at = performance.now()
      location.hash = target
      return at
    }, hash)
    try {
      // an unknown route redirects to the default view: say so in seconds, not after the long timeout
      await opened.frame.waitForSelector('[data-testid="coverage-status"]', { timeout: VIEW_APPEARS_MS, state: 'attached' })
    } catch {
      throw new Error(`${hash} showed no [data-testid=coverage-status] within ${VIEW_APPEARS_MS / 1000} s (is the coverage view there?)`)
    }
    try {
      await opened.frame.waitForFunction(() => (window as BenchWindow).__bench?.coverage != null, null, { timeout: timeoutMs, polling: 100 })
    } catch {
      throw new Error(`${hash} did not reach data-state=loaded|error within ${Math.round(timeoutMs / 1000)} s`)
    }
    const log = emu.ctx.restLog.slice()
    const done = await opened.frame.evaluate(() => (window as BenchWindow).__bench!.coverage!)
    return { wallMs: done.at - started, state: done.state, nodes: done.nodes, heapBytes: await heapAfterGc(opened), bootRequests, log }
  } finally {
    await opened.context.close()
  }
}
