import { describe, expect, it } from 'vitest'
import { flag, fullName, int, ints, record, text } from './wire'

/** What the portal (and the app's own stored JSON, and the frame's placement options) may send for one field. */
describe('int', () => {
  it.each([
    ['a number', 12, 12],
    ['zero', 0, 0],
    ['a negative number', -3, -3],
    ['a string of digits', '12', 12],
    ['a string with spaces around', ' 12 ', 12],
    ['a negative string', '-3', -3],
    ['a fraction', 1.5, null],
    ['a fraction as a string', '1.5', null],
    ['digits and letters', '12abc', null],
    ['an empty string', '', null],
    ['only spaces', '   ', null],
    ['missing', undefined, null],
    ['null', null, null],
    ['true', true, null],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
    ['a list', [1], null],
    ['an object', { id: 1 }, null]
  ])('%s', (_name, value, expected) => {
    expect(int(value)).toBe(expected)
  })

  it('answers the fallback for what it cannot read, and the number for what it can', () => {
    expect(int('x', 0)).toBe(0)
    expect(int(undefined, 7)).toBe(7)
    expect(int('5', 7)).toBe(5)
  })
})

describe('ints', () => {
  it.each([
    ['numbers and numeric strings, in order', [3, '1', ' 2 '], [3, 1, 2]],
    ['what is not an integer left out', [1, 'x', null, 2.5, '', 4], [1, 4]],
    ['an empty list', [], []],
    ['not a list', '1,2', []],
    ['missing', undefined, []],
    ['PHP\'s empty map', {}, []]
  ])('%s', (_name, value, expected) => {
    expect(ints(value)).toEqual(expected)
  })
})

describe('text', () => {
  it.each([
    ['a string', 'Sales', 'Sales'],
    ['an empty string', '', ''],
    ['spaces kept', ' a ', ' a '],
    ['a number', 12, '12'],
    ['zero', 0, '0'],
    ['NaN', Number.NaN, ''],
    ['missing', undefined, ''],
    ['null', null, ''],
    ['true', true, ''],
    ['an object', { name: 'x' }, ''],
    ['a list', ['x'], '']
  ])('%s', (_name, value, expected) => {
    expect(text(value)).toBe(expected)
  })
})

describe('flag', () => {
  it.each([
    ['true', true, true],
    ['"Y"', 'Y', true],
    ['"y"', 'y', true],
    ['"true"', 'true', true],
    ['1', 1, true],
    ['"1"', '1', true],
    ['false', false, false],
    ['"N"', 'N', false],
    ['"n"', 'n', false],
    ['"false"', 'false', false],
    ['0', 0, false],
    ['"0"', '0', false],
    ['missing', undefined, false],
    ['null', null, false],
    ['something else', 'yes', false],
    ['2', 2, false]
  ])('%s', (_name, value, expected) => {
    expect(flag(value)).toBe(expected)
  })

  it.each([
    ['missing', undefined, true],
    ['something else', 'maybe', true],
    ['"N"', 'N', false],
    ['false', false, false]
  ])('with fallback true: %s', (_name, value, expected) => {
    expect(flag(value, true)).toBe(expected)
  })
})

describe('record', () => {
  it.each([
    ['an object', { a: 1 }, { a: 1 }],
    ['PHP\'s empty map as []', [], {}],
    ['a list', [{ a: 1 }], {}],
    ['missing', undefined, {}],
    ['null', null, {}],
    ['false (imopenlines.config.get for no line)', false, {}],
    ['a string', 'x', {}]
  ])('%s', (_name, value, expected) => {
    expect(record(value)).toEqual(expected)
  })

  it('answers the same object, not a copy', () => {
    const raw = { a: 1 }
    expect(record(raw)).toBe(raw)
  })
})

describe('fullName', () => {
  it.each([
    ['both', 'Anna', 'Smirnova', 'Anna Smirnova'],
    ['spaces trimmed', ' Anna ', ' Smirnova ', 'Anna Smirnova'],
    ['the first name only', 'Anna', '', 'Anna'],
    ['the last name only', null, 'Smirnova', 'Smirnova'],
    ['neither', undefined, '  ', ''],
    ['not text', 5, { x: 1 }, '5']
  ])('%s', (_name, first, last, expected) => {
    expect(fullName(first, last)).toBe(expected)
  })
})
