/** The printed report: every figure beside its budget (docs/decisions.md D19), and how each was measured. */
import type { BenchArgs } from './args.ts'
import { check, FIRST_SCREEN_BYTES, FIRST_SCREEN_MS, matrixBudget, median, notMeasured, rateLimitFloorMs, roundTripBudget, TREE_FILTER_MS } from './budgets.ts'
import type { Check } from './budgets.ts'
import { checkLine, formatBytes, formatCount, formatMegabytes, formatMs, formatRatio, table } from './format.ts'
import type { BenchEnvironment, BundleReport, ChunkGroup, FirstScreenRun, LoadRun, Strategy, TreeRun } from './types.ts'

export interface BenchResults {
  env: BenchEnvironment
  args: BenchArgs
  loads: LoadRun[]
  firstScreens: FirstScreenRun[]
  bundle: BundleReport | { error: string }
  /** the size of the first screen as opened: its default view's name */
  defaultView: string
  totalMs: number
  /** the 10,000-node tree; absent when the run skipped it */
  tree?: TreeRun
}

/** Time as the portal would see it: a run on a clock n times faster took n times longer on a real one. */
export function portalMs(run: LoadRun): number {
  return run.wallMs * run.timeScale
}

function loaderName(strategy: Strategy): string {
  return strategy === 'per-node' ? '(a) one call per node' : '(b) batched'
}

function runnerName(run: LoadRun): string {
  return run.runner === 'browser' ? 'app in Chromium, real time' : `Node + SDK, clock ×${run.timeScale}`
}

function find(loads: LoadRun[], size: number, strategy: Strategy, runner: LoadRun['runner']): LoadRun | undefined {
  return loads.find(r => r.size === size && r.strategy === strategy && r.runner === runner && !r.error)
}

/** What the round trips were, e.g. "1 batch[node.list], 20 batch[node.communication.list]". */
export function composition(run: LoadRun): string {
  return Object.entries(run.byMethod ?? {})
    .map(([method, n]) => `${formatCount(n)} ${method.replaceAll('humanresources.', '')}`)
    .join(', ')
}

/**
 * A scaled run that ends far above its floor was bound by the machine, not by the rate limit: the real
 * per-request cost, multiplied by the scale, outgrew the drain interval.
 */
export function keptUp(run: LoadRun): string {
  const floor = rateLimitFloorMs(run.roundTrips)
  if (run.timeScale === 1 || floor === 0 || portalMs(run) <= floor * 1.25) return ''
  return `${((portalMs(run) / floor - 1) * 100).toFixed(0)}% over the floor: the machine did not keep up with ×${run.timeScale} (try --time-scale ${Math.max(1, Math.round(run.timeScale / 4))})`
}

function loadRows(loads: LoadRun[]): string[][] {
  return loads.map(r => r.error
    ? [formatCount(r.size), loaderName(r.strategy), runnerName(r), '—', '—', '—', '—', '—', `not measured: ${r.error}`]
    : [
        formatCount(r.size),
        loaderName(r.strategy),
        runnerName(r),
        formatCount(r.roundTrips),
        formatCount(r.refused),
        formatMs(r.wallMs),
        formatMs(portalMs(r)),
        formatMs(rateLimitFloorMs(r.roundTrips)),
        [r.nodes === r.size ? '' : `loaded ${formatCount(r.nodes)} nodes of ${formatCount(r.size)}`, composition(r), keptUp(r)].filter(Boolean).join('; ')
      ])
}

function loadChecks(results: BenchResults): Check[] {
  const checks: Check[] = []
  for (const size of results.args.sizes) {
    const budget = roundTripBudget(size)
    const batched = find(results.loads, size, 'batched', 'browser')
    const label = `(b) round trips, ${formatCount(size)} nodes`
    // every HTTP request counts, a refused-and-retried one too: that is what the portal and the latency see
    const value = batched && batched.refused > 0
      ? `${formatCount(batched.roundTrips)} (${formatCount(batched.roundTrips - batched.refused)} + ${batched.refused} refused by the rate limit and sent again)`
      : formatCount(batched?.roundTrips ?? 0)
    checks.push(batched
      ? check(label, batched.roundTrips <= budget, value, `≤ ceil(${size}/50) + 3 = ${budget}`)
      : notMeasured(label, 'the batched run failed', `≤ ${budget}`))
  }
  for (const size of results.args.sizes) {
    const batched = find(results.loads, size, 'batched', 'browser')
    const label = `(b) coverage matrix, ${formatCount(size)} nodes, 50 ms latency`
    const rule = matrixBudget(size, batched?.roundTrips ?? roundTripBudget(size))
    if (!rule) continue
    checks.push(batched
      ? check(label, batched.wallMs <= rule.limitMs, formatMs(batched.wallMs), `${rule.text}: ≤ ${formatMs(rule.limitMs)}`)
      : notMeasured(label, 'the batched run failed', rule.text))
  }
  return checks
}

function sideBySide(results: BenchResults): string {
  const rows = results.args.sizes.map(size => {
    const a = find(results.loads, size, 'per-node', 'node')
    const b = find(results.loads, size, 'batched', 'browser')
    if (!a || !b) return [formatCount(size), '—', '—', '—']
    const floor = rateLimitFloorMs(a.roundTrips)
    return [
      formatCount(size),
      `${formatCount(a.roundTrips)} / ${formatCount(b.roundTrips)} = ${formatRatio(a.roundTrips, b.roundTrips)}`,
      `${formatMs(portalMs(a))} / ${formatMs(b.wallMs)} = ${formatRatio(portalMs(a), b.wallMs)}`,
      `${formatMs(floor)} / ${formatMs(b.wallMs)} = ${formatRatio(floor, b.wallMs)}`
    ]
  })
  // the floor of (a) is what no client and no machine can beat: a ratio that a busy machine cannot inflate
  return table(['N', 'round trips (a) / (b)', 'time (a) / (b), portal time', '(a)\'s floor / (b)'], rows)
}

function firstScreenSection(results: BenchResults): { text: string, checks: Check[] } {
  const checks: Check[] = []
  const rows = results.firstScreens.map(run => {
    if (run.error || run.samples.length === 0) {
      checks.push(notMeasured(`first screen with data, ${formatCount(run.size)} nodes`, run.error ?? 'no sample', 'under 1 s'))
      return [formatCount(run.size), '—', '—', '—', '—', '—', '—', `not measured: ${run.error ?? 'no sample'}`]
    }
    const values = run.samples.map(s => s.firstScreenMs)
    const med = median(values)
    checks.push(check(`first screen with data, ${formatCount(run.size)} nodes (median of ${values.length})`, med < FIRST_SCREEN_MS, formatMs(med), 'under 1 s from iframe load'))
    const rest = run.samples.map(s => s.firstRestMs).filter((v): v is number => v !== null)
    return [
      formatCount(run.size),
      formatMs(med),
      formatMs(Math.max(...values)),
      formatMs(median(run.samples.map(s => s.documentMs))),
      formatMs(median(run.samples.map(s => s.scriptsMs))),
      rest.length ? formatMs(median(rest)) : '—',
      String(median(run.samples.map(s => s.restCalls))),
      ''
    ]
  })
  const text = table(['N', 'first screen (median)', 'slowest', 'document', 'scripts ran', 'first REST request', 'REST calls before it', ''], rows)
  return { text, checks }
}

function heapSection(results: BenchResults): string {
  const rows = results.args.sizes.map(size => {
    const first = results.firstScreens.find(f => f.size === size && f.samples.length > 0)
    const matrix = find(results.loads, size, 'batched', 'browser')
    return [
      formatCount(size),
      first ? formatMegabytes(median(first.samples.map(s => s.heapBytes))) : '—',
      matrix?.heapBytes !== undefined ? formatMegabytes(matrix.heapBytes) : '—'
    ]
  })
  return table(['N', 'at the first screen', 'after loading the matrix (b)'], rows)
}

function groupRow(group: ChunkGroup, label = group.name): string[] {
  return [label, formatBytes(group.js.raw), formatBytes(group.js.gzip), formatBytes(group.css.raw), formatBytes(group.css.gzip), formatBytes(group.js.gzip + group.css.gzip)]
}

function bundleSection(results: BenchResults): { text: string, checks: Check[] } {
  const bundle = results.bundle
  const firstLabel = 'first screen JS + CSS, gzipped'
  if ('error' in bundle) {
    return { text: `  not measured: ${bundle.error}`, checks: [notMeasured(firstLabel, bundle.error, '≤ 350 kB')] }
  }
  const first = bundle.firstScreen
  const defaultView = bundle.views.find(v => v.name === results.defaultView)
  const asOpened = defaultView ? first.js.gzip + first.css.gzip + defaultView.js.gzip + defaultView.css.gzip : null
  const rows = [
    groupRow(first, 'first screen: index.html entry + static imports + CSS'),
    ...bundle.views.map(v => groupRow(v, `  view on demand: ${v.name}${v.name === results.defaultView ? ' (the default route)' : ''}`)),
    ['everything emitted', formatBytes(bundle.total.js.raw), formatBytes(bundle.total.js.gzip), formatBytes(bundle.total.css.raw), formatBytes(bundle.total.css.gzip), formatBytes(bundle.total.js.gzip + bundle.total.css.gzip)]
  ]
  const checks = [check(firstLabel, first.js.gzip + first.css.gzip <= FIRST_SCREEN_BYTES, formatBytes(first.js.gzip + first.css.gzip), '≤ 350 kB')]
  if (asOpened !== null) {
    checks.push(check(`first screen as opened (+ ${results.defaultView}), gzipped`, asOpened <= FIRST_SCREEN_BYTES, formatBytes(asOpened), '≤ 350 kB'))
  }
  const inline = bundle.views.filter(v => v.js.raw === 0).map(v => v.name)
  checks.push(check('each further view loaded on demand', bundle.views.length > 0 && inline.length === 0,
    inline.length ? `in the first screen: ${inline.join(', ')}` : `${bundle.views.length} views, each its own chunk`, 'every view a lazily loaded chunk'))
  const text = table(['', 'JS', 'JS gzip', 'CSS', 'CSS gzip', 'JS+CSS gzip'], rows)
  return { text, checks }
}

/** Rows the tree may keep in the page at once: a screenful plus its overscan, never the whole company. */
export const TREE_RENDERED_ROWS_MAX = 100

export function treeSection(tree: TreeRun | undefined): { text: string, checks: Check[] } {
  if (!tree || tree.error || tree.filterMs.length === 0) {
    const why = tree?.error ?? 'not run'
    return {
      text: `  not measured: ${why}`,
      checks: [
        notMeasured('tree filter, 10,000 nodes', why, `under ${TREE_FILTER_MS} ms`),
        notMeasured('tree renders only the visible rows', why, `≤ ${TREE_RENDERED_ROWS_MAX} rows in the page`)
      ]
    }
  }
  const med = median(tree.filterMs)
  const worst = Math.max(...tree.filterMs)
  const text = table(['nodes', 'filter (median)', 'slowest term', 'matches of "a"', 'rows in the page', 'rows when scrolled'], [[
    formatCount(tree.nodes), formatMs(med), formatMs(worst), formatCount(tree.matches),
    String(tree.renderedWhileBroad), String(tree.renderedWhenScrolled)
  ]])
  const rendered = Math.max(tree.renderedWhileBroad, tree.renderedWhenScrolled)
  return {
    text,
    checks: [
      check(`tree filter, ${formatCount(tree.nodes)} nodes (median of ${tree.filterMs.length} terms)`, med < TREE_FILTER_MS, formatMs(med), `under ${TREE_FILTER_MS} ms`),
      check(`tree renders only the visible rows (${formatCount(tree.matches)} matching)`, rendered <= TREE_RENDERED_ROWS_MAX, `${rendered} rows`, `≤ ${TREE_RENDERED_ROWS_MAX} rows in the page`)
    ]
  }
}

export function renderReport(results: BenchResults): string {
  const { env, args } = results
  const out: string[] = []
  const scale = args.timeScale
  out.push('Communications Hub — npm run bench')
  out.push(`${env.date} · commit ${env.commit}${env.dirty ? ' + uncommitted changes in the working tree' : ''} · Node ${env.node} · Chromium ${env.chromium} · ${env.cpus} CPU (${env.cpuModel}), load average ${env.loadAverage.toFixed(1)} at start${env.loadAverageEnd === undefined ? '' : `, ${env.loadAverageEnd.toFixed(1)} at the end`}`)
  const busiest = Math.max(env.loadAverage, env.loadAverageEnd ?? 0)
  if (busiest > env.cpus) {
    out.push(`WARNING: the machine was busy (load average up to ${busiest.toFixed(1)} on ${env.cpus} CPUs): every time below is inflated by`)
    out.push('other work; judge the time budgets on a run with the machine otherwise idle. Round trips and sizes are unaffected.')
  }
  out.push(`Portal emulator in this process: seed ${args.seed}; ${args.sizes.map(formatCount).join(', ')} structure nodes; `
    + 'rate limit burst 50 then 2 per second (leaky bucket per portal, a batch counts once). Total run time '
    + `${formatMs(results.totalMs)}.`)
  out.push('')

  out.push('1. Communications of every node: (a) one humanresources.node.communication.list per node, as the docs\' examples do,')
  out.push('   vs (b) the app\'s loader, REST 3.0 batches of 50 (scripts/bench/per-node.ts / src/api/coverage.ts loadCoverage).')
  out.push('   50 ms latency per request. Round trips: the emulator\'s log, every HTTP request (refused and re-sent ones too).')
  out.push('   In Chromium the load is timed in the app frame, from the switch to #/coverage (after the first screen, once both')
  out.push('   leaky buckets are full again) to data-state=loaded: the view\'s chunk, every request, the render.')
  out.push('   "portal time" = wall × clock scale; "floor" = (round trips − 50) / 2 s, the fastest the rate limit allows.')
  out.push('')
  out.push(table(['N', 'loader', 'runner', 'round trips', '503s', 'wall', 'portal time', 'floor', ''], loadRows(results.loads)))
  out.push('')
  out.push('  Side by side, (a) ÷ (b) — (a) from the Node run on the scaled clock, (b) from the app in Chromium on real time:')
  out.push(sideBySide(results))
  out.push('')
  const scales = [...new Set(results.loads.filter(r => r.runner === 'node').map(r => r.timeScale))].sort((a, b) => a - b)
  out.push(`  The clock. (a) is bound by the rate limit ((N − 50) / 2 s: 1,000 nodes ≈ 8 min), so it runs on a faster clock`)
  out.push(`  (×${scales.join(', ×') || '—'}: N/10, at most ×${scale}): the emulator drains its bucket that many times faster and its 50 ms of`)
  out.push('  latency pass that much sooner. b24jssdk has a limiter of its own (burst 50, then 2/s) which the app in')
  out.push('  the browser cannot speed up, and which would otherwise set the pace; so (a) runs the app\'s own loader module in Node')
  out.push('  through the same SDK (B24OAuth, default settings) in a process whose clock runs just as fast (Date.now and timers')
  out.push('  scaled): both leaky buckets, the latency and the SDK\'s back-off after a 503 keep every ratio. Not scaled: the real')
  out.push('  cost of each request in the SDK and the emulator, so (a)\'s portal time errs long, mostly at small N. (b) runs as')
  out.push('  the product does: the built app in headless Chromium, its SDK and the emulator on real time.')
  const loadChecksList = loadChecks(results)
  out.push('')
  out.push(...loadChecksList.map(checkLine))
  out.push('')

  const first = firstScreenSection(results)
  out.push(`2. First screen with data, from iframe load (headless Chromium, cold cache, emulator without added latency, median of ${args.runs}).`)
  out.push('   "First screen with data" = the header shows the signed-in user and the Departments view (the default route) shows')
  out.push('   at least one row of the company tree; timed in the app frame from its navigation start.')
  out.push('')
  out.push(first.text)
  out.push('')
  out.push(...first.checks.map(checkLine))
  out.push('')

  out.push('3. JS heap in use after a forced GC (performance.memory in the app frame; the small portal page shares the heap).')
  out.push('   No budget (docs/decisions.md D19).')
  out.push('')
  out.push(heapSection(results))
  out.push('')

  const bundle = bundleSection(results)
  out.push('4. Bundle (vite build --manifest into dist-bench/; gzip -9; kB = 1000 bytes). A view\'s row counts what it loads beyond the first screen.')
  out.push('')
  out.push(bundle.text)
  out.push('')
  out.push(...bundle.checks.map(checkLine))
  out.push('')

  const tree = treeSection(results.tree)
  out.push('5. The structure tree with 10,000 nodes (headless Chromium): a keystroke in the filter until the re-rendered tree')
  out.push('   is painted (median over typical terms), and how many rows exist in the page while thousands match and when scrolled.')
  out.push('')
  out.push(tree.text)
  out.push('')
  out.push(...tree.checks.map(checkLine))
  out.push('')

  const all = [...loadChecksList, ...first.checks, ...bundle.checks, ...tree.checks]
  const count = (v: Check['verdict']) => all.filter(c => c.verdict === v).length
  out.push(`Summary: ${all.length} budgets — ${count('PASS')} PASS, ${count('FAIL')} FAIL, ${count('N/A')} not measured.`)
  return out.join('\n') + '\n'
}
