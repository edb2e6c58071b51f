/**
 * The portal's tariff plan, as far as the emulator models it (docs/decisions.md D6): the leaky bucket's
 * burst and drain, and what `app.info` says in LICENSE / LICENSE_TYPE / LICENSE_FAMILY.
 */
import type { RateLimitConfig } from './rate-limit.ts'

export const PLANS = ['default', 'enterprise'] as const
export type Plan = (typeof PLANS)[number]

/**
 * Enterprise burst 250, drain 5/s; every other plan burst 50, drain 2/s
 * (https://apidocs.bitrix24.com/limits.html).
 */
export const PLAN_RATE_LIMITS: Record<Plan, RateLimitConfig> = {
  default: { burst: 50, drainPerSecond: 2 },
  enterprise: { burst: 250, drainPerSecond: 5 }
}

/**
 * app.info (https://apidocs.bitrix24.com/api-reference/common/system/app-info.html): LICENSE is
 * "<portal language>_<plan id>" (ru_project, ru_basic, ru_std, ru_pro100, ru_ent250 … ru_ent10000),
 * LICENSE_TYPE the plan id, LICENSE_FAMILY the family (the example: ent10000 → ent). Decision: the default
 * plan is Project (`project`), Enterprise is its smallest, Enterprise 250 (`ent250`).
 */
export function planLicense(plan: Plan, portalLang: string): { LICENSE: string, LICENSE_TYPE: string, LICENSE_FAMILY: string } {
  const [type, family] = plan === 'enterprise' ? ['ent250', 'ent'] : ['project', 'project']
  return { LICENSE: `${portalLang}_${type}`, LICENSE_TYPE: type, LICENSE_FAMILY: family }
}

export function isPlan(value: unknown): value is Plan {
  return typeof value === 'string' && (PLANS as readonly string[]).includes(value)
}
