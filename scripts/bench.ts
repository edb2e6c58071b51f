/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--enterprise-sizes 5000,10000] [--quick] [--time-scale 100]
 * [--runs 3] [--skip-build] [--check] [--only cold,per-node,browser,warm,first,bundle,tree]`
 *
 * Measures the budgets (docs/decisions.md D19) against the portal emulator and prints every figure beside its
 * budget: the cold load of every node's communications against the floor the rate limit and the operating-time
 * limit allow (default and Enterprise plans; one call per node beside it), the warm reopen from the structure
 * cache against the shell, the first screen with data against a baseline page built in the same run, the JS
 * heap, the built bundle and the 10,000-node tree. Progress goes to stderr, the report to stdout and to
 * bench-results/latest.txt; `--check` exits 1 unless every budget passed. How each figure is taken:
 * scripts/bench/*.ts and the report's own notes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from '@playwright/test'
import { startEmulator } from '../emulator/server.ts'
import type { RunningEmulator } from '../emulator/server.ts'
import { BenchUsageError, clockScaleFor, needsBrowser, needsBuild, parseBenchArgs } from './bench/args.ts'
import type { BenchArgs, Section } from './bench/args.ts'
import { buildBaseline } from './bench/baseline.ts'
import { checkExitCode, coldClockScale, expectedShape, TREE_NODES } from './bench/budgets.ts'
import { launchBrowser, measureBaseline, measureCoverageInApp, measureFirstScreen, measureWarm } from './bench/browser.ts'
import { measureBundle } from './bench/bundle.ts'
import { COMMUNICATION_LIST, loadFloor, portalLimits } from './bench/floor.ts'
import type { LoadShape } from './bench/floor.ts'
import { measureTree } from './bench/tree.ts'
import { loadShape, summariseLog } from './bench/log.ts'
import { runInNode } from './bench/node-runner.ts'
import { loadRequests, measureService } from './bench/service.ts'
import { startRecording, stopRecording } from '../emulator/rest/service.ts'
import { bucketFillMs } from './bench/sdk-transport.ts'
import { buildReport } from './bench/report.ts'
import type { BenchEnvironment, BundleReport, FirstScreenRun, LoadRun, Plan, Strategy, TreeRun, WarmRun } from './bench/types.ts'

const ROOT = resolve(import.meta.dirname, '..')
/** Not dist/: the e2e suite serves that one, maybe at this very moment. */
const DIST = join(ROOT, 'dist-bench')
/** The baseline page's sources (copied) and build: scripts/bench/baseline.ts. */
const BASELINE_WORK = join(ROOT, 'dist-bench-baseline')
const LATENCY_MS = 50
/** The first visit of the warm reopen loads every node's communications on this clock (browser.ts measureWarm). */
const PRIME_SCALE = 100
/** src/router.ts DEFAULT_PATH is /departments: the view the first screen opens with. */
const DEFAULT_VIEW = 'DepartmentsView'

const started = performance.now()
const startLoad = loadavg()[0] ?? 0
function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`)
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

function environment(chromium: string): BenchEnvironment {
  const cpu = cpus()
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    node: process.version,
    chromium,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    loadAverage: startLoad
  }
}

function build(): void {
  progress('vite build --outDir dist-bench --manifest')
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', DIST, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' })
  // Vite's own timing notes would drown the progress lines; its output matters only when it fails
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`)
}

function message(error: unknown): string {
  return (error as Error).message?.split('\n')[0] ?? String(error)
}

/** Latency and the clock as a measure asks; the bucket, the operating-time buckets and the log empty. */
function prepare(emu: RunningEmulator, latencyMs: number, timeScale = 1): void {
  emu.runtime.faults.apply({ latencyMs })
  emu.runtime.clock.setScale(timeScale)
  emu.runtime.limiter.reset()
  emu.runtime.operating.clear()
  emu.ctx.restLog.length = 0
}

/** The app's first screen and the baseline page's, sampled in turn (which goes first alternates), fresh contexts. */
async function firstScreen(browser: Browser, emu: RunningEmulator, baseline: RunningEmulator | null, size: number, runs: number): Promise<FirstScreenRun> {
  const run: FirstScreenRun = { size, samples: [], baseline: [] }
  const app = async () => {
    prepare(emu, 0)
    run.samples.push(await measureFirstScreen(browser, emu))
  }
  const base = async () => {
    if (!baseline) throw new Error('the baseline page was not built')
    prepare(baseline, 0)
    run.baseline.push(await measureBaseline(browser, baseline))
  }
  for (let i = 0; i < runs; i++) {
    for (const [which, measure] of i % 2 === 0 ? [['app', app], ['baseline', base]] as const : [['baseline', base], ['app', app]] as const) {
      try {
        await measure()
      } catch (error) {
        if (which === 'app') run.error ??= message(error)
        else run.baselineError ??= message(error)
      }
    }
  }
  return run
}

/** What a load is expected to ask, for its timeout: the batched loader's estimate, or a request per node. */
function expected(strategy: Strategy, size: number): LoadShape {
  if (strategy === 'batched') return expectedShape(size)
  const shape = expectedShape(size)
  return { requests: size + 10, calls: { ...shape.calls }, requestsWith: { ...shape.requestsWith, [COMMUNICATION_LIST]: size } }
}

function timeoutMs(strategy: Strategy, size: number, plan: Plan, timeScale: number): number {
  const settle = bucketFillMs(plan === 'enterprise' ? 'enterprise' : 'default')
  return (loadFloor(expected(strategy, size), portalLimits(plan), LATENCY_MS).ms * 3 + settle) / timeScale + 60_000
}

function emptyRun(size: number, strategy: Strategy, runner: LoadRun['runner'], plan: Plan, timeScale: number): LoadRun {
  return { size, strategy, runner, plan, timeScale, latencyMs: LATENCY_MS, roundTrips: 0, refused: 0, operatingRefused: 0, wallMs: 0, nodes: 0 }
}

/** The Structure view in the built app on real time, after the first screen (browser.ts measureCoverageInApp). */
async function inBrowser(browser: Browser, emu: RunningEmulator, size: number, plan: Plan): Promise<LoadRun> {
  const base = emptyRun(size, 'batched', 'browser', plan, 1)
  emu.ctx.reset({ size, plan })
  prepare(emu, LATENCY_MS)
  try {
    const done = await measureCoverageInApp(browser, emu, timeoutMs('batched', size, plan, 1))
    const log = summariseLog(done.log)
    const run: LoadRun = { ...base, roundTrips: log.requests, refused: log.refused, operatingRefused: log.operatingRefused, wallMs: done.wallMs,
      nodes: done.nodes, heapBytes: done.heapBytes, byMethod: log.byMethod, shape: loadShape(done.log) }
    return done.state === 'loaded' ? run : { ...run, error: `the coverage view says ${done.state}` }
  } catch (error) {
    return { ...base, error: message(error) }
  }
}

/** A loader in Node through the SDK with the app's limits (node-run.ts), on a fresh portal of the plan. */
async function inNode(emu: RunningEmulator, size: number, strategy: Strategy, plan: Plan, timeScale: number): Promise<LoadRun> {
  const base = emptyRun(size, strategy, 'node', plan, timeScale)
  emu.ctx.reset({ size, plan })
  prepare(emu, LATENCY_MS, timeScale)
  const token = emu.ctx.tokens.mint(1, 'en')
  startRecording(emu.runtime)
  const out = await runInNode({
    origin: emu.url.replace(/\/$/, ''),
    accessToken: token.accessToken,
    refreshToken: token.refreshToken,
    strategy,
    timeScale,
    root: ROOT
  }, timeoutMs(strategy, size, plan, timeScale))
  emu.runtime.clock.setScale(1)
  const recorded = stopRecording(emu.runtime)
  // the runner asks app.info for the plan before it starts the clock of the load: not part of it
  const entries = emu.ctx.restLog.filter(e => e.method !== 'app.info')
  const log = summariseLog(entries)
  if (!out.ok) return { ...base, error: out.error }
  const service = await measureService(emu, loadRequests(recorded, ['app.info']))
  if (out.plan !== (plan === 'enterprise' ? 'enterprise' : 'project')) return { ...base, error: `the SDK took the plan "${out.plan}" from app.info` }
  return { ...base, roundTrips: log.requests, refused: log.refused, operatingRefused: log.operatingRefused, wallMs: out.wallMs, nodes: out.nodes,
    byMethod: log.byMethod, shape: loadShape(entries), inFlight: out.inFlight, settledMs: out.settledMs, service }
}

/**
 * The reopen from the cache. The first visit only fills the cache, so it runs where it is quick: the
 * Enterprise plan (its burst takes 10,000 nodes' 200 batches at once), no operating-time refusals, and a clock
 * ×PRIME_SCALE, from which the page's operating-time model learns a window of 6 s instead of 10 minutes (it
 * would otherwise pace the 811 s that 10,000 nodes' communications cost). The second visits run on real time.
 */
async function warmReopen(browser: Browser, emu: RunningEmulator, size: number, runs: number): Promise<WarmRun> {
  emu.ctx.reset({ size, plan: 'enterprise' })
  prepare(emu, 0, PRIME_SCALE)
  emu.runtime.operating.configure(null)
  try {
    const done = await measureWarm(browser, emu, {
      runs,
      primeTimeoutMs: 180_000,
      afterPrime: () => prepare(emu, 0, 1)
    })
    return { size, samples: done.samples, loadedHeapBytes: done.loadedHeapBytes, warmHeapBytes: done.warmHeapBytes, snapshot: done.snapshot }
  } catch (error) {
    return { size, samples: [], error: message(error) }
  } finally {
    emu.ctx.reset({ size })
  }
}

async function bundleReport(): Promise<BundleReport | { error: string }> {
  try {
    return await measureBundle(DIST)
  } catch (error) {
    return { error: message(error) }
  }
}

async function baselineDist(): Promise<string | null> {
  progress('vite build of the baseline page (scripts/bench/baseline/) into dist-bench-baseline/')
  try {
    return await buildBaseline(ROOT, BASELINE_WORK)
  } catch (error) {
    progress(`the baseline page did not build: ${message(error)}`)
    return null
  }
}

async function main(args: BenchArgs): Promise<number> {
  const selected = (section: Section) => args.only.includes(section)
  const built = needsBuild(args.only)
  if (args.build && built) build()
  const baselineDir = !selected('first') ? null : args.build ? await baselineDist() : join(BASELINE_WORK, 'app')
  const bundle = selected('bundle') ? await bundleReport() : { error: 'not run (--only)' }
  const emu = await startEmulator({ port: 0, seed: args.seed, size: args.sizes[0], distDir: DIST, lang: 'en' })
  const baseline = baselineDir ? await startEmulator({ port: 0, seed: args.seed, size: 100, distDir: baselineDir, lang: 'en' }) : null
  let browser: Browser | null = null
  const loads: LoadRun[] = []
  const firstScreens: FirstScreenRun[] = []
  const warm: WarmRun[] = []
  try {
    browser = needsBrowser(args.only) ? await launchBrowser() : null
    const env = environment(browser?.version() ?? 'not launched')
    for (const size of args.sizes) {
      emu.ctx.reset({ size })
      if (selected('first') && browser) {
        progress(`${size} nodes: first screen ×${args.runs}, app and baseline in turn`)
        firstScreens.push(await firstScreen(browser, emu, baseline, size, args.runs))
      }
      const scale = coldClockScale(size, 'default', LATENCY_MS, args.timeScale)
      if (selected('cold')) {
        progress(`${size} nodes: (b) cold load, default plan, Node + SDK, ${scale === 1 ? 'real time' : `clock ×${scale}`}`)
        loads.push(await inNode(emu, size, 'batched', 'default', scale))
      }
      if (scale === 1 && selected('browser') && browser) {
        progress(`${size} nodes: (b) the Structure view in Chromium, real time`)
        loads.push(await inBrowser(browser, emu, size, 'default'))
      }
      if (selected('per-node')) {
        const perNodeScale = clockScaleFor(size, args.timeScale)
        progress(`${size} nodes: (a) one call per node, Node + SDK, clock ×${perNodeScale}`)
        loads.push(await inNode(emu, size, 'per-node', 'default', perNodeScale))
      }
      if (selected('warm') && browser) {
        progress(`${size} nodes: warm reopen from the cache ×${args.runs}`)
        warm.push(await warmReopen(browser, emu, size, args.runs))
      }
    }
    for (const size of selected('cold') ? args.enterpriseSizes : []) {
      const scale = coldClockScale(size, 'enterprise', LATENCY_MS, args.timeScale)
      progress(`${size} nodes: (b) cold load, Enterprise plan, Node + SDK, ${scale === 1 ? 'real time' : `clock ×${scale}`}`)
      loads.push(await inNode(emu, size, 'batched', 'enterprise', scale))
    }
    let tree: TreeRun | undefined
    if (selected('tree') && browser) {
      progress(`${TREE_NODES} nodes: the structure tree's filter and windowing`)
      emu.ctx.reset({ size: TREE_NODES })
      prepare(emu, 0)
      try {
        tree = await measureTree(browser, emu)
      } catch (error) {
        tree = { nodes: TREE_NODES, filterMs: [], renderedWhileBroad: 0, renderedWhenScrolled: 0, matches: 0, error: message(error) }
      }
    }
    env.loadAverageEnd = loadavg()[0] ?? 0
    const report = buildReport({ env, args, loads, firstScreens, warm, bundle, ...(tree ? { tree } : {}), defaultView: DEFAULT_VIEW, totalMs: performance.now() - started })
    process.stdout.write(report.text)
    await mkdir(join(ROOT, 'bench-results'), { recursive: true })
    await writeFile(join(ROOT, 'bench-results', 'latest.txt'), report.text)
    progress('saved bench-results/latest.txt')
    const code = checkExitCode(report.checks)
    if (args.check && code !== 0) {
      const failed = report.checks.filter(c => c.verdict !== 'PASS')
      progress(`--check: ${failed.length} budget${failed.length === 1 ? '' : 's'} not met: ${failed.map(c => `${c.verdict} ${c.label}`).join('; ')}`)
    }
    return args.check ? code : 0
  } finally {
    await browser?.close()
    await emu.close()
    await baseline?.close()
  }
}

let parsed: BenchArgs
try {
  parsed = parseBenchArgs(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof BenchUsageError) && !(error instanceof TypeError)) throw error
  console.error(`bench: ${error.message}`)
  process.exit(2)
}
main(parsed).then(
  (code) => { process.exitCode = code },
  (error: unknown) => {
    console.error('bench: failed:', error)
    process.exit(1)
  }
)
