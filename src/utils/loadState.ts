import { ref, shallowRef } from 'vue'
import type { Ref, ShallowRef } from 'vue'
import { PortalError } from '@/b24'

/** Where one load stands: not asked yet, under way, answered, failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface LoadState {
  status: Ref<LoadStatus>
  /** the last load's failure, null once a load starts again or succeeds */
  error: ShallowRef<PortalError | null>
  /**
   * An answer has been shown since the last reset: a reload (status back to 'loading') keeps the previous
   * answer on screen instead of a skeleton.
   */
  loaded: Ref<boolean>
  /**
   * Runs `load` and hands its answer to `apply`, unless a later run (or a reset) started meanwhile: an
   * earlier answer arriving late is dropped, so a slow reply to an old question never replaces the new
   * one. Resolves true when this run's answer (or failure) was kept.
   */
  run: <T>(load: () => Promise<T>, apply: (value: T) => void) => Promise<boolean>
  /** Back to 'idle'; an answer still on its way is dropped. */
  reset: () => void
}

/** The one home of a screen's load status and its stale-answer guard (stores call it once per thing they load). */
export function useLoadState(): LoadState {
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<PortalError | null>(null)
  const loaded = ref(false)
  let seq = 0

  async function run<T>(load: () => Promise<T>, apply: (value: T) => void): Promise<boolean> {
    const mine = ++seq
    status.value = 'loading'
    error.value = null
    let value: T
    try {
      value = await load()
    } catch (reason) {
      if (mine !== seq) return false
      error.value = PortalError.from(reason)
      status.value = 'error'
      return true
    }
    if (mine !== seq) return false
    apply(value)
    status.value = 'ready'
    loaded.value = true
    return true
  }

  function reset(): void {
    seq++
    status.value = 'idle'
    error.value = null
    loaded.value = false
  }

  return { status, error, loaded, run, reset }
}
