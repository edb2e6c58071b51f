/**
 * Test-only: the portal's entity.* storage behind the door (`callV2`, `callV2Page`, `batchV2` of '@/b24'),
 * small and in memory, with the rules the journal relies on (emulator/methods/entity.ts has the full ones):
 * the codes of a missing or duplicate storage / property, R/W/X per `U<id>` / `AU` with the creator's X,
 * declared properties only, SORT ID DESC, pages of 50 with `total` / `next`.
 *
 *   vi.mock('@/b24', async (importOriginal) => ({ ...(await importOriginal()), ...(await import('@/testing/fakeEntityStorage')).entityDoor }))
 *
 * `entityPortal.userId` / `isAdmin` is who calls; `entityPortal.calls` lists the methods sent.
 */
import { PortalError } from '@/b24/errors'
import type { BatchV2Calls, BatchV2Row, RestParams } from '@/b24/rest'

type Level = 'R' | 'W' | 'X'

interface Storage {
  access: Record<string, Level>
  properties: string[]
  items: Array<{ id: number, createdBy: number, values: Record<string, string> }>
}

export const entityPortal = {
  userId: 1,
  isAdmin: true,
  storages: new Map<string, Storage>(),
  calls: [] as string[],
  nextId: 1,
  reset(): void {
    this.userId = 1
    this.isAdmin = true
    this.storages.clear()
    this.calls.length = 0
    this.nextId = 1
  }
}

const RANK: Record<Level, number> = { R: 1, W: 2, X: 3 }

function fail(code: string, message: string, status = 400): never {
  throw new PortalError({ code, message, status })
}

function storage(params: RestParams): Storage {
  const found = entityPortal.storages.get(String(params.ENTITY))
  if (!found) fail('ERROR_ENTITY_NOT_FOUND', 'Entity not found')
  return found
}

function need(s: Storage, level: Level): void {
  if (entityPortal.isAdmin) return
  const have = Math.max(0, ...Object.entries(s.access)
    .filter(([code]) => code === 'AU' || code === `U${entityPortal.userId}`)
    .map(([, l]) => RANK[l]))
  if (have < RANK[level]) fail('ACCESS_DENIED', 'Access denied!', 403)
}

function run(method: string, params: RestParams): { result: unknown, total?: number, next?: number } {
  entityPortal.calls.push(method)
  switch (method) {
    case 'entity.get': {
      if (params.ENTITY === undefined) return { result: [...entityPortal.storages.keys()].map((code, i) => ({ ID: String(i + 1), IBLOCK_TYPE_ID: 'rest_entity', ENTITY: code, NAME: 'x' })) }
      storage(params)
      return { result: { ID: '1', IBLOCK_TYPE_ID: 'rest_entity', ENTITY: params.ENTITY, NAME: 'x' } }
    }
    case 'entity.add': {
      if (entityPortal.storages.has(String(params.ENTITY))) fail('ERROR_ENTITY_ALREADY_EXISTS', 'Entity already exists')
      const access = { ...(params.ACCESS as Record<string, Level>), [`U${entityPortal.userId}`]: 'X' as Level }
      entityPortal.storages.set(String(params.ENTITY), { access, properties: [], items: [] })
      return { result: true }
    }
    case 'entity.item.property.get': {
      const s = storage(params)
      if (params.PROPERTY === undefined) return { result: s.properties.map((code) => ({ PROPERTY: code, NAME: '', TYPE: 'S', SORT: '500' })) }
      if (!s.properties.includes(String(params.PROPERTY))) fail('ERROR_PROPERTY_NOT_FOUND', 'Property not found')
      return { result: { PROPERTY: params.PROPERTY, NAME: '', TYPE: 'S', SORT: '500' } }
    }
    case 'entity.item.property.add': {
      const s = storage(params)
      need(s, 'X')
      if (s.properties.includes(String(params.PROPERTY))) fail('ERROR_PROPERTY_ALREADY_EXISTS', 'Property already exists')
      s.properties.push(String(params.PROPERTY))
      return { result: true }
    }
    case 'entity.item.add': {
      const s = storage(params)
      need(s, 'W')
      const sent = (params.PROPERTY_VALUES ?? {}) as Record<string, string>
      const values = Object.fromEntries(Object.entries(sent).filter(([code]) => s.properties.includes(code)))
      const id = entityPortal.nextId++
      s.items.push({ id, createdBy: entityPortal.userId, values })
      return { result: id }
    }
    case 'entity.item.get': {
      const s = storage(params)
      need(s, 'R')
      const start = Number(params.start ?? 0)
      const rows = [...s.items].sort((a, b) => b.id - a.id)
      const page = rows.slice(start, start + 50).map((i) => ({ ID: String(i.id), CREATED_BY: String(i.createdBy), PROPERTY_VALUES: Object.fromEntries(s.properties.map((p) => [p, i.values[p] ?? null])) }))
      return { result: page, total: rows.length, ...(start + 50 < rows.length ? { next: start + 50 } : {}) }
    }
  }
  throw new Error(`unexpected ${method}`)
}

/** Every item's entry JSON of a storage, oldest first. */
export function storedEntries(entity: string, property: string): unknown[] {
  return (entityPortal.storages.get(entity)?.items ?? []).map((i) => JSON.parse(i.values[property] ?? 'null'))
}

export const entityDoor = {
  async callV2<T>(method: string, params: RestParams = {}): Promise<T> {
    return run(method, params).result as T
  },
  async callV2Page<T>(method: string, params: RestParams = {}): Promise<{ result: T, total?: number, next?: number }> {
    const { result, total, next } = run(method, params)
    return { result: result as T, ...(total === undefined ? {} : { total }), ...(next === undefined ? {} : { next }) }
  },
  async batchV2(calls: BatchV2Calls): Promise<Record<string, BatchV2Row>> {
    entityPortal.calls.push('batch')
    const out: Record<string, BatchV2Row> = {}
    for (const [key, [method, params]] of Object.entries(calls)) {
      try {
        out[key] = { result: run(method, params ?? {}).result }
      } catch (error) {
        out[key] = { error: PortalError.from(error) }
      }
    }
    return out
  }
}
