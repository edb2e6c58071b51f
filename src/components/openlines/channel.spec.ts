import { describe, expect, it } from 'vitest'
import { channelProblems, completeChannel, initialChannel, isAbsoluteHttpUrl } from './channel'

describe('isAbsoluteHttpUrl', () => {
  it.each([
    ['https://example.com/chat/1', true],
    ['http://127.0.0.1:8080/x', true],
    ['  https://example.com  ', true],
    ['example.com', false],
    ['/relative/path', false],
    ['ftp://example.com', false],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['', false]
  ])('%s → %s', (value, expected) => {
    expect(isAbsoluteHttpUrl(value)).toBe(expected)
  })
})

describe('channel settings', () => {
  it('starts from the saved values, else from the defaults (ID <connector>_<line>, NAME the line name)', () => {
    const saved = { ID: 's', URL: 'https://a', URL_IM: 'https://b', NAME: 'Saved' }
    expect(initialChannel(saved, 'conn', 3, 'Support')).toEqual(saved)
    expect(initialChannel(null, 'conn', 3, 'Support')).toEqual({ ID: 'conn_3', URL: '', URL_IM: '', NAME: 'Support' })
  })

  it('refuses a missing or relative URL, a bad operator URL and an empty name', () => {
    expect(channelProblems({ ID: '', URL: '', URL_IM: '', NAME: 'n' })).toEqual([{ name: 'URL', key: 'urlRequired' }])
    expect(channelProblems({ ID: '', URL: 'example.com', URL_IM: 'ftp://x', NAME: ' ' })).toEqual([
      { name: 'URL', key: 'urlInvalid' },
      { name: 'URL_IM', key: 'urlImInvalid' },
      { name: 'NAME', key: 'nameRequired' }
    ])
    expect(channelProblems({ ID: '', URL: 'https://ok.example', URL_IM: '', NAME: 'n' })).toEqual([])
  })

  it('completes all four keys: URL_IM defaults to URL, ID to <connector>_<line>', () => {
    expect(completeChannel({ ID: ' ', URL: ' https://a.example/1 ', URL_IM: '', NAME: ' Shop ' }, 'conn', 7))
      .toEqual({ ID: 'conn_7', URL: 'https://a.example/1', URL_IM: 'https://a.example/1', NAME: 'Shop' })
    expect(completeChannel({ ID: 'ext-1', URL: 'https://a', URL_IM: 'https://op', NAME: 'n' }, 'conn', 7))
      .toEqual({ ID: 'ext-1', URL: 'https://a', URL_IM: 'https://op', NAME: 'n' })
  })
})
