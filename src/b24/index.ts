/**
 * THE door to the portal. Everything outside src/b24/ talks to Bitrix24 only through what this file
 * exports (a lint rule forbids importing @bitrix24/b24jssdk elsewhere). Each export is documented where it
 * is defined: frame.ts (connecting), rest.ts (REST 2 and REST 3.0 calls and batches), http.ts (what the
 * door changes on the SDK's HTTP clients), errors.ts (PortalError), commands.ts (frame commands).
 */
export { appHandlerUrl, connectPortal, getPortal } from './frame'
export type { PortalContext } from './frame'
export { callV2, callV2Page, callV3, batchV2, batchV3, operatingBudget, requestCapacity, V3_BATCH_LIMIT } from './rest'
export { OperatingBudget } from './operating'
export { limitsFromPortalPlan } from './plan'
export type { LimitPause, TimeBlockLike } from './operating'
export type { CallOptions, RestParams, BatchV2Calls, BatchV3Call } from './rest'
export { PortalError } from './errors'
export { fitFrame, scrollPortalToTop, setTitle, selectUsers, openMessenger, installFinish, setAppOption } from './commands'
