// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parsePhpQuery } from './query-string.ts'

describe('parsePhpQuery', () => {
  it('reads flat pairs with percent-decoding and + as space', () => {
    expect(parsePhpQuery('a=1&b=hello+world&c=%D0%AF%26')).toEqual({ a: '1', b: 'hello world', c: 'Я&' })
  })

  it('nests bracketed keys', () => {
    expect(parsePhpQuery('FILTER[%3EID]=5&FILTER[UF_DEPARTMENT]=3&a[b][c]=1')).toEqual({
      FILTER: { '>ID': '5', UF_DEPARTMENT: '3' },
      a: { b: { c: '1' } }
    })
  })

  it('turns [] and 0..n-1 keys into arrays, as qs.stringify writes them', () => {
    expect(parsePhpQuery('a[]=x&a[]=y&USERS%5B0%5D=1&USERS%5B1%5D=2')).toEqual({ a: ['x', 'y'], USERS: ['1', '2'] })
  })

  it('keeps sparse numeric keys as a map', () => {
    expect(parsePhpQuery('a[1]=x&a[3]=y')).toEqual({ a: { 1: 'x', 3: 'y' } })
  })

  it('accepts keys without a value and a leading ?', () => {
    expect(parsePhpQuery('?flag&x=')).toEqual({ flag: '', x: '' })
  })

  it('keeps malformed escapes instead of failing', () => {
    expect(parsePhpQuery('a=%E0%A4%A')).toEqual({ a: '%E0%A4%A' })
  })

  it('lets a later scalar replace an earlier one', () => {
    expect(parsePhpQuery('a=1&a=2')).toEqual({ a: '2' })
  })
})
