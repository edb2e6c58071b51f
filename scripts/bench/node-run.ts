/**
 * Child process of `npm run bench`: runs a coverage loader in Node against the emulator — the app's own
 * batched loader (src/api/structureMatrix.ts loadStructureMatrix) or the one-call-per-node baseline built from its pieces
 * (per-node.ts) — through b24jssdk (sdk-transport.ts) with the app's limits: the SDK's bucket from the plan
 * app.info names (src/b24/plan.ts) and the app's operating-time model (src/b24/operating.ts), on a process
 * clock as fast as the emulator's (scaled-time.ts). A separate process so the loader and the emulator do not
 * share one event loop, so the scaled clock touches nothing else, and so '@/' resolves (run with
 * TSX_TSCONFIG_PATH pointing at tsconfig.app.json; node-runner.ts does that).
 *
 * Input: one JSON argument (NodeRunInput). Output: one JSON line (NodeRunOutput) on stdout.
 */
import { scaleProcessClock } from './scaled-time.ts'
import type { Strategy } from './types.ts'

export interface NodeRunInput {
  origin: string
  accessToken: string
  refreshToken: string
  strategy: Strategy
  timeScale: number
  /** the repository root (where src/api/structureMatrix.ts lives) */
  root: string
}

export type NodeRunOutput = {
  ok: true
  wallMs: number
  nodes: number
  requests: number
  plan: string
  /** the most requests the loader had in flight at once */
  inFlight: number
  /** portal-clock ms waited after the plan was applied, for the SDK's bucket to fill to the plan's burst */
  settledMs: number
} | { ok: false, error: string }

async function run(input: NodeRunInput): Promise<NodeRunOutput> {
  scaleProcessClock(input.timeScale)
  // imported after the clock is scaled, so nothing in them can hold on to the real timers
  const { applyPortalPlan, bucketFillMs, createSdkClient, sdkTransport } = await import('./sdk-transport.ts')
  const { importAppPieces, loadStructureMatrixPerNode } = await import('./per-node.ts')
  const app = await importAppPieces(input.root)
  const b24 = createSdkClient(input)
  // before the load, as the app does after its boot; the parent leaves this app.info out of the load's figures
  const plan = await applyPortalPlan(b24)
  const settledMs = bucketFillMs(plan)
  // on the scaled clock: 41 s for Enterprise take 41 / scale real seconds
  if (settledMs > 0) await new Promise(resolve => setTimeout(resolve, settledMs))
  const sdk = sdkTransport(b24, { timeScale: input.timeScale })
  // counts the most requests the loader had in flight at once, for the report
  let inFlight = 0
  let mostInFlight = 0
  const counted = <T>(request: () => Promise<T>): Promise<T> => {
    mostInFlight = Math.max(mostInFlight, ++inFlight)
    return request().finally(() => { inFlight -= 1 })
  }
  const transport: typeof sdk = {
    capacity: (method, calls) => sdk.capacity(method, calls),
    call: (method, params) => counted(() => sdk.call(method, params)),
    batch: calls => counted(() => sdk.batch(calls))
  }
  const started = performance.now()
  const matrix = input.strategy === 'per-node' ? await loadStructureMatrixPerNode(app, transport) : await app.loadStructureMatrix({ transport })
  return { ok: true, wallMs: performance.now() - started, nodes: matrix.nodes.length, requests: matrix.requests, plan, inFlight: mostInFlight, settledMs }
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
