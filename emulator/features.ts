/**
 * What the emulated portal offers applications (emulator/README.md, "Portal features"): a portal without
 * REST 3.0 humanresources (on-premise, older plans) or without collabs. A switched-off method answers exactly
 * as a method the portal does not have (rest/call.ts): REST 3.0 `BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION`
 * with 404, REST 2 `ERROR_METHOD_NOT_FOUND` with 404, in a call and in a batch row alike.
 *
 * Switched with `--features no-structure,no-collabs`, `startEmulator({ features })` and
 * `POST /_emulator/reset {features: {structure?, collabs?}}` (a reset returns the absent names to the start values).
 */

export interface Features {
  /** REST 3.0 humanresources.*: the company structure */
  structure: boolean
  /** socialnetwork.api.workgroup.list: collabs (the method itself is missing when off) */
  collabs: boolean
}

export const DEFAULT_FEATURES: Features = { structure: true, collabs: true }

export class FeatureError extends Error {}

const FEATURE_NAMES = Object.keys(DEFAULT_FEATURES) as Array<keyof Features>

/** Validates a patch `{structure?: boolean, collabs?: boolean}`; throws FeatureError naming the bad entry. */
export function parseFeatures(patch: unknown): Partial<Features> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw new FeatureError('features must be an object {structure?, collabs?}')
  const out: Partial<Features> = {}
  for (const [name, value] of Object.entries(patch)) {
    if (!(FEATURE_NAMES as string[]).includes(name)) throw new FeatureError(`unknown feature ${name}; known: ${FEATURE_NAMES.join(', ')}`)
    if (typeof value !== 'boolean') throw new FeatureError(`${name} must be true or false`)
    out[name as keyof Features] = value
  }
  return out
}

/** `--features no-structure,no-collabs` (either or both; `structure` / `collabs` switch one on again). */
export function parseFeaturesFlag(value: string): Partial<Features> {
  const out: Partial<Features> = {}
  for (const part of value.split(',').map(p => p.trim()).filter(Boolean)) {
    const off = part.startsWith('no-')
    const name = off ? part.slice(3) : part
    if (!(FEATURE_NAMES as string[]).includes(name)) throw new FeatureError(`--features takes ${FEATURE_NAMES.map(n => `no-${n}`).join(', ')} (comma-separated), not ${part}`)
    out[name as keyof Features] = !off
  }
  return out
}

/** Whether the portal has this method at all under these features. */
export function methodOffered(features: Features, method: string): boolean {
  if (!features.structure && method.startsWith('humanresources.')) return false
  if (!features.collabs && method === 'socialnetwork.api.workgroup.list') return false
  return true
}
