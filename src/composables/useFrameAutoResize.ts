import { onBeforeUnmount, onMounted } from 'vue'
import { fitFrame } from '@/b24'

/**
 * Keeps the portal's iframe as tall as the app: every change of the app root's size (a table loading, an
 * alert appearing) sends one debounced resize. Without ResizeObserver, it resizes once on mount.
 */
export function useFrameAutoResize(target: () => Element | null = () => document.getElementById('app')): void {
  let observer: ResizeObserver | null = null

  onMounted(() => {
    fitFrame()
    const element = target()
    if (!element || typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver(() => fitFrame())
    observer.observe(element)
  })

  onBeforeUnmount(() => {
    observer?.disconnect()
    observer = null
  })
}
