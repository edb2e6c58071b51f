/**
 * What the install binds in the portal (docs/decisions.md D30): the chat sidebar's item (IM_SIDEBAR) and
 * the Open Channel connector with its settings page (imconnector.register's PLACEMENT_HANDLER). Install and
 * reinstall run the same steps: read what a previous install left, bind only what is missing, move a
 * handler only when its URL changed, and never touch app options (the journal, the connector's saved
 * lines: they outlive a reinstall).
 */
import { bindPlacement, listPlacements, unbindPlacement } from '@/api/placements'
import type { BoundPlacement, PlacementBinding } from '@/api/placements'
import { APP_CONNECTOR_NAME, appConnector, registerConnector } from '@/api/openlines'

export const IM_SIDEBAR = 'IM_SIDEBAR'

/** A placement the app offers; the handler is always the app's own URL. */
export type OfferedPlacement = Omit<PlacementBinding, 'handler'>

/**
 * The chat sidebar item (https://apidocs.bitrix24.com/api-reference/widgets/im/sidebar.html): group chats
 * only (a personal chat or an open line has no departments), for every employee, not for extranet users
 * (they are outside the company structure). The title is the app's name, like the connector's.
 */
export const OFFERED_PLACEMENTS: readonly OfferedPlacement[] = [{
  placement: IM_SIDEBAR,
  title: APP_CONNECTOR_NAME,
  options: { iconName: 'fa-sitemap', context: 'CHAT', role: 'USER', extranet: 'N', color: 'AZURE' }
}]

export type PlacementStep =
  | { action: 'bind', binding: PlacementBinding }
  | { action: 'unbind', placement: string, handler: string }

/**
 * The calls that make the portal hold each offered placement at `handler`, given what it holds: nothing for
 * a placement already bound there; for one bound elsewhere (the app moved), unbind that handler, then bind.
 * Placements the app does not offer are left alone.
 */
export function planPlacements(bound: readonly BoundPlacement[], handler: string, offered: readonly OfferedPlacement[] = OFFERED_PLACEMENTS): PlacementStep[] {
  const steps: PlacementStep[] = []
  for (const offer of offered) {
    const ours = bound.filter(b => b.placement === offer.placement)
    for (const stale of ours.filter(b => b.handler !== handler)) {
      steps.push({ action: 'unbind', placement: stale.placement, handler: stale.handler })
    }
    if (!ours.some(b => b.handler === handler)) steps.push({ action: 'bind', binding: { ...offer, handler } })
  }
  return steps
}

/**
 * Binds what the app offers at `handler`, one call at a time (each a write sent once, D4): after a failure
 * the administrator presses Finish again and the plan is made afresh from what the portal then holds.
 */
export async function setUpPortal(handler: string): Promise<PlacementStep[]> {
  const steps = planPlacements(await listPlacements(), handler)
  for (const step of steps) {
    if (step.action === 'unbind') await unbindPlacement(step.placement, step.handler)
    else await bindPlacement(step.binding)
  }
  // Registering the same ID again updates the connector in place (there is one per ID), and it is the
  // only way to be sure of its handler: imconnector.list names connectors, not their handlers.
  await registerConnector(appConnector(handler))
  return steps
}
