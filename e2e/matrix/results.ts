import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { EMULATOR_PORT } from '../env.ts'

/**
 * The faults matrix's results, one cell per operation × fault. Kept in a file rather than in memory:
 * Playwright replaces the worker after a failed test, which would forget the cells before it; the global
 * teardown prints the table once the whole run is over and removes the file.
 */
export const RESULTS_FILE = resolve(import.meta.dirname, `../../test-results/faults-matrix-${EMULATOR_PORT}.json`)

export type Verdict = 'pass' | 'fail'

export interface Cell {
  operation: string
  fault: string
  verdict: Verdict
  /** what the portal held after the fault: how many times the change was applied */
  held?: number
  seconds: number
  note?: string
}

function readAll(): Cell[] {
  if (!existsSync(RESULTS_FILE)) return []
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Cell[]
  } catch {
    return []
  }
}

export function recordCell(cell: Cell): void {
  const cells = readAll().filter(c => !(c.operation === cell.operation && c.fault === cell.fault))
  cells.push(cell)
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, JSON.stringify(cells, null, 2))
}

/** The matrix as a table: rows in the order the operations were first seen, columns in `faults` order. */
export function renderMatrix(cells: Cell[], faults: string[]): string {
  const operations = [...new Set(cells.map(c => c.operation))]
  const width = Math.max(9, ...operations.map(o => o.length))
  const colWidth = Math.max(6, ...faults.map(f => f.length))
  const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - text.length))
  const line = (first: string, rest: string[]) => `| ${pad(first, width)} | ${rest.map(r => pad(r, colWidth)).join(' | ')} |`
  const rows = [
    line('operation', faults),
    `|${'-'.repeat(width + 2)}|${faults.map(() => '-'.repeat(colWidth + 2)).join('|')}|`
  ]
  for (const operation of operations) {
    rows.push(line(operation, faults.map((fault) => {
      const cell = cells.find(c => c.operation === operation && c.fault === fault)
      if (!cell) return '·'
      return cell.verdict === 'pass' ? `pass ${cell.held ?? '?'}×` : 'FAIL'
    })))
  }
  const passed = cells.filter(c => c.verdict === 'pass').length
  const failures = cells.filter(c => c.verdict === 'fail')
  const seconds = cells.reduce((sum, c) => sum + c.seconds, 0)
  rows.push('', `${passed}/${cells.length} cells pass (n× = times the portal holds the change: 0 or 1); ${seconds.toFixed(0)} s in total`)
  for (const cell of failures) rows.push(`FAIL ${cell.operation} × ${cell.fault}: ${cell.note ?? ''}`)
  return rows.join('\n')
}

/** Prints and removes the file (global teardown): the next run starts from an empty matrix. */
export function printMatrix(faults: string[]): void {
  const cells = readAll()
  if (!cells.length) return
  console.log(`\nFaults matrix — operations × faults (e2e/faults-matrix.spec.ts)\n${renderMatrix(cells, faults)}\n`)
  rmSync(RESULTS_FILE, { force: true })
}
