// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPortal } from '../test-client.ts'
import type { TestPortal } from '../test-client.ts'
import type { PortalLang } from '../data/types.ts'

let portal: TestPortal

beforeAll(async () => {
  portal = await startTestPortal()
})
afterAll(async () => {
  await portal.close()
})

type Fields = Record<string, Record<string, unknown>>

async function fields(lang: PortalLang): Promise<Fields> {
  const { access_token: token } = await portal.token(2, lang)
  const answer = await portal.v2('crm.activity.communication.fields', {}, token)
  expect(answer.status).toBe(200)
  return answer.body.result as Fields
}

describe('crm.activity.communication.fields', () => {
  it('describes the six fields with titles in English', async () => {
    const result = await fields('en')
    expect(Object.keys(result)).toEqual(['ID', 'ACTIVITY_ID', 'ENTITY_ID', 'ENTITY_TYPE_ID', 'TYPE', 'VALUE'])
    expect(Object.values(result).map(f => f.title)).toEqual(['ID', 'Activity', 'Entity ID', 'Entity Type', 'Type', 'Value'])
    expect(result.ID).toEqual({ type: 'integer', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false, title: 'ID' })
    expect(Object.entries(result).filter(([, f]) => f.isReadOnly).map(([k]) => k)).toEqual(['ID', 'ACTIVITY_ID'])
    expect(result.VALUE!.type).toBe('string')
  })

  it('follows the session language', async () => {
    const result = await fields('ru')
    expect(Object.values(result).map(f => f.title)).toEqual(['ID', 'Дело', 'ID элемента сущности', 'Тип сущности', 'Тип', 'Значение'])
  })

  it('answers English titles in every other portal language (the emulator has en and ru texts only)', async () => {
    for (const lang of ['de', 'kz', 'ua', 'ar'] as const) {
      expect(Object.values(await fields(lang)).map(f => f.title), lang).toEqual(['ID', 'Activity', 'Entity ID', 'Entity Type', 'Type', 'Value'])
    }
  })
})
