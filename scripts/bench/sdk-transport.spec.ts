// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from '../../emulator/test-client.ts'
import type { TestPortal } from '../../emulator/test-client.ts'
import { createSdkClient, sdkTransport } from './sdk-transport.ts'

/** The Node runner's door to the emulator: the real SDK, a control-API token, and its refresh path. */
let portal: TestPortal

beforeAll(async () => {
  portal = await startTestPortal({ size: 30 })
})
afterAll(async () => {
  await portal.close()
})

async function transport() {
  const token = await portal.token(1)
  return sdkTransport(createSdkClient({ origin: portal.origin, accessToken: token.access_token, refreshToken: token.refresh_token }))
}

describe('sdkTransport', () => {
  it('makes one REST 3.0 call and answers its result', async () => {
    const result = await (await transport()).call('humanresources.node.communication.list', { id: 1 }) as Record<string, unknown>
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['chats', 'channels', 'collabs', 'chatsNoAccess']))
  })

  it('sends a REST 3.0 batch as one request and answers the results in order', async () => {
    await portal.post('/_emulator/log', undefined, { method: 'DELETE' })
    const results = await (await transport()).batch([
      { method: 'humanresources.node.list', params: { type: 'DEPARTMENT', pagination: { page: 1, limit: 2 } } },
      { method: 'humanresources.node.communication.list', params: { id: 1 } }
    ])
    expect(results).toHaveLength(2)
    expect((results[0] as { items: unknown[] }).items).toHaveLength(2)
    const log = (await portal.get('/_emulator/log')).body as unknown as Array<{ method: string }>
    expect(log.map(e => e.method)).toEqual(['batch'])
  })

  it('rejects a failed call', async () => {
    await expect((await transport()).call('humanresources.node.communication.list', {})).rejects.toBeTruthy()
  })

  it('refreshes an expired token through the control API and carries on', async () => {
    const door = await transport()
    await portal.post('/_emulator/faults', { expireTokens: true })
    const result = await door.call('humanresources.node.communication.list', { id: 1 })
    expect(result).toBeTruthy()
  })
})
