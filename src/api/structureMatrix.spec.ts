// @vitest-environment node
/**
 * The coverage loader against the real emulator over HTTP (src/api/testing/emulatorTransport.ts): what it
 * loads must be what the portal holds, in the round trips docs/decisions.md D19 allows, counted in the
 * emulator's own log. Plus the pure parts (chunking, counts) on fixed data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulatorPortal } from './testing/emulatorPortal'
import type { EmulatorPortal } from './testing/emulatorPortal'
import { chunk, countCommunications, DEFAULT_CONCURRENCY, loadCommunications, loadStructureMatrix } from './structureMatrix'
import type { MatrixProgress } from './structureMatrix'
import { emulatorTransport } from './testing/emulatorTransport'
import type { PortalTransport } from './transport'
import { toNodeCommunications } from './structure'

let portal: EmulatorPortal
let adminToken: string

async function logCount(): Promise<number> {
  return (await portal.log()).length
}

beforeAll(async () => {
  portal = await startEmulatorPortal({ seed: 3, size: 480 })
  adminToken = await portal.token(1)
})

afterAll(async () => {
  await portal.close()
})

describe('loadStructureMatrix over HTTP', () => {
  it('loads every node and its communications in at most ceil(N/50) + 3 round trips', async () => {
    await portal.clearLog()
    const transport = emulatorTransport(portal.origin, async () => adminToken)
    const progress: MatrixProgress[] = []
    const matrix = await loadStructureMatrix({ transport, onProgress: (p) => progress.push(p) })

    const state = await portal.state()
    expect(matrix.nodes.map((n) => n.id).sort((a, b) => a - b)).toEqual(state.nodes.map((n) => n.id).sort((a, b) => a - b))
    expect(matrix.communications.size).toBe(state.nodes.length)

    const n = state.nodes.length
    expect(matrix.requests).toBeLessThanOrEqual(Math.ceil(n / 50) + 3)
    expect(matrix.requests).toBe(transport.sent)
    expect(await logCount()).toBe(matrix.requests)
    expect(progress.at(-1)).toMatchObject({ phase: 'communications', nodes: n, loaded: n })
  })

  it('agrees with one communication.list call per node', async () => {
    const transport = emulatorTransport(portal.origin, async () => adminToken)
    const batched = await loadStructureMatrix({ transport })
    for (const node of batched.nodes) {
      const single = toNodeCommunications(await transport.call('humanresources.node.communication.list', { id: node.id }))
      expect(single).toEqual(batched.communications.get(node.id))
    }
    // the generated company binds something somewhere: the comparison above compared real data
    const bound = [...batched.communications.values()].filter((c) => c.chats.length + c.channels.length + c.collabs.length > 0)
    expect(bound.length).toBeGreaterThan(0)
  })

  it('stops sending once cancelled', async () => {
    const transport = emulatorTransport(portal.origin, async () => adminToken)
    const controller = new AbortController()
    const load = loadStructureMatrix({
      transport,
      concurrency: 1,
      signal: controller.signal,
      onProgress: (p) => { if (p.phase === 'communications' && p.loaded >= 50) controller.abort() }
    })
    await expect(load).rejects.toThrow()
    const sentAtAbort = transport.sent
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(transport.sent).toBe(sentAtAbort)
    expect(sentAtAbort).toBeLessThan(Math.ceil(480 / 50))
  })
})

describe('batch planning of the loader', () => {
  it('cuts ids into chunks of at most 50', () => {
    const ids = Array.from({ length: 101 }, (_, i) => i)
    expect(chunk(ids).map((c) => c.length)).toEqual([50, 50, 1])
    expect(chunk([])).toEqual([])
  })

  // whether the portal's first page is 0 or 1 is an open question (docs/decisions.md D9): both must give
  // every node once
  it.each(['one', 'zero'] as const)('needs ceil(N/50) communication batches plus the node pages for 10,000 nodes (first page %s)', async (firstPage) => {
    // a fake portal with 8,000 departments and 2,000 teams: counts the batches and their sizes
    const sizes: number[] = []
    const pageOf = (count: number, asked: number, limit: number, type: string, offset: number) => {
      const page = firstPage === 'one' ? Math.max(asked, 1) - 1 : asked
      return Array.from({ length: Math.max(0, Math.min(limit, count - page * limit)) }, (_, i) => ({
        id: offset + page * limit + i + 1, name: `${type} ${i}`, type, parentId: null
      }))
    }
    const transport: PortalTransport = {
      async batch(calls) {
        sizes.push(calls.length)
        return calls.map((c) => {
          const p = c.params as { type?: string, pagination?: { page: number, limit: number }, id?: number }
          if (c.method === 'humanresources.node.list') {
            const count = p.type === 'DEPARTMENT' ? 8000 : 2000
            return { items: pageOf(count, p.pagination!.page, p.pagination!.limit, p.type!, p.type === 'DEPARTMENT' ? 0 : 100000) }
          }
          return { chats: [], channels: [], collabs: [], chatsNoAccess: 0, channelsNoAccess: 0, collabsNoAccess: 0 }
        })
      },
      async call() { throw new Error('no single calls expected') }
    }
    const matrix = await loadStructureMatrix({ transport })
    expect(matrix.nodes).toHaveLength(10000)
    expect(new Set(matrix.nodes.map((n) => n.id)).size).toBe(10000)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50)
    expect(matrix.requests).toBe(sizes.length)
    expect(matrix.requests).toBeLessThanOrEqual(Math.ceil(10000 / 50) + 3)
    // 10,000 / 50 communication batches, the rest are node pages
    expect(matrix.requests - 200).toBeLessThanOrEqual(3)
  })
})

describe('loadCommunications', () => {
  // a transport whose limiter has `free` tokens: each batch takes one when it starts and holds the
  // answer until released, so the test sees how many the loader had in flight at once
  function limited(free: number) {
    let tokens = free
    let inFlight = 0
    let most = 0
    const waiting: Array<() => void> = []
    const transport: PortalTransport = {
      capacity: () => tokens,
      async batch(calls) {
        tokens = Math.max(0, tokens - 1)
        most = Math.max(most, ++inFlight)
        await new Promise<void>((resolve) => waiting.push(resolve))
        inFlight -= 1
        return calls.map(() => ({ chats: [] }))
      },
      async call() { throw new Error('no single calls expected') }
    }
    const releaseAll = async () => {
      while (waiting.length > 0 || inFlight > 0) {
        waiting.splice(0).forEach((resolve) => resolve())
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
    return { transport, releaseAll, most: () => most }
  }

  it('sends as many batches at once as the limiter lets go: 30 free tokens, 20 batches, all in one round', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1)
    const { transport, releaseAll, most } = limited(30)
    const load = loadCommunications(ids, { transport })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(most()).toBe(20)
    await releaseAll()
    expect((await load).size).toBe(1000)
  })

  it('keeps DEFAULT_CONCURRENCY in flight once the limiter has nothing free, and no more', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1)
    const { transport, releaseAll, most } = limited(0)
    const load = loadCommunications(ids, { transport })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(most()).toBe(DEFAULT_CONCURRENCY)
    await releaseAll()
    expect((await load).size).toBe(1000)
    expect(most()).toBe(DEFAULT_CONCURRENCY)
  })

  it('hands each batch\'s answers to the caller as they arrive, 50 nodes at a time', async () => {
    const transport: PortalTransport = {
      async batch(calls) {
        return calls.map((c) => ({ chats: [], chatsNoAccess: (c.params as { id: number }).id }))
      },
      async call() { throw new Error('no single calls expected') }
    }
    const chunks: Array<{ loaded: number, ids: number[] }> = []
    const ids = Array.from({ length: 120 }, (_, i) => i + 1)
    const all = await loadCommunications(ids, { transport, concurrency: 1, onChunk: (loaded, got) => chunks.push({ loaded, ids: [...got.keys()] }) })
    expect(chunks.map((c) => [c.loaded, c.ids.length])).toEqual([[50, 50], [100, 50], [120, 20]])
    expect(chunks[2]!.ids[0]).toBe(101)
    expect(all.get(120)?.chatsNoAccess).toBe(120)
  })
})

describe('countCommunications', () => {
  it('splits direct, inherited and hidden per type', () => {
    const comms = toNodeCommunications({
      chats: [
        { id: 1, type: 'CHAT', originalNodeId: null },
        { id: 2, type: 'CHAT', originalNodeId: 5 }
      ],
      chatsNoAccess: 1,
      channels: [{ id: 3, type: 'CHANNEL', originalNodeId: 7 }],
      collabs: []
    })
    expect(countCommunications(7, comms)).toEqual({
      CHAT: { direct: 1, inherited: 1, hidden: 1 },
      // a binding that names the node itself as its origin is its own, not inherited
      CHANNEL: { direct: 1, inherited: 0, hidden: 0 },
      COLLAB: { direct: 0, inherited: 0, hidden: 0 }
    })
    expect(countCommunications(1, undefined).CHAT).toEqual({ direct: 0, inherited: 0, hidden: 0 })
  })
})
