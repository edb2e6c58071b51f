import { describe, expect, it } from 'vitest'
import { csvBlob, csvCell, toCsv } from './csv'

describe('csvCell', () => {
  // [what csvCell does, the cell, as written]: plain cells as they are, RFC 4180 quoting, and a leading
  // quote on text a spreadsheet would run as a formula (https://owasp.org/www-community/attacks/CSV_Injection)
  it.each([
    ['leaves plain text alone', 'Sales', 'Sales'],
    ['leaves a number alone', 42, '42'],
    ['leaves a negative number alone', -3, '-3'],
    ['writes null as empty', null, ''],
    ['writes undefined as empty', undefined, ''],
    ['quotes a comma', 'Sales, North', '"Sales, North"'],
    ['quotes quotes, doubled', 'The "A" team', '"The ""A"" team"'],
    ['quotes a line feed', 'two\nlines', '"two\nlines"'],
    ['quotes a carriage return', 'cr\rlf', '"cr\rlf"'],
    ['quotes surrounding spaces', ' padded ', '" padded "'],
    ['disarms a formula starting with =', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['disarms a formula starting with +', '+1', "'+1"],
    ['disarms a formula starting with -', '-cmd', "'-cmd"],
    ['disarms a formula starting with @', '@SUM(A1)', "'@SUM(A1)"],
    ['disarms a formula starting with a tab', '\tx', "'\tx"]
  ])('%s', (_what, cell, written) => {
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
