import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { readTable } from './readTable'
import { parseSheet, readXlsxRows } from './xlsx'

// Workbooks are written by the build-time spreadsheet package (never bundled), so the reader is tested against files
// made by independent code, deflated as Excel deflates them.
function workbook(rows: unknown[][]): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Counts')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer)
}

describe('readXlsxRows', () => {
  it('reads the first sheet: shared strings, numbers, gaps kept in place', async () => {
    const bytes = workbook([
      ['lsoa_code', 'Children on a plan', 'cla'],
      ['E01007317', 12, 'c'],
      ['E01007288', null, 4],
    ])
    expect(await readXlsxRows(bytes)).toEqual([
      ['lsoa_code', 'Children on a plan', 'cla'],
      ['E01007317', '12', 'c'],
      ['E01007288', '', '4'],
    ])
  })

  it('decodes entities and inline strings', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>A &amp; B</t></is></c></row><row r="3"><c r="A3"><v>7</v></c></row></sheetData></worksheet>'
    expect(parseSheet(xml, [])).toEqual([['', 'A & B'], [], ['7']])
  })

  it('refuses an entry that claims to unpack to more than the limit (zip bomb)', async () => {
    const bytes = workbook([['lsoa_code'], ['E01007317']])
    // Patch every central-directory record's uncompressed size to 1 GB.
    const view = new DataView(bytes.buffer)
    for (let i = 0; i < bytes.length - 4; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1 << 30, true)
    await expect(readXlsxRows(bytes)).rejects.toThrow(/unpacked; it is not read/)
  })
})

describe('readTable', () => {
  it('tells CSV from .xlsx by content and refuses old .xls and oversized files', async () => {
    expect(await readTable('a.csv', new TextEncoder().encode('lsoa_code,cpp\nE01000001,3'))).toEqual([
      ['lsoa_code', 'cpp'],
      ['E01000001', '3'],
    ])
    expect((await readTable('a.bin', workbook([['x']])))[0]).toEqual(['x'])
    await expect(readTable('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(
      /old-style Excel/,
    )
    await expect(readTable('big.csv', new Uint8Array(6 * 1024 * 1024))).rejects.toThrow(/files of up to 5 MB/)
  })
})
