import type { APIRequestContext } from '@playwright/test'
import type { PortalData } from '../emulator/data/types.ts'
import type { FrameEvent, RestLogEntry } from '../emulator/context.ts'
import { EMULATOR_URL } from './env.ts'
import { DEFAULT_SEED, DEFAULT_SIZE } from '../emulator/data/generate.ts'

export interface FaultSettings {
  latencyMs?: number
  fail?: { status: 503 | 429 | 500, count: number, methods?: string[] }[]
  drop?: { count: number, methods?: string[] }
  slow?: { ms: number, count: number, methods?: string[] }
  expireTokens?: true
  clear?: true
}

/**
 * A read sent again once when the keep-alive socket it went out on was closed under it (emulator/README.md
 * "Connections"). Only reads: a write that may have arrived is never sent twice.
 */
async function readOnce<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error
    return await send()
  }
}

/** The emulator's control API (emulator/README.md): what the portal holds, and the switches. */
export class EmulatorClient {
  constructor(private readonly request: APIRequestContext) {}

  private async post(path: string, body: unknown): Promise<unknown> {
    const res = await this.request.post(`${EMULATOR_URL}${path}`, { data: body })
    if (!res.ok()) throw new Error(`${path} answered ${res.status()}: ${await res.text()}`)
    return res.json().catch(() => null)
  }

  private async get<T>(path: string): Promise<T> {
    const res = await readOnce(() => this.request.get(`${EMULATOR_URL}${path}`))
    if (!res.ok()) throw new Error(`${path} answered ${res.status()}`)
    return await res.json() as T
  }

  /**
   * A fresh portal. Seed and size are always sent: the emulator keeps the previous ones when they are
   * omitted, so one spec's big company would otherwise leak into the next spec.
   */
  reset(options: Record<string, unknown> = {}): Promise<unknown> {
    return this.post('/_emulator/reset', { seed: DEFAULT_SEED, size: DEFAULT_SIZE, ...options })
  }

  /** Changes records in place (no reset), e.g. { users: [{ id: 1, structureRights: { departments: 'view', teams: 'view' } }] }. */
  update(changes: Record<string, { id: number, [field: string]: unknown }[]>): Promise<unknown> {
    return this.post('/_emulator/update', changes)
  }

  faults(settings: FaultSettings): Promise<unknown> {
    return this.post('/_emulator/faults', settings)
  }

  /** Every CORS preflight the REST endpoint was asked since the last reset, with the headers a portal refuses. */
  async preflights(): Promise<Array<{ path: string, requestHeaders: string[], refused: string[] }>> {
    return this.get('/_emulator/preflights')
  }

  state(): Promise<PortalData> {
    return this.get<PortalData>('/_emulator/state')
  }

  async log(): Promise<RestLogEntry[]> {
    const body = await this.get<RestLogEntry[] | { entries: RestLogEntry[] }>('/_emulator/log')
    return Array.isArray(body) ? body : body.entries
  }

  async frameEvents(): Promise<FrameEvent[]> {
    const body = await this.get<FrameEvent[] | { events: FrameEvent[] }>('/_emulator/frame-events')
    return Array.isArray(body) ? body : body.events
  }

  /** Every token pair minted since the reset (test-only endpoint): what must never leak. */
  async tokens(): Promise<{ userId: number, access_token: string, refresh_token: string }[]> {
    return await this.get('/_emulator/tokens')
  }

  async token(userId: number): Promise<{ access_token: string }> {
    return await this.post('/_emulator/token', { userId }) as { access_token: string }
  }

  /** A REST 3.0 call as another user of the portal (another editor's change, made outside this browser). */
  async v3As(userId: number, method: string, params: Record<string, unknown>): Promise<unknown> {
    const { access_token: auth } = await this.token(userId)
    return this.post(`/rest/api/${method}`, { ...params, auth })
  }
}

/**
 * The app's change journal as the portal holds it: the entries in the app's data storage (`hub_journal`,
 * one item per entry, its JSON in the `ENTRY` property; src/api/journal.ts, docs/decisions.md D32), oldest first.
 */
export function journalEntries<T>(state: PortalData): T[] {
  const storage = state.entities?.find(e => e.entity === 'hub_journal')
  return (storage?.items ?? []).map(item => JSON.parse(item.properties.ENTRY ?? 'null') as T)
}
