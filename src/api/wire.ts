/**
 * Reading the portal's loosely typed values, the one place that knows its habits: a number may come as a
 * number or as a string ("12"), a yes/no as true/false, "Y"/"N", 1/0 or "1"/"0", text may come as a number,
 * and any field may be missing or null. Every reader answers its own type and never throws; what it cannot
 * read becomes null or the fallback the caller names. Also for what the app stored in an option (JSON it
 * wrote) and the frame's placement options.
 */

export type Raw = Record<string, unknown>

/** A finite number given as a number or a numeric string (" 0.5 "); null for anything else ('', null, true, "12px"). */
function num(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isFinite(n) ? n : null
}

/** An integer given as a number or a string of one ("12", " 12 "); null (or `fallback`) for anything else ("1.5", "12abc"). */
export function int(value: unknown): number | null
export function int(value: unknown, fallback: number): number
export function int(value: unknown, fallback: number | null = null): number | null {
  const n = num(value)
  return n !== null && Number.isInteger(n) ? n : fallback
}

/** The integers of a list, in order, leaving out what is not one; [] for anything but a list. */
export function ints(value: unknown): number[] {
  return Array.isArray(value) ? value.map(v => int(v)).filter((n): n is number => n !== null) : []
}

/** Text as given, a number as its decimal digits; '' for anything else (missing, null, booleans, objects). */
export function text(value: unknown): string {
  if (typeof value === 'string') return value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
}

const YES: readonly unknown[] = [true, 'Y', 'y', 'true', 1, '1']
const NO: readonly unknown[] = [false, 'N', 'n', 'false', 0, '0']

/** A yes/no as true/false, "Y"/"N", "true"/"false", 1/0 or "1"/"0"; `fallback` when missing or anything else. */
export function flag(value: unknown, fallback = false): boolean {
  if (YES.includes(value)) return true
  if (NO.includes(value)) return false
  return fallback
}

/** An object's fields; {} for anything else (missing, null, a list: PHP answers an empty map as []). */
export function record(value: unknown): Raw {
  return value && typeof value === 'object' && !Array.isArray(value) ? value as Raw : {}
}

/** "First Last" from a user's NAME and LAST_NAME, either alone when the other is missing; '' when both are. */
export function fullName(first: unknown, last: unknown): string {
  return [text(first).trim(), text(last).trim()].filter(Boolean).join(' ')
}
