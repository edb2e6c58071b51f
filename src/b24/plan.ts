import { ApiVersion, ParamsFactory } from '@bitrix24/b24jssdk'
import type { TypeB24 } from '@bitrix24/b24jssdk'
import { requireFrame } from './frame'

/**
 * The SDK's limiter from the portal's plan (https://apidocs.bitrix24.com/limits.html): Enterprise plans allow
 * a burst of 250 requests and drain 5 per second, all others 50 and 2. `app.info` names the plan in LICENSE
 * as `<lang>_<plan>` (https://apidocs.bitrix24.com/api-reference/common/system/app-info.html: ru_project,
 * ru_basic, ru_std, ru_pro100, ru_ent250 … ru_ent10000) and its family in LICENSE_FAMILY; b24jssdk's
 * ParamsFactory.fromTariffPlan() knows 'enterprise' and the rest by name.
 */

export interface AppInfoLicense {
  LICENSE?: unknown
  LICENSE_FAMILY?: unknown
  LICENSE_TYPE?: unknown
}

/** 'enterprise' for any Enterprise licence, else the plan's own name (which fromTariffPlan maps to the default). */
export function tariffPlanOf(info: AppInfoLicense | null | undefined): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '')
  const family = text(info?.LICENSE_FAMILY)
  const type = text(info?.LICENSE_TYPE) || text(info?.LICENSE).replace(/^[a-z]{2}_/, '')
  if (family === 'ent' || family === 'enterprise' || /^ent(erprise)?\d*$/.test(type)) return 'enterprise'
  return type || 'default'
}

/**
 * The SDK's own bucket is kept a little under the portal's: two identical buckets drift apart by network
 * jitter, and the portal then refuses the odd request with 503 (a wasted round trip and a back-off).
 */
export function clientRateLimit(plan: string): { burstLimit: number, drainRate: number, adaptiveEnabled: boolean } {
  const portal = ParamsFactory.fromTariffPlan(plan).rateLimit ?? { burstLimit: 50, drainRate: 2 }
  return { burstLimit: Math.max(1, portal.burstLimit - 2), drainRate: portal.drainRate * 0.975, adaptiveEnabled: true }
}

/**
 * The SDK client the limits are set on: the frame's in the app; the bench's B24OAuth in Node
 * (scripts/bench/sdk-transport.ts) goes through the same two functions, so both pace alike.
 */
export type PlanClient = Pick<TypeB24, 'getHttpClient'>

/** Sets both of the SDK's clients to the plan's limits. */
export async function applyTariffPlan(frame: PlanClient, plan: string): Promise<void> {
  const params = { ...ParamsFactory.fromTariffPlan(plan), rateLimit: clientRateLimit(plan) }
  await Promise.all([ApiVersion.v2, ApiVersion.v3].map((version) => frame.getHttpClient(version).setRestrictionManagerParams(params)))
}

/**
 * Asks the portal for its plan (app.info) and applies it; until it answers, and if it cannot, the SDK
 * keeps the default plan's limits, which are the stricter ones. Never blocks the boot.
 */
export async function limitsFromPortalPlan(frame: PlanClient = requireFrame()): Promise<string> {
  try {
    const answer = await frame.getHttpClient(ApiVersion.v2).call('app.info', {})
    const plan = tariffPlanOf(answer.getData()?.result as AppInfoLicense | undefined)
    await applyTariffPlan(frame, plan)
    return plan
  } catch {
    return 'default'
  }
}
