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

  it('keeps the place scrolled to when an answer fills in rows, and starts a new filter result at the top', async () => {
    const many: StructureNode[] = [nodes[0]!, ...Array.from({ length: 200 }, (_, i) => ({ ...nodes[1]!, id: 10 + i, name: `Team ${i}` }))]
    const places = rowPlaces(buildIndex(many))
    const first = buildRows(places, () => undefined)
    const { wrapper } = await mountApp(StructureMatrix, { path: '/coverage', props: { rows: first, selected: new Set<number>(), selectable: false } })
    const body = wrapper.get('[data-testid="coverage-matrix-body"]')
    const shown = () => wrapper.findAll('[data-testid^="coverage-cell-"][data-testid$="-CHAT"]').map(c => Number(c.attributes('data-testid')!.split('-')[2]))
    // rows sort by name ("Team 0", "Team 1", "Team 10", …), so the node at row 150 is looked up, not guessed
    const far = first[150]!.node.id
    ;(body.element as HTMLElement).scrollTop = 150 * 40
    await body.trigger('scroll')
    expect(shown()).toContain(far)
    expect(shown()).not.toContain(first[0]!.node.id)

    // an answer: the same nodes in the same order, that node now with a chat
    const chat = toNodeCommunications({ chats: [{ id: 9, type: 'CHAT', originalNodeId: null }], channels: [], collabs: [] })
    await wrapper.setProps({ rows: buildRows(places, (id) => (id === far ? chat : undefined), first) })
    expect(shown()).toContain(far)
    expect(wrapper.get(`[data-testid="coverage-cell-${far}-CHAT"]`).attributes('data-total')).toBe('1')

    // a filter: other nodes, so the old offset means nothing and the list starts at the top
    await wrapper.setProps({ rows: first.slice(100) })
    expect(shown()[0]).toBe(first[100]!.node.id)
  })
})
