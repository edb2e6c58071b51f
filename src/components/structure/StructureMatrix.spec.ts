import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { toNodeCommunications } from '@/api/structure'
import type { StructureNode } from '@/api/structure'
import { mountApp } from '@/testing/mountApp'
import { buildRows, rowPlaces } from '@/stores/structureMatrixRows'
import { buildIndex } from '@/stores/structureTree'
import StructureMatrix from './StructureMatrix.vue'

const nodes: StructureNode[] = [
  { id: 1, name: 'Company', type: 'DEPARTMENT', parentId: null, userCount: 1, description: '', colorName: null },
  { id: 2, name: 'Sales', type: 'DEPARTMENT', parentId: 1, userCount: 1, description: '', colorName: null }
]

describe('StructureMatrix', () => {
  it('renders again only the rows whose row object changed, and every row whose mark changed', async () => {
    const places = rowPlaces(buildIndex(nodes))
    const first = buildRows(places, () => undefined)
    const { wrapper } = await mountApp(StructureMatrix, { path: '/coverage', props: { rows: first, selected: new Set<number>(), selectable: true } })
    const cell = (id: number) => wrapper.get(`[data-testid="coverage-cell-${id}-CHAT"]`).attributes('data-total')
    expect([cell(1), cell(2)]).toEqual(['', ''])

    // an answer for node 2 only: node 1 keeps its row object, so its row is not rendered again. Writing
    // into that object (which no code does) shows whether it was: without the memo the 9 would appear.
    const chat = toNodeCommunications({ chats: [{ id: 9, type: 'CHAT', originalNodeId: null }], channels: [], collabs: [] })
    const second = buildRows(places, (id) => (id === 2 ? chat : undefined), first)
    expect(second[0]).toBe(first[0])
    Object.assign(second[0]!, { unknown: false, counts: buildRows(places, () => chat)[0]!.counts })
    await wrapper.setProps({ rows: second })
    expect([cell(1), cell(2)]).toEqual(['', '1'])

    // a mark is part of what a row shows: selecting node 1 renders it again, now with the written counts
    await wrapper.setProps({ selected: new Set([1]) })
    await nextTick()
    expect(cell(1)).toBe('1')
    expect((wrapper.get('[data-testid="coverage-select-1"]').element as HTMLElement).getAttribute('aria-checked')).toBe('true')
  })
})
