/**
 * The structure tree with 10,000 nodes (docs/decisions.md D19): how long the instant filter takes from a
 * keystroke to the re-rendered tree, and how many rows the page renders while the filter matches thousands of
 * nodes and while it is scrolled — the tree renders only what is visible.
 *
 * Timed inside the app frame: the input event is dispatched and the clock stops at the next animation
 * frame after the DOM settled (Vue's update, layout and paint work included), so Playwright's round
 * trips add nothing.
 */
import type { Browser } from '@playwright/test'
import type { RunningEmulator } from '../../emulator/server.ts'
import { openApp } from './browser.ts'
import type { TreeRun } from './types.ts'

/** Terms a person would type: broad ones that match thousands of nodes and narrow ones. */
export const FILTER_TERMS = ['a', 'team', 'sales', 'отдел', 'group b', 'zzz-no-match', '']

function treeScript(terms: string[], nodes: number): string {
  return `(async () => {
  const terms = ${JSON.stringify(terms)}
  const host = document.querySelector('[data-testid="departments-filter"]')
  const input = host instanceof HTMLInputElement ? host : host && host.querySelector('input')
  if (!input) throw new Error('no tree filter on the first screen')
  const frame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const rows = () => document.querySelectorAll('[role="treeitem"]').length
  const type = (term) => {
    input.value = term
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
  const filterMs = []
  let renderedWhileBroad = 0
  for (const term of terms) {
    const started = performance.now()
    type(term)
    await frame()
    filterMs.push(performance.now() - started)
    if (term === 'a') renderedWhileBroad = rows()
  }
  // Scroll a broad result to its middle: still only a window of rows exists in the page.
  type('a')
  await frame()
  const viewport = document.querySelector('[data-testid="departments-tree"]')
  if (viewport) {
    viewport.scrollTop = viewport.scrollHeight / 2
    viewport.dispatchEvent(new Event('scroll'))
  }
  await frame()
  const matchText = (document.querySelector('[data-testid="departments-match-count"]') || {}).textContent || ''
  return { nodes: ${nodes}, filterMs, renderedWhileBroad, renderedWhenScrolled: rows(), matches: Number(matchText.replace(/\\D/g, '')) || 0 }
})()`
}

export async function measureTree(browser: Browser, emu: RunningEmulator): Promise<TreeRun> {
  const nodes = emu.ctx.data.nodes.length
  const opened = await openApp(browser, emu, 60_000)
  try {
    // A string, not a function: tsx would wrap the function's inner arrows in a helper the page lacks.
    return await opened.frame.evaluate(treeScript(FILTER_TERMS, nodes)) as TreeRun
  } finally {
    await opened.context.close()
  }
}
