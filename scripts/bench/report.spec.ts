// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseBenchArgs } from './args.ts'
import { checkExitCode } from './budgets.ts'
import { COMMUNICATION_LIST, NODE_LIST } from './floor.ts'
import type { LoadShape } from './floor.ts'
import { buildReport, composition, keptUp, latencyNote, floorOf, portalMs, renderReport } from './report.ts'
import type { BenchResults } from './report.ts'
import type { ChunkGroup, LoadRun, WarmSample } from './types.ts'

function run(partial: Partial<LoadRun> & Pick<LoadRun, 'size' | 'strategy' | 'runner'>): LoadRun {
  return { plan: 'default', timeScale: 1, latencyMs: 50, roundTrips: 0, refused: 0, operatingRefused: 0, wallMs: 0, nodes: partial.size, ...partial }
}

/** The batched loader's requests for N nodes: node.list pages in `nodeBatches` batches, then N communications 50 per batch. */
function batched(nodes: number, nodeBatches: number): LoadShape {
  const commBatches = Math.ceil(nodes / 50)
  return {
    requests: nodeBatches + commBatches,
    calls: { [NODE_LIST]: nodeBatches * 10, [COMMUNICATION_LIST]: nodes },
    requestsWith: { [NODE_LIST]: nodeBatches, [COMMUNICATION_LIST]: commBatches }
  }
}

function perNode(nodes: number): LoadShape {
  return { requests: nodes + 1, calls: { [NODE_LIST]: 10, [COMMUNICATION_LIST]: nodes }, requestsWith: { [NODE_LIST]: 1, [COMMUNICATION_LIST]: nodes } }
}

function group(name: string, jsGzip: number, cssGzip = 0): ChunkGroup {
  return { name, js: { raw: jsGzip * 3, gzip: jsGzip }, css: { raw: cssGzip * 8, gzip: cssGzip }, files: [`assets/${name}.js`] }
}

function warmSamples(shellMs: number, rowsMs: number, fromCache = true): WarmSample[] {
  return [0, 1, 2].map(i => ({ shellMs: shellMs + i, rowsMs: rowsMs + i, fromCache }))
}

function screens(values: number[]) {
  return values.map(ms => ({ firstScreenMs: ms, documentMs: 18, scriptsMs: 280, firstRestMs: 345, restCalls: 3, heapBytes: 7_700_000 }))
}

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    env: { date: '2026-01-12T00:00:00Z', commit: 'abc1234', dirty: false, node: 'v20.20.2', chromium: '156', cpus: 2, cpuModel: 'cpu', loadAverage: 0.5 },
    args: parseBenchArgs(['--sizes', '1000,5000']),
    loads: [
      // 21 requests, within the burst and one window: two round trips of latency, 100 ms
      run({ size: 1000, strategy: 'batched', runner: 'node', roundTrips: 21, wallMs: 340, shape: batched(1000, 1), inFlight: 4,
        byMethod: { 'batch[humanresources.node.list]': 1, 'batch[humanresources.node.communication.list]': 20 } }),
      run({ size: 1000, strategy: 'batched', runner: 'browser', roundTrips: 20, wallMs: 420, shape: { requests: 20, calls: { [COMMUNICATION_LIST]: 1000 }, requestsWith: { [COMMUNICATION_LIST]: 20 } }, heapBytes: 15_000_000 }),
      run({ size: 1000, strategy: 'per-node', runner: 'node', timeScale: 100, roundTrips: 1002, refused: 1, wallMs: 4790, shape: perNode(1000) }),
      // 102 requests: (102 − 50) / 2 + 0.05 = 26.05 s
      run({ size: 5000, strategy: 'batched', runner: 'node', roundTrips: 104, refused: 2, wallMs: 27_500, shape: batched(5000, 2), inFlight: 4 }),
      run({ size: 5000, strategy: 'per-node', runner: 'node', timeScale: 100, error: 'node runner timed out after 60 s' }),
      run({ size: 5000, strategy: 'batched', runner: 'node', plan: 'enterprise', roundTrips: 102, wallMs: 1500, shape: batched(5000, 2), inFlight: 4, settledMs: 41_026 })
    ],
    firstScreens: [
      { size: 1000, samples: screens([700, 580, 620]), baseline: screens([500, 480, 520]) },
      { size: 5000, samples: [], baseline: screens([500]), error: 'the app frame did not appear' }
    ],
    warm: [
      { size: 1000, samples: warmSamples(400, 450), loadedHeapBytes: 21_000_000, warmHeapBytes: 19_000_000, snapshot: { nodes: 1000, communications: 1000 } },
      { size: 5000, samples: warmSamples(400, 600), loadedHeapBytes: 60_000_000, warmHeapBytes: 50_000_000, snapshot: { nodes: 5000, communications: 5000 } }
    ],
    bundle: { firstScreen: group('first screen', 250_000, 43_000), views: [group('DepartmentsView', 38_000), group('ChatsView', 66_000)], total: { js: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 } } },
    defaultView: 'DepartmentsView',
    totalMs: 134_000,
    ...overrides
  }
}

describe('buildReport', () => {
  const { text, checks } = buildReport(results())

  it('converts a scaled run to portal time', () => {
    expect(portalMs(run({ size: 1, strategy: 'per-node', runner: 'node', timeScale: 100, wallMs: 4790 }))).toBe(479_000)
  })

  it('judges each cold load against its own plan\'s floor, with no 429', () => {
    expect(text).toContain('[PASS] cold load, default plan, 5,000 nodes (Node + SDK, real time): 27.50 s = 1.06 × floor 26.05 s (rate), no 429 — budget ≤ 1.15 × floor, no 429')
    expect(text).toContain('[FAIL] cold load, default plan, 1,000 nodes (Node + SDK, real time): 340 ms = 3.40 × floor 100 ms (latency), no 429')
    expect(text).toContain('[FAIL] cold load, enterprise plan, 5,000 nodes (Node + SDK, real time): 1.50 s = 15.00 × floor 100 ms (latency)')
  })

  it('fails a cold load that met a 429, however fast', () => {
    const loads = results().loads.map(r => r.size === 5000 && r.strategy === 'batched' && r.plan === 'default' ? { ...r, operatingRefused: 1 } : r)
    expect(renderReport(results({ loads }))).toContain('[FAIL] cold load, default plan, 5,000 nodes (Node + SDK, real time): 27.50 s = 1.06 × floor 26.05 s (rate), 1 × 429')
  })

  it('prints how each floor was computed, and why a latency-bound load took longer', () => {
    expect(text).toContain('default, 5,000 nodes — floor 26.05 s, set by rate:')
    expect(text).toContain('rate (default: burst 50, 2/s): (102 − 50) / 2 per s = 26.0 s, + 50 ms for the last answer')
    expect(text).toContain('operating (480 s per 600 s per method): 5,000 × node.communication.list × 0.0811 s = 405.5 s ≤ 480 s: one window')
    expect(text).toContain('neither limit binds: the loader had at most 4 batches in flight, so 1 node round trip + ceil(20 / 4) = 5 of communications follow one another, where the limits allow 2')
    expect(text).toContain('before the load the runner waited 41.03 s for the SDK\'s bucket to fill to the plan\'s burst')
  })

  it('counts the round trips against ceil(N/50) + 3, refused ones included', () => {
    expect(text).toContain('[PASS] (b) round trips, 1,000 nodes: 21 — budget ≤ ceil(1000/50) + 3 = 23')
    expect(text).toContain('[FAIL] (b) round trips, 5,000 nodes: 104 (102 + 2 refused by a limit and sent again) — budget ≤ ceil(5000/50) + 3 = 103')
  })

  it('judges the warm reopen against the shell of the same pages, and the first screen against the baseline', () => {
    expect(text).toContain('[PASS] warm reopen, 1,000 nodes (median of 3): rows 451 ms / shell 401 ms = 1.12× — budget rows ≤ 1.2 × shell')
    expect(text).toContain('[FAIL] warm reopen, 5,000 nodes (median of 3): rows 601 ms / shell 401 ms = 1.50×')
    expect(text).toContain('[PASS] first screen with data, 1,000 nodes (medians of 3): 620 ms / baseline 500 ms = 1.24× — budget ≤ 1.3 × baseline')
    expect(text).toContain('[N/A ] first screen with data, 5,000 nodes: not measured (the app frame did not appear)')
  })

  it('fails a warm reopen whose rows did not come from the cache', () => {
    const warm = [{ size: 1000, samples: warmSamples(400, 420, false) }]
    expect(renderReport(results({ warm }))).toContain('[FAIL] warm reopen, 1,000 nodes (median of 3): rows 421 ms / shell 401 ms = 1.05×, only 0 of 3 from the cache')
  })

  it('judges the first screen\'s bundle at 300 kB and shows it as opened without a budget', () => {
    expect(text).toContain('[PASS] first screen JS + CSS, gzipped: 293.0 kB — budget ≤ 300 kB')
    expect(text).toContain('As opened, with the default view\'s chunk (DepartmentsView): 331.0 kB gzipped in 2 files (no budget of its own).')
  })

  it('reports the heap with every node loaded and cached, and reopened', () => {
    expect(text).toMatch(/1,000 +7\.7 MB +21\.0 MB +19\.0 MB/)
  })

  it('says what was not measured and why, instead of a figure', () => {
    expect(text).toContain('not measured: node runner timed out after 60 s')
  })

  it('prints the side-by-side ratios of the baseline and the app\'s loader, and the clock it used', () => {
    expect(text).toContain('1,002 / 21 = 48×')
    expect(text).toContain('7 min 59 s / 340 ms = 1409×')
    expect(text).toContain('a load whose floor is over 60 s runs on a scaled clock (×100)')
  })

  it('ends with a count of verdicts, which --check turns into the exit code', () => {
    expect(text.trimEnd().split('\n').pop()).toBe('Summary: 13 budgets — 6 PASS, 4 FAIL, 3 not measured.')
    expect(checks).toHaveLength(13)
    expect(checkExitCode(checks)).toBe(1)
  })

  it('passes --check when every budget passes', () => {
    const good = buildReport(results({
      args: parseBenchArgs(['--sizes', '5000', '--enterprise-sizes', '']),
      loads: results().loads.filter(r => r.size === 5000 && r.plan === 'default').map(r => ({ ...r, roundTrips: 102, refused: 0 })),
      firstScreens: [{ size: 5000, samples: screens([600]), baseline: screens([500]) }],
      warm: [{ size: 5000, samples: warmSamples(400, 440) }],
      tree: { nodes: 10000, filterMs: [12, 20, 30], renderedWhileBroad: 40, renderedWhenScrolled: 38, matches: 6000 }
    }))
    expect(good.checks.map(c => c.verdict)).toEqual(good.checks.map(() => 'PASS'))
    expect(checkExitCode(good.checks)).toBe(0)
  })

  it('judges only the sections --only ran, and says the others were skipped', () => {
    const cold = buildReport(results({ args: parseBenchArgs(['--sizes', '1000,5000', '--only', 'cold']), tree: undefined }))
    expect(cold.checks.map(c => c.label).every(l => l.startsWith('cold load') || l.startsWith('(b) round trips'))).toBe(true)
    expect(cold.checks).toHaveLength(5)
    expect(cold.text).toContain('skipped (--only)')
    expect(cold.text).not.toContain('warm reopen, 1,000 nodes (median')
  })

  it('lists the views one by one and the language catalogs in one line', () => {
    const catalogs = results({ bundle: { firstScreen: group('first screen', 1), views: [group('DepartmentsView', 38_000), group('de', 1000), group('ru', 1300)], total: { js: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 } } } })
    const text = renderReport(catalogs)
    expect(text).toContain('view on demand: DepartmentsView (the default route)')
    expect(text).toContain('2 more chunks on demand (languages, message catalogs); the largest, ru:')
    expect(text).not.toContain('view on demand: de')
  })

  it('flags a view that is not loaded on demand', () => {
    const inline = results({ bundle: { firstScreen: group('first screen', 1), views: [{ ...group('ChatsView', 0), js: { raw: 0, gzip: 0 } }], total: { js: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 } } } })
    expect(renderReport(inline)).toContain('[FAIL] each further view loaded on demand: in the first screen: ChatsView')
  })
})

describe('composition', () => {
  it('names what the round trips were, without the family prefix', () => {
    const r = run({ size: 1000, strategy: 'batched', runner: 'browser', roundTrips: 21, wallMs: 1,
      byMethod: { 'batch[humanresources.node.list]': 1, 'batch[humanresources.node.communication.list]': 20 } })
    expect(composition(r)).toBe('1 batch[node.list], 20 batch[node.communication.list]')
  })
})

describe('a busy machine', () => {
  it('is called out above the figures', () => {
    const busy = results()
    busy.env.loadAverageEnd = 9.9
    expect(renderReport(busy)).toContain('WARNING: the machine was busy (load average up to 9.9 on 2 CPUs)')
    expect(renderReport(results())).not.toContain('WARNING')
  })
})

describe('keptUp', () => {
  const base = run({ size: 1000, strategy: 'per-node', runner: 'node', timeScale: 100, roundTrips: 1002, wallMs: 4790, shape: perNode(1000) })

  it('says nothing when a scaled run stayed near its floor, or ran on real time', () => {
    expect(keptUp(base)).toBe('')
    expect(keptUp({ ...base, timeScale: 1, wallMs: 900_000 })).toBe('')
  })

  it('says when the machine, not the limits, may have set the pace', () => {
    // floor: (1,001 − 50) / 2 s + 50 ms = 475.55 s
    expect(floorOf(base)?.ms).toBe(475_550)
    expect(keptUp({ ...base, wallMs: 9540 })).toBe('101% over the floor: the machine may not have kept up with ×100 (try --time-scale 25)')
  })
})

describe('latencyNote', () => {
  it('is only for a load that neither limit bound', () => {
    const rateBound = run({ size: 5000, strategy: 'batched', runner: 'node', shape: batched(5000, 2), inFlight: 4 })
    expect(latencyNote(rateBound, floorOf(rateBound)!)).toBe('')
  })
})

describe('the 10,000-node tree section', () => {
  it('passes a fast filter and a windowed tree, fails a slow one or one that renders everything', async () => {
    const { treeSection } = await import('./report.ts')
    const good = treeSection({ nodes: 10000, filterMs: [12, 20, 30], renderedWhileBroad: 40, renderedWhenScrolled: 38, matches: 6000 })
    expect(good.checks.map(c => c.verdict)).toEqual(['PASS', 'PASS'])
    expect(good.text).toContain('20 ms')
    const slow = treeSection({ nodes: 10000, filterMs: [80, 90, 120], renderedWhileBroad: 6000, renderedWhenScrolled: 6000, matches: 6000 })
    expect(slow.checks.map(c => c.verdict)).toEqual(['FAIL', 'FAIL'])
    const missing = treeSection(undefined)
    expect(missing.checks.map(c => c.verdict)).toEqual(['N/A', 'N/A'])
  })
})
