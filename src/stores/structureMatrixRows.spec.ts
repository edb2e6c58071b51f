import { describe, expect, it } from 'vitest'
import { toNodeCommunications } from '@/api/structure'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { toCsv } from '@/utils/csv'
import { buildRows, csvRows, emptyFilters, filterRows, rowPlaces } from './structureMatrixRows'
import { buildIndex } from './structureTree'

function node(id: number, parentId: number | null, name: string): StructureNode {
  return { id, name, type: 'DEPARTMENT', parentId, userCount: 1, description: '', colorName: null }
}

const nodes = [node(1, null, 'Company'), node(2, 1, '=Sales, North'), node(3, 2, 'Field team'), node(4, 1, 'HR')]
const comms = new Map([
  [1, toNodeCommunications({ chats: [{ id: 10, type: 'CHAT', originalNodeId: null }], channels: [], collabs: [] })],
  [2, toNodeCommunications({ chats: [{ id: 10, type: 'CHAT', originalNodeId: 1 }], channels: [], collabs: [], channelsNoAccess: 2 })],
  [3, toNodeCommunications({ chats: [], channels: [], collabs: [] })]
  // node 4: not loaded
])

function matrixOf(list: StructureNode[], known: Map<number, NodeCommunications>) {
  const index = buildIndex(list)
  return { index, rows: buildRows(rowPlaces(index), (id) => known.get(id)) }
}

describe('coverage matrix', () => {
  it('lists nodes depth first with their path and direct / inherited / hidden counts', () => {
    const { rows } = matrixOf(nodes, comms)
    expect(rows.map((r) => [r.node.id, r.depth, r.path])).toEqual([[1, 0, ''], [2, 1, 'Company'], [3, 2, 'Company / =Sales, North'], [4, 1, 'Company']])
    expect(rows.find((r) => r.node.id === 2)!.counts).toMatchObject({ CHAT: { direct: 0, inherited: 1 }, CHANNEL: { hidden: 2 } })
  })

  it('never reports a gap on a node whose communications were not loaded', () => {
    const { rows, index } = matrixOf(nodes, comms)
    expect(filterRows(rows, index, { ...emptyFilters(), noChat: true }).map((r) => r.node.id)).toEqual([3])
    expect(filterRows(rows, index, { ...emptyFilters(), noChannel: true, noChat: true }).map((r) => r.node.id)).toEqual([3])
    expect(filterRows(rows, index, { ...emptyFilters(), branchId: 2 }).map((r) => r.node.id)).toEqual([2, 3])
  })

  it('exports the filtered rows as CSV with structure data only, formulas disarmed', () => {
    const { rows, index } = matrixOf(nodes, comms)
    const text = toCsv(csvRows(filterRows(rows, index, { ...emptyFilters(), branchId: 2 })))
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('id,name,type,parentId,path,chats,chatsInherited,chatsHidden,channels,channelsInherited,channelsHidden,collabs,collabsInherited,collabsHidden')
    expect(lines[1]).toBe('2,"\'=Sales, North",DEPARTMENT,1,Company,0,1,0,0,0,2,0,0,0')
    expect(lines[2]).toBe('3,Field team,DEPARTMENT,2,"Company / =Sales, North",0,0,0,0,0,0,0,0,0')
    expect(text).not.toMatch(/auth|token/i)
  })

  it('keeps the row of every node an answer did not change, and makes a new one for each it did', () => {
    const index = buildIndex(nodes)
    const places = rowPlaces(index)
    const known = new Map(comms)
    const first = buildRows(places, (id) => known.get(id))
    known.set(4, toNodeCommunications({ chats: [], channels: [{ id: 20, type: 'CHANNEL', originalNodeId: null }], collabs: [] }))
    const second = buildRows(places, (id) => known.get(id), first)
    expect(second.slice(0, 3)).toEqual(first.slice(0, 3))
    second.slice(0, 3).forEach((row, i) => expect(row).toBe(first[i]))
    expect(second[3]).not.toBe(first[3])
    expect(second[3]).toMatchObject({ unknown: false, counts: { CHANNEL: { direct: 1 } } })
    // a node renamed or moved is a new place: its row is made again even with the same communications
    const renamed = buildRows(rowPlaces(buildIndex(nodes.map((n) => (n.id === 3 ? { ...n, name: 'Field crew' } : n)))), (id) => known.get(id), second)
    expect(renamed.find((r) => r.node.id === 3)).not.toBe(second[2])
    expect(renamed.find((r) => r.node.id === 3)!.node.name).toBe('Field crew')
    expect(renamed.find((r) => r.node.id === 1)).toBe(second[0])
  })
})
