/**
 * Test-only: puts a loaded structure into the one structure store (stores/structure.ts), as if the
 * portal had answered, so a store or view spec starts from "loaded" without mocking the loaders.
 */
import type { NodeCommunications, StructureNode } from '@/api/structure'
import { useStructureStore } from '@/stores/structure'
import type { CommunicationsState } from '@/stores/structure'
import { buildIndex } from '@/stores/structureTree'

export function seedStructure(nodes: StructureNode[], communications: Map<number, NodeCommunications> = new Map()): void {
  const structure = useStructureStore()
  const now = Date.now()
  const states = new Map<number, CommunicationsState>([...communications].map(([id, data]) => [id, { status: 'ready', data, error: null, checkedAt: now }]))
  structure.$patch({
    index: buildIndex(nodes),
    nodesStatus: 'ready',
    communications: states,
    allStatus: communications.size >= nodes.length ? 'ready' : 'idle',
    allLoaded: communications.size
  })
}
