import { describe, expect, it } from 'vitest'
import { parseSavedPair, placementTarget } from './openlines'

describe('placementTarget', () => {
  it('reads SETTING_CONNECTOR options, LINE arriving as a string', () => {
    expect(placementTarget({
      placement: 'SETTING_CONNECTOR',
      placementOptions: { CONNECTOR: 'My_Conn', LINE: '17', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: 'N', ERROR_STATUS: false }
    })).toEqual({ connector: 'my_conn', line: 17, active: true, connection: false, registered: false, error: false, status: false })
  })

  it('is null for other placements and for options without a usable pair', () => {
    expect(placementTarget({ placement: 'DEFAULT', placementOptions: { CONNECTOR: 'c', LINE: '1' } })).toBeNull()
    expect(placementTarget({ placement: 'SETTING_CONNECTOR', placementOptions: { CONNECTOR: 'c', LINE: 'x' } })).toBeNull()
    expect(placementTarget({ placement: 'SETTING_CONNECTOR', placementOptions: { LINE: '1' } })).toBeNull()
    expect(placementTarget(null)).toBeNull()
  })
})

describe('parseSavedPair', () => {
  it('reads the JSON the app stores, or an object, and keeps only the four DATA keys', () => {
    const data = { ID: 'i', URL: 'https://u', URL_IM: 'https://m', NAME: 'n' }
    expect(parseSavedPair(JSON.stringify({ active: true, data }))).toEqual({ active: true, data })
    expect(parseSavedPair({ active: false, data: { ...data, EXTRA: 1 } })).toEqual({ active: false, data })
    expect(parseSavedPair({ active: true, data: null })).toEqual({ active: true, data: null })
  })

  it('treats an empty, cleared or broken option as nothing saved', () => {
    expect(parseSavedPair('')).toBeNull()
    expect(parseSavedPair(undefined)).toBeNull()
    expect(parseSavedPair('{not json')).toBeNull()
  })
})
