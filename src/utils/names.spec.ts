import { describe, expect, it } from 'vitest'
import { compareNames, nameMatches, searchable } from './names'

const COMPOSED = 'Caf\u00e9'
const DECOMPOSED = 'Cafe\u0301'

describe('names', () => {
  it('compares the two Unicode forms of an accent as one', () => {
    expect(searchable(DECOMPOSED)).toBe(searchable(COMPOSED))
    expect(nameMatches(`${COMPOSED} team`, DECOMPOSED)).toBe(true)
    expect(nameMatches(`${DECOMPOSED} team`, 'CAF\u00c9')).toBe(true)
    expect(nameMatches('Cafeteria', COMPOSED)).toBe(false)
  })

  it('orders names alphabetically', () => {
    expect(['Sales', 'accounting', 'Marketing'].sort(compareNames)).toEqual(['accounting', 'Marketing', 'Sales'])
  })
})
