/**
 * The `time` block every REST answer carries (rest-contract.md §1.3). b24jssdk destructures it on every
 * successful call (frame-protocol.md §3), so it is never omitted, not even inside a batch row.
 */

export interface TimeBlock {
  start: number
  finish: number
  duration: number
  processing: number
  date_start: string
  date_finish: string
  operating_reset_at: number
  operating: number
}

/** Bitrix24 prints dates as ISO-8601 with an explicit offset and no milliseconds. */
export function atomDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + '+00:00'
}

/**
 * `operating` is reported as 0: the emulator does not model the per-method resource limit (its 429 is a
 * fault switch instead), and 0 keeps the SDK's operating limiter from ever throttling.
 * `operating_reset_at` is start + 10 min, the window the docs describe.
 */
export function timeBlock(startMs: number, finishMs: number, processingMs = finishMs - startMs): TimeBlock {
  return {
    start: startMs / 1000,
    finish: finishMs / 1000,
    duration: (finishMs - startMs) / 1000,
    processing: processingMs / 1000,
    date_start: atomDate(startMs),
    date_finish: atomDate(finishMs),
    operating_reset_at: Math.floor(startMs / 1000) + 600,
    operating: 0
  }
}
