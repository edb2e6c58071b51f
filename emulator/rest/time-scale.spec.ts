// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'

/** The benchmark's latency + clock model over HTTP: startEmulator({latencyMs, timeScale}) and the faults switch. */
let portal: TestPortal | null = null

afterEach(async () => {
  await portal?.close()
  portal = null
})

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await call()
  return performance.now() - started
}

describe('latency and time scale', () => {
  it('adds the start latency to every request and keeps it across a reset', async () => {
    portal = await startTestPortal({ latencyMs: 60 })
    const { access_token: token } = await portal.token(1)
    expect(await timed(() => portal!.v2('profile', {}, token))).toBeGreaterThanOrEqual(55)
    await portal.post('/_emulator/reset', {})
    const again = (await portal.token(1)).access_token
    expect(await timed(() => portal!.v2('profile', {}, again))).toBeGreaterThanOrEqual(55)
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ latencyMs: 60, timeScale: 1 })
  })

  it('scales the latency down and the drain rate up by the same factor', async () => {
    portal = await startTestPortal({ latencyMs: 2000, timeScale: 40, rateLimit: { burst: 2, drainPerSecond: 2 } })
    const { access_token: token } = await portal.token(1)
    // 2000 ms on a clock 40 times faster: 50 real ms, far from 2 s
    const took = await timed(() => portal!.v2('profile', {}, token))
    expect(took).toBeGreaterThanOrEqual(45)
    expect(took).toBeLessThan(1000)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    // each request spent 50 real ms = 2 s scaled = 4 drained requests, so the bucket never fills
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ latencyMs: 2000, timeScale: 40, rateLimit: { burst: 2, drainPerSecond: 2 } })
  })

  it('refuses past the burst on a scaled clock and drains scale times faster', async () => {
    // 0.2 per second at ×50 is one request per 100 real ms: far from the few ms a request takes here
    portal = await startTestPortal({ rateLimit: { burst: 1, drainPerSecond: 0.2 }, timeScale: 50 })
    const { access_token: token } = await portal.token(1)
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
    expect((await portal.v2('profile', {}, token)).status).toBe(503)
    await new Promise(resolve => setTimeout(resolve, 120))
    expect((await portal.v2('profile', {}, token)).status).toBe(200)
  })

  it('switches the scale through POST /_emulator/faults, refuses a bad one, and reset restores the start scale', async () => {
    portal = await startTestPortal({ timeScale: 3 })
    expect((await portal.post('/_emulator/faults', { timeScale: 100 })).body).toMatchObject({ timeScale: 100 })
    const bad = await portal.post('/_emulator/faults', { timeScale: 0 })
    expect(bad.status).toBe(400)
    expect(bad.body.error_description).toMatch(/timeScale/)
    await portal.post('/_emulator/reset', {})
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ timeScale: 3, latencyMs: 0 })
  })
})
