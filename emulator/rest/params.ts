/**
 * How a portal reads request parameters — the one place the emulator coerces them (emulator/README.md,
 * "Reading parameters"; every input and its reading is listed in params.spec.ts).
 *
 * A handler gets what the wire carried: JSON values (numbers, booleans, strings, arrays, objects) or, from a
 * query string or form body, strings and PHP-style maps (`USERS[0]=2` → `{USERS: ['2']}`). A portal reads
 * them in PHP, and REST 2 methods do it with three idioms, which this module copies:
 *
 * - **flags** are the letters `Y` / `N`, compared as strings (`=== 'Y'`, `!= 'N'`): `flag()`;
 * - **numbers** are cast with `intval()`: `intval()`, `intOr()`, `startOf()`, `positiveId()`, `idList()`;
 * - **the REST core itself** (batch `halt`, scope `full`) casts with `(bool)` / `== true`: `phpBool()`.
 *
 * REST 3.0 methods validate typed JSON instead of casting: `v3Int()`, `v3Bool()`.
 */
import { isPlainObject } from './http.ts'

// region REST 2: what PHP does with a parameter

/**
 * A REST 2 Y/N flag: `'Y'` is yes, `'N'` is no, and anything else — absent, `''`, `'y'`, `'yes'`, `'1'`,
 * `'true'`, `1`, JSON `true`/`false` — is the method's default. That is how im, imopenlines and
 * socialnetwork compare their flags (`$params['SKIP_CHAT'] === 'Y'` when the default is N,
 * `$params['MUTE'] != 'N'` when it is Y): the letters are case-sensitive and nothing else is a flag.
 * (PHP's loose `== 'Y'` of some older methods would also take JSON `true`; the emulator does not copy that
 * accident — the docs of every method here name the letters only.)
 */
export function flag(value: unknown, fallback = false): boolean {
  if (value === 'Y') return true
  if (value === 'N') return false
  return fallback
}

/** Whether the value is one of the two flag letters, for a method that refuses anything else. */
export function isFlag(value: unknown): value is 'Y' | 'N' {
  return value === 'Y' || value === 'N'
}

const PHP_WHITESPACE = '[ \\t\\n\\r\\v\\f]*'
/** PHP's leading-numeric string: whitespace, a sign, digits with an optional fraction, an exponent. */
const LEADING_NUMBER = new RegExp(`^${PHP_WHITESPACE}([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)`)

/**
 * PHP 8's `intval()` / `(int)`: the cast every REST 2 method applies to ids, LIMIT, OFFSET and `start`.
 * - absent / `null` / `false` / `''` → 0; `true` → 1;
 * - a number → its integer part (`1.9` → 1, `-1.9` → −1); NaN and ±Infinity → 0;
 * - a string → its leading number, after leading whitespace: `'12abc'` → 12, `' 12'` → 12, `'+7'` → 7,
 *   `'1.9'` → 1, `'1e3'` → 1000, `'012'` → 12 (not octal), `'0x1A'` → 0, `'abc'` → 0, `'chat12'` → 0;
 * - an array or a map → 0 when empty, 1 otherwise.
 * Values beyond ±2^53 are not modelled (PHP saturates at ±2^63).
 */
export function intval(value: unknown): number {
  if (value === undefined || value === null) return 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) + 0 : 0
  if (typeof value === 'string') {
    const match = LEADING_NUMBER.exec(value)
    if (!match) return 0
    const n = Number(match[1])
    return Number.isFinite(n) ? Math.trunc(n) + 0 : 0
  }
  if (Array.isArray(value)) return value.length === 0 ? 0 : 1
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 0 : 1
  return 0
}

/** `isset($p['X']) ? intval($p['X']) : default`: absent or `null` is the default, anything else is cast. */
export function intOr(value: unknown, fallback: number): number {
  return value === undefined || value === null ? fallback : intval(value)
}

/** REST 2 list paging: CRestServer::processCall reads `start` as `intval($query['start'])` for every method. */
export function startOf(params: Record<string, unknown>): number {
  return intval(params.start)
}

/** The `$id = intval($p['ID']); if ($id <= 0) throw …_EMPTY` idiom: the id, or null where the method refuses. */
export function positiveId(value: unknown): number | null {
  const id = intval(value)
  return id > 0 ? id : null
}

/** The entries of a list parameter: a JSON array, a form map `{0: '2', 1: '3'}`, or one value; absent → []. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return []
  if (Array.isArray(value)) return value
  if (isPlainObject(value)) return Object.values(value)
  return [value]
}

/** An id list as im reads USERS: `intval` of each entry, those ≤ 0 dropped, duplicates dropped, in order. */
export function idList(value: unknown): number[] {
  return [...new Set(listOf(value).map(positiveId).filter((id): id is number => id !== null))]
}

/**
 * PHP's truthiness — `(bool)$x`, `$x == true`, `!empty($x)` — which the REST core applies where a method
 * module would use a flag: batch `halt` (`(bool)$arQuery['HALT']`) and scope `full` (`$arQuery['FULL'] ==
 * true`), both in CRestProvider. False: absent, `null`, `false`, `0`, `''`, `'0'`, an empty array or map;
 * everything else is true — `'N'`, `'false'` and `'0.0'` included, as on a portal.
 */
export function phpBool(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') return value !== '' && value !== '0'
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}

// endregion

// region REST 3.0: typed JSON, validated rather than cast

/**
 * A REST 3.0 `integer` field: a JSON integer, or a string of digits (the portal's DTO casts numeric
 * strings, `"12"` → 12); anything else — `'12abc'`, `1.5`, `true`, `''` — is null, which the method answers
 * as a wrong type (humanresources.*: "Field `id` requires data type `int`"), never as intval's 12 or 0.
 */
export function v3Int(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim())
  return null
}

/**
 * A REST 3.0 `boolean` field (humanresources.node.communication.edit: createDefault, withChildren). The docs
 * name JSON `true` / `false`; the emulator also takes the spellings a REST 2 client carries over — `1`,
 * `'1'`, `'true'`, `'Y'`, `'y'` — as true (decision: not measured on a portal) and reads anything else as false.
 */
export function v3Bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true' || value === 'Y' || value === 'y'
}

// endregion
