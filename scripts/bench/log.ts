/** Round trips counted from the emulator's REST log (every HTTP request, retries and refusals included). */
import type { RestLogEntry } from '../../emulator/context.ts'

export interface LogSummary {
  requests: number
  /** refused by the rate limit */
  refused: number
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
  let failed = 0
  for (const entry of entries) {
    byMethod[key(entry)] = (byMethod[key(entry)] ?? 0) + 1
    if (entry.error === 'QUERY_LIMIT_EXCEEDED') refused += 1
    else if (entry.status >= 400) failed += 1
  }
  return { requests: entries.length, refused, failed, byMethod }
}
