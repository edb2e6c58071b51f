// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { startRecording, stopRecording } from './service.ts'

let emu: RunningEmulator

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: 1, size: 100, lang: 'en', rateLimit: null, latencyMs: 300 })
})

afterAll(async () => {
  await emu.close()
})

describe('the service-time recorder', () => {
  it('keeps each request as it came and its time without the added latency, only while on', async () => {
    const token = emu.ctx.tokens.mint(1, 'en').accessToken
    const origin = emu.url.replace(/\/$/, '')
    const body = JSON.stringify([{ method: 'humanresources.node.communication.list', query: { id: 1 } }])
    await fetch(`${origin}/rest/app.info?auth=${token}`)
    startRecording(emu.runtime)
    const started = performance.now()
    await (await fetch(`${origin}/rest/api/batch?auth=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()
    await (await fetch(`${origin}/rest/api/batch?auth=nope`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()
    const wall = performance.now() - started
    const kept = stopRecording(emu.runtime)
    expect(kept.map((r) => [r.url, r.method, r.body, r.status])).toEqual([
      [`/rest/api/batch?auth=${token}`, 'POST', body, 200],
      ['/rest/api/batch?auth=nope', 'POST', body, 401]
    ])
    // each waited 300 ms of latency: what is kept is the rest, well under it
    expect(wall).toBeGreaterThanOrEqual(600)
    for (const r of kept) expect(r.serviceMs).toBeLessThan(300)
    await fetch(`${origin}/rest/app.info?auth=${token}`)
    expect(stopRecording(emu.runtime)).toEqual([])
  })
})
