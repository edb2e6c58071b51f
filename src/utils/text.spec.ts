import { describe, expect, it } from 'vitest'
import { charCount, hasBidiControls, isBlank, parsePositiveId } from './text'

describe('parsePositiveId (the coverage bulk "by id" field)', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['abc', null],
    ['12abc', null],
    ['1e3', null],
    ['0x1F', null],
    ['0b11', null],
    ['1.0', null],
    ['-5', null],
    ['+5', null],
    ['0', null],
    ['9'.repeat(400), null],
    ['9007199254740993', null],
    ['<img src=x onerror=alert(1)>', null],
    ['١٢', null],
    ['１２', null],
    ['\u202E12', null],
    ['12', 12],
    ['  42 ', 42],
    ['007', 7]
  ])('%j → %j', (text, expected) => {
    expect(parsePositiveId(text)).toBe(expected)
  })
})

describe('isBlank, charCount, hasBidiControls', () => {
  it('sees only invisible marks as blank', () => {
    expect(isBlank(' \u00A0\u3000\u200B\u200E\u202E\u2066\uFEFF\n')).toBe(true)
    expect(isBlank(' x ')).toBe(false)
    expect(isBlank('\u0301')).toBe(false)
  })

  it('counts code points, as the portal\'s columns do', () => {
    expect(charCount('😀😀')).toBe(2)
    expect(charCount('e\u0301')).toBe(2)
    expect(charCount('中文')).toBe(2)
  })

  it('finds direction controls, not right-to-left letters', () => {
    expect(hasBidiControls('a\u202Eb')).toBe(true)
    expect(hasBidiControls('\u2067x')).toBe(true)
    expect(hasBidiControls('שלום مرحبا')).toBe(false)
  })
})
