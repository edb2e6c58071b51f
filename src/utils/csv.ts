/**
 * CSV as RFC 4180 writes it (fields separated by commas, records by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled), with one addition: a text field that a spreadsheet would run
 * as a formula (leading =, +, -, @, tab or CR — OWASP "CSV injection") gets a leading apostrophe. Node
 * names come from the portal and anyone who may rename a department could otherwise plant a formula in the
 * administrator's spreadsheet. Numbers are written as numbers (a negative number is not a formula).
 */

export type CsvValue = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  let text = value
  if (FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows to one CSV text (CRLF between records, and after the last one, as RFC 4180 allows). */
export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * A byte-order mark in front: without it Excel reads UTF-8 CSV as the system code page and Cyrillic
 * node names come out garbled.
 */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' })
}

/** Saves a CSV through a temporary object URL (the data never leaves the browser). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(csvBlob(text))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // revoked on the next tick: some browsers start the download after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
