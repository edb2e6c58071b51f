import { describe, expect, it } from 'vitest'
import { csvBlob, csvCell, toCsv } from './csv'

describe('csvCell', () => {
  // [what, cell, as written]
  it.each([
    ['plain text', 'Sales', 'Sales'],
    ['a number', 42, '42'],
    ['a negative number', -3, '-3'],
    ['null', null, ''],
    ['undefined', undefined, '']
  ])('leaves %s alone', (_what, cell, written) => {
    expect(csvCell(cell)).toBe(written)
  })

  it.each([
    ['a comma', 'Sales, North', '"Sales, North"'],
    ['quotes, doubled', 'The "A" team', '"The ""A"" team"'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'cr\rlf', '"cr\rlf"'],
    ['surrounding spaces', ' padded ', '" padded "']
  ])('quotes %s (RFC 4180)', (_what, cell, written) => {
    expect(csvCell(cell)).toBe(written)
  })

  it.each([
    ['=', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+', '+1', "'+1"],
    ['-', '-cmd', "'-cmd"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\tx', "'\tx"]
  ])('disarms text a spreadsheet would run as a formula: starting with %s', (_what, cell, written) => {
    expect(csvCell(cell)).toBe(written)
  })

  it('leaves an = inside text alone', () => {
    expect(csvCell('a=b')).toBe('a=b')
  })
})

describe('toCsv', () => {
  it('joins fields with commas and records with CRLF', () => {
    expect(toCsv([['id', 'name'], [1, 'Отдел продаж, Москва']])).toBe('id,name\r\n1,"Отдел продаж, Москва"\r\n')
  })

  it('puts a BOM in front so spreadsheets read UTF-8', async () => {
    const bytes = new Uint8Array(await csvBlob('a').arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })
})
