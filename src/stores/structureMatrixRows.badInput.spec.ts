import { describe, expect, it } from 'vitest'
import type { StructureNode } from '@/api/structure'
import { buildRows, emptyFilters, filterRows, rowPlaces } from './structureMatrixRows'
import { buildIndex } from './structureTree'

/**
 * Bad input in the coverage matrix's text filter (issue 7): any text is a literal substring, blank or
 * invisible-only text is no filter, and case and Unicode form do not matter — as in the departments tree.
 */
const HTML = '<img src=x onerror=alert(1)>'
const NAMES = ['Acme', 'Sales', 'Отдел продаж', 'Café', '東京オフィス', 'قسم المبيعات', `Hostile ${HTML}`, '=cmd|x']

const nodes = NAMES.map((name, i) => ({ id: i + 1, name, type: 'DEPARTMENT', parentId: i === 0 ? null : 1 }) as StructureNode)
const index = buildIndex(nodes)
const rows = buildRows(rowPlaces(index), () => undefined)

function shown(text: string): string[] {
  return filterRows(rows, index, { ...emptyFilters(), text }).map(r => r.node.name).sort()
}

describe('coverage text filter: bad input', () => {
  it.each([
    ['empty', '', [...NAMES].sort()],
    ['only spaces', '  \t ', [...NAMES].sort()],
    ['only invisible marks', '\u200B\u202E', [...NAMES].sort()],
    ['too long', 'z'.repeat(10_000), []],
    ['HTML, literally', HTML, [`Hostile ${HTML}`]],
    ['a formula start, literally', '=cmd', ['=cmd|x']],
    ['Cyrillic in another case', 'ПРОДАЖ', ['Отдел продаж']],
    ['a combining accent against a composed name', 'cafe\u0301', ['Café']],
    ['CJK', 'オフィス', ['東京オフィス']],
    ['Arabic', 'المبيعات', ['قسم المبيعات']]
  ])('%s', (_name, text, expected) => {
    expect(shown(text as string)).toEqual(expected)
  })
})
