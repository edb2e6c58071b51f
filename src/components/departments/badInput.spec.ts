import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StructureNode } from '@/api/structure'
import { buildIndex, filterIds } from '@/stores/structureTree'
import { usePickerSources } from '@/composables/usePickerSources'

/**
 * Bad input for the two Departments text fields (issue 7). The tree filter is instant and local: any text is
 * a literal substring (never a pattern), blank is no filter, and case and Unicode form do not matter. The
 * bind picker's search sends im.search.chat.list only for a phrase the portal accepts, trimmed and otherwise
 * verbatim.
 */
const chats = vi.hoisted(() => ({ searchChats: vi.fn(), fetchRecentChats: vi.fn() }))
vi.mock(import('@/api/chats'), async importOriginal => ({ ...await importOriginal(), ...chats }))

const HTML = '<img src=x onerror=alert(1)>'
const NAMES = ['Acme', 'Marketing', 'Отдел продаж', 'Café', '東京オフィス', 'قسم المبيعات', 'צוות פיתוח', `Hostile ${HTML}`, 'Ops (24/7) .*']

function node(id: number, name: string): StructureNode {
  return { id, name, type: 'DEPARTMENT', parentId: id === 1 ? null : 1 } as StructureNode
}

const index = buildIndex(NAMES.map((name, i) => node(i + 1, name)))

/** Names the filter marks as matches, or null when the term is no filter at all. */
function matches(term: string): string[] | null {
  const found = filterIds(index, term)
  return found ? [...found.matches].map(id => NAMES[id - 1]!).sort() : null
}

describe('tree filter: bad input', () => {
  it.each([
    ['empty', '', null],
    ['only spaces', '   \t', null],
    ['only invisible marks', '\u200B\u202E', null],
    ['too long', 'x'.repeat(10_000), []],
    ['HTML, matched literally', HTML, [`Hostile ${HTML}`]],
    ['a script that is in no name', '<script>alert(1)</script>', []],
    ['regular-expression characters, matched literally', '.*', ['Ops (24/7) .*']],
    ['an unbalanced bracket', '(24', ['Ops (24/7) .*']],
    ['Cyrillic in another case', 'ОТДЕЛ', ['Отдел продаж']],
    ['a combining accent (NFD) against a composed name', 'cafe\u0301', ['Café']],
    ['CJK', '東京', ['東京オフィス']],
    ['Arabic', 'المبيعات', ['قسم المبيعات']],
    ['Hebrew', 'פיתוח', ['צוות פיתוח']],
    ['emoji in no name', '😀', []],
    ['surrounding spaces', '  marketing  ', ['Marketing']]
  ])('%s', (_name, term, expected) => {
    expect(matches(term as string)).toEqual(expected)
  })

  it('shows the ancestors of a match, and nothing else, for a literal HTML term', () => {
    const found = filterIds(index, HTML)!
    expect([...found.visible].sort()).toEqual([1, 8])
  })
})

describe('bind picker search: bad input', () => {
  beforeEach(() => {
    chats.searchChats.mockReset().mockResolvedValue([])
  })

  it.each([
    ['empty', ''],
    ['only spaces', '    '],
    ['one character', 'a'],
    ['one character with spaces', '  a  ']
  ])('sends nothing for %s', async (_name, term) => {
    const { search, sources } = usePickerSources()
    await search(term)
    expect(chats.searchChats).not.toHaveBeenCalled()
    expect(sources.value.search.status).toBe('idle')
  })

  it.each([
    ['HTML', HTML],
    ['a script', '<script>alert(1)</script>'],
    ['too long', 'q'.repeat(5000)],
    ['Unicode', 'Планёрка 中文 e\u0301'],
    ['right-to-left with U+202E', 'שלום \u202Eabc']
  ])('sends %s verbatim (trimmed) and shows what the portal found', async (_name, term) => {
    const { search, sources } = usePickerSources()
    await search(`  ${term} `)
    expect(chats.searchChats).toHaveBeenCalledWith(term)
    expect(sources.value.search).toMatchObject({ status: 'ready', options: [] })
  })
})
