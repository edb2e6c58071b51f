// @vitest-environment node
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from '../../emulator/test-client.ts'
import type { TestPortal } from '../../emulator/test-client.ts'
import { importAppPieces, loadStructureMatrixPerNode } from './per-node.ts'
import type { AppPieces } from './per-node.ts'
import { createSdkClient, sdkTransport } from './sdk-transport.ts'

/** The one-call-per-node baseline, built from the app's pieces, against the emulator through the real SDK. */
let portal: TestPortal
let app: AppPieces

beforeAll(async () => {
  // under the SDK's burst (48 requests), so the limiter does not set the pace of a unit test
  portal = await startTestPortal({ size: 30 })
  app = await importAppPieces(resolve(import.meta.dirname, '../..'))
})
afterAll(async () => {
  await portal.close()
})

async function transport() {
  const token = await portal.token(1)
  return sdkTransport(createSdkClient({ origin: portal.origin, accessToken: token.access_token, refreshToken: token.refresh_token }))
}

describe('loadStructureMatrixPerNode', () => {
  it('loads what the app\'s batched loader loads, one communication.list request per node', async () => {
    const batched = await app.loadStructureMatrix({ transport: await transport() })
    await portal.post('/_emulator/log', undefined, { method: 'DELETE' })
    const perNode = await loadStructureMatrixPerNode(app, await transport())
    expect(perNode.nodes).toHaveLength(batched.nodes.length)
    expect(perNode.communications).toEqual(batched.communications)
    const log = (await portal.get('/_emulator/log')).body as unknown as Array<{ method: string }>
    const single = log.filter(e => e.method === 'humanresources.node.communication.list')
    expect(single).toHaveLength(batched.nodes.length)
    expect(perNode.requests).toBe(log.length)
  })
})
