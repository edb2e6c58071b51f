/**
 * Child process of `npm run bench`: runs the app's own coverage loader (src/api/coverage.ts:
 * loadCoverage or loadCoveragePerNode) in Node against the emulator, through b24jssdk (sdk-transport.ts)
 * with its default limiter, on a process clock as fast as the emulator's (scaled-time.ts). A separate
 * process so the loader and the emulator do not share one event loop, so the scaled clock touches nothing
 * else, and so '@/' resolves (run with TSX_TSCONFIG_PATH pointing at tsconfig.app.json; node-runner.ts
 * does that).
 *
 * Input: one JSON argument (NodeRunInput). Output: one JSON line (NodeRunOutput) on stdout.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { scaleProcessClock } from './scaled-time.ts'
import type { BenchTransport } from './sdk-transport.ts'
import type { Strategy } from './types.ts'

export interface NodeRunInput {
  origin: string
  accessToken: string
  refreshToken: string
  strategy: Strategy
  timeScale: number
  /** the repository root (where src/api/coverage.ts lives) */
  root: string
}

export type NodeRunOutput = { ok: true, wallMs: number, nodes: number, requests: number } | { ok: false, error: string }

/** The part of src/api/coverage.ts the bench drives (typed here: scripts do not type-check src/). */
interface CoverageModule {
  loadCoverage(options: { transport: BenchTransport }): Promise<{ nodes: unknown[], requests: number }>
  loadCoveragePerNode(options: { transport: BenchTransport }): Promise<{ nodes: unknown[], requests: number }>
}

async function run(input: NodeRunInput): Promise<NodeRunOutput> {
  scaleProcessClock(input.timeScale)
  // imported after the clock is scaled, so nothing in them can hold on to the real timers
  const { createSdkClient, sdkTransport } = await import('./sdk-transport.ts')
  const coverage = await import(pathToFileURL(resolve(input.root, 'src/api/coverage.ts')).href) as CoverageModule
  const transport = sdkTransport(createSdkClient(input))
  const load = input.strategy === 'per-node' ? coverage.loadCoveragePerNode : coverage.loadCoverage
  const started = performance.now()
  const matrix = await load({ transport })
  return { ok: true, wallMs: performance.now() - started, nodes: matrix.nodes.length, requests: matrix.requests }
}

const raw = process.argv[2]
if (raw) {
  run(JSON.parse(raw) as NodeRunInput).then(
    out => {
      process.stdout.write(`${JSON.stringify(out)}\n`)
      process.exit(0)
    },
    (error: unknown) => {
      const e = error as { code?: unknown, message?: unknown }
      process.stdout.write(`${JSON.stringify({ ok: false, error: `${String(e.code ?? 'ERROR')}: ${String(e.message ?? error)}` })}\n`)
      process.exit(0)
    }
  )
}
