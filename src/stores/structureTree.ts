import type { Communication, NodeCommunications, StructureNode } from '@/api/structure'
import { isBlank } from '@/utils/text'
import { compareNames, searchable } from '@/utils/names'

/**
 * Pure helpers of the departments store over a loaded structure: the index, the visible rows of the
 * tree, the filter and the subtree a "with children" change reaches. Sized for 10,000 nodes: building
 * the index is linear and a filter pass is one lower-case substring test per node.
 */

export interface StructureIndex {
  byId: Map<number, StructureNode>
  children: Map<number, StructureNode[]>
  roots: StructureNode[]
  /** lower-cased, NFC-normalised names, for the instant filter */
  searchText: Map<number, string>
}

function byTypeThenName(a: StructureNode, b: StructureNode): number {
  // Departments before teams, then by name: the order the portal's structure chart reads in.
  if (a.type !== b.type) return a.type === 'DEPARTMENT' ? -1 : 1
  return compareNames(a.name, b.name)
}

export function buildIndex(nodes: StructureNode[]): StructureIndex {
  const byId = new Map<number, StructureNode>()
  for (const node of nodes) byId.set(node.id, node)
  const children = new Map<number, StructureNode[]>()
  const roots: StructureNode[] = []
  const searchText = new Map<number, string>()
  for (const node of byId.values()) {
    searchText.set(node.id, searchable(node.name))
    // A node whose parent is not loaded (or missing) is shown at the top rather than lost.
    if (node.parentId === null || !byId.has(node.parentId)) {
      roots.push(node)
      continue
    }
    const list = children.get(node.parentId)
    if (list) list.push(node)
    else children.set(node.parentId, [node])
  }
  roots.sort(byTypeThenName)
  for (const list of children.values()) list.sort(byTypeThenName)
  return { byId, children, roots, searchText }
}

export interface TreeRow {
  node: StructureNode
  depth: number
  hasChildren: boolean
  expanded: boolean
  /** the row matches the filter itself (not only shown as the ancestor of a match) */
  match: boolean
}

/** Ancestors from the root down to the node's parent. */
export function ancestorsOf(index: StructureIndex, id: number): StructureNode[] {
  const out: StructureNode[] = []
  const seen = new Set<number>()
  let current = index.byId.get(id)
  while (current && current.parentId !== null && !seen.has(current.parentId)) {
    seen.add(current.parentId)
    const parent = index.byId.get(current.parentId)
    if (!parent) break
    out.unshift(parent)
    current = parent
  }
  return out
}

/** The node and every descendant, breadth first: what a `withChildren` change reaches. */
export function subtreeOf(index: StructureIndex, id: number): StructureNode[] {
  const root = index.byId.get(id)
  if (!root) return []
  const out = [root]
  for (let i = 0; i < out.length; i++) out.push(...(index.children.get(out[i]!.id) ?? []))
  return out
}

/**
 * Ids of the nodes that match `term` plus all their ancestors (so a match is shown in place); null when
 * the term is empty. Extra ids (e.g. found by humanresources.node.search) count as matches too.
 */
export function filterIds(index: StructureIndex, term: string, extraMatches: Iterable<number> = []): { visible: Set<number>, matches: Set<number> } | null {
  // a term of only invisible marks (zero-width space, U+202E…) is no filter, not a filter that hides everything
  if (isBlank(term)) return null
  const needle = searchable(term.trim())
  const matches = new Set<number>()
  for (const [id, name] of index.searchText) if (name.includes(needle)) matches.add(id)
  for (const id of extraMatches) if (index.byId.has(id)) matches.add(id)
  const visible = new Set<number>()
  for (const id of matches) {
    let current = index.byId.get(id)
    while (current && !visible.has(current.id)) {
      visible.add(current.id)
      current = current.parentId === null ? undefined : index.byId.get(current.parentId)
    }
  }
  return { visible, matches }
}

/**
 * The rows the tree shows, depth first: children of expanded nodes, or — while filtering — every
 * visible node (ancestors of matches are shown expanded).
 */
export function visibleRows(index: StructureIndex, expanded: Set<number>, filter: { visible: Set<number>, matches: Set<number> } | null): TreeRow[] {
  const rows: TreeRow[] = []
  const stack: Array<{ node: StructureNode, depth: number }> = []
  const push = (nodes: StructureNode[], depth: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!
      if (!filter || filter.visible.has(node.id)) stack.push({ node, depth })
    }
  }
  push(index.roots, 0)
  while (stack.length) {
    const { node, depth } = stack.pop()!
    const kids = index.children.get(node.id) ?? []
    const open = filter ? kids.some((k) => filter.visible.has(k.id)) : expanded.has(node.id)
    rows.push({ node, depth, hasChildren: kids.length > 0, expanded: open && kids.length > 0, match: filter ? filter.matches.has(node.id) : false })
    if (open) push(kids, depth + 1)
  }
  return rows
}

export interface Holding {
  node: StructureNode
  /** the node's entry for the chat (its id is what an unbind of that node takes) */
  communication: Communication
  /** bound to this ancestor "with children" and reaching the node through it; null when bound directly */
  inheritedFrom: StructureNode | null
}

/**
 * Every node that holds the chat (by its dialogId, which names chats, channels and collabs alike),
 * directly or inherited, in tree order (departments first, then by name, as the tree reads).
 */
export function nodesHolding(index: StructureIndex, dialogId: string, communicationsOf: (id: number) => NodeCommunications | null): Holding[] {
  const out: Holding[] = []
  const visit = (node: StructureNode) => {
    const comms = communicationsOf(node.id)
    const found = comms ? [...comms.chats, ...comms.channels, ...comms.collabs].find((c) => c.dialogId === dialogId) : undefined
    if (found) {
      const from = found.originalNodeId !== null && found.originalNodeId !== node.id ? index.byId.get(found.originalNodeId) ?? null : null
      out.push({ node, communication: found, inheritedFrom: from })
    }
    for (const child of index.children.get(node.id) ?? []) visit(child)
  }
  for (const root of index.roots) visit(root)
  return out
}
