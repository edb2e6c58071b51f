import { tryOnScopeDispose, useDebounceFn } from '@vueuse/core'
import type { FunctionArgs, UseDebounceFnReturn } from '@vueuse/core'

/**
 * VueUse's `useDebounceFn`, with the pending call cancelled when the component that owns it unmounts (its
 * effect scope stops). VueUse 14's own `useDebounceFn` and `watchDebounced` leave that timer running, so a
 * search typed just before a dialog closes or a view is left would still reach the portal afterwards.
 * `cancel()` drops a pending call earlier, e.g. when the text becomes too short to search for.
 */
export function useScopedDebounceFn<T extends FunctionArgs>(fn: T, ms: number): UseDebounceFnReturn<T> {
  const debounced = useDebounceFn(fn, ms)
  tryOnScopeDispose(debounced.cancel)
  return debounced
}
