/** Round trips counted from the emulator's REST log (every HTTP request, retries and refusals included). */
import type { RestLogEntry } from '../../emulator/context.ts'
import type { LoadShape } from './floor.ts'

export interface LogSummary {
  requests: number
  /** refused by the rate limit (503 QUERY_LIMIT_EXCEEDED) */
  refused: number
  /** refused by the operating-time limit (429 OPERATION_TIME_LIMIT) */
  operatingRefused: number
  /** other failures (status >= 400 other than the rate limit) */
  failed: number
  /** method (or `batch[inner method]`) → requests */
  byMethod: Record<string, number>
}

function key(entry: RestLogEntry): string {
  if (!entry.batch) return entry.method
  const inner = [...new Set(entry.batch)]
  return `${entry.method}[${inner.join(',')}]`
}

export function summariseLog(entries: RestLogEntry[]): LogSummary {
  const byMethod: Record<string, number> = {}
  let refused = 0
  let operatingRefused = 0
  let failed = 0
  for (const entry of entries) {
    byMethod[key(entry)] = (byMethod[key(entry)] ?? 0) + 1
    if (entry.error === 'QUERY_LIMIT_EXCEEDED') refused += 1
    else if (entry.error === 'OPERATION_TIME_LIMIT' || entry.status === 429) operatingRefused += 1
    else if (entry.status >= 400) failed += 1
  }
  return { requests: entries.length, refused, operatingRefused, failed, byMethod }
}

function limited(entry: RestLogEntry): boolean {
  return entry.error === 'QUERY_LIMIT_EXCEEDED' || entry.error === 'OPERATION_TIME_LIMIT' || entry.status === 429
}

/**
 * What the load asked of the portal, for its floor (floor.ts): the requests that ran — one refused by a
 * limit never ran, and a client that waits right never sends it — and their calls per method, a batch's
 * nested commands each. `leaveOut` names methods that are not part of the load (the runner's app.info).
 */
export function loadShape(entries: RestLogEntry[], leaveOut: string[] = []): LoadShape {
  const shape: LoadShape = { requests: 0, calls: {}, requestsWith: {} }
  for (const entry of entries) {
    if (limited(entry) || leaveOut.includes(entry.method)) continue
    shape.requests += 1
    const methods = entry.batch ?? [entry.method]
    for (const method of methods) shape.calls[method] = (shape.calls[method] ?? 0) + 1
    for (const method of new Set(methods)) shape.requestsWith[method] = (shape.requestsWith[method] ?? 0) + 1
  }
  return shape
}
