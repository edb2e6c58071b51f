import { useMutationObserver } from '@vueuse/core'
import { scrollPortalToTop } from '@/b24'

/**
 * The portal grows the app's iframe to the app's full height and scrolls the page around it, so the app
 * cannot see which part of itself is on screen. A dialog centred in a 3,000 px frame would open far
 * below what the person sees. Dialogs therefore open near the top of the frame (assets/main.css), and
 * whenever one opens the portal is asked to scroll to the top of the app.
 */
export function useDialogsInView(root: () => HTMLElement = () => document.body): void {
  useMutationObserver(root, (records) => {
    const opened = records.some(r => [...r.addedNodes].some(node =>
      node instanceof Element && (node.matches('[role="dialog"]') || node.querySelector('[role="dialog"]') !== null)))
    if (opened) scrollPortalToTop()
  }, { childList: true, subtree: true })
}
