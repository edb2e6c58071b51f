// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from './test-client.ts'
import type { TestPortal } from './test-client.ts'
import { FeatureError, methodOffered, parseFeatures, parseFeaturesFlag } from './features.ts'
import { parseCliArgs } from './cli.ts'

let portal: TestPortal

beforeAll(async () => {
  portal = await startTestPortal({ seed: 3, size: 20 })
})
afterAll(async () => {
  await portal.close()
})

const V3_NOT_FOUND = 'BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION'

function errorCode(body: Record<string, unknown>): unknown {
  const error = body.error
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : error
}

describe('portal features switches', () => {
  it('offers everything by default', async () => {
    const reset = await portal.post('/_emulator/reset', {})
    expect(reset.body).toMatchObject({ ok: true, features: { structure: true, collabs: true } })
    expect((await portal.v3('humanresources.node.count', {})).status).toBe(200)
    expect((await portal.v2('socialnetwork.api.workgroup.list', {})).status).toBe(200)
  })

  it('structure off: humanresources.* answer as an unknown REST 3.0 method, in a call and in a batch; the rest is unchanged', async () => {
    const reset = await portal.post('/_emulator/reset', { features: { structure: false } })
    expect(reset.body).toMatchObject({ features: { structure: false, collabs: true } })
    for (const method of ['humanresources.node.list', 'humanresources.node.count']) {
      const answer = await portal.v3(method, {})
      expect(answer.status).toBe(404)
      expect(errorCode(answer.body)).toBe(V3_NOT_FOUND)
    }
    // exactly the answer of a method nobody registered
    const unknown = await portal.v3('nothing.here.list', {})
    expect(unknown.status).toBe(404)
    expect(errorCode(unknown.body)).toBe(V3_NOT_FOUND)

    const token = (await portal.token(1)).access_token
    const batch = await portal.post(`/rest/api/batch?auth=${token}`, [{ method: 'humanresources.node.list', query: {} }])
    expect(JSON.stringify(batch.body)).toContain('METHODNOTFOUNDEXCEPTION')

    expect((await portal.v2('socialnetwork.api.workgroup.list', {})).status).toBe(200)
    expect((await portal.v2('user.current', {})).status).toBe(200)
  })

  it('collabs off: socialnetwork.api.workgroup.list is not found (REST 2, call and batch row); the structure works', async () => {
    await portal.post('/_emulator/reset', { features: { collabs: false } })
    const answer = await portal.v2('socialnetwork.api.workgroup.list', {})
    expect(answer.status).toBe(404)
    expect(answer.body.error).toBe('ERROR_METHOD_NOT_FOUND')
    const token = (await portal.token(1)).access_token
    const batch = await portal.post('/rest/batch', { auth: token, halt: 0, cmd: { groups: 'socialnetwork.api.workgroup.list', me: 'user.current' } })
    const result = batch.body.result as { result: Record<string, unknown>, result_error: Record<string, { error?: string }> }
    expect(result.result_error.groups?.error).toBe('ERROR_METHOD_NOT_FOUND')
    expect(result.result.me).toBeTruthy()
    expect((await portal.v3('humanresources.node.count', {})).status).toBe(200)
  })

  it('a reset without features offers everything again; bad values are refused', async () => {
    await portal.post('/_emulator/reset', { features: { structure: false, collabs: false } })
    expect((await portal.post('/_emulator/reset', {})).body).toMatchObject({ features: { structure: true, collabs: true } })
    expect((await portal.v3('humanresources.node.count', {})).status).toBe(200)
    const bad = await portal.post('/_emulator/reset', { features: { structure: 'no' } })
    expect(bad.status).toBe(400)
    expect((await portal.post('/_emulator/reset', { features: { chats: false } })).status).toBe(400)
  })

  it('starts with the features given to startEmulator', async () => {
    const other = await startTestPortal({ seed: 3, size: 20, features: { structure: false } })
    try {
      expect((await other.v3('humanresources.node.count', {})).status).toBe(404)
      // a reset goes back to the start value, not to everything offered
      await other.post('/_emulator/reset', {})
      expect((await other.v3('humanresources.node.count', {})).status).toBe(404)
    } finally {
      await other.close()
    }
  })
})

describe('features parsing', () => {
  it('reads the CLI flag', () => {
    expect(parseFeaturesFlag('no-structure,no-collabs')).toEqual({ structure: false, collabs: false })
    expect(parseFeaturesFlag('no-collabs')).toEqual({ collabs: false })
    expect(() => parseFeaturesFlag('no-chats')).toThrow(FeatureError)
    expect(parseCliArgs(['--features', 'no-structure']).features).toEqual({ structure: false })
    expect(() => parseCliArgs(['--features', 'off'])).toThrow(/--features/)
  })

  it('validates a control body and knows which methods a feature takes away', () => {
    expect(parseFeatures({ collabs: false })).toEqual({ collabs: false })
    expect(() => parseFeatures([])).toThrow(FeatureError)
    const none = { structure: false, collabs: false }
    expect(methodOffered(none, 'humanresources.node.communication.edit')).toBe(false)
    expect(methodOffered(none, 'socialnetwork.api.workgroup.list')).toBe(false)
    expect(methodOffered(none, 'im.chat.get')).toBe(true)
    expect(methodOffered({ structure: true, collabs: true }, 'humanresources.node.list')).toBe(true)
  })
})
