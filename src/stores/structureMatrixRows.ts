import { subtreeOf } from './structureTree'
import { searchable } from '@/utils/names'
import type { StructureIndex } from './structureTree'
import { countCommunications, totalOf } from '@/api/structureMatrix'
import type { MatrixCounts } from '@/api/structureMatrix'
import type { NodeCommunications, StructureNode } from '@/api/structure'
import type { CsvValue } from '@/utils/csv'
import { isBlank } from '@/utils/text'

/**
 * Pure helpers of the coverage store: the matrix rows in structure order, the filters and the CSV.
 * Sized for 10,000 nodes: places are walked once per node list, rows are rebuilt per answer (linear, rows
 * that did not change kept), a filter pass is a few comparisons per row, and the branch filter is one subtree walk.
 */

/** Where a node stands in the matrix: all of its row but its communications (they change on every answer of a load). */
export interface RowPlace {
  node: StructureNode
  depth: number
  /** ancestor names from the root, " / "-joined (for the CSV and the row's accessible name) */
  path: string
  /** lower-cased, NFC-normalised name for the text filter (the same comparison as the departments tree) */
  search: string
}

export interface MatrixRow extends RowPlace {
  counts: MatrixCounts
  /** communications not loaded for this node (the load was cancelled or failed half-way) */
  unknown: boolean
  /** the communications the counts were taken from: while they are the same object, the row is kept */
  source: NodeCommunications | undefined
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

/** Places depth first, in the order the departments tree shows them (departments before teams, by name). */
export function rowPlaces(index: StructureIndex): RowPlace[] {
  const places: RowPlace[] = []
  const stack: Array<{ node: StructureNode, depth: number, path: string }> = []
  for (let i = index.roots.length - 1; i >= 0; i--) stack.push({ node: index.roots[i]!, depth: 0, path: '' })
  while (stack.length) {
    const { node, depth, path } = stack.pop()!
    places.push({ node, depth, path, search: index.searchText.get(node.id) ?? searchable(node.name) })
    const kids = index.children.get(node.id) ?? []
    const childPath = path ? `${path} / ${node.name}` : node.name
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: depth + 1, path: childPath })
  }
  return places
}

/**
 * The rows at these places. A load builds them again on every answer (20 times for 1,000 nodes), so a
 * row of `previous` whose place and communications are the same objects is kept as it is: the matrix
 * renders a row again only when the row object changed (StructureMatrix.vue, v-memo), and an answer then
 * costs the rows it answered, not every row on screen.
 */
export function buildRows(places: readonly RowPlace[], commsOf: (id: number) => NodeCommunications | undefined, previous: readonly MatrixRow[] = []): MatrixRow[] {
  const before = new Map<number, MatrixRow>()
  for (const row of previous) before.set(row.node.id, row)
  return places.map((place) => {
    const source = commsOf(place.node.id)
    const kept = before.get(place.node.id)
    if (kept && kept.source === source && kept.node === place.node && kept.depth === place.depth && kept.path === place.path) return kept
    return { ...place, counts: countCommunications(place.node.id, source), unknown: !source, source }
  })
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
