/**
 * Widgets the app binds into the portal's interface: placement.get / placement.bind / placement.unbind.
 * Wire names stay in this file. Docs: https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html
 * (placement-get.html, placement-unbind.html beside it); the chat sidebar's OPTIONS:
 * https://apidocs.bitrix24.com/api-reference/widgets/im/sidebar.html.
 */
import { callV2 } from '@/b24'
import { int, record, text } from './wire'

/** A handler the app has bound (placement.get lists only the calling app's). */
export interface BoundPlacement {
  placement: string
  handler: string
  title: string
  userId: number
  options: Record<string, unknown>
}

export interface PlacementBinding {
  placement: string
  handler: string
  title: string
  /** per placement; IM_SIDEBAR: iconName (required), context, role, extranet, color */
  options?: Record<string, string>
}

function toBound(raw: unknown): BoundPlacement | null {
  const row = record(raw)
  const placement = text(row.placement).toUpperCase()
  const handler = text(row.handler)
  if (placement === '' || handler === '') return null
  // PHP answers empty options as [], which record() reads as {}
  return { placement, handler, title: text(row.title), userId: int(row.userId, 0), options: { ...record(row.options) } }
}

/** Every handler this app has bound, on every placement. */
export async function listPlacements(): Promise<BoundPlacement[]> {
  const rows = await callV2<unknown>('placement.get', {})
  const list = Array.isArray(rows) ? rows : rows && typeof rows === 'object' ? Object.values(rows) : []
  return list.map(toBound).filter((p): p is BoundPlacement => p !== null)
}

/** Binds one handler; the portal refuses the same PLACEMENT + HANDLER twice, so read first (listPlacements). */
export async function bindPlacement(binding: PlacementBinding): Promise<void> {
  await callV2<boolean>('placement.bind', {
    PLACEMENT: binding.placement,
    HANDLER: binding.handler,
    TITLE: binding.title,
    ...(binding.options ? { OPTIONS: binding.options } : {})
  })
}

/** Removes one handler of a placement (HANDLER given, so nothing else of the placement goes with it). */
export async function unbindPlacement(placement: string, handler: string): Promise<number> {
  const answer = await callV2<unknown>('placement.unbind', { PLACEMENT: placement, HANDLER: handler })
  return int(record(answer).count, 0)
}
