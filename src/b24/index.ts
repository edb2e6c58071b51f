/**
 * THE door to the portal. Everything outside src/b24/ talks to Bitrix24 only through what this file
 * exports (a lint rule forbids importing @bitrix24/b24jssdk elsewhere).
 *
 * CONTRACT (other modules are written against these signatures; keep them):
 *
 * connectPortal(): Promise<PortalContext | null>
 *   initializeB24Frame() once (memoised). null when the page is not inside a portal frame (standalone);
 *   throws PortalError for any other failure.
 * getPortal(): PortalContext            the context after connectPortal resolved (throws before)
 *
 * callV2<T>(method, params?, options?): Promise<T>                   REST 2, returns `result`
 * callV2Page<T>(method, params?, options?): Promise<{ result: T, total?: number, next?: number }>
 * callV3<T>(method, params?, options?): Promise<T>                   REST 3.0 (/rest/api/), returns `result`
 *   options: { requestId?: string, retry?: boolean, idempotencyKey?: string }
 *     retry: false  → exactly one HTTP attempt, no automatic retry on 5xx/network/timeout (create calls:
 *                     the caller checks what the portal holds before offering to try again).
 *     idempotencyKey → REST 3.0 writes (…add/edit/update/delete/set/create/remove) always carry an
 *                     Idempotency-Key header, fresh per call unless given; every re-send of a call reuses
 *                     it, so a retry after a lost answer is replayed by the portal, not applied twice.
 *   The app option `restTimeoutMs` (1000–300000) replaces the SDK's 30 s request timeout.
 *   Every failure (HTTP error, soft error, error inside HTTP 200, network, timeout) rejects with PortalError.
 * batchV2(calls, options?): Promise<Record<string, { result?: unknown, total?: number, next?: number, error?: PortalError }>>
 *   calls: Record<string, [method: string, params?: Record<string, unknown>]>, at most 50; options { haltOnError?: boolean }
 * batchV3(calls): Promise<unknown[]>
 *   calls: Array<{ method: string, params?: Record<string, unknown> }>, at most 50; all-or-nothing, rejects with PortalError
 *
 * PortalError: { code, message, status, validation: { field, message }[], retryable: boolean }
 *   PortalError.from(unknown) normalises anything; fieldErrors() → Record<field, message>
 *
 * Frame commands:
 * fitFrame(): void                         resize the portal's iframe to the content height
 * setTitle(title: string): void
 * scrollPortalToTop(): void               scroll the portal page to the top of the app (dialogs open there)
 * selectUser(): Promise<PickedUser | null>   the portal's own user picker (single)
 * selectUsers(): Promise<PickedUser[]>      (multiple)
 * openMessenger(dialogId: string): void     imOpenMessenger
 * installFinish(): Promise<void>
 * setAppOption(name: string, value: unknown): Promise<void>    kept by the portal, in the next init data
 * setUserOption(name: string, value: unknown): Promise<void>
 */
export { connectPortal, getPortal, parsePlacementOptions } from './frame'
export type { PortalContext, ConnectOptions } from './frame'
export { callV2, callV2Page, callV3, batchV2, batchV3 } from './rest'
export type { CallOptions, RestParams, V2Page, BatchV2Row, BatchV2Calls, BatchV2Options, BatchV3Call } from './rest'
export { PortalError } from './errors'
export type { FieldError } from './errors'
export { fitFrame, scrollPortalToTop, setTitle, selectUser, selectUsers, openMessenger, installFinish, setAppOption, setUserOption } from './commands'
export type { PickedUser } from './commands'
