/** `npm run bench [-- --sizes 100,1000,5000] [--quick] [--time-scale 100] [--runs 3] [--skip-build]` */
import { parseArgs } from 'node:util'

export interface BenchArgs {
  sizes: number[]
  /** the fastest clock of the emulator and the Node runner for the rate-limit-bound runs (clockScaleFor) */
  timeScale: number
  /** first-screen samples per size */
  runs: number
  build: boolean
  seed: number
}

export const DEFAULT_SIZES = [100, 1000, 5000]
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
      seed: { type: 'string' }
    },
    strict: true
  })
  const sizes = values.sizes !== undefined
    ? values.sizes.split(',').map(s => positiveInt(s.trim(), 'sizes'))
    : values.quick ? QUICK_SIZES : DEFAULT_SIZES
  if (sizes.some(s => s < 3 || s > 100_000)) throw new BenchUsageError('--sizes must be between 3 and 100000 (the generator\'s range)')
  const timeScale = values['time-scale'] === undefined ? DEFAULT_TIME_SCALE : Number(values['time-scale'])
  if (!Number.isFinite(timeScale) || timeScale < 1) throw new BenchUsageError('--time-scale must be a number >= 1')
  const seed = values.seed === undefined ? 1 : Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0) throw new BenchUsageError('--seed must be an integer >= 0')
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    timeScale,
    runs: values.runs === undefined ? 3 : positiveInt(values.runs, 'runs'),
    build: !values['skip-build'],
    seed
  }
}
