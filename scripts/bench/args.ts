/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--enterprise-sizes 5000,10000] [--quick] [--time-scale 100]
 * [--runs 3] [--skip-build] [--check] [--only cold,per-node,browser,warm,first,bundle,tree]`
 *
 * `--only` runs a subset (default: every section): cold = the cold loads in Node (default and Enterprise),
 * per-node = the one-call-per-node baseline, browser = the Structure view's cold load in Chromium, warm = the
 * reopen from the cache, first = the first screen against the baseline page, bundle, tree. The report and
 * `--check` then judge only the budgets of the sections that ran.
 */
import { parseArgs } from 'node:util'
import { COLD_SIZES, ENTERPRISE_FROM } from './budgets.ts'

export const SECTIONS = ['cold', 'per-node', 'browser', 'warm', 'first', 'bundle', 'tree'] as const
export type Section = typeof SECTIONS[number]

export interface BenchArgs {
  sizes: number[]
  /** sizes of the Enterprise plan's cold load (default: the sizes from 5,000 up) */
  enterpriseSizes: number[]
  /** the fastest clock of the emulator and the Node runner for the rate-limit-bound runs (clockScaleFor) */
  timeScale: number
  /** first-screen and warm-reopen samples per size */
  runs: number
  build: boolean
  /** exit non-zero when a budget fails or is not measured */
  check: boolean
  seed: number
  /** the sections to run, in SECTIONS order (`--only`; default every one) */
  only: Section[]
}

/** The sections that run in Node alone; every other one needs the app built (dist-bench/) and Chromium, except the bundle's. */
const NODE_ONLY: readonly Section[] = ['cold', 'per-node']

export function needsBuild(only: readonly Section[]): boolean {
  return only.some(s => !NODE_ONLY.includes(s))
}

export function needsBrowser(only: readonly Section[]): boolean {
  return only.some(s => !NODE_ONLY.includes(s) && s !== 'bundle')
}

export const DEFAULT_SIZES = COLD_SIZES
export const QUICK_SIZES = [100, 1000]
/**
 * The fastest clock: one call per node for 5,000 nodes is 2,475 s of rate limit, 25 s at ×100, and the
 * real cost of a request (a few ms in the SDK and the emulator, which no clock scales) stays under the
 * 5 ms drain interval at 4 requests in flight.
 */
export const DEFAULT_TIME_SCALE = 100

/**
 * The clock for a rate-limit-bound run of `size` nodes: N/10, at most `max`. Small runs spend much of
 * their time in the burst, where that unscaled per-request cost would be multiplied by the scale: at ×10 a
 * 3 ms request counts as 30 ms against 50 ms of latency, at ×100 as 300 ms.
 */
export function clockScaleFor(size: number, max: number): number {
  return Math.max(1, Math.min(max, Math.round(size / 10)))
}

export class BenchUsageError extends Error {}

function positiveInt(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new BenchUsageError(`--${flag} must be a positive integer, got "${value}"`)
  return n
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'time-scale': { type: 'string' },
      runs: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'enterprise-sizes': { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' }
    },
    strict: true
  })
  const list = (value: string, flag: string) => {
    const out = value.split(',').filter(v => v.trim() !== '').map(v => positiveInt(v.trim(), flag))
    if (out.some(n => n < 3 || n > 100_000)) throw new BenchUsageError(`--${flag} must be between 3 and 100000 (the generator's range)`)
    return [...new Set(out)].sort((a, b) => a - b)
  }
  const sizes = values.sizes !== undefined ? list(values.sizes, 'sizes') : values.quick ? QUICK_SIZES : DEFAULT_SIZES
  const enterpriseSizes = values['enterprise-sizes'] !== undefined
    ? list(values['enterprise-sizes'], 'enterprise-sizes')
    : sizes.filter(n => n >= ENTERPRISE_FROM)
  const timeScale = values['time-scale'] === undefined ? DEFAULT_TIME_SCALE : Number(values['time-scale'])
  if (!Number.isFinite(timeScale) || timeScale < 1) throw new BenchUsageError('--time-scale must be a number >= 1')
  const seed = values.seed === undefined ? 1 : Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0) throw new BenchUsageError('--seed must be an integer >= 0')
  let only: Section[] = [...SECTIONS]
  if (values.only !== undefined) {
    const asked = values.only.split(',').map(v => v.trim()).filter(v => v !== '')
    const unknown = asked.filter(v => !(SECTIONS as readonly string[]).includes(v))
    if (asked.length === 0 || unknown.length > 0) throw new BenchUsageError(`--only takes a list of ${SECTIONS.join(', ')}; got "${values.only}"`)
    only = SECTIONS.filter(s => asked.includes(s))
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    enterpriseSizes,
    timeScale,
    runs: values.runs === undefined ? 3 : positiveInt(values.runs, 'runs'),
    build: !values['skip-build'],
    check: values.check,
    seed,
    only
  }
}
