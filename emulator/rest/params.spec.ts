// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { flag, idList, intOr, intval, isFlag, listOf, phpBool, positiveId, startOf, v3Bool, v3Int } from './params.ts'

/** Every input the wire can carry (JSON values, form strings, PHP maps), each read by every reader below. */
const INPUTS: Array<[string, unknown]> = [
  ['absent', undefined],
  ['null', null],
  ["''", ''],
  ["'Y'", 'Y'],
  ["'N'", 'N'],
  ["'y'", 'y'],
  ["'n'", 'n'],
  ["'yes'", 'yes'],
  ["'true'", 'true'],
  ["'false'", 'false'],
  ["'1'", '1'],
  ["'0'", '0'],
  ["'0.0'", '0.0'],
  ['1', 1],
  ['0', 0],
  ['true', true],
  ['false', false],
  ["'12'", '12'],
  ["' 12 '", ' 12 '],
  ["'12abc'", '12abc'],
  ["'abc12'", 'abc12'],
  ["'chat12'", 'chat12'],
  ["'+7'", '+7'],
  ["'-5'", '-5'],
  ["'1.9'", '1.9'],
  ["'1e3'", '1e3'],
  ["'012'", '012'],
  ["'0x1A'", '0x1A'],
  ["'.5'", '.5'],
  ['12.7', 12.7],
  ['-1.9', -1.9],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['[]', []],
  ['[5]', [5]],
  ['{}', {}],
  ["{0: '5'}", { 0: '5' }]
]

/**
 * The table: for each input, its reading by flag (default N), flag (default Y), phpBool, intval, intOr(…, 50),
 * positiveId, v3Int and v3Bool.
 */
const TABLE: Record<string, [boolean, boolean, boolean, number, number, number | null, number | null, boolean]> = {
  absent: [false, true, false, 0, 50, null, null, false],
  null: [false, true, false, 0, 50, null, null, false],
  "''": [false, true, false, 0, 0, null, null, false],
  "'Y'": [true, true, true, 0, 0, null, null, true],
  "'N'": [false, false, true, 0, 0, null, null, false],
  "'y'": [false, true, true, 0, 0, null, null, true],
  "'n'": [false, true, true, 0, 0, null, null, false],
  "'yes'": [false, true, true, 0, 0, null, null, false],
  "'true'": [false, true, true, 0, 0, null, null, true],
  "'false'": [false, true, true, 0, 0, null, null, false],
  "'1'": [false, true, true, 1, 1, 1, 1, true],
  "'0'": [false, true, false, 0, 0, null, 0, false],
  "'0.0'": [false, true, true, 0, 0, null, null, false],
  1: [false, true, true, 1, 1, 1, 1, true],
  0: [false, true, false, 0, 0, null, 0, false],
  true: [false, true, true, 1, 1, 1, null, true],
  false: [false, true, false, 0, 0, null, null, false],
  "'12'": [false, true, true, 12, 12, 12, 12, false],
  "' 12 '": [false, true, true, 12, 12, 12, 12, false],
  "'12abc'": [false, true, true, 12, 12, 12, null, false],
  "'abc12'": [false, true, true, 0, 0, null, null, false],
  "'chat12'": [false, true, true, 0, 0, null, null, false],
  "'+7'": [false, true, true, 7, 7, 7, null, false],
  "'-5'": [false, true, true, -5, -5, null, -5, false],
  "'1.9'": [false, true, true, 1, 1, 1, null, false],
  "'1e3'": [false, true, true, 1000, 1000, 1000, null, false],
  "'012'": [false, true, true, 12, 12, 12, 12, false],
  "'0x1A'": [false, true, true, 0, 0, null, null, false],
  "'.5'": [false, true, true, 0, 0, null, null, false],
  12.7: [false, true, true, 12, 12, 12, null, false],
  '-1.9': [false, true, true, -1, -1, null, null, false],
  NaN: [false, true, true, 0, 0, null, null, false],
  Infinity: [false, true, true, 0, 0, null, null, false],
  '[]': [false, true, false, 0, 0, null, null, false],
  '[5]': [false, true, true, 1, 1, 1, null, false],
  '{}': [false, true, false, 0, 0, null, null, false],
  "{0: '5'}": [false, true, true, 1, 1, 1, null, false]
}

describe('request parameters, read the portal way', () => {
  it('the table names every input once', () => {
    expect(Object.keys(TABLE).sort()).toEqual(INPUTS.map(([name]) => name).sort())
  })

  it.each(INPUTS)('reads %s', (name, value) => {
    const reading = [
      flag(value), flag(value, true), phpBool(value), intval(value), intOr(value, 50), positiveId(value),
      v3Int(value), v3Bool(value)
    ]
    expect(reading).toEqual(TABLE[name])
  })

  it('intval never answers -0', () => {
    expect(Object.is(intval(-0.5), 0)).toBe(true)
    expect(Object.is(intval('-0'), 0)).toBe(true)
  })

  it('isFlag accepts the two letters only', () => {
    expect(['Y', 'N'].every(isFlag)).toBe(true)
    expect(['y', 'n', '', 'yes', '1', 1, true, false, undefined].some(isFlag)).toBe(false)
  })

  it('reads REST 2 `start` with intval, -1 (no count) included', () => {
    expect([startOf({}), startOf({ start: '50' }), startOf({ start: '50abc' }), startOf({ start: -1 }), startOf({ start: '-1' })])
      .toEqual([0, 50, 50, -1, -1])
  })

  it('lists the entries of an array, a form map or one value', () => {
    expect(listOf([1, '2'])).toEqual([1, '2'])
    expect(listOf({ 0: '3', 1: '4' })).toEqual(['3', '4'])
    expect(listOf('5')).toEqual(['5'])
    expect([listOf(undefined), listOf(null), listOf('')]).toEqual([[], [], []])
  })

  it('reads an id list as im reads USERS: intval each, drop ≤ 0 and repeats', () => {
    expect(idList([3, '3', '12abc', 'x', 0, -2, 1.9, null, '7'])).toEqual([3, 12, 1, 7])
    expect(idList({ 0: '3', 1: '999', 2: '6', 3: 'x' })).toEqual([3, 999, 6])
    expect(idList('4')).toEqual([4])
    expect(idList(undefined)).toEqual([])
  })
})
