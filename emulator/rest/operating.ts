/**
 * The operating-time limit (https://apidocs.bitrix24.com/limits.html, "Ограничения на ресурсоемкость"): per
 * app, per method, the method's processing time is summed in one-minute buckets. A bucket starts at the first
 * counted call of its minute and drops out 10 minutes after that call (10:05:20 → 10:15:20). `operating` is
 * the sum of the live buckets; `operating_reset_at` is when the oldest live bucket drops. Before a call runs,
 * a method whose operating already exceeds the limit is refused (429 OPERATION_TIME_LIMIT); the call that
 * pushes it over still completes. The outer `batch` is not counted, each nested command is.
 *
 * Accounting only: the emulator does not sleep a method's cost, it books it. The buckets run on the
 * emulator's scaled clock (clock.ts), so a benchmark passes a 10-minute window in 10/scale minutes.
 * The emulator is one app, so the key is the method name.
 */

export const DEFAULT_OPERATING_LIMIT_S = 480
export const OPERATING_WINDOW_MS = 10 * 60_000
const MINUTE_MS = 60_000

/** Seconds booked per call of a method whose docs show no `processing` figure (decision). */
export const DEFAULT_OPERATING_COST_S = 0.05

/**
 * `processing` of the docs' example answers, rounded to 0.1 ms: the method pages on
 * https://apidocs.bitrix24.com/ (app.info, the departments family) and their copies in
 * emulator/docs-spec/methods/<method>.json (operating.spec.ts checks the table against those). Examples
 * that show 0 or exactly 1 are placeholders, not measurements, and get the default instead.
 */
export const DOCS_OPERATING_COSTS: Record<string, number> = {
  'app.info': 0.0053,
  'department.add': 0.1705,
  'department.delete': 0.1349,
  'department.fields': 0.0051,
  'department.get': 0.0018,
  'department.update': 0.1349,
  'humanresources.employee.count': 0.0698,
  'humanresources.employee.multidepartment': 0.1268,
  'humanresources.employee.subordinates': 0.0975,
  'humanresources.node.add': 0.6032,
  'humanresources.node.count': 0.1825,
  'humanresources.node.edit': 0.471,
  'humanresources.node.member.add': 0.1231,
  'humanresources.node.member.move': 0.1711,
  'humanresources.node.member.remove': 0.1655,
  'humanresources.node.member.set': 0.1987,
  'humanresources.node.move': 0.3615,
  'crm.activity.communication.fields': 0.0323,
  'humanresources.employee.search': 0.1109,
  'humanresources.node.children': 0.3972,
  'humanresources.node.communication.edit': 0.1328,
  'humanresources.node.communication.list': 0.0811,
  'humanresources.node.get': 0.182,
  'humanresources.node.list': 0.219,
  'humanresources.node.search': 0.2811,
  'imconnector.activate': 0.03,
  'imconnector.connector.data.set': 0.04,
  'imconnector.list': 0.03,
  'imconnector.register': 0.1,
  'imconnector.status': 0.03,
  'imconnector.unregister': 0.06,
  'imopenlines.config.list.get': 0.0947,
  'method.get': 0.0002,
  'placement.get': 0.0323,
  'placement.list': 0.0323,
  'socialnetwork.api.workgroup.get': 0.0107,
  'user.get': 0.0188,
  'user.search': 0.0188
}

interface Bucket {
  /** the minute (scaled ms / 60 000, floored) this bucket sums */
  minute: number
  /** scaled ms of its first counted call; it drops out OPERATING_WINDOW_MS later */
  startedAt: number
  seconds: number
}

export interface OperatingStatus {
  /** seconds in the live buckets */
  operating: number
  /** scaled ms at which the oldest live bucket drops; null when none is live */
  dropsAt: number | null
}

export class OperatingMeter {
  private readonly buckets = new Map<string, Bucket[]>()
  private overrides: Record<string, number>

  constructor(
    private limitS: number | null = DEFAULT_OPERATING_LIMIT_S,
    costs: Record<string, number> = {},
    private readonly now: () => number = Date.now
  ) {
    assertLimit(limitS)
    this.overrides = checkedCosts(costs)
  }

  /** seconds; null = no limit (still counted and reported) */
  get limit(): number | null {
    return this.limitS
  }

  configure(limitS: number | null): void {
    assertLimit(limitS)
    this.limitS = limitS
  }

  /** The overrides on top of the docs' figures. */
  get costOverrides(): Record<string, number> {
    return { ...this.overrides }
  }

  /** Replaces the overrides. */
  setCosts(costs: Record<string, number>): void {
    this.overrides = checkedCosts(costs)
  }

  /** Seconds one call of `method` books. */
  cost(method: string): number {
    if (Object.hasOwn(this.overrides, method)) return this.overrides[method]!
    if (Object.hasOwn(DOCS_OPERATING_COSTS, method)) return DOCS_OPERATING_COSTS[method]!
    return DEFAULT_OPERATING_COST_S
  }

  private live(method: string, at: number): Bucket[] {
    const list = (this.buckets.get(method) ?? []).filter(b => b.startedAt + OPERATING_WINDOW_MS > at)
    if (list.length > 0) this.buckets.set(method, list)
    else this.buckets.delete(method)
    return list
  }

  status(method: string): OperatingStatus {
    const list = this.live(method, this.now())
    return {
      operating: list.reduce((sum, b) => sum + b.seconds, 0),
      dropsAt: list.length > 0 ? list[0]!.startedAt + OPERATING_WINDOW_MS : null
    }
  }

  /** true when the method's operating already exceeds the limit: the call must not run. */
  blocked(method: string): boolean {
    return this.limitS !== null && this.status(method).operating > this.limitS
  }

  /** Books one call of `method` (its cost, or `seconds`) and answers the status after it. */
  count(method: string, seconds = this.cost(method)): OperatingStatus {
    const at = this.now()
    const list = this.live(method, at)
    const minute = Math.floor(at / MINUTE_MS)
    const last = list[list.length - 1]
    if (last && last.minute === minute) last.seconds += seconds
    else list.push({ minute, startedAt: at, seconds })
    this.buckets.set(method, list)
    return this.status(method)
  }

  /** Every method with a live bucket. */
  snapshot(): Record<string, OperatingStatus> {
    const out: Record<string, OperatingStatus> = {}
    for (const method of [...this.buckets.keys()].sort()) {
      const status = this.status(method)
      if (status.dropsAt !== null) out[method] = status
    }
    return out
  }

  clear(): void {
    this.buckets.clear()
  }
}

function assertLimit(limitS: number | null): void {
  if (limitS !== null && (!Number.isFinite(limitS) || limitS < 0)) throw new RangeError('operatingLimit must be a number of seconds >= 0, or null')
}

function checkedCosts(costs: Record<string, number>): Record<string, number> {
  for (const [method, seconds] of Object.entries(costs)) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(`operatingCosts.${method} must be a number of seconds >= 0`)
    }
  }
  return { ...costs }
}
