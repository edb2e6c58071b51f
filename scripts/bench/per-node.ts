/**
 * The baseline the docs' examples imply — every department and team, then one
 * humanresources.node.communication.list call per node — which the bench sets beside the app's batched
 * loader. Benchmark scaffolding, not product: it is built here from the app's own exported pieces
 * (src/api/structureMatrix.ts loadAllNodes and DEFAULT_CONCURRENCY, src/api/structure.ts toNodeCommunications), so
 * both loaders read the nodes the same way and differ only in how they ask for the communications.
 *
 * The app's modules are imported at run time (importAppPieces): the scripts' type check does not reach into
 * src/ (its '@/' imports resolve only under tsconfig.app.json), so the pieces are typed here, structurally.
 * node-run.ts drives this in Node through b24jssdk (sdk-transport.ts) on the scaled clock.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchTransport } from './sdk-transport.ts'

export interface RequestCounter {
  requests: number
}

export interface LoadedMatrix {
  nodes: unknown[]
  communications: Map<number, unknown>
  /** REST requests the loader sent (the SDK's own retries not included: the emulator's log has those) */
  requests: number
}

/** What the bench takes from src/api/structureMatrix.ts and src/api/structure.ts. */
export interface AppPieces {
  loadAllNodes(transport: BenchTransport, counter: RequestCounter, signal?: AbortSignal): Promise<Array<{ id: number }>>
  /** the app's whole-matrix loader: every node, then 50 communications per REST 3.0 batch */
  loadStructureMatrix(options: { transport: BenchTransport }): Promise<LoadedMatrix>
  toNodeCommunications(raw: unknown): unknown
  DEFAULT_CONCURRENCY: number
}

/** The app's API modules from the repository at `root` (run with '@/' resolving to src/: node-runner.ts, vitest). */
export async function importAppPieces(root: string): Promise<AppPieces> {
  const load = (path: string) => import(pathToFileURL(resolve(root, path)).href) as Promise<Record<string, unknown>>
  const [coverage, structure] = await Promise.all([load('src/api/structureMatrix.ts'), load('src/api/structure.ts')])
  const pieces = {
    loadAllNodes: coverage.loadAllNodes,
    loadStructureMatrix: coverage.loadStructureMatrix,
    DEFAULT_CONCURRENCY: coverage.DEFAULT_CONCURRENCY,
    toNodeCommunications: structure.toNodeCommunications
  }
  for (const [name, value] of Object.entries(pieces)) {
    if (value === undefined) throw new Error(`src/api no longer exports ${name}: scripts/bench/per-node.ts needs it`)
  }
  return pieces as AppPieces
}

/** Nodes as the app reads them, then one communication.list per node, `concurrency` calls in flight. */
export async function loadStructureMatrixPerNode(app: AppPieces, transport: BenchTransport, concurrency = app.DEFAULT_CONCURRENCY): Promise<LoadedMatrix> {
  const counter: RequestCounter = { requests: 0 }
  const nodes = await app.loadAllNodes(transport, counter)
  const communications = new Map<number, unknown>()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < nodes.length) {
      const node = nodes[next++]!
      counter.requests += 1
      communications.set(node.id, app.toNodeCommunications(await transport.call('humanresources.node.communication.list', { id: node.id })))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, nodes.length)) }, worker))
  return { nodes, communications, requests: counter.requests }
}
