/**
 * The `time` block every REST answer carries
 * (https://apidocs.bitrix24.com/api-reference/data-types.html#time). b24jssdk destructures it on every
 * successful call (docs/decisions.md D21), so it is never omitted, not even inside a batch row.
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

/** What the `time` block says about the method's operating-time budget (operating.ts). */
export interface OperatingFigures {
  /** seconds in the method's live buckets, this call included */
  operating: number
  /** real unix seconds at which the oldest live bucket drops */
  resetAt: number
}

/**
 * `processingMs` is the method's booked cost (operating.ts), not the time the handler took; without
 * `operating` (the outer REST 3.0 batch, which is not counted) `operating` is 0 and `operating_reset_at`
 * start + 10 min, the window the docs describe.
 */
export function timeBlock(startMs: number, finishMs: number, processingMs = finishMs - startMs, operating?: OperatingFigures): TimeBlock {
  return {
    start: startMs / 1000,
    finish: finishMs / 1000,
    duration: (finishMs - startMs) / 1000,
    processing: processingMs / 1000,
    date_start: atomDate(startMs),
    date_finish: atomDate(finishMs),
    operating_reset_at: operating ? operating.resetAt : Math.floor(startMs / 1000) + 600,
    operating: operating ? operating.operating : 0
  }
}
