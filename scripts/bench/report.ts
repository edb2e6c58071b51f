/** The printed report: every figure beside its budget (docs/decisions.md D19), and how each was measured. */
import type { BenchArgs, Section } from './args.ts'
import { check, COLD_FLOOR_FACTOR, FIRST_SCREEN_BASELINE_FACTOR, FIRST_SCREEN_BYTES, median, notMeasured, REAL_TIME_MAX_MS, roundTripBudget,
  TREE_FILTER_MS, TREE_RENDERED_ROWS_MAX, WARM_SHELL_FACTOR, withinFactor } from './budgets.ts'
import type { Check } from './budgets.ts'
import { COMMUNICATION_LIST, loadFloor, NODE_LIST, onPortalClock, portalLimits } from './floor.ts'
import type { LoadFloor } from './floor.ts'
import { checkLine, formatBytes, formatCount, formatMegabytes, formatMs, formatRatio, table } from './format.ts'
import type { BenchEnvironment, BundleReport, ChunkGroup, FirstScreenRun, LoadRun, Plan, TreeRun, WarmRun } from './types.ts'

export interface BenchResults {
  env: BenchEnvironment
  args: BenchArgs
  loads: LoadRun[]
  firstScreens: FirstScreenRun[]
  /** the reopen from the structure cache, per size */
  warm: WarmRun[]
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

/** The run's floor (floor.ts) from what it asked of the portal; null when it has no figures. */
export function floorOf(run: LoadRun): LoadFloor | null {
  return run.shape && !run.error
    ? loadFloor(run.shape, portalLimits(run.plan), run.latencyMs, run.service && onPortalClock(run.service, run.timeScale))
    : null
}

function loaderName(run: LoadRun): string {
  if (run.strategy === 'per-node') return '(a) one call per node'
  return run.runner === 'browser' ? '(b) Structure view' : '(b) batched'
}

function runnerName(run: LoadRun): string {
  return run.runner === 'browser' ? 'app in Chromium, real time' : run.timeScale === 1 ? 'Node + SDK, real time' : `Node + SDK, clock ×${run.timeScale}`
}

function find(loads: LoadRun[], size: number, strategy: LoadRun['strategy'], runner: LoadRun['runner'], plan: Plan = 'default'): LoadRun | undefined {
  return loads.find(r => r.size === size && r.strategy === strategy && r.runner === runner && r.plan === plan && !r.error)
}

/** The cold loads the budget judges: the app's batched loader in Node through the SDK, with the app's limits. */
function judged(run: LoadRun): boolean {
  return run.strategy === 'batched' && run.runner === 'node'
}

/** What the round trips were, e.g. "1 batch[node.list], 20 batch[node.communication.list]". */
export function composition(run: LoadRun): string {
  return Object.entries(run.byMethod ?? {})
    .map(([method, n]) => `${formatCount(n)} ${method.replaceAll('humanresources.', '')}`)
    .join(', ')
}

/**
 * A scaled run that ends far above its floor may have been bound by the machine, not by the limits: the
 * real per-request cost, multiplied by the scale, outgrew the drain interval.
 */
export function keptUp(run: LoadRun): string {
  const floor = floorOf(run)
  if (run.timeScale === 1 || !floor || floor.ms === 0 || portalMs(run) <= floor.ms * 1.25) return ''
  return `${((portalMs(run) / floor.ms - 1) * 100).toFixed(0)}% over the floor: the machine may not have kept up with ×${run.timeScale} (try --time-scale ${Math.max(1, Math.round(run.timeScale / 4))})`
}

/** Why a latency-bound load took the round trips it did: the loader's own pace, not the limits. */
export function latencyNote(run: LoadRun, floor: LoadFloor): string {
  if (floor.binding !== 'latency' || !run.shape || !run.inFlight) return ''
  const nodeRounds = run.shape.requestsWith[NODE_LIST] ?? 0
  const commBatches = run.shape.requestsWith[COMMUNICATION_LIST] ?? 0
  const commRounds = Math.ceil(commBatches / run.inFlight)
  return `neither limit binds: the loader had at most ${run.inFlight} batches in flight, so ${nodeRounds ? `${nodeRounds} node round trip${nodeRounds === 1 ? '' : 's'} + ` : ''}`
    + `ceil(${commBatches} / ${run.inFlight}) = ${commRounds} of communications follow one another, where the limits allow ${floor.rounds}`
}

/** The wait before a load on a plan whose burst is larger than the default's (sdk-transport.ts bucketFillMs). */
export function settleNote(settledMs: number): string {
  return `before the load the runner waited ${formatMs(settledMs)} for the SDK's bucket to fill to the plan's burst: b24jssdk 2.2.0 keeps `
    + 'the default plan\'s 48 tokens when app.info raises the burst, in the app too (for that long after its boot)'
}

function loadRows(loads: LoadRun[]): string[][] {
  return loads.map(r => {
    if (r.error) return [r.plan, formatCount(r.size), loaderName(r), runnerName(r), '—', '—', '—', '—', '—', '—', `not measured: ${r.error}`]
    const floor = floorOf(r)
    return [
      r.plan,
      formatCount(r.size),
      loaderName(r),
      runnerName(r),
      formatCount(r.roundTrips),
      `${formatCount(r.refused)} / ${formatCount(r.operatingRefused)}`,
      formatMs(portalMs(r)),
      floor ? formatMs(floor.ms) : '—',
      floor ? formatRatio(portalMs(r), floor.ms, 2) : '—',
      floor?.binding ?? '—',
      [r.nodes === r.size ? '' : `loaded ${formatCount(r.nodes)} nodes of ${formatCount(r.size)}`, composition(r), keptUp(r)].filter(Boolean).join('; ')
    ]
  })
}

function coldLabel(run: LoadRun): string {
  return `cold load, ${run.plan} plan, ${formatCount(run.size)} nodes (${runnerName(run)})`
}

function coldChecks(results: BenchResults): Check[] {
  const checks: Check[] = []
  const budget = `≤ ${COLD_FLOOR_FACTOR} × floor, no 429`
  const wanted: Array<[Plan, number]> = [
    ...results.args.sizes.map((size): [Plan, number] => ['default', size]),
    ...results.args.enterpriseSizes.map((size): [Plan, number] => ['enterprise', size])
  ]
  for (const [plan, size] of wanted) {
    const run = results.loads.find(r => judged(r) && r.plan === plan && r.size === size)
    if (!run || run.error) {
      checks.push(notMeasured(`cold load, ${plan} plan, ${formatCount(size)} nodes`, run?.error ?? 'not run', budget))
      continue
    }
    const floor = floorOf(run)!
    const ratio = portalMs(run) / floor.ms
    const pass = withinFactor(portalMs(run), floor.ms, COLD_FLOOR_FACTOR) && run.operatingRefused === 0 && run.nodes === run.size
    const value = `${formatMs(portalMs(run))} = ${ratio.toFixed(2)} × floor ${formatMs(floor.ms)} (${floor.binding}), `
      + `${run.operatingRefused === 0 ? 'no 429' : `${formatCount(run.operatingRefused)} × 429`}${run.nodes === run.size ? '' : `, ${formatCount(run.nodes)} nodes loaded`}`
    checks.push(check(coldLabel(run), pass, value, budget))
  }
  for (const size of results.args.sizes) {
    const limit = roundTripBudget(size)
    const run = find(results.loads, size, 'batched', 'node')
    const label = `(b) round trips, ${formatCount(size)} nodes`
    // every HTTP request counts, a refused-and-retried one too: that is what the portal and the latency see
    const refusals = run ? run.refused + run.operatingRefused : 0
    const value = run && refusals > 0
      ? `${formatCount(run.roundTrips)} (${formatCount(run.roundTrips - refusals)} + ${refusals} refused by a limit and sent again)`
      : formatCount(run?.roundTrips ?? 0)
    checks.push(run
      ? check(label, run.roundTrips <= limit, value, `≤ ceil(${size}/50) + 3 = ${limit}`)
      : notMeasured(label, 'the batched run failed', `≤ ${limit}`))
  }
  return checks
}

/** How each judged run's floor was computed, so a reader can check it by hand. */
function floorLines(results: BenchResults): string[] {
  const lines: string[] = []
  for (const run of results.loads.filter(r => judged(r) && !r.error)) {
    const floor = floorOf(run)!
    lines.push(`  ${run.plan}, ${formatCount(run.size)} nodes — floor ${formatMs(floor.ms)}, set by ${floor.binding}:`)
    lines.push(...floor.lines.map(l => `      ${l}`))
    const note = latencyNote(run, floor)
    if (note) lines.push(`      ${note}`)
    if (run.settledMs) lines.push(`      ${settleNote(run.settledMs)}`)
  }
  return lines
}

function sideBySide(results: BenchResults): string {
  const rows = results.args.sizes.map(size => {
    const a = find(results.loads, size, 'per-node', 'node')
    const b = find(results.loads, size, 'batched', 'node')
    if (!a || !b) return [formatCount(size), '—', '—', '—']
    const floor = floorOf(a)?.ms ?? Number.NaN
    return [
      formatCount(size),
      `${formatCount(a.roundTrips)} / ${formatCount(b.roundTrips)} = ${formatRatio(a.roundTrips, b.roundTrips)}`,
      `${formatMs(portalMs(a))} / ${formatMs(portalMs(b))} = ${formatRatio(portalMs(a), portalMs(b))}`,
      `${formatMs(floor)} / ${formatMs(portalMs(b))} = ${formatRatio(floor, portalMs(b))}`
    ]
  })
  // the floor of (a) is what no client and no machine can beat: a ratio that a busy machine cannot inflate
  return table(['N', 'round trips (a) / (b)', 'time (a) / (b), portal time', '(a)\'s floor / (b)'], rows)
}

function warmSection(results: BenchResults): { text: string, checks: Check[] } {
  const checks: Check[] = []
  const budget = `rows ≤ ${WARM_SHELL_FACTOR} × shell`
  const rows = results.warm.map(run => {
    const label = `warm reopen, ${formatCount(run.size)} nodes`
    if (run.error || run.samples.length === 0) {
      checks.push(notMeasured(label, run.error ?? 'no sample', budget))
      return [formatCount(run.size), '—', '—', '—', '—', `not measured: ${run.error ?? 'no sample'}`]
    }
    const ratios = run.samples.map(s => s.rowsMs / s.shellMs)
    const ratio = median(ratios)
    const cached = run.samples.filter(s => s.fromCache).length
    const shell = median(run.samples.map(s => s.shellMs))
    const shown = median(run.samples.map(s => s.rowsMs))
    checks.push(check(`${label} (median of ${run.samples.length})`, ratio <= WARM_SHELL_FACTOR && cached === run.samples.length,
      `rows ${formatMs(shown)} / shell ${formatMs(shell)} = ${ratio.toFixed(2)}×${cached === run.samples.length ? '' : `, only ${cached} of ${run.samples.length} from the cache`}`, budget))
    return [
      formatCount(run.size),
      formatMs(shell),
      formatMs(shown),
      `${ratio.toFixed(2)}×`,
      `${cached} of ${run.samples.length}`,
      run.snapshot ? `snapshot: ${formatCount(run.snapshot.nodes)} nodes, ${formatCount(run.snapshot.communications)} with communications` : ''
    ]
  })
  return { text: table(['N', 'shell (median)', 'first rows (median)', 'rows ÷ shell', 'from the cache', ''], rows), checks }
}

function firstScreenSection(results: BenchResults): { text: string, checks: Check[] } {
  const checks: Check[] = []
  const budget = `≤ ${FIRST_SCREEN_BASELINE_FACTOR} × baseline`
  const rows = results.firstScreens.map(run => {
    const label = `first screen with data, ${formatCount(run.size)} nodes`
    const why = run.error ?? run.baselineError ?? (run.samples.length === 0 || run.baseline.length === 0 ? 'no sample' : null)
    if (why) {
      checks.push(notMeasured(label, why, budget))
      return [formatCount(run.size), '—', '—', '—', '—', '—', '—', '—', '—', `not measured: ${why}`]
    }
    const app = median(run.samples.map(s => s.firstScreenMs))
    const base = median(run.baseline.map(s => s.firstScreenMs))
    checks.push(check(`${label} (medians of ${run.samples.length})`, withinFactor(app, base, FIRST_SCREEN_BASELINE_FACTOR),
      `${formatMs(app)} / baseline ${formatMs(base)} = ${(app / base).toFixed(2)}×`, budget))
    const rest = run.samples.map(s => s.firstRestMs).filter((v): v is number => v !== null)
    return [
      formatCount(run.size),
      formatMs(app),
      formatMs(Math.max(...run.samples.map(s => s.firstScreenMs))),
      formatMs(base),
      `${(app / base).toFixed(2)}×`,
      formatMs(median(run.samples.map(s => s.documentMs))),
      formatMs(median(run.samples.map(s => s.scriptsMs))),
      rest.length ? formatMs(median(rest)) : '—',
      String(median(run.samples.map(s => s.restCalls))),
      ''
    ]
  })
  const text = table(['N', 'app (median)', 'slowest', 'baseline (median)', 'app ÷ baseline', 'document', 'scripts ran', 'first REST request', 'REST calls before it', ''], rows)
  return { text, checks }
}

function heapSection(results: BenchResults): string {
  const rows = results.args.sizes.map(size => {
    const first = results.firstScreens.find(f => f.size === size && f.samples.length > 0)
    const warm = results.warm.find(w => w.size === size && !w.error)
    return [
      formatCount(size),
      first ? formatMegabytes(median(first.samples.map(s => s.heapBytes))) : '—',
      warm?.loadedHeapBytes !== undefined ? formatMegabytes(warm.loadedHeapBytes) : '—',
      warm?.warmHeapBytes ? formatMegabytes(warm.warmHeapBytes) : '—'
    ]
  })
  return table(['N', 'first screen, no cache', 'every node\'s communications loaded (and cached)', 'reopened from the cache'], rows)
}

function groupRow(group: ChunkGroup, label = group.name): string[] {
  return [label, formatBytes(group.js.raw), formatBytes(group.js.gzip), formatBytes(group.css.raw), formatBytes(group.css.gzip), formatBytes(group.js.gzip + group.css.gzip)]
}

function bundleSection(results: BenchResults): { text: string, checks: Check[] } {
  const bundle = results.bundle
  const firstLabel = 'first screen JS + CSS, gzipped'
  const limit = `≤ ${formatBytes(FIRST_SCREEN_BYTES).replace('.0 kB', ' kB')}`
  if ('error' in bundle) {
    return { text: `  not measured: ${bundle.error}`, checks: [notMeasured(firstLabel, bundle.error, limit)] }
  }
  const first = bundle.firstScreen
  const defaultView = bundle.views.find(v => v.name === results.defaultView)
  const asOpened = defaultView ? first.js.gzip + first.css.gzip + defaultView.js.gzip + defaultView.css.gzip : null
  // the views one by one; the many small catalogs of 20 languages in one line
  const screens = bundle.views.filter(v => v.name.endsWith('View'))
  const others = bundle.views.filter(v => !v.name.endsWith('View'))
  const largest = others.reduce<ChunkGroup | null>((top, v) => (!top || v.js.gzip + v.css.gzip > top.js.gzip + top.css.gzip ? v : top), null)
  const rows = [
    groupRow(first, 'first screen: index.html entry + static imports + CSS'),
    ...screens.map(v => groupRow(v, `  view on demand: ${v.name}${v.name === results.defaultView ? ' (the default route)' : ''}`)),
    ...(largest ? [groupRow(largest, `  ${formatCount(others.length)} more chunks on demand (languages, message catalogs); the largest, ${largest.name}:`)] : []),
    ['everything emitted', formatBytes(bundle.total.js.raw), formatBytes(bundle.total.js.gzip), formatBytes(bundle.total.css.raw), formatBytes(bundle.total.css.gzip), formatBytes(bundle.total.js.gzip + bundle.total.css.gzip)]
  ]
  const checks = [check(firstLabel, first.js.gzip + first.css.gzip <= FIRST_SCREEN_BYTES, formatBytes(first.js.gzip + first.css.gzip), limit)]
  const inline = bundle.views.filter(v => v.js.raw === 0).map(v => v.name)
  checks.push(check('each further view loaded on demand', bundle.views.length > 0 && inline.length === 0,
    inline.length ? `in the first screen: ${inline.join(', ')}` : `${bundle.views.length} views, each its own chunk`, 'every view a lazily loaded chunk'))
  // each file is a request the page waits on (scripts/firstScreenChunks.ts)
  const openedFiles = defaultView ? first.files.length + defaultView.files.length : 0
  const opened = asOpened === null ? '' : `\n  As opened, with the default view's chunk (${results.defaultView}): ${formatBytes(asOpened)} gzipped in ${openedFiles} files (no budget of its own).`
  const text = table(['', 'JS', 'JS gzip', 'CSS', 'CSS gzip', 'JS+CSS gzip'], rows) + opened
  return { text, checks }
}

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

export interface Report {
  text: string
  /** every budget's verdict, in the order printed (`--check` exits non-zero unless all PASS) */
  checks: Check[]
}

export function buildReport(results: BenchResults): Report {
  const { env, args } = results
  const out: string[] = []
  out.push('Communications Hub — npm run bench')
  out.push(`${env.date} · commit ${env.commit}${env.dirty ? ' + uncommitted changes in the working tree' : ''} · Node ${env.node} · Chromium ${env.chromium} · ${env.cpus} CPU (${env.cpuModel}), load average ${env.loadAverage.toFixed(1)} at start${env.loadAverageEnd === undefined ? '' : `, ${env.loadAverageEnd.toFixed(1)} at the end`}`)
  const busiest = Math.max(env.loadAverage, env.loadAverageEnd ?? 0)
  if (busiest > env.cpus) {
    out.push(`WARNING: the machine was busy (load average up to ${busiest.toFixed(1)} on ${env.cpus} CPUs): every time below is inflated by`)
    out.push('other work; the ratios (each side measured in the same run) suffer less than the absolute times. Round trips and sizes are unaffected.')
  }
  out.push(`Portal emulator in this process: seed ${args.seed}; ${args.sizes.map(formatCount).join(', ')} structure nodes; the portal's limits: `
    + 'leaky bucket per portal (default plan burst 50 then 2 per second, Enterprise 250 and 5; a batch counts once), operating time '
    + `480 s per method per 10 minutes at the docs' cost per call. Total run time ${formatMs(results.totalMs)}.`)
  out.push('')

  const scaled = [...new Set(results.loads.filter(r => r.runner === 'node' && r.timeScale > 1).map(r => r.timeScale))].sort((a, b) => a - b)
  // a section --only left out prints as skipped and judges nothing (so --check judges what ran)
  const ran = (section: Section) => args.only.includes(section)
  const skipped = '  skipped (--only)'
  const cold = ran('cold') ? coldChecks(results) : []
  out.push('1. Cold load of every node\'s communications, 50 ms latency per request: (b) the app\'s loader (src/api/structureMatrix.ts')
  out.push('   loadStructureMatrix: the node list, then REST 3.0 batches of 50) against its floor; beside it (a) one')
  out.push('   humanresources.node.communication.list per node, as the docs\' examples do (scripts/bench/per-node.ts).')
  out.push('   Both run in Node through b24jssdk with the app\'s limits: the SDK\'s bucket from the plan app.info names (src/b24/plan.ts)')
  out.push('   and the app\'s operating-time model (src/b24/operating.ts). "(b) Structure view" is the same load in the built app in')
  out.push('   Chromium on real time (the nodes already read by the first screen), for comparison. Round trips: the emulator\'s log,')
  out.push('   every HTTP request; "503 / 429": refused by the rate limit / by the operating-time limit.')
  out.push(`   The clock: a load whose floor is over ${REAL_TIME_MAX_MS / 1000} s runs on a scaled clock (${scaled.length ? `×${scaled.join(', ×')}` : 'none this run'}): the emulator's`)
  out.push('   bucket, latency and operating-time buckets and the Node process\'s Date.now and timers all run that much faster')
  out.push('   (scripts/bench/scaled-time.ts, emulator/rest/clock.ts), so every ratio between the limits, the latency and the')
  out.push('   SDK\'s waits is kept; "time" is portal time (wall × scale). Not scaled: the real cost of each request in the SDK and')
  out.push('   the emulator, so a scaled time errs long.')
  out.push('')
  out.push(table(['plan', 'N', 'loader', 'runner', 'round trips', '503 / 429', 'time', 'floor', '÷ floor', 'bound by', ''], loadRows(results.loads)))
  out.push('')
  out.push('  The floor (scripts/bench/floor.ts, from the emulator\'s own constants): the least time any client could take for the')
  out.push('  requests the load made — max(rate limit + the last answer, operating time + the dependent round trips, the')
  out.push('  dependent round trips × latency) + the emulator\'s own service time (docs/decisions.md D33: all of it for the latency')
  out.push('  term, one request\'s for the others; measured by sending the load\'s requests again one at a time, no app code):')
  out.push(...floorLines(results))
  out.push('')
  out.push('  Side by side, (a) ÷ (b), default plan, both in Node:')
  out.push(sideBySide(results))
  out.push('')
  out.push(...cold.map(checkLine))
  out.push('')

  const warm = ran('warm') ? warmSection(results) : { text: skipped, checks: [] }
  out.push(`2. Warm reopen from the structure cache (headless Chromium, no added latency, median of ${args.runs}). A first page opens the`)
  out.push('   app and its Structure view until every node\'s communications are loaded and the snapshot (IndexedDB,')
  out.push('   src/stores/structureCache.ts) holds them all; then new pages open in the SAME browser context. Each is timed in')
  out.push('   the app frame from its navigation start to the shell (the signed-in user shown, no data) and to the first rows of the')
  out.push('   Departments tree; "from the cache" counts the pages whose rows came with the snapshot\'s age shown.')
  out.push('')
  out.push(warm.text)
  out.push('')
  out.push(...warm.checks.map(checkLine))
  out.push('')

  const first = ran('first') ? firstScreenSection(results) : { text: skipped, checks: [] }
  out.push(`3. First screen with data, no cache, no added latency (headless Chromium, median of ${args.runs}), against a baseline page built`)
  out.push('   in the same run (scripts/bench/baseline/: the UI kit and b24jssdk initialised in the frame, one REST call shown, no')
  out.push('   app code; served by a second emulator as its app), sampled in turn with the app. "First screen with data" = the')
  out.push('   header shows the signed-in user and the Departments view (the default route) at least one row of the company tree;')
  out.push('   timed in the frame from its navigation start.')
  out.push('')
  out.push(first.text)
  out.push('')
  out.push(...first.checks.map(checkLine))
  out.push('')

  out.push('4. JS heap in use after a forced GC (performance.memory in the app frame; the small portal page shares the heap).')
  out.push('   No budget (docs/decisions.md D19).')
  out.push('')
  out.push(heapSection(results))
  out.push('')

  const bundle = ran('bundle') ? bundleSection(results) : { text: skipped, checks: [] }
  out.push('5. Bundle (vite build --manifest into dist-bench/; gzip -9; kB = 1000 bytes). A view\'s row counts what it loads beyond the first screen.')
  out.push('')
  out.push(bundle.text)
  out.push('')
  out.push(...bundle.checks.map(checkLine))
  out.push('')

  const tree = ran('tree') ? treeSection(results.tree) : { text: skipped, checks: [] }
  out.push('6. The structure tree with 10,000 nodes (headless Chromium): a keystroke in the filter until the re-rendered tree')
  out.push('   is painted (median over typical terms), and how many rows exist in the page while thousands match and when scrolled.')
  out.push('')
  out.push(tree.text)
  out.push('')
  out.push(...tree.checks.map(checkLine))
  out.push('')

  const all = [...cold, ...warm.checks, ...first.checks, ...bundle.checks, ...tree.checks]
  const count = (v: Check['verdict']) => all.filter(c => c.verdict === v).length
  out.push(`Summary: ${all.length} budgets — ${count('PASS')} PASS, ${count('FAIL')} FAIL, ${count('N/A')} not measured.`)
  return { text: out.join('\n') + '\n', checks: all }
}

export function renderReport(results: BenchResults): string {
  return buildReport(results).text
}
