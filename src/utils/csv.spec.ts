import { describe, expect, it } from 'vitest'
import { csvBlob, csvCell, toCsv } from './csv'

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Sales')).toBe('Sales')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
  })

  it('quotes commas, quotes and line breaks and doubles the quotes (RFC 4180)', () => {
    expect(csvCell('Sales, North')).toBe('"Sales, North"')
    expect(csvCell('The "A" team')).toBe('"The ""A"" team"')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"')
    expect(csvCell(' padded ')).toBe('" padded "')
  })

  it('disarms text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-cmd')).toBe("'-cmd")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tx')).toBe("'\tx")
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
