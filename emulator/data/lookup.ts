/**
 * Indexed lookups over the portal's lists, so a REST call costs the emulator the same at 10,000 nodes as at
 * 100: a linear `find` per binding made a batch of 50 communication.list calls cost milliseconds, which
 * every client then waits for (the emulator serves one request at a time; scripts/bench/floor.ts counts it).
 *
 * Each index belongs to one list object and is rebuilt whenever that list's length differs from the one it
 * was built at. That is every write path there is: the lists only grow by `push` (a new node, chat,
 * workgroup or binding) or are replaced by a filtered copy (an unbind), and a reset builds new lists. No
 * write changes an entry's id, node or chat in place, nor swaps one entry for another at the same length.
 * The one exception is the control API's `/_emulator/update`, which edits records in place: it calls
 * forgetLookups(), and every index is rebuilt at its next use.
 * A by-id answer is checked against the list itself (the entry still at its place with that id), and a
 * miss falls back to the linear scan, so a lookup answers exactly what `list.find` would.
 */

/** Bumped by forgetLookups(); an index built under another generation is stale. */
let generation = 0

/** Every index is stale: records were edited in place (emulator/control.ts update). */
export function forgetLookups(): void {
  generation++
}

interface IdIndex {
  length: number
  generation: number
  /** id → position of the first entry with it */
  at: Map<number, number>
}

const idIndexes = new WeakMap<object, Map<string, IdIndex>>()

function buildIdIndex<T>(list: readonly T[], key: (item: T) => number): IdIndex {
  const at = new Map<number, number>()
  list.forEach((item, position) => {
    const id = key(item)
    if (!at.has(id)) at.set(id, position)
  })
  return { length: list.length, generation, at }
}

/**
 * The first entry of `list` whose `field` is `value` — `list.find((x) => x[field] === value)`, indexed.
 * `field` names a number-valued property that never changes once the entry is in the list (an id).
 */
export function findBy<T extends object, K extends keyof T & string>(list: readonly T[], field: K, value: number): T | undefined {
  let byField = idIndexes.get(list)
  if (!byField) idIndexes.set(list, byField = new Map())
  let index = byField.get(field)
  const key = (item: T) => item[field] as unknown as number
  if (!index || index.length !== list.length || index.generation !== generation) byField.set(field, index = buildIdIndex(list, key))
  const position = index.at.get(value)
  if (position !== undefined) {
    const item = list[position]
    if (item !== undefined && key(item) === value) return item
  }
  return list.find((item) => key(item) === value)
}

/** `list.find((x) => x.id === id)`, indexed (see findBy). */
export function findById<T extends { id: number }>(list: readonly T[], id: number): T | undefined {
  return findBy(list, 'id', id)
}

interface GroupIndex<T> {
  length: number
  generation: number
  groups: Map<number, T[]>
}

const groupIndexes = new WeakMap<object, GroupIndex<unknown>>()

/**
 * The entries of `list` whose `nodeId` is `nodeId`, in list order — `list.filter((x) => x.nodeId === nodeId)`,
 * indexed. For the bindings: one call of communication.list reads one node's.
 */
export function entriesOfNode<T extends { nodeId: number }>(list: readonly T[], nodeId: number): readonly T[] {
  let index = groupIndexes.get(list) as GroupIndex<T> | undefined
  if (!index || index.length !== list.length || index.generation !== generation) {
    const groups = new Map<number, T[]>()
    for (const item of list) {
      const group = groups.get(item.nodeId)
      if (group) group.push(item)
      else groups.set(item.nodeId, [item])
    }
    index = { length: list.length, generation, groups }
    groupIndexes.set(list, index as GroupIndex<unknown>)
  }
  return index.groups.get(nodeId) ?? []
}

interface TypeIndex<T> {
  length: number
  generation: number
  byType: Map<string, T[]>
}

const typeIndexes = new WeakMap<object, TypeIndex<unknown>>()

/**
 * The entries of `list` of one `type`, ordered by id — `list.filter((x) => x.type === type).sort(by id)`,
 * kept between calls: every page of node.list reads it, and at 10,000 nodes the sort was most of a call.
 * The entries' type never changes once they are in the list (a node keeps its kind).
 */
export function ofTypeById<T extends { id: number, type: string }>(list: readonly T[], type: string): readonly T[] {
  let index = typeIndexes.get(list) as TypeIndex<T> | undefined
  if (!index || index.length !== list.length || index.generation !== generation) {
    index = { length: list.length, generation, byType: new Map() }
    typeIndexes.set(list, index as TypeIndex<unknown>)
  }
  let sorted = index.byType.get(type)
  if (!sorted) index.byType.set(type, sorted = list.filter((item) => item.type === type).sort((a, b) => a.id - b.id))
  return sorted
}
