import { callV2, callV3, PortalError } from '@/b24'
import { int, record } from './wire'

/**
 * What this portal offers applications, probed once with documented calls and kept for the session.
 *
 * - **structure**: REST 3.0 `humanresources` (a cloud plan that has it; not an on-premise or older portal).
 *   `humanresources.node.count` (the cheapest read of the family) answers, or the portal says the method does
 *   not exist: REST 3.0 `BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION` with 404, or — a portal without
 *   REST 3.0 at all reads `/rest/api/…` as a REST 2 method — `ERROR_METHOD_NOT_FOUND` with 404
 *   (https://apidocs.bitrix24.com/api-reference/rest-v3.html: "for methods only REST 3.0 has, the error
 *   ERROR_METHOD_NOT_FOUND with status 404").
 * - **collabs**: `socialnetwork.api.workgroup.list` documents the group types `group`, `project`, `scrum`,
 *   `collab` (https://apidocs.bitrix24.com/api-reference/sonet-group/socialnetwork-api-workgroup-list.html);
 *   a portal without collabs answers none of type `collab`, which the app cannot tell from a portal where
 *   the user is in no collab — so collabs count as missing only when the method itself does not exist.
 *
 * Any other failure (no access, the network, a limit) says nothing about the portal's features: the
 * feature counts as offered and the section shows its own error.
 */
export interface PortalFeatures {
  structure: boolean
  collabs: boolean
  /**
   * How many nodes (departments + teams) the probe's humanresources.node.count answered, so the first
   * structure load shows "n of N" without asking again; absent when it gave no count.
   */
  nodeCount?: number
}

const NOT_FOUND_CODES = new Set(['BITRIX_REST_V3_EXCEPTION_METHODNOTFOUNDEXCEPTION', 'METHODNOTFOUNDEXCEPTION', 'ERROR_METHOD_NOT_FOUND'])

/** True when the portal answered that the method does not exist (the documented "method not found"). */
export function isMethodNotFound(error: unknown): boolean {
  return error instanceof PortalError && NOT_FOUND_CODES.has(error.code)
}

async function offers(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call()
    return true
  } catch (error) {
    return !isMethodNotFound(error)
  }
}

let probing: Promise<PortalFeatures> | null = null

/** The portal's features, probed on first need and cached; a second caller shares the first probe. */
export function portalFeatures(): Promise<PortalFeatures> {
  probing ??= (async () => {
    let nodeCount: number | null = null
    const [structure, collabs] = await Promise.all([
      offers(async () => {
        const counts = record(await callV3('humanresources.node.count', {}))
        const departments = int(counts.departments)
        const teams = int(counts.teams)
        nodeCount = departments === null && teams === null ? null : (departments ?? 0) + (teams ?? 0)
      }),
      offers(() => callV2('socialnetwork.api.workgroup.list', { select: ['ID'], filter: { ID: 0 } }))
    ])
    return { structure, collabs, ...(nodeCount === null ? {} : { nodeCount }) }
  })()
  return probing
}

/** Forget the probe (tests; a reconnect to another portal). */
export function forgetPortalFeatures(): void {
  probing = null
}
