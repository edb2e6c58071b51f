/**
 * The emulator's service time for a load (docs/decisions.md D33): the very requests the load made
 * (recorded by emulator/rest/service.ts while it ran), sent again one at a time by a bare client — fetch, no
 * SDK, no app code — with no added latency and neither limit, each timed by the emulator itself from its
 * arrival to its answer. Nothing of the client's time is in it: the SDK, the app's loader and the bare
 * client's own fetch all run outside the span the emulator times. The load's requests only read, so the
 * replay finds the portal as the load did; the REST log and the limits are put back as they were.
 */
import { parseRestPath } from '../../emulator/rest/router.ts'
import { startRecording, stopRecording } from '../../emulator/rest/service.ts'
import type { ServedRequest } from '../../emulator/rest/service.ts'
import type { RunningEmulator } from '../../emulator/server.ts'
import type { ServiceTime } from './floor.ts'

/** The requests of a load as the floor counts them (log.ts loadShape): the refused ones never ran. */
export function loadRequests(recorded: ServedRequest[], leaveOut: string[] = []): ServedRequest[] {
  return recorded.filter(r => r.status !== 429 && r.status !== 503 && !leaveOut.includes(parseRestPath(new URL(r.url, 'http://x').pathname)?.method ?? ''))
}

export async function measureService(emu: RunningEmulator, requests: ServedRequest[]): Promise<ServiceTime> {
  const { faults, limiter, operating, clock } = emu.runtime
  const saved = { latencyMs: faults.latencyMs, rate: limiter.config, operating: operating.limit, scale: clock.scale, log: emu.ctx.restLog.length }
  faults.apply({ latencyMs: 0 })
  limiter.configure(null)
  operating.configure(null)
  clock.setScale(1)
  const origin = emu.url.replace(/\/$/, '')
  startRecording(emu.runtime)
  let timed: ServedRequest[] = []
  try {
    for (const request of requests) {
      const answer = await fetch(`${origin}${request.url}`, {
        method: request.method,
        ...(request.method === 'GET' ? {} : { headers: { 'content-type': 'application/json' }, body: request.body })
      })
      await answer.arrayBuffer()
    }
  } finally {
    timed = stopRecording(emu.runtime)
    faults.apply({ latencyMs: saved.latencyMs })
    limiter.configure(saved.rate)
    operating.configure(saved.operating)
    operating.clear()
    clock.setScale(saved.scale)
    emu.ctx.restLog.length = saved.log
  }
  const ms = timed.map(r => r.serviceMs)
  const totalMs = ms.reduce((sum, t) => sum + t, 0)
  return { requests: ms.length, totalMs, meanMs: ms.length ? totalMs / ms.length : 0 }
}
