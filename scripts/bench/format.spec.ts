// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkLine, formatBytes, formatMegabytes, formatMs, formatRatio, table } from './format.ts'

describe('report formatting', () => {
  it('prints times in the unit a reader expects', () => {
    expect(formatMs(0)).toBe('0 s')
    expect(formatMs(0.5)).toBe('0.5 ms')
    expect(formatMs(524.4)).toBe('524 ms')
    expect(formatMs(1190)).toBe('1.19 s')
    expect(formatMs(479_000)).toBe('7 min 59 s')
    expect(formatMs(Number.NaN)).toBe('—')
  })

  it('prints sizes with kB and MB of 1000', () => {
    expect(formatBytes(616)).toBe('616 B')
    expect(formatBytes(294_512)).toBe('294.5 kB')
    expect(formatMegabytes(14_707_400)).toBe('14.7 MB')
  })

  it('prints ratios, and a dash when there is nothing to divide by', () => {
    expect(formatRatio(1002, 21)).toBe('48×')
    expect(formatRatio(26, 5)).toBe('5.2×')
    expect(formatRatio(1, 0)).toBe('—')
  })

  it('pads columns and right-aligns figures', () => {
    expect(table(['N', 'name', 'time'], [['100', 'a', '1.19 s'], ['1,000', 'bb', '524 ms']], '')).toBe([
      'N      name  time',
      '-----  ----  ------',
      '  100  a     1.19 s',
      '1,000  bb    524 ms'
    ].join('\n'))
  })

  it('shows the verdict first', () => {
    expect(checkLine({ label: 'first screen', verdict: 'FAIL', value: '1.01 s', budget: 'under 1 s' })).toBe('  [FAIL] first screen: 1.01 s — budget under 1 s')
    expect(checkLine({ label: 'x', verdict: 'N/A', value: 'not measured (y)', budget: 'z' })).toBe('  [N/A ] x: not measured (y) — budget z')
  })
})
