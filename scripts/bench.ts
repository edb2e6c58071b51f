/**
 * `npm run bench [-- --sizes 100,1000,5000] [--quick] [--time-scale 100] [--runs 3] [--skip-build]`
 *
 * Measures the budgets (docs/decisions.md D19) against the portal emulator and prints every figure beside its
 * budget: REST round trips and time to load every node's communications, one call per node vs the app's
 * batched loader; the first screen with data in headless Chromium; the JS heap; the built bundle. Progress
 * goes to stderr, the report to stdout and to bench-results/latest.txt. How each figure is taken:
 * scripts/bench/*.ts and the report's own notes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from '@playwright/test'
import { startEmulator } from '../emulator/server.ts'
import type { RunningEmulator } from '../emulator/server.ts'
import { BenchUsageError, clockScaleFor, parseBenchArgs } from './bench/args.ts'
import type { BenchArgs } from './bench/args.ts'
import { rateLimitFloorMs, roundTripBudget, TREE_NODES } from './bench/budgets.ts'
import { launchBrowser, measureCoverageInApp, measureFirstScreen } from './bench/browser.ts'
import { measureBundle } from './bench/bundle.ts'
import { measureTree } from './bench/tree.ts'
import { summariseLog } from './bench/log.ts'
import { runInNode } from './bench/node-runner.ts'
import { renderReport } from './bench/report.ts'
import type { BenchEnvironment, BundleReport, FirstScreenRun, LoadRun, Strategy, TreeRun } from './bench/types.ts'

const ROOT = resolve(import.meta.dirname, '..')
/** Not dist/: the e2e suite serves that one, maybe at this very moment. */
const DIST = join(ROOT, 'dist-bench')
const LATENCY_MS = 50
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

/** Fresh portal of `size` nodes; latency and the rate limit as a test asks, clock on real time. */
function prepare(emu: RunningEmulator, latencyMs: number, timeScale = 1): void {
  emu.runtime.faults.apply({ latencyMs })
  emu.runtime.clock.setScale(timeScale)
  emu.runtime.limiter.reset()
  emu.ctx.restLog.length = 0
}

async function firstScreen(browser: Browser, emu: RunningEmulator, size: number, runs: number): Promise<FirstScreenRun> {
  const run: FirstScreenRun = { size, samples: [] }
  try {
    for (let i = 0; i < runs; i++) {
      prepare(emu, 0)
      run.samples.push(await measureFirstScreen(browser, emu))
    }
  } catch (error) {
    run.error = message(error)
  }
  return run
}

async function inBrowser(browser: Browser, emu: RunningEmulator, size: number): Promise<LoadRun> {
  const base: LoadRun = { size, strategy: 'batched', runner: 'browser', timeScale: 1, latencyMs: LATENCY_MS, roundTrips: 0, refused: 0, wallMs: 0, nodes: 0 }
  prepare(emu, LATENCY_MS)
  try {
    const done = await measureCoverageInApp(browser, emu, rateLimitFloorMs(roundTripBudget(size)) * 3 + 60_000)
    const log = summariseLog(done.log)
    const run = { ...base, roundTrips: log.requests, refused: log.refused, wallMs: done.wallMs, nodes: done.nodes, heapBytes: done.heapBytes, byMethod: log.byMethod }
    return done.state === 'loaded' ? run : { ...run, error: `the coverage view says ${done.state}` }
  } catch (error) {
    return { ...base, error: message(error) }
  }
}

async function inNode(emu: RunningEmulator, size: number, strategy: Strategy, timeScale: number): Promise<LoadRun> {
  const base: LoadRun = { size, strategy, runner: 'node', timeScale, latencyMs: LATENCY_MS, roundTrips: 0, refused: 0, wallMs: 0, nodes: 0 }
  prepare(emu, LATENCY_MS, timeScale)
  const token = emu.ctx.tokens.mint(1, 'en')
  const expected = strategy === 'per-node' ? size + 10 : roundTripBudget(size)
  const out = await runInNode({
    origin: emu.url.replace(/\/$/, ''),
    accessToken: token.accessToken,
    refreshToken: token.refreshToken,
    strategy,
    timeScale,
    root: ROOT
  }, rateLimitFloorMs(expected) / timeScale * 3 + 60_000)
  const log = summariseLog(emu.ctx.restLog)
  emu.runtime.clock.setScale(1)
  if (!out.ok) return { ...base, error: out.error }
  return { ...base, roundTrips: log.requests, refused: log.refused, wallMs: out.wallMs, nodes: out.nodes, byMethod: log.byMethod }
}

async function bundleReport(): Promise<BundleReport | { error: string }> {
  try {
    return await measureBundle(DIST)
  } catch (error) {
    return { error: message(error) }
  }
}

async function main(args: BenchArgs): Promise<void> {
  if (args.build) build()
  const bundle = await bundleReport()
  const emu = await startEmulator({ port: 0, seed: args.seed, size: args.sizes[0], distDir: DIST, lang: 'en' })
  let browser: Browser | null = null
  const loads: LoadRun[] = []
  const firstScreens: FirstScreenRun[] = []
  try {
    browser = await launchBrowser()
    const env = environment(browser.version())
    for (const size of args.sizes) {
      emu.ctx.reset({ size })
      progress(`${size} nodes: first screen ×${args.runs}`)
      firstScreens.push(await firstScreen(browser, emu, size, args.runs))
      progress(`${size} nodes: (b) batched, app in Chromium, real time`)
      loads.push(await inBrowser(browser, emu, size))
      const scale = clockScaleFor(size, args.timeScale)
      progress(`${size} nodes: (a) one call per node, Node + SDK, clock ×${scale}`)
      loads.push(await inNode(emu, size, 'per-node', scale))
    }
    progress(`${TREE_NODES} nodes: the structure tree's filter and windowing`)
    emu.ctx.reset({ size: TREE_NODES })
    prepare(emu, 0)
    let tree: TreeRun
    try {
      tree = await measureTree(browser, emu)
    } catch (error) {
      tree = { nodes: TREE_NODES, filterMs: [], renderedWhileBroad: 0, renderedWhenScrolled: 0, matches: 0, error: message(error) }
    }
    env.loadAverageEnd = loadavg()[0] ?? 0
    const report = renderReport({ env, args, loads, firstScreens, bundle, tree, defaultView: DEFAULT_VIEW, totalMs: performance.now() - started })
    process.stdout.write(report)
    await mkdir(join(ROOT, 'bench-results'), { recursive: true })
    await writeFile(join(ROOT, 'bench-results', 'latest.txt'), report)
    progress('saved bench-results/latest.txt')
  } finally {
    await browser?.close()
    await emu.close()
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
main(parsed).catch((error: unknown) => {
  console.error('bench: failed:', error)
  process.exit(1)
})
