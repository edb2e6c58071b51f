// @vitest-environment node
/**
 * imconnector.* and imopenlines.config.* through the real router: HTTP statuses, envelopes (failures inside an
 * HTTP 200 for register/unregister), batch rows, and the state the e2e tests read. Handler cases live in
 * imconnector.spec.ts and openlines.spec.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { EmuConnectorLine } from '../data/types.ts'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'

const ICON = { DATA_IMAGE: 'data:image/svg+xml,%3Csvg%2F%3E' }

describe('Open Channels through HTTP', () => {
  let portal: TestPortal

  beforeAll(async () => {
    portal = await startTestPortal()
  })

  afterAll(async () => {
    await portal.close()
  })

  beforeEach(async () => {
    await portal.post('/_emulator/reset', {})
  })

  async function pair(connectorId: string, lineId: number): Promise<EmuConnectorLine | undefined> {
    const state = await portal.get('/_emulator/state')
    return (state.body.connectorLines as EmuConnectorLine[]).find(p => p.connectorId === connectorId && p.lineId === lineId)
  }

  it('register → activate → data.set → status, and deactivation deletes DATA', async () => {
    const registered = await portal.v2('imconnector.register', { ID: 'Spec_Connector', NAME: 'Spec', ICON, PLACEMENT_HANDLER: 'https://app.example/' })
    expect([registered.status, registered.body.result]).toEqual([200, { result: true }])

    expect((await portal.v2('imconnector.activate', { CONNECTOR: 'spec_connector', LINE: '1', ACTIVE: '1' })).body.result).toBe(true)
    const data = { ID: 'spec_connector_1', URL: 'https://ext.example/1', URL_IM: 'https://ext.example/1', NAME: 'Spec channel' }
    expect((await portal.v2('imconnector.connector.data.set', { CONNECTOR: 'spec_connector', LINE: 1, DATA: data })).body.result).toBe(true)
    expect((await portal.v2('imconnector.status', { CONNECTOR: 'spec_connector', LINE: 1 })).body.result)
      .toEqual({ LINE: 1, CONNECTOR: 'spec_connector', ERROR: false, CONFIGURED: true, STATUS: true })
    expect(await pair('spec_connector', 1)).toMatchObject({ active: true, data })

    // one key changed: the portal keeps exactly what was sent, nothing merged
    await portal.v2('imconnector.connector.data.set', { CONNECTOR: 'spec_connector', LINE: 1, DATA: { ...data, NAME: 'Renamed' } })
    expect((await pair('spec_connector', 1))?.data).toEqual({ ...data, NAME: 'Renamed' })

    await portal.v2('imconnector.activate', { CONNECTOR: 'spec_connector', LINE: 1, ACTIVE: 0 })
    expect(await pair('spec_connector', 1)).toMatchObject({ active: false, data: null })
    expect((await portal.v2('imconnector.status', { CONNECTOR: 'spec_connector', LINE: 1 })).body.result).toMatchObject({ CONFIGURED: false, STATUS: false })
  })

  it('answers register and unregister failures inside an HTTP 200', async () => {
    const dotted = await portal.v2('imconnector.register', { ID: 'my.connector', NAME: 'x', ICON, PLACEMENT_HANDLER: 'https://a.example/' })
    expect(dotted.status).toBe(200)
    expect(dotted.body.result).toMatchObject({ result: false, error: 'APPLICATION_REGISTRATION_ERROR_POINT' })
    expect(dotted.body).not.toHaveProperty('error')
    const unknown = await portal.v2('imconnector.unregister', { ID: 'not_there' })
    expect(unknown.status).toBe(200)
    expect(unknown.body.result).toMatchObject({ result: false, error: 'APPLICATION_UNREGISTRATION_ERROR' })
  })

  it('answers argument errors with HTTP 400 in the v2 envelope', async () => {
    const missing = await portal.v2('imconnector.connector.data.set', { CONNECTOR: 'livechat', LINE: 1 })
    expect(missing.status).toBe(400)
    expect(missing.body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: "Argument 'DATA' is null or empty" })
  })

  it('refuses imconnector.list to an employee without the connector right', async () => {
    const { access_token: employee } = await portal.token(2)
    const denied = await portal.v2('imconnector.list', {}, employee)
    expect(denied.status).toBe(400)
    expect(denied.body).toMatchObject({ error: 'ACCESS_DENIED', error_description: 'You dont have access to this action' })
    const admin = await portal.v2('imconnector.list', {})
    expect(admin.body.result).toMatchObject({ livechat: expect.any(String), telegrambot: expect.any(String) })
  })

  it('answers statuses of many pairs in one batch', async () => {
    const batch = await portal.post('/rest/batch', {
      auth: (await portal.token(1)).access_token,
      halt: 0,
      cmd: { a: 'imconnector.status?CONNECTOR=livechat&LINE=1', b: 'imconnector.status?CONNECTOR=livechat&LINE=999', c: 'imconnector.status?LINE=1' }
    })
    const body = batch.body.result as { result: Record<string, unknown>, result_error: Record<string, { error: string }> }
    expect(body.result.a).toMatchObject({ LINE: 1, CONNECTOR: 'livechat', CONFIGURED: true })
    expect(body.result.b).toMatchObject({ LINE: 999, CONFIGURED: false, STATUS: false })
    expect(body.result_error.c?.error).toBe('ERROR_ARGUMENT')
  })

  it('pages imopenlines.config.list.get with PARAMS.limit/offset', async () => {
    const all = (await portal.v2('imopenlines.config.list.get', { PARAMS: { select: ['ID'] } })).body.result as Array<{ ID: string }>
    expect(all.length).toBeGreaterThan(1)
    const second = (await portal.v2('imopenlines.config.list.get', { PARAMS: { select: ['ID'], limit: 1, offset: 1 } })).body.result
    expect(second).toEqual([all[1]])
    expect((await portal.v2('imopenlines.config.get', { CONFIG_ID: 999 })).body).toHaveProperty('result', false)
    const empty = await portal.v2('imopenlines.config.get', {})
    expect([empty.status, empty.body.error]).toEqual([400, 'CONFIG_ID_EMPTY'])
  })
})
