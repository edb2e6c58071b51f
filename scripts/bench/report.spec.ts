// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseBenchArgs } from './args.ts'
import { composition, keptUp, portalMs, renderReport } from './report.ts'
import type { BenchResults } from './report.ts'
import type { ChunkGroup, LoadRun } from './types.ts'

function run(partial: Partial<LoadRun> & Pick<LoadRun, 'size' | 'strategy' | 'runner'>): LoadRun {
  return { timeScale: 1, latencyMs: 50, roundTrips: 0, refused: 0, wallMs: 0, nodes: partial.size, ...partial }
}

function group(name: string, jsGzip: number, cssGzip = 0): ChunkGroup {
  return { name, js: { raw: jsGzip * 3, gzip: jsGzip }, css: { raw: cssGzip * 8, gzip: cssGzip }, files: [`assets/${name}.js`] }
}

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    env: { date: '2026-01-12T00:00:00Z', commit: 'abc1234', dirty: false, node: 'v20.20.2', chromium: '156', cpus: 2, cpuModel: 'cpu', loadAverage: 0.5 },
    args: parseBenchArgs(['--sizes', '1000,5000']),
    loads: [
      run({ size: 1000, strategy: 'batched', runner: 'browser', roundTrips: 21, wallMs: 1190, heapBytes: 15_000_000 }),
      run({ size: 1000, strategy: 'per-node', runner: 'node', timeScale: 100, roundTrips: 1002, refused: 1, wallMs: 4790 }),
      run({ size: 5000, strategy: 'batched', runner: 'browser', roundTrips: 104, refused: 2, wallMs: 33_000 }),
      run({ size: 5000, strategy: 'per-node', runner: 'node', timeScale: 100, error: 'node runner timed out after 60 s' })
    ],
    firstScreens: [
      { size: 1000, samples: [700, 580, 620].map(ms => ({ firstScreenMs: ms, documentMs: 18, scriptsMs: 280, firstRestMs: 345, restCalls: 3, heapBytes: 7_700_000 })) },
      { size: 5000, samples: [], error: 'the app frame did not appear' }
    ],
    bundle: { firstScreen: group('first screen', 250_000, 43_000), views: [group('DepartmentsView', 38_000), group('ChatsView', 66_000)], total: { js: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 } } },
    defaultView: 'DepartmentsView',
    totalMs: 134_000,
    ...overrides
  }
}

describe('renderReport', () => {
  const text = renderReport(results())

  it('converts a scaled run to portal time', () => {
    expect(portalMs(run({ size: 1, strategy: 'per-node', runner: 'node', timeScale: 100, wallMs: 4790 }))).toBe(479_000)
  })

  it('judges each figure against its budget, PASS and FAIL', () => {
    expect(text).toContain('[PASS] (b) round trips, 1,000 nodes: 21 — budget ≤ ceil(1000/50) + 3 = 23')
    expect(text).toContain('[FAIL] (b) round trips, 5,000 nodes: 104 (102 + 2 refused by the rate limit and sent again) — budget ≤ ceil(5000/50) + 3 = 103')
    expect(text).toContain('[PASS] (b) coverage matrix, 1,000 nodes, 50 ms latency: 1.19 s')
    // 104 requests: floor 27 s, × 1.2 = 32.4 s < 33 s
    expect(text).toMatch(/\[FAIL\] \(b\) coverage matrix, 5,000 nodes, 50 ms latency: 33\.00 s — budget within 1\.2 × the rate-limit floor \(104 requests: 27\.0 s\): ≤ 32\.40 s/)
    expect(text).toContain('[PASS] first screen with data, 1,000 nodes (median of 3): 620 ms')
    expect(text).toContain('[PASS] first screen JS + CSS, gzipped: 293.0 kB — budget ≤ 350 kB')
    expect(text).toContain('[PASS] first screen as opened (+ DepartmentsView), gzipped: 331.0 kB')
  })

  it('says what was not measured and why, instead of a figure', () => {
    expect(text).toContain('not measured: node runner timed out after 60 s')
    expect(text).toContain('[N/A ] first screen with data, 5,000 nodes: not measured (the app frame did not appear)')
  })

  it('prints the side-by-side ratios from the scaled baseline and the app, and the clock it used', () => {
    expect(text).toContain('1,002 / 21 = 48×')
    expect(text).toContain('7 min 59 s / 1.19 s = 403×')
    expect(text).toContain('7 min 56 s / 1.19 s = 400×')
    expect(text).toContain('(×100: N/10, at most ×100)')
  })

  it('ends with a count of verdicts', () => {
    expect(text.trimEnd().split('\n').pop()).toBe('Summary: 11 budgets — 6 PASS, 2 FAIL, 3 not measured.')
  })

  it('flags a view that is not loaded on demand', () => {
    const inline = results({ bundle: { firstScreen: group('first screen', 1), views: [{ ...group('ChatsView', 0), js: { raw: 0, gzip: 0 } }], total: { js: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 } } } })
    expect(renderReport(inline)).toContain('[FAIL] each further view loaded on demand: in the first screen: ChatsView')
  })
})

describe('composition', () => {
  it('names what the round trips were, without the family prefix', () => {
    const r: LoadRun = { size: 1000, strategy: 'batched', runner: 'browser', timeScale: 1, latencyMs: 50, roundTrips: 21, refused: 0, wallMs: 1, nodes: 1000,
      byMethod: { 'batch[humanresources.node.list]': 1, 'batch[humanresources.node.communication.list]': 20 } }
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
  const base: LoadRun = { size: 1000, strategy: 'per-node', runner: 'node', timeScale: 100, latencyMs: 50, roundTrips: 1002, refused: 0, wallMs: 4790, nodes: 1000 }

  it('says nothing when a scaled run stayed near its floor, or ran on real time', () => {
    expect(keptUp(base)).toBe('')
    expect(keptUp({ ...base, timeScale: 1, wallMs: 900_000 })).toBe('')
  })

  it('says when the machine, not the rate limit, set the pace', () => {
    expect(keptUp({ ...base, wallMs: 9540 })).toBe('100% over the floor: the machine did not keep up with ×100 (try --time-scale 25)')
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
