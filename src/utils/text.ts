/**
 * Text checks shared by the forms (docs/decisions.md D14: bad input gets a message on its field before any
 * call).
 */

/**
 * Characters that show nothing: white space, zero-width spaces and joiners, bidi marks, embeddings,
 * overrides and isolates, the BOM. trim() leaves most of them (and PHP's trim on the portal all of them),
 * so a name made only of these would be one nobody can read or find.
 */
const INVISIBLE = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu

/** Direction controls: inside an address they can show one URL and open another ("…\u202Efdp.exe"). */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u

/** True when the text has no character a reader can see (blank, or only invisible marks). */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === ''
}

/** True when the text holds a direction control character. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text)
}

/** Length as the portal's utf8mb4 columns count it: code points, so an emoji is one character, not two. */
export function charCount(text: string): number {
  let count = 0
  for (const _char of text) count++
  return count
}

/**
 * A positive id typed by a user, or null. Digits only (surrounding spaces aside): Number() alone would also
 * take "1e3", "0x1F", "0b11" or "1.0" and quietly turn them into ids 1000, 31, 3 and 1; an id past 2^53
 * would lose digits.
 */
export function parsePositiveId(text: string): number | null {
  const trimmed = text.trim()
  if (!/^[0-9]+$/.test(trimmed)) return null
  const id = Number(trimmed)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
