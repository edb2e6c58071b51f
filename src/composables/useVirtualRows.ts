import { computed, ref } from 'vue'
import type { Ref } from 'vue'
import { useResizeObserver } from '@vueuse/core'

export interface VirtualRowsOptions {
  rowHeight: number
  /** rows rendered above and below the visible ones, so fast scrolling shows no gaps */
  overscan: number
  /** viewport height used until the element is measured (and in test DOMs that do no layout) */
  fallbackHeight: number
}

/**
 * A fixed-row-height window over a long list: only the rows in view (plus a margin) are rendered, so a
 * tree or matrix of 10,000 nodes stays as cheap as one of 50. Bind `viewport` to the scrolling element,
 * call `measure` on its scroll, and place each rendered row at `index * rowHeight`; the viewport's height
 * follows its size.
 */
export function useVirtualRows<T>(rows: () => readonly T[], options: VirtualRowsOptions) {
  const viewport = ref<HTMLElement | null>(null)
  const scrollTop = ref(0)
  const viewportHeight = ref(options.fallbackHeight)

  const range = computed(() => {
    const first = Math.max(0, Math.floor(scrollTop.value / options.rowHeight) - options.overscan)
    const count = Math.ceil(viewportHeight.value / options.rowHeight) + options.overscan * 2
    return { first, last: Math.min(rows().length, first + count) }
  })

  const rendered = computed(() => rows().slice(range.value.first, range.value.last).map((row, i) => ({ row, index: range.value.first + i })))

  function measure(): void {
    const el = viewport.value
    if (!el) return
    viewportHeight.value = el.clientHeight || options.fallbackHeight
    scrollTop.value = el.scrollTop
  }

  /** Scrolls as little as needed to bring row `index` into view. */
  function scrollIntoView(index: number): void {
    const el = viewport.value
    if (!el || index < 0) return
    const top = index * options.rowHeight
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + options.rowHeight > el.scrollTop + viewportHeight.value) el.scrollTop = top + options.rowHeight - viewportHeight.value
    scrollTop.value = el.scrollTop
  }

  function scrollToTop(): void {
    if (viewport.value) viewport.value.scrollTop = 0
    scrollTop.value = 0
  }

  // The viewport's height as laid out, whenever it changes (a resized window, a frame the portal grows):
  // read when the browser reports the size, after its own layout, not by asking for clientHeight while
  // the view mounts, which forces a layout of the whole page in the middle of the first render (issue 11:
  // the first screen). Until then the fallback height decides how many rows are drawn.
  useResizeObserver(viewport, (entries) => {
    const el = entries[0]?.target as HTMLElement | undefined
    if (el) viewportHeight.value = el.clientHeight || options.fallbackHeight
  })

  return { viewport: viewport as Ref<HTMLElement | null>, viewportHeight, rendered, measure, scrollIntoView, scrollToTop }
}
