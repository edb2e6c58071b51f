import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { PortalError } from '@/b24'
import { planBulk, resetFailed, settleAfterReload } from '@/api/bulk'
import type { BulkAction, BulkPlan, ItemStatus, PlanItem, RunResult } from '@/api/bulk'
import type { StructureNode } from '@/api/structure'
import { useSessionStore } from './session'
import { useStructureMatrixStore } from './structureMatrix'
import { useJournalStore } from './journal'
import { useStructureStore } from './structure'

/**
 * idle         no plan
 * planned      a plan is on screen, nothing sent yet
 * running      requests are going out
 * interrupted  cancelled, or the page was reloaded while running: resumable
 * finished     every item settled: the report
 */
export type BulkPhase = 'idle' | 'planned' | 'running' | 'interrupted' | 'finished'

interface Saved {
  version: 1
  phase: BulkPhase
  plan: BulkPlan
}

const STORAGE_PREFIX = 'comm-hub:bulk'

/** Local storage, because it is written synchronously before every request (a user option is a postMessage away). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Restores a saved run. A run that was `running` when the page went away is interrupted, its in-flight items unknown. */
export function restoreSaved(raw: string | null): { phase: BulkPhase, plan: BulkPlan } | null {
  if (!raw) return null
  try {
    const saved = JSON.parse(raw) as Saved
    if (saved?.version !== 1 || !saved.plan || !Array.isArray(saved.plan.items)) return null
    if (saved.phase === 'running') return { phase: 'interrupted', plan: { ...saved.plan, items: settleAfterReload(saved.plan.items) } }
    return { phase: saved.phase, plan: saved.plan }
  } catch {
    return null
  }
}

export const useBulkStore = defineStore('bulk', () => {
  const plan = shallowRef<BulkPlan | null>(null)
  const phase = ref<BulkPhase>('idle')
  const result = shallowRef<RunResult | null>(null)
  const error = shallowRef<PortalError | null>(null)
  let controller: AbortController | null = null
  let restoredKey: string | null = null

  const counts = computed(() => {
    const out: Record<ItemStatus, number> & { total: number, settled: number } = { pending: 0, running: 0, done: 0, failed: 0, unknown: 0, total: 0, settled: 0 }
    for (const item of plan.value?.items ?? []) out[item.status] += 1
    out.total = plan.value?.items.length ?? 0
    out.settled = out.done + out.failed
    return out
  })

  /** Per portal and user: another admin on the same browser does not inherit someone else's run. */
  function storageKey(): string {
    const session = useSessionStore()
    return `${STORAGE_PREFIX}:${session.context?.memberId || 'local'}:${session.user?.id || '0'}`
  }

  function persist(): void {
    const store = storage()
    if (!store) return
    try {
      if (!plan.value || phase.value === 'idle') store.removeItem(storageKey())
      else store.setItem(storageKey(), JSON.stringify({ version: 1, phase: phase.value, plan: plan.value } satisfies Saved))
    } catch {
      // quota or private mode: the run goes on, only a reload would lose its progress
    }
  }

  /** Picks up a run saved by an earlier page load (once per portal and user). */
  function restore(): void {
    const key = storageKey()
    if (restoredKey === key || phase.value === 'running') return
    restoredKey = key
    const saved = restoreSaved(storage()?.getItem(key) ?? null)
    if (!saved) return
    plan.value = saved.plan
    phase.value = saved.phase
    persist()
  }

  function makePlan(action: BulkAction, nodes: StructureNode[]): BulkPlan {
    const matrix = useStructureMatrixStore()
    const next = planBulk(action, nodes, matrix.communications)
    plan.value = next
    phase.value = 'planned'
    result.value = null
    error.value = null
    persist()
    return next
  }

  function discard(): void {
    if (phase.value === 'running') return
    plan.value = null
    phase.value = 'idle'
    result.value = null
    error.value = null
    persist()
  }

  function touch(items: PlanItem[]): void {
    if (!plan.value) return
    plan.value = { ...plan.value, items: [...items] }
    persist()
  }

  async function run(): Promise<RunResult | null> {
    const current = plan.value
    if (!current || phase.value === 'running') return null
    controller = new AbortController()
    phase.value = 'running'
    error.value = null
    persist()
    const items = current.items.map((item) => ({ ...item }))
    try {
      // the one write path: every view (the tree, an open node panel, the matrix) shows what the portal holds after it
      const outcome = await useStructureStore().applyItems(items, { signal: controller.signal, onUpdate: touch })
      touch(items)
      await useJournalStore().recordItems(items, current.id)
      touch(items)
      result.value = outcome
      phase.value = outcome.cancelled || outcome.pending > 0 || outcome.unknown > 0 ? 'interrupted' : 'finished'
      return outcome
    } catch (reason) {
      error.value = PortalError.from(reason)
      phase.value = 'interrupted'
      return null
    } finally {
      controller = null
      persist()
    }
  }

  function cancel(): void {
    controller?.abort()
  }

  function retryFailed(): Promise<RunResult | null> {
    if (!plan.value || phase.value === 'running') return Promise.resolve(null)
    touch(resetFailed(plan.value.items))
    return run()
  }

  return { plan, phase, result, error, counts, restore, makePlan, discard, run, cancel, retryFailed, storageKey }
})
