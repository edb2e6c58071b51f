import { onMounted } from 'vue'
import { useResizeObserver } from '@vueuse/core'
import { fitFrame } from '@/b24'

/**
 * Keeps the portal's iframe as tall as the app: every change of the app root's size (a table loading, an
 * alert appearing) sends one debounced resize. Without ResizeObserver, it resizes once on mount.
 */
export function useFrameAutoResize(target: () => HTMLElement | null = () => document.getElementById('app')): void {
  onMounted(() => fitFrame())
  useResizeObserver(target, () => fitFrame())
}
