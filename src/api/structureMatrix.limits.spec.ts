// @vitest-environment node
/**
 * A 10,000-node company loaded at the portal's operating-time limit (docs/decisions.md D7): every
 * nested communication.list counts against that method, and 10,000 of them at the docs' 0.08 s need about
 * 811 s, more than the default 480 s window. The loader, paced by the door's model (src/b24/operating.ts),
 * must load every node without meeting a 429. The emulator runs its clock 60 times faster (a 10-minute
 * window passes in 10 s); the model learns that window from the portal's own `operating_reset_at`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OperatingBudget } from '@/b24'
import { loadStructureMatrix } from './structureMatrix'
import { startEmulatorPortal } from './testing/emulatorPortal'
import type { EmulatorPortal } from './testing/emulatorPortal'
import { emulatorTransport } from './testing/emulatorTransport'

const LIST = 'humanresources.node.communication.list'
let portal: EmulatorPortal

beforeAll(async () => {
  // the rate limit is another spec's subject: off here, so only the operating-time limit sets the pace
  portal = await startEmulatorPortal({ size: 10_000, timeScale: 60, rateLimit: null })
}, 60_000)

afterAll(async () => {
  await portal?.close()
})

async function transportWith(budget: OperatingBudget | undefined) {
  const token = await portal.token(1)
  return emulatorTransport(portal.origin, async () => token, budget)
}

describe('loading 10,000 nodes at the operating-time limit', () => {
  it('loads every node with no 429, waiting for the window instead', async () => {
    await portal.reset()
    await portal.clearLog()
    const budget = new OperatingBudget()
    const pauses: string[] = []
    budget.onPause((p) => { if (p) pauses.push(p.reason) })
    const transport = await transportWith(budget)
    // the app's first calls of a session price the method and show the window (any single call does)
    await transport.call(LIST, { id: 1 })
    const matrix = await loadStructureMatrix({ transport })
    expect(matrix.nodes).toHaveLength(10_000)
    expect(matrix.communications.size).toBe(10_000)
    const log = await portal.log()
    expect(log.filter((e) => e.status === 429)).toEqual([])
    // it did have to wait: 811 s of operating do not fit one 480 s window
    expect(pauses).toContain('pacing')
  }, 120_000)

  it('without the model the same load meets the limit (what the pacing prevents)', async () => {
    await portal.reset()
    await portal.clearLog()
    const transport = await transportWith(undefined)
    await expect(loadStructureMatrix({ transport })).rejects.toMatchObject({ status: 429 })
    expect((await portal.log()).some((e) => e.status === 429)).toBe(true)
  }, 120_000)
})
