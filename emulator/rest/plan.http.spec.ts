// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'

/** --plan: the leaky bucket's burst and drain and app.info's LICENSE (docs/decisions.md D6). */
let portal: TestPortal | null = null

afterEach(async () => {
  await portal?.close()
  portal = null
})

async function appInfo(p: TestPortal): Promise<Record<string, unknown>> {
  return (await p.v2('app.info', {}, (await p.token(1)).access_token)).body.result as Record<string, unknown>
}

describe('plans', () => {
  it('default: burst 50, 2 per second, LICENSE <lang>_project', async () => {
    // rateLimit undefined: the plan decides (the test client otherwise switches the limit off)
    portal = await startTestPortal({ rateLimit: undefined })
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ plan: 'default', rateLimit: { burst: 50, drainPerSecond: 2 } })
    expect(await appInfo(portal)).toMatchObject({ LICENSE: 'en_project', LICENSE_TYPE: 'project', LICENSE_FAMILY: 'project' })
  })

  it('enterprise: burst 250, 5 per second, LICENSE <lang>_ent250 in family ent; reset {plan} switches, reset {} restores', async () => {
    portal = await startTestPortal({ rateLimit: undefined, plan: 'enterprise', lang: 'ru' })
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ plan: 'enterprise', rateLimit: { burst: 250, drainPerSecond: 5 } })
    expect(await appInfo(portal)).toMatchObject({ LICENSE: 'ru_ent250', LICENSE_TYPE: 'ent250', LICENSE_FAMILY: 'ent' })
    const reset = await portal.post('/_emulator/reset', { plan: 'default' })
    expect(reset.body).toMatchObject({ plan: 'default' })
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ plan: 'default', rateLimit: { burst: 50, drainPerSecond: 2 } })
    expect((await appInfo(portal)).LICENSE_FAMILY).toBe('project')
    await portal.post('/_emulator/reset', {})
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ plan: 'enterprise', rateLimit: { burst: 250, drainPerSecond: 5 } })
    expect((await portal.post('/_emulator/reset', { plan: 'pro' })).status).toBe(400)
  })

  it('refuses the 251st request of a burst on enterprise, the 51st on default', async () => {
    portal = await startTestPortal({ rateLimit: undefined, plan: 'enterprise' })
    const { access_token: token } = await portal.token(1)
    const statuses: number[] = []
    for (let i = 0; i < 251; i++) statuses.push((await portal.v2('profile', {}, token)).status)
    // a few drain while the loop runs, so at most the last ones are refused
    expect(statuses.slice(0, 250).every(s => s === 200)).toBe(true)
    await portal.post('/_emulator/reset', { plan: 'default' })
    const again = (await portal.token(1)).access_token
    const small: number[] = []
    for (let i = 0; i < 60; i++) small.push((await portal.v2('profile', {}, again)).status)
    expect(small.slice(0, 50).every(s => s === 200)).toBe(true)
    expect(small).toContain(503)
  })

  it('an explicit rate limit wins over every plan', async () => {
    portal = await startTestPortal({ plan: 'enterprise' })
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ plan: 'enterprise', rateLimit: null })
    await portal.post('/_emulator/reset', { plan: 'default' })
    expect((await portal.get('/_emulator/faults')).body).toMatchObject({ plan: 'default', rateLimit: null })
  })
})
