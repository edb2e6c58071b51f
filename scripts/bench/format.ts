/** Plain-text formatting for the report: fixed-width tables and PASS/FAIL lines. */
import type { Check } from './budgets.ts'

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—'
  if (ms === 0) return '0 s'
  if (ms < 10) return `${ms.toFixed(1)} ms`
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`
}

/** Heap sizes: MB = 1,000,000 bytes. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** kB = 1000 bytes, as the budget is read. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  return `${(bytes / 1000).toFixed(1)} kB`
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

/** a ÷ b, with `digits` decimals below 10 (a budget of 1.15× needs two). */
export function formatRatio(a: number, b: number, digits = 1): string {
  if (!(b > 0) || !Number.isFinite(a)) return '—'
  const r = a / b
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(digits)}×`
}

/** Columns padded to their widest cell; numbers-looking cells are right-aligned. */
export function table(header: string[], rows: string[][], indent = '  '): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const numeric = (cell: string) => /^[\d.,×—~≈ -]+(ms|s|kB|B|MB|%|×)?$/.test(cell) && /\d|—/.test(cell)
  const line = (cells: string[]) => indent + cells.map((c, i) => numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)).join('  ').trimEnd()
  return [line(header), indent + widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function checkLine(c: Check): string {
  return `  [${c.verdict === 'N/A' ? 'N/A ' : c.verdict}] ${c.label}: ${c.value} — budget ${c.budget}`
}
