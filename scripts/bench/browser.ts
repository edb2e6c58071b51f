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
 * view, Departments, shows at least one row of the company tree (from the portal, or from the structure
 * cache on a second visit). "Shell": the signed-in user is shown, whatever the view holds yet. The
 * baseline page (scripts/bench/baseline/) is ready when it shows the user its one REST call read.
 * The coverage view is done when its status says loaded or error.
 */
function observerScript(appOrigin: string): string {
  return `(() => {
  if (location.origin !== ${JSON.stringify(appOrigin)}) return
  performance.setResourceTimingBufferSize(100000)
  const bench = window.__bench = { firstScreen: null, shell: null, baseline: null, asOf: null, armed: false, coverage: null }
  const shell = () => document.querySelector('[data-testid="current-user"]')
  const firstScreen = () => shell() && document.querySelector('[data-testid^="departments-node-"]')
  const baseline = () => document.querySelector('[data-testid="baseline-user"]')
  // the freshness line names the age of a cached snapshot while it is on screen
  const asOf = () => document.querySelector('[data-testid="structure-freshness"]:not([data-as-of=""])')
  const coverage = () => {
    const el = document.querySelector('[data-testid="coverage-status"]')
    const state = el && el.getAttribute('data-state')
    return state === 'loaded' || state === 'error' ? { state, nodes: Number(el.getAttribute('data-nodes')) } : null
  }
  new MutationObserver(() => {
    const now = performance.now()
    if (bench.shell === null && shell()) bench.shell = now
    if (bench.firstScreen === null && firstScreen()) bench.firstScreen = now
    if (bench.baseline === null && baseline()) bench.baseline = now
    if (bench.asOf === null && asOf()) bench.asOf = now
    if (bench.armed && bench.coverage === null) {
      const done = coverage()
      if (done) bench.coverage = { at: now, ...done }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-testid', 'data-as-of'] })
})()`
}

interface BenchWindow {
  __bench?: {
    firstScreen: number | null
    shell: number | null
    baseline: number | null
    asOf: number | null
    armed: boolean
    coverage: { at: number, state: string, nodes: number } | null
  }
}

export interface OpenedApp {
  context: BrowserContext
  page: Page
  frame: Frame
  /** openApp made the context (and closeOpened closes it) */
  owned: boolean
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

export interface OpenOptions {
  timeoutMs?: number
  /** what to wait for: the app's first screen with data (default) or the baseline page's user */
  ready?: 'firstScreen' | 'baseline'
  /** open the page in this context (its storage, the structure cache included, carries over); default a fresh one */
  context?: BrowserContext
}

export function newBenchContext(browser: Browser, emu: RunningEmulator): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 } }).then(async (context) => {
    await context.addInitScript({ content: observerScript(appOrigin(emu)) })
    return context
  })
}

/**
 * The portal page opened in a context — by default a fresh one (cold cache, no storage) — with the app's
 * first screen shown. Closing a fresh context is the caller's (closeOpened); a given one stays open.
 */
export async function openApp(browser: Browser, emu: RunningEmulator, options: OpenOptions | number = {}): Promise<OpenedApp> {
  const { timeoutMs = 20_000, ready = 'firstScreen', context: given } = typeof options === 'number' ? { timeoutMs: options } : options
  const context = given ?? await newBenchContext(browser, emu)
  const page = await context.newPage()
  try {
    await page.goto(`${emu.url}?user=1&lang=en`)
    const frame = await findAppFrame(page, appOrigin(emu), timeoutMs)
    await frame.waitForFunction((key) => (window as BenchWindow).__bench?.[key] != null, ready, { timeout: timeoutMs, polling: 50 })
    return { context, page, frame, owned: !given }
  } catch (error) {
    await (given ? page.close() : context.close())
    throw error
  }
}

/** Closes what openApp opened: the page, and the context when openApp made it. */
export async function closeOpened(opened: OpenedApp): Promise<void> {
  await (opened.owned ? opened.context.close() : opened.page.close())
}

/** The JS heap in use after a full garbage collection (the portal page shares the renderer's heap). */
export async function heapAfterGc(opened: OpenedApp): Promise<number> {
  const cdp = await opened.context.newCDPSession(opened.page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.detach()
  return opened.frame.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize)
}

type Moment = 'firstScreen' | 'baseline'

/** The page's own timing up to a moment (the frame's clock, from its navigation start). */
function pageTiming(opened: OpenedApp, moment: Moment): Promise<Omit<FirstScreenSample, 'heapBytes'>> {
  return opened.frame.evaluate((key) => {
    const at = (window as BenchWindow).__bench![key]!
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    const rest = performance.getEntriesByType('resource').filter(e => e.name.includes('/rest/'))
    return {
      firstScreenMs: at,
      documentMs: nav?.responseEnd ?? 0,
      scriptsMs: nav?.domContentLoadedEventEnd ?? 0,
      firstRestMs: rest.length ? Math.min(...rest.map(e => e.startTime)) : null,
      restCalls: rest.filter(e => e.startTime < at).length
    }
  }, moment)
}

async function measurePage(browser: Browser, emu: RunningEmulator, moment: Moment): Promise<FirstScreenSample> {
  const opened = await openApp(browser, emu, { ready: moment })
  try {
    const timing = await pageTiming(opened, moment)
    return { ...timing, heapBytes: await heapAfterGc(opened) }
  } finally {
    await closeOpened(opened)
  }
}

/** The app's first screen with data in a fresh context: no structure cache. */
export function measureFirstScreen(browser: Browser, emu: RunningEmulator): Promise<FirstScreenSample> {
  return measurePage(browser, emu, 'firstScreen')
}

/** The baseline page (the UI kit and the SDK in the frame, one REST call), served by its own emulator. */
export function measureBaseline(browser: Browser, baselineEmu: RunningEmulator): Promise<FirstScreenSample> {
  return measurePage(browser, baselineEmu, 'baseline')
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

/** Switches an open app to the Structure view and waits for data-state=loaded|error; times it on the frame's clock. */
async function openStructureMatrix(opened: OpenedApp, timeoutMs: number): Promise<{ wallMs: number, state: string, nodes: number }> {
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
  const done = await opened.frame.evaluate(() => (window as BenchWindow).__bench!.coverage!)
  return { wallMs: done.at - started, state: done.state, nodes: done.nodes }
}

/**
 * Opens the app, lets the first screen's requests finish and both leaky buckets refill — the SDK's in
 * the page by waiting, the portal's (and its operating-time buckets) by a reset — then switches the app to
 * the coverage route and times it to data-state=loaded. The emulator's log is cleared at the switch, so it
 * holds exactly the coverage view's requests when this resolves.
 */
export async function measureCoverageInApp(browser: Browser, emu: RunningEmulator, timeoutMs: number): Promise<CoverageInApp> {
  const opened = await openApp(browser, emu)
  try {
    await quiet(emu, 400, 15_000)
    const bootRequests = emu.ctx.restLog.length
    // the page's bucket drains 1.95 per second (src/b24/plan.ts): wait for what the boot took from it
    await new Promise(resolve => setTimeout(resolve, (bootRequests / 1.9) * 1000 + 250))
    emu.runtime.limiter.reset()
    emu.runtime.operating.clear()
    emu.ctx.restLog.length = 0
    const done = await openStructureMatrix(opened, timeoutMs)
    const log = emu.ctx.restLog.slice()
    return { ...done, heapBytes: await heapAfterGc(opened), bootRequests, log }
  } finally {
    await closeOpened(opened)
  }
}

/** What the structure cache (src/stores/structureCache.ts, IndexedDB comm-hub/structure) holds, read in the app frame. */
const SNAPSHOT_PROBE = `(async () => {
  const known = indexedDB.databases ? await indexedDB.databases() : []
  // never open a database the app has not made: an empty one would keep idb-keyval from making its store
  if (!known.some(d => d.name === 'comm-hub')) return null
  return await new Promise(resolve => {
    const open = indexedDB.open('comm-hub')
    open.onerror = () => resolve(null)
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('structure')) { db.close(); resolve(null); return }
      const all = db.transaction('structure', 'readonly').objectStore('structure').getAll()
      all.onerror = () => { db.close(); resolve(null) }
      all.onsuccess = () => {
        db.close()
        const snaps = all.result.filter(v => v && Array.isArray(v.nodes) && Array.isArray(v.communications))
        resolve(snaps.length ? { nodes: Math.max(...snaps.map(v => v.nodes.length)), communications: Math.max(...snaps.map(v => v.communications.length)) } : null)
      }
    }
  })
})()`

export interface SnapshotSize {
  nodes: number
  communications: number
}

async function waitForSnapshot(opened: OpenedApp, nodes: number, timeoutMs: number): Promise<SnapshotSize> {
  const deadline = Date.now() + timeoutMs
  let last: SnapshotSize | null = null
  while (Date.now() < deadline) {
    // a string, not a function: tsx would wrap the script's named arrows in a helper the page lacks
    last = await opened.frame.evaluate(SNAPSHOT_PROBE) as SnapshotSize | null
    if (last && last.nodes >= nodes && last.communications >= nodes) return last
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`the structure cache holds ${last ? `${last.nodes} nodes and ${last.communications} nodes' communications` : 'nothing'} of ${nodes} after ${Math.round(timeoutMs / 1000)} s`)
}

export interface WarmSampleInApp {
  /** the signed-in user shown: the shell, no data yet */
  shellMs: number
  /** the first rows of the tree shown */
  rowsMs: number
  /** the freshness line showed the snapshot's age: the rows came from the cache */
  fromCache: boolean
}

export interface WarmInApp {
  /** JS heap with every node and its communications loaded (the first visit, after the Structure view) */
  loadedHeapBytes: number
  snapshot: SnapshotSize
  samples: WarmSampleInApp[]
  /** JS heap of the last second visit, right after its rows came from the cache */
  warmHeapBytes: number
}

/**
 * The second visit. A first page opens the app (Departments), then the Structure view until every node's
 * communications are loaded, and waits until the debounced snapshot holds all of them; `afterPrime` then
 * sets the portal up for the second visits, and `runs` pages open one after another in the SAME browser
 * context (its IndexedDB), each timed from its navigation start to the shell and to the first rows.
 */
export async function measureWarm(browser: Browser, emu: RunningEmulator, options: { runs: number, primeTimeoutMs: number, afterPrime: () => void }): Promise<WarmInApp> {
  const nodes = emu.ctx.data.nodes.length
  const context = await newBenchContext(browser, emu)
  try {
    const first = await openApp(browser, emu, { context, timeoutMs: 60_000 })
    let loadedHeapBytes: number
    let snapshot: SnapshotSize
    try {
      const loaded = await openStructureMatrix(first, options.primeTimeoutMs)
      if (loaded.state !== 'loaded') throw new Error(`the Structure view says ${loaded.state} on the first visit`)
      loadedHeapBytes = await heapAfterGc(first)
      snapshot = await waitForSnapshot(first, nodes, 60_000)
    } finally {
      await closeOpened(first)
    }
    options.afterPrime()
    const samples: WarmSampleInApp[] = []
    let warmHeapBytes = 0
    for (let i = 0; i < options.runs; i++) {
      const opened = await openApp(browser, emu, { context, timeoutMs: 60_000 })
      try {
        samples.push(await opened.frame.evaluate(() => {
          const bench = (window as BenchWindow).__bench!
          return { shellMs: bench.shell!, rowsMs: bench.firstScreen!, fromCache: bench.asOf !== null }
        }))
        if (i === options.runs - 1) warmHeapBytes = await heapAfterGc(opened)
      } finally {
        await closeOpened(opened)
      }
    }
    return { loadedHeapBytes, snapshot, samples, warmHeapBytes }
  } finally {
    await context.close()
  }
}
