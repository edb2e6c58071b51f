import type { EmulatorClient } from '../emulator-client.ts'

/**
 * The app's REST timeout during the matrix (the app option restTimeoutMs, src/b24/http.ts). The SDK's own
 * 30 s would make every "slower than the timeout" case cost half a minute; the same code path runs at 3 s.
 */
export const MATRIX_TIMEOUT_MS = 3000

export interface Fault {
  name: string
  /** switches the fault on for the given REST methods, right before the action */
  inject(emulator: EmulatorClient, methods: string[]): Promise<unknown>
}

/**
 * Counts chosen so every case takes seconds: the SDK retries a 503 after 1.5 s, then 2.25 s (two in a row
 * still succeed on the third attempt), a 429 after at least 10 s (one is enough to see it), a lost answer or
 * a timeout after about 1 s; a 500 INTERNAL_SERVER_ERROR is never retried.
 */
export const FAULTS: Fault[] = [
  { name: '503 burst', inject: (e, methods) => e.faults({ fail: [{ status: 503, count: 2, methods }] }) },
  { name: '429', inject: (e, methods) => e.faults({ fail: [{ status: 429, count: 1, methods }] }) },
  { name: '500', inject: (e, methods) => e.faults({ fail: [{ status: 500, count: 1, methods }] }) },
  { name: 'dropped', inject: (e, methods) => e.faults({ drop: { count: 1, methods } }) },
  { name: 'expired token', inject: e => e.faults({ expireTokens: true }) },
  { name: 'slow', inject: (e, methods) => e.faults({ slow: { ms: MATRIX_TIMEOUT_MS + 1500, count: 1, methods } }) }
]

export const FAULT_NAMES = FAULTS.map(f => f.name)
