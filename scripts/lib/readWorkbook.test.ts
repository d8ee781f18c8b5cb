import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import XLSX from 'xlsx'
import { errorFrom } from '../etl/testing/errorFrom'
import { readSheet } from './readWorkbook'

const dir = mkdtempSync(join(tmpdir(), 'csc-workbook-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function workbookFile(name: string, sheets: Record<string, XLSX.WorkSheet>): string {
  const workbook = XLSX.utils.book_new()
  for (const [sheetName, sheet] of Object.entries(sheets)) XLSX.utils.book_append_sheet(workbook, sheet, sheetName)
  const path = join(dir, name)
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
  return path
}

/** Rewrites the first sheet's declared <dimension> inside the .xlsx zip, as a crafted file can. */
function declareRange(path: string, ref: string): void {
  const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' })
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'))]
  if (!entry) throw new Error('no sheet1.xml')
  const xml = Buffer.from(entry.content as Uint8Array)
    .toString('utf8')
    .replace(/<dimension ref="[^"]+"\/>/, `<dimension ref="${ref}"/>`)
  entry.content = Buffer.from(xml)
  entry.size = entry.content.length
  writeFileSync(path, XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer)
}

describe('readSheet', () => {
  it('reads only the cells that exist when a sheet declares its range to XFD1048576', () => {
    const path = workbookFile('huge-range.xlsx', {
      Data: XLSX.utils.aoa_to_sheet([
        ['LA Number', 'Value'],
        [370, 1804],
      ]),
    })
    declareRange(path, 'A1:XFD1048576')
    const grid = readSheet(path, 'Data')
    expect(grid.rows).toEqual([
      ['LA Number', 'Value'],
      ['370', '1804'],
    ])
  })

  it('keeps the declared start of a sheet whose range does not begin at A1', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['', ''],
      ['', 'x'],
    ])
    sheet['!ref'] = 'B2:Z99'
    expect(readSheet(workbookFile('offset.xlsx', { Data: sheet }), 0).rows).toEqual([['x']])
  })

  it('says a workbook whose sheet has no cells is empty, naming the file', () => {
    const file = workbookFile('empty.xlsx', { Sheet1: XLSX.utils.aoa_to_sheet([]) })
    expect(errorFrom(() => readSheet(file, 0)).message).toBe(`${file}: sheet "Sheet1" is empty (no cells)`)
  })

  it('says an empty file is empty', () => {
    const file = join(dir, 'zero.xlsx')
    writeFileSync(file, '')
    expect(errorFrom(() => readSheet(file, 0)).message).toBe(`${file}: the file is empty (0 bytes)`)
  })

  it('refuses a workbook larger than any source workbook before reading it, naming the file', () => {
    const file = join(dir, 'big.xlsx')
    writeFileSync(file, Buffer.alloc(51 * 1024 * 1024))
    expect(errorFrom(() => readSheet(file, 0)).message).toBe(
      `${file}: the workbook is 51 MB, larger than the 50 MB a source workbook may be (the wrong file?)`,
    )
  })

  it('stops a read that takes longer than its limit, naming the file, and reads the next workbook afresh', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`E0100${i}`, i, i / 7])
    const file = workbookFile('slow.xlsx', { Data: XLSX.utils.aoa_to_sheet(rows) })
    expect(errorFrom(() => readSheet(file, 0, { seconds: 0.001 })).message).toBe(
      `${file}: reading the workbook did not finish within 0.001 s or needed more than 2048 MB (a corrupt or crafted file?)`,
    )
    expect(readSheet(file, 'Data').rows[19_999]).toEqual(['E010019999', '19999', String(19_999 / 7)])
  })
})
