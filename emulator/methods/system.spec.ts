// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import { ALL_SCOPES } from './system.ts'

let portal: TestPortal

beforeAll(async () => {
  portal = await startTestPortal()
})
afterAll(async () => {
  await portal.close()
})

describe('system methods', () => {
  it('app.info reports a local app, its install state and the session language', async () => {
    const { access_token: token } = await portal.token(1, 'ru')
    const result = (await portal.v2('app.info', {}, token)).body.result as Record<string, unknown>
    expect(result).toMatchObject({ STATUS: 'L', INSTALLED: portal.emulator.ctx.data.installed, LANGUAGE_ID: 'ru', PAYMENT_EXPIRED: 'N' })
    portal.emulator.ctx.data.installed = !portal.emulator.ctx.data.installed
    const again = (await portal.v2('app.info', {}, token)).body.result as Record<string, unknown>
    expect(again.INSTALLED).toBe(portal.emulator.ctx.data.installed)
  })

  it('app.info answers any of the 20 session languages unchanged, and LICENSE the portal\'s language', async () => {
    for (const lang of ['de', 'vn', 'sc'] as const) {
      const { access_token: token } = await portal.token(1, lang)
      const result = (await portal.v2('app.info', {}, token)).body.result as Record<string, unknown>
      expect(result, lang).toMatchObject({ LANGUAGE_ID: lang, LICENSE: 'en_project' })
    }
    const german = await startTestPortal({ lang: 'de' })
    try {
      const result = (await german.v2('app.info', {})).body.result as Record<string, unknown>
      expect(result).toMatchObject({ LANGUAGE_ID: 'de', LICENSE: 'de_project' })
    } finally {
      await german.close()
    }
  })

  it('scope lists the granted scopes, or every scope with full', async () => {
    const { access_token: token } = await portal.token(1)
    expect((await portal.v2('scope', {}, token)).body.result).toEqual(portal.emulator.ctx.data.scopes)
    expect((await portal.v2('scope', { full: true }, token)).body.result).toEqual(ALL_SCOPES)
    expect((await portal.get(`/rest/scope?full=1&auth=${token}`)).body.result).toEqual(ALL_SCOPES)
    // `$arQuery['FULL'] == true` is PHP truthiness: "0" is false, "N" is true
    expect((await portal.get(`/rest/scope?full=0&auth=${token}`)).body.result).toEqual(portal.emulator.ctx.data.scopes)
    expect((await portal.get(`/rest/scope?full=N&auth=${token}`)).body.result).toEqual(ALL_SCOPES)
  })

  it('profile tells who is calling and whether they are an administrator', async () => {
    const admin = (await portal.v2('profile', {}, (await portal.token(1)).access_token)).body.result as Record<string, unknown>
    const employee = (await portal.v2('profile', {}, (await portal.token(2)).access_token)).body.result as Record<string, unknown>
    const user2 = portal.emulator.ctx.data.users.find(u => u.id === 2)!
    expect(admin).toMatchObject({ ID: '1', ADMIN: true })
    expect(employee).toMatchObject({ ID: '2', ADMIN: false, NAME: user2.name, LAST_NAME: user2.lastName })
  })
})
