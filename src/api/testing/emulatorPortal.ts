/**
 * Starts the real emulator for src/ specs that drive the structure-wide modules over HTTP (node env).
 *
 * The emulator is node-only code compiled under tsconfig.node.json (it imports with `.ts` extensions and
 * uses node types), so it is loaded by a computed path at run time: the app's type program
 * (tsconfig.app.json, which includes every src/ file) never pulls it in. The few shapes the specs read
 * are declared here. Test-only: nothing in the app imports this file.
 */

export interface PortalState {
  nodes: Array<{ id: number, name: string, type: 'DEPARTMENT' | 'TEAM', parentId: number | null }>
  chats: Array<{ id: number, type: string, title: string, entityId: string }>
  bindings: Array<{ nodeId: number, chatId: number, type: string, originalNodeId: number | null }>
}

export interface LogEntry {
  method: string
  batch?: string[]
  status: number
}

interface HttpAnswer {
  status: number
  body: Record<string, unknown>
}

interface TestPortal {
  origin: string
  token(userId?: number): Promise<{ access_token: string }>
  post(path: string, body?: unknown): Promise<HttpAnswer>
  get(path: string): Promise<HttpAnswer>
  v3(method: string, params?: Record<string, unknown>, auth?: string): Promise<HttpAnswer>
  close(): Promise<void>
}

export interface EmulatorPortal {
  origin: string
  token(userId?: number): Promise<string>
  state(): Promise<PortalState>
  log(): Promise<LogEntry[]>
  clearLog(): Promise<void>
  faults(switches: Record<string, unknown>): Promise<void>
  reset(): Promise<void>
  v3(method: string, params: Record<string, unknown>, token: string): Promise<HttpAnswer>
  close(): Promise<void>
}

/** Options go to startTestPortal (emulator/server.ts EmulatorOptions): seed, size, timeScale, rateLimit, … */
export async function startEmulatorPortal(options: Record<string, unknown> = {}): Promise<EmulatorPortal> {
  const path = new URL('../../../emulator/test-client.ts', import.meta.url).href
  const { startTestPortal } = await import(/* @vite-ignore */ path) as { startTestPortal: (o: Record<string, unknown>) => Promise<TestPortal> }
  const portal = await startTestPortal(options)
  return {
    origin: portal.origin,
    token: async (userId = 1) => (await portal.token(userId)).access_token,
    state: async () => (await portal.get('/_emulator/state')).body as unknown as PortalState,
    log: async () => (await portal.get('/_emulator/log')).body as unknown as LogEntry[],
    clearLog: async () => { await fetch(`${portal.origin}/_emulator/log`, { method: 'DELETE' }) },
    faults: async (switches) => { await portal.post('/_emulator/faults', switches) },
    reset: async () => { await portal.post('/_emulator/reset', {}) },
    v3: (method, params, token) => portal.v3(method, params, token),
    close: () => portal.close()
  }
}
