/**
 * The portal's operating-time limit, kept from the client side (https://apidocs.bitrix24.com/limits.html,
 * "Ограничения на ресурсоемкость"; docs/decisions.md D7).
 *
 * A portal sums each method's execution time per app in one-minute buckets; a bucket drops out ten
 * minutes after its first call, and once a method's sum is past the limit (480 s in the docs' example) its
 * next call gets 429 OPERATION_TIME_LIMIT. The outer `batch` is not counted, but every nested command is,
 * against its own method — and a batch's answer does not say how much its commands spent. So the app
 * keeps a model per method:
 * - what the portal said (dropping out at the `operating_reset_at` it gave): every single call's `time` block carries the method's `operating`,
 *   `operating_reset_at` and `processing` (the cost of one call). A call made into a fresh window
 *   (operating = its own processing) also tells how long the window is, so the model follows a portal
 *   whose clock runs faster (the emulator's scaled clock) without knowing about it;
 * - what the app has sent since, at the learnt cost per call (the docs' figure until then), in buckets stamped when they left, which
 *   drop out a window later (no earlier than the portal's own buckets, which start at the first call of
 *   their minute).
 * Before a request with nested calls leaves, `acquire` waits until the model has room under the limit
 * (with a margin), and tells the screen that it waits ("pacing"). Should a 429 come anyway, `refused`
 * pauses only that method: until the last `operating_reset_at` the portal gave, else ten seconds and then a
 * minute (the next bucket), as the docs advise; the call is re-sent then, which is safe because a refused call never ran.
 */

export interface TimeBlockLike {
  processing?: unknown
  operating?: unknown
  operating_reset_at?: unknown
  /** the portal's clock when it answered (unix seconds): how far it is from this page's */
  finish?: unknown
}

export interface LimitPause {
  methods: string[]
  /** epoch ms when the paused calls go out again */
  untilMs: number
  /** 'pacing': the app waits to stay under the limit; 'refused': the portal answered 429 */
  reason: 'pacing' | 'refused'
}

export interface OperatingBudgetOptions {
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /**
   * the portal's limit in seconds until a 429 teaches a lower one (https://apidocs.bitrix24.com/limits.html:
   * 480 s in the cloud's example)
   */
  limitS?: number
  /** share of the limit the model fills before it waits */
  margin?: number
  /** cost of one call of a method that neither an answer nor the docs price, in seconds */
  defaultCostS?: number
}

/**
 * What one call of a method costs until the portal's own answer prices it: the `processing` of the docs'
 * example answers (api-reference/departments/**): the structure-wide loads batch these, and a batch's answer
 * does not price its commands. A portal that spends more than this is corrected by its first refusal.
 */
export const DOCS_COSTS_S: Record<string, number> = {
  'humanresources.node.communication.list': 0.0811,
  'humanresources.node.communication.edit': 0.1328,
  'humanresources.node.list': 0.219,
  'humanresources.node.get': 0.182,
  'humanresources.node.search': 0.2811,
  'humanresources.node.children': 0.3972,
  'humanresources.node.count': 0.1825,
  'humanresources.employee.search': 0.1109
}

const WINDOW_MS = 10 * 60 * 1000
const MIN_WINDOW_MS = 1000
/** the docs: after a repeated refusal, wait for the next bucket (one minute) */
const NEXT_BUCKET_MS = 60 * 1000
/** a first refusal with no reset time known: try again soon (as b24jssdk does), then by the bucket */
const FIRST_RETRY_MS = 10 * 1000
/** the learnt cost of a call is the dearest seen lately, plus this much */
const COST_HEADROOM = 1.05

interface Spend {
  atMs: number
  dropAtMs: number
  seconds: number
}

interface MethodModel {
  spends: Spend[]
  costS: number | null
  /** the last `operating_reset_at` the portal gave for it (epoch ms) */
  resetAtMs: number | null
  pausedUntilMs: number
  /** refusals since the method last answered */
  refusals: number
}

function seconds(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isFinite(n) && n >= 0 ? n : null
}

export class OperatingBudget {
  private readonly models = new Map<string, MethodModel>()
  private readonly listeners = new Set<(pause: LimitPause | null) => void>()
  private readonly now: () => number
  private readonly sleep: (ms: number) => Promise<void>
  private readonly margin: number
  private readonly defaultCostS: number
  private windowMs = WINDOW_MS
  limitS: number

  constructor(options: OperatingBudgetOptions = {}) {
    this.now = options.now ?? Date.now
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.limitS = options.limitS ?? 480
    this.margin = options.margin ?? 0.95
    this.defaultCostS = options.defaultCostS ?? 0.25
  }

  private model(method: string): MethodModel {
    let found = this.models.get(method)
    if (!found) {
      found = { spends: [], costS: null, resetAtMs: null, pausedUntilMs: 0, refusals: 0 }
      this.models.set(method, found)
    }
    return found
  }

  /** What the method has spent in the current window, by the model. */
  spent(method: string): number {
    const model = this.model(method)
    const now = this.now()
    model.spends = model.spends.filter((s) => s.dropAtMs > now)
    return model.spends.reduce((sum, s) => sum + s.seconds, 0)
  }

  costOf(method: string): number {
    return this.model(method).costS ?? DOCS_COSTS_S[method] ?? this.defaultCostS
  }

  /** The answer to a single call of `method` that left at `sentAtMs`: the portal's own figures replace the model's. */
  observe(method: string, time: TimeBlockLike | null | undefined, sentAtMs: number): void {
    if (!time || method === 'batch') return
    const operating = seconds(time.operating)
    const processing = seconds(time.processing)
    const resetAt = seconds(time.operating_reset_at)
    if (operating === null) return
    const model = this.model(method)
    model.refusals = 0
    // the portal's times are on its clock; the model's on this page's (a skewed client clock would
    // otherwise shrink or stretch the window it learns)
    const finish = seconds(time.finish)
    const offsetMs = finish !== null && finish > 0 ? finish * 1000 - this.now() : 0
    // the dearest call seen lately, fading slowly so one slow answer does not slow the rest of the load
    if (processing !== null && processing > 0) model.costS = Math.max(processing * COST_HEADROOM, (model.costS ?? 0) * 0.98)
    if (resetAt !== null) {
      model.resetAtMs = resetAt * 1000 - offsetMs
      // a call into a fresh window (it is the only spend) shows the window's length
      if (processing !== null && operating <= processing * 1.001 + 1e-6) {
        this.windowMs = Math.min(WINDOW_MS, Math.max(MIN_WINDOW_MS, model.resetAtMs - sentAtMs))
      }
    }
    // everything sent before this call is in `operating` now; later spends stay in the model
    const later = model.spends.filter((s) => s.atMs > sentAtMs)
    // the portal's figure drops out when it says its oldest bucket does: optimistic when that figure spans
    // several buckets, which a refusal then corrects (refused below) — a refused call costs nothing
    const dropAtMs = model.resetAtMs ?? sentAtMs + this.windowMs
    model.spends = [{ atMs: sentAtMs, dropAtMs, seconds: operating }, ...later]
  }

  /**
   * Before a request that runs these calls (one entry per nested command, or the one method of a single
   * call): waits until each method has room, then counts them.
   */
  async acquire(methods: string[]): Promise<() => void> {
    const counts = new Map<string, number>()
    for (const method of methods) if (method !== 'batch') counts.set(method, (counts.get(method) ?? 0) + 1)
    for (;;) {
      const waitUntil = this.roomAt(counts)
      if (waitUntil <= this.now()) break
      const waiting = [...counts.keys()].filter((m) => this.roomAt(new Map([[m, counts.get(m)!]])) > this.now())
      const refused = waiting.some((m) => this.model(m).pausedUntilMs > this.now())
      this.waiters += 1
      this.emit({ methods: waiting, untilMs: waitUntil, reason: refused ? 'refused' : 'pacing' })
      try {
        await this.sleep(waitUntil - this.now())
      } finally {
        this.waiters -= 1
      }
    }
    const atMs = this.now()
    const recorded: Array<[MethodModel, Spend]> = []
    for (const [method, count] of counts) {
      const model = this.model(method)
      const spend = { atMs, dropAtMs: atMs + this.windowMs, seconds: count * this.costOf(method) }
      model.spends.push(spend)
      recorded.push([model, spend])
    }
    if (this.waiters === 0) this.emit(null)
    // the request was refused before its calls ran: they spent nothing
    return () => {
      for (const [model, spend] of recorded) model.spends = model.spends.filter((s) => s !== spend)
    }
  }

  private waiters = 0

  /** The earliest time these calls fit (now when they fit now). */
  private roomAt(counts: Map<string, number>): number {
    const now = this.now()
    let at = now
    const cap = this.limitS * this.margin
    for (const [method, count] of counts) {
      const model = this.model(method)
      at = Math.max(at, model.pausedUntilMs)
      const need = count * this.costOf(method)
      let spent = this.spent(method)
      if (spent + need <= cap) continue
      // wait for the oldest spends to drop out until the new ones fit (or nothing is left to drop)
      for (const spend of [...model.spends].sort((a, b) => a.dropAtMs - b.dropAtMs)) {
        spent -= spend.seconds
        at = Math.max(at, spend.dropAtMs + 50)
        if (spent + need <= cap) break
      }
    }
    return at
  }

  /**
   * The portal answered 429 OPERATION_TIME_LIMIT to a request with these calls: pause them until the last
   * reset time the portal gave, else until the next bucket. The limit itself is not learnt from a refusal:
   * the model counts only this page's calls, while the portal's sum is the app's in every tab and for
   * every user, so what the model counted says nothing about the limit.
   */
  refused(methods: string[]): number {
    const now = this.now()
    let until = now
    for (const method of new Set(methods)) {
      if (method === 'batch') continue
      const model = this.model(method)
      const scale = this.windowMs / WINDOW_MS
      const fallback = (model.refusals === 0 ? FIRST_RETRY_MS : NEXT_BUCKET_MS) * scale
      const next = model.resetAtMs !== null && model.resetAtMs > now + 100 ? model.resetAtMs : now + Math.max(1000, fallback)
      model.refusals += 1
      model.pausedUntilMs = Math.max(model.pausedUntilMs, next)
      model.resetAtMs = null
      until = Math.max(until, model.pausedUntilMs)
    }
    return until
  }

  /** The screen's notice: a pause, or null when requests go out again. */
  onPause(listener: (pause: LimitPause | null) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private lastEmitted: string | null = null

  private emit(pause: LimitPause | null): void {
    const key = pause ? `${pause.reason}:${pause.untilMs}:${pause.methods.join(',')}` : null
    if (key === this.lastEmitted) return
    this.lastEmitted = key
    for (const listener of this.listeners) listener(pause)
  }
}
