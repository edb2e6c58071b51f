import { buildIndex, subtreeOf } from './structureTree'
import { searchable } from '@/utils/names'
import type { StructureIndex } from './structureTree'
import { countCommunications, totalOf } from '@/api/structureMatrix'
import type { MatrixCounts } from '@/api/structureMatrix'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import type { CsvValue } from '@/utils/csv'
import { isBlank } from '@/utils/text'

/**
 * Pure helpers of the coverage store: the matrix rows in structure order, the filters and the CSV.
 * Sized for 10,000 nodes: rows are built once per load (linear), a filter pass is a few comparisons per
 * row, and the branch filter is one subtree walk.
 */

export interface MatrixRow {
  node: StructureNode
  depth: number
  /** ancestor names from the root, " / "-joined (for the CSV and the row's accessible name) */
  path: string
  counts: MatrixCounts
  /** communications not loaded for this node (the load was cancelled or failed half-way) */
  unknown: boolean
  /** lower-cased, NFC-normalised name for the text filter (the same comparison as the departments tree) */
  search: string
}

export interface MatrixFilters {
  noChat: boolean
  noChannel: boolean
  noCollab: boolean
  /** show only this node and its descendants */
  branchId: number | null
  text: string
}

export function emptyFilters(): MatrixFilters {
  return { noChat: false, noChannel: false, noCollab: false, branchId: null, text: '' }
}

/** Rows depth first, in the order the departments tree shows them (departments before teams, by name). */
export function buildRows(index: StructureIndex, comms: Map<number, NodeCommunications>): MatrixRow[] {
  const rows: MatrixRow[] = []
  const stack: Array<{ node: StructureNode, depth: number, path: string }> = []
  for (let i = index.roots.length - 1; i >= 0; i--) stack.push({ node: index.roots[i]!, depth: 0, path: '' })
  while (stack.length) {
    const { node, depth, path } = stack.pop()!
    const nodeComms = comms.get(node.id)
    rows.push({ node, depth, path, counts: countCommunications(node.id, nodeComms), unknown: !nodeComms, search: searchable(node.name) })
    const kids = index.children.get(node.id) ?? []
    const childPath = path ? `${path} / ${node.name}` : node.name
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: depth + 1, path: childPath })
  }
  return rows
}

export function matrixOf(nodes: StructureNode[], comms: Map<number, NodeCommunications>): { index: StructureIndex, rows: MatrixRow[] } {
  const index = buildIndex(nodes)
  return { index, rows: buildRows(index, comms) }
}

/**
 * The rows the filters let through. The "no …" filters combine with AND ("no chat" + "no channel" =
 * nodes that have neither), as do the branch and the text filter. A node whose communications are
 * unknown never counts as "has none": a half-loaded matrix must not claim a gap it has not seen.
 */
export function filterRows(rows: MatrixRow[], index: StructureIndex, filters: MatrixFilters): MatrixRow[] {
  // invisible-only text (zero-width space, U+202E…) is no filter, as in the departments tree
  const needle = isBlank(filters.text) ? '' : searchable(filters.text.trim())
  const branch = filters.branchId !== null ? new Set(subtreeOf(index, filters.branchId).map((n) => n.id)) : null
  if (!needle && !branch && !filters.noChat && !filters.noChannel && !filters.noCollab) return rows
  return rows.filter((row) => {
    if (branch && !branch.has(row.node.id)) return false
    if (needle && !row.search.includes(needle)) return false
    if ((filters.noChat || filters.noChannel || filters.noCollab) && row.unknown) return false
    if (filters.noChat && totalOf(row.counts.CHAT) > 0) return false
    if (filters.noChannel && totalOf(row.counts.CHANNEL) > 0) return false
    if (filters.noCollab && totalOf(row.counts.COLLAB) > 0) return false
    return true
  })
}

export const CSV_HEADER = [
  'id', 'name', 'type', 'parentId', 'path',
  'chats', 'chatsInherited', 'chatsHidden',
  'channels', 'channelsInherited', 'channelsHidden',
  'collabs', 'collabsInherited', 'collabsHidden'
]

/** The (filtered) matrix as CSV rows: structure data and counts only, nothing about the session. */
export function csvRows(rows: MatrixRow[]): CsvValue[][] {
  const out: CsvValue[][] = [CSV_HEADER]
  for (const row of rows) {
    const c = row.counts
    out.push([
      row.node.id, row.node.name, row.node.type, row.node.parentId, row.path,
      ...(row.unknown ? ['', '', '', '', '', '', '', '', ''] : [
        c.CHAT.direct, c.CHAT.inherited, c.CHAT.hidden,
        c.CHANNEL.direct, c.CHANNEL.inherited, c.CHANNEL.hidden,
        c.COLLAB.direct, c.COLLAB.inherited, c.COLLAB.hidden
      ])
    ])
  }
  return out
}
