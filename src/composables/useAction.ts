import { computed, readonly, ref, shallowRef } from 'vue'
import type { ComputedRef, Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { PortalError } from '@/b24'
import { describeError } from '@/components/common/describeError'
import type { ErrorWords } from '@/components/common/describeError'

/**
 * The one way a screen runs a change the person asked for (bind, rename, register a connector …):
 * while it runs the screen shows which one is working and nothing else is sent (a second click is
 * dropped, never queued); success says so in a toast; a failure is kept for the screen to show where
 * the person acted, in describeError's words (or the view's own), re-worded when the language changes.
 *
 * One runner serves every action of a screen that must not overlap (a page whose buttons all wait for
 * the one running); actions that may run side by side take a runner each.
 */

export interface RunOptions<R> {
  /** the toast after success: a text, or one made from the result (null/empty: no toast) */
  success?: string | ((result: R) => string | null | undefined)
  /**
   * The error a result carries, for a store that answers with its failure instead of throwing
   * (departments' EditOutcome, chats' PortalError | null); null/undefined: it succeeded.
   */
  failure?: (result: R) => unknown
  /** the sentence for the failure when describeError's (with the runner's words) is not enough */
  describe?: (error: PortalError, result: R | undefined) => string
}

export interface ActionRunner {
  /** the name of the action running now, null when none */
  busy: Readonly<Ref<string | null>>
  /** the last run's failure, kept until the next run or clear() */
  error: ComputedRef<PortalError | null>
  /** what the screen says about that failure, null when there is none */
  message: ComputedRef<string | null>
  /** runs `action` unless one is running; true when it succeeded */
  run: <R>(name: string, action: () => Promise<R>, options?: RunOptions<R>) => Promise<boolean>
  /** forgets the last failure (a dialog opened afresh) */
  clear: () => void
}

export function useAction(words: ErrorWords = {}): ActionRunner {
  const { t } = useI18n()
  const toast = useToast()
  const busy = ref<string | null>(null)
  const failure = shallowRef<{ error: PortalError, text: () => string } | null>(null)

  function clear(): void {
    failure.value = null
  }

  async function run<R>(name: string, action: () => Promise<R>, options: RunOptions<R> = {}): Promise<boolean> {
    if (busy.value !== null) return false
    busy.value = name
    clear()
    try {
      let result: R | undefined
      let thrown: unknown = null
      try {
        result = await action()
        thrown = options.failure?.(result) ?? null
      } catch (error) {
        thrown = error
      }
      if (thrown === null || thrown === undefined) {
        const text = typeof options.success === 'function' ? options.success(result as R) : options.success
        if (text) toast.add({ title: text, color: 'air-primary-success' })
        return true
      }
      const error = PortalError.from(thrown)
      const describe = options.describe
      failure.value = { error, text: describe ? () => describe(error, result) : () => describeError(error, t, words) }
      return false
    } finally {
      busy.value = null
    }
  }

  return {
    busy: readonly(busy),
    error: computed(() => failure.value?.error ?? null),
    message: computed(() => failure.value?.text() ?? null),
    run,
    clear
  }
}
