import { describe, expect, it } from 'vitest'
import type { StructureNode } from '@/api/structure'
import { ancestorsOf, buildIndex, filterIds, subtreeOf, visibleRows } from './structureTree'

function n(id: number, parentId: number | null, name = `Node ${id}`, type: StructureNode['type'] = 'DEPARTMENT'): StructureNode {
  return { id, name, type, parentId, userCount: 1, description: '', colorName: null }
}

const NODES = [n(1, null, 'Company'), n(2, 1, 'Sales'), n(3, 2, 'Sales B2B'), n(4, 2, 'Alpha', 'TEAM'), n(5, 1, 'Marketing'), n(6, 3, 'East')]

describe('structure tree helpers', () => {
  it('the withChildren preview is the node and its whole subtree', () => {
    const index = buildIndex(NODES)
    expect(subtreeOf(index, 2).map((x) => x.id)).toEqual([2, 3, 4, 6])
    expect(subtreeOf(index, 6).map((x) => x.id)).toEqual([6])
    expect(subtreeOf(index, 99)).toEqual([])
    expect(ancestorsOf(index, 6).map((x) => x.name)).toEqual(['Company', 'Sales', 'Sales B2B'])
  })

  it('shows children of expanded nodes only, departments before teams', () => {
    const index = buildIndex(NODES)
    expect(visibleRows(index, new Set([1]), null).map((r) => r.node.id)).toEqual([1, 5, 2])
    const rows = visibleRows(index, new Set([1, 2]), null)
    expect(rows.map((r) => [r.node.id, r.depth])).toEqual([[1, 0], [5, 1], [2, 1], [3, 2], [4, 2]])
    expect(rows.find((r) => r.node.id === 2)).toMatchObject({ hasChildren: true, expanded: true })
  })

  it('filters case-insensitively and shows each match under its ancestors', () => {
    const index = buildIndex(NODES)
    const filter = filterIds(index, 'EAST')!
    expect([...filter.matches]).toEqual([6])
    expect(visibleRows(index, new Set(), filter).map((r) => [r.node.id, r.match])).toEqual([[1, false], [2, false], [3, false], [6, true]])
    expect(filterIds(index, '  ')).toBeNull()
    expect([...filterIds(index, 'zzz', [5])!.matches]).toEqual([5])
  })

  it('handles 10,000 nodes: a parent that is not loaded puts the node at the top', () => {
    const many = [n(1, null, 'Company'), ...Array.from({ length: 9999 }, (_, i) => n(i + 2, Math.floor((i + 2) / 2), `Unit ${i + 2}`))]
    const index = buildIndex([...many, n(20000, 19999, 'Orphan')])
    expect(index.roots.map((r) => r.id)).toEqual([1, 20000])
    const filter = filterIds(index, 'unit 9999')!
    expect(filter.matches.has(9999)).toBe(true)
    const rows = visibleRows(index, new Set(), filter)
    expect(rows[rows.length - 1]!.node.id).toBe(9999)
    expect(rows.every((r) => filter.visible.has(r.node.id))).toBe(true)
  })
})
