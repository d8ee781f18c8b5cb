import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import XLSX from 'xlsx'
import { readSheet, type SheetGrid } from '../../lib/readWorkbook'
import { SourceError } from '../../lib/sourceError'
import type { A1Layout } from './a1Layouts'
import { classifyByReportGroup, parseA1Grid, stripLineReference } from './parseA1'

const AT = { file: 'a1.xlsx', row: 2, column: 'Description' }

describe('stripLineReference', () => {
  it('removes the line reference in each year’s style', () => {
    expect(stripLineReference('3.0.1 Spend on individual Sure Start')).toBe('Spend on individual Sure Start')
    expect(stripLineReference('21 Total  Safeguarding')).toBe('Total  Safeguarding')
    expect(stripLineReference('1. Spend on individual')).toBe('Spend on individual')
    expect(stripLineReference('8a.1 Substance misuse')).toBe('Substance misuse')
    expect(stripLineReference('3.1.2a Fostering services')).toBe('Fostering services')
    expect(stripLineReference("CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET")).toBe(
      "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET",
    )
  })
})

describe('classifyByReportGroup', () => {
  it('takes a detail line’s category from its ReportGroup', () => {
    expect(classifyByReportGroup('3.1.1 Residential care', 'CHILDREN LOOKED AFTER', AT)).toEqual({
      kind: 'detail',
      category: 'cla',
    })
  })

  it('never sums the grand totals, CERA or memo lines, whatever group they carry', () => {
    expect(
      classifyByReportGroup(
        "5.0.2 Total Children and Young People's Services Expenditure (excluding CERA)",
        'YOUTH JUSTICE',
        AT,
      ),
    ).toEqual({ kind: 'grandTotal' })
    expect(
      classifyByReportGroup(
        "34 CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (including CERA)",
        'SERVICES FOR YOUNG PEOPLE',
        AT,
      ),
    ).toEqual({
      kind: 'ignore',
      reason: 'total including CERA',
    })
    expect(
      classifyByReportGroup(
        "32. Capital Expenditure from Revenue (CERA) (Children's and young people's services)",
        'YOUTH JUSTICE',
        AT,
      ),
    ).toEqual({
      kind: 'ignore',
      reason: 'CERA',
    })
    expect(
      classifyByReportGroup(
        '8a.2 Teenage pregnancy services (included in 3.5.1 and 3.5.2 above)',
        'SERVICES FOR YOUNG PEOPLE',
        AT,
      ),
    ).toEqual({
      kind: 'ignore',
      reason: 'memo line',
    })
    expect(
      classifyByReportGroup(
        '35. Substances misuse services (Drugs, Alcohol and Volatile substances)',
        'SERVICES FOR YOUNG PEOPLE',
        AT,
      ),
    ).toEqual({
      kind: 'ignore',
      reason: 'memo line',
    })
  })

  it('treats "Total …" lines as block totals of their group', () => {
    expect(classifyByReportGroup('16 Total Children Looked After', 'CHILDREN LOOKED AFTER', AT)).toEqual({
      kind: 'subtotal',
      category: 'cla',
    })
  })

  it('stops on an unknown ReportGroup, naming file and row', () => {
    expect(() => classifyByReportGroup('1 Something new', 'NEW GROUP', AT)).toThrow(
      /a1\.xlsx, row 2.*unknown ReportGroup "NEW GROUP"/,
    )
  })

  it('stops on a grand total that says neither including nor excluding CERA', () => {
    expect(() => classifyByReportGroup("TOTAL CHILDREN AND YOUNG PEOPLE'S SERVICES", 'YOUTH JUSTICE', AT)).toThrow(
      /neither/,
    )
  })
})

const GROUP_LAYOUT: A1Layout = {
  year: 2019,
  path: 'synthetic.xlsx',
  headerRow: 1,
  columns: {
    la: 'LA',
    line: 'OrderLine',
    description: 'Description',
    amount: 'TotalExpenditure',
    reportGroup: 'ReportGroup',
  },
  release: 20191201,
}
const HEADER = ['LA', 'LA Name', 'ReportGroup', 'OrderLine', 'Description', 's251line', 'TotalExpenditure']

/** A tiny FY 2018-19-style sheet for one authority: two CLA lines, one young people line, totals, CERA and a memo line. */
function groupRows(la: string, cla1: string, cla2: string, yp: string, claTotal: string, grand: string): string[][] {
  return [
    [la, 'X', 'CHILDREN LOOKED AFTER', '6', '3.1.1 Residential care', '3.1.1', cla1],
    [la, 'X', 'CHILDREN LOOKED AFTER', '7', '3.1.2a Fostering services', '3.1.2a', cla2],
    [la, 'X', 'CHILDREN LOOKED AFTER', '17', '3.1.11 Total Children Looked After', '3.1.11', claTotal],
    [la, 'X', 'SERVICES FOR YOUNG PEOPLE', '29', '3.5.1 Universal services for young people', '3.5.1', yp],
    [
      la,
      'X',
      'YOUTH JUSTICE',
      '33',
      "4.0.1 Capital Expenditure from Revenue (CERA) (Children's and young people's services)",
      '4.0.1',
      '',
    ],
    [
      la,
      'X',
      'YOUTH JUSTICE',
      '34',
      "5.0.2 Total Children and Young People's Services Expenditure (excluding CERA)",
      '5.0.2',
      grand,
    ],
    [
      la,
      'X',
      'SERVICES FOR YOUNG PEOPLE',
      '36',
      '8a.1 Substance misuse services (included in 3.5.1 and 3.5.2 above)',
      '8a.1',
      '999',
    ],
  ]
}

const grid = (rows: string[][], file = 'synthetic.xlsx'): SheetGrid => ({
  file,
  sheet: 'Table A1',
  rows: [HEADER, ...rows],
})

describe('parseA1Grid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spend-a1-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads a real .xlsx workbook: sums detail lines by category and keeps the published total', () => {
    const book = XLSX.utils.book_new()
    const rows = [
      HEADER,
      ...groupRows('901', '100.25', '200', '50', '300.25', '350.25'),
      ...groupRows('902', '0', '0', '7', '0', '7'),
    ]
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Table A1')
    const file = join(dir, 'a1.xlsx')
    XLSX.writeFile(book, file)
    const year = parseA1Grid(readSheet(file, 0), GROUP_LAYOUT)
    expect(year.las).toHaveLength(2)
    expect(year.las[0]).toEqual({ laNumber: 901, row: 2, total: 350.25, categories: { cla: 300.25, young_people: 50 } })
    expect(year.categories.sort()).toEqual(['cla', 'young_people'])
    expect(year.ignored).toEqual({ 'block total line': 2, CERA: 2, 'memo line': 2 })
  })

  it('stops when the lines do not add up to the block total (a misclassified or new line)', () => {
    expect(() => parseA1Grid(grid(groupRows('901', '100', '200', '50', '305', '350')), GROUP_LAYOUT)).toThrow(
      /LA 901 cla: lines sum to 300, block total says 305/,
    )
  })

  it('stops when the categories do not add up to the grand total', () => {
    expect(() => parseA1Grid(grid(groupRows('901', '100', '200', '50', '300', '355')), GROUP_LAYOUT)).toThrow(
      /categories sum to 350, total line says 355/,
    )
  })

  it('stops on a blank amount in a summed line, naming the row and column (a blank CERA line is fine)', () => {
    const rows = groupRows('901', '', '200', '50', '300', '350')
    expect(() => parseA1Grid(grid(rows), GROUP_LAYOUT)).toThrow(SourceError)
    expect(() => parseA1Grid(grid(rows), GROUP_LAYOUT)).toThrow(/row 2, column "TotalExpenditure": expected a number/)
  })

  it('stops on a renamed column, naming it', () => {
    const renamed = grid(groupRows('901', '100', '200', '50', '300', '350'))
    renamed.rows[0] = HEADER.map((h) => (h === 'TotalExpenditure' ? 'Total Expenditure' : h))
    expect(() => parseA1Grid(renamed, GROUP_LAYOUT)).toThrow(/expected column "TotalExpenditure" is missing/)
  })

  it('stops on an authority without a grand total line, and on an empty sheet', () => {
    const rows = groupRows('901', '100', '200', '50', '300', '350').filter((r) => r[5] !== '5.0.2')
    expect(() => parseA1Grid(grid(rows), GROUP_LAYOUT)).toThrow(/LA 901 has 0 total lines/)
    expect(() => parseA1Grid(grid([]), GROUP_LAYOUT)).toThrow(/no authority rows/)
  })

  it('classifies by line number in the years without ReportGroup, and stops on a line it does not know', () => {
    const layout: A1Layout = {
      year: 2010,
      path: 'old.xls',
      headerRow: 1,
      columns: { la: 'LEA', line: 'Line', description: 'S52 Line Reference', amount: 'Total Expenditure (k)' },
      lines: {
        1: { kind: 'detail', category: 'youth_justice' },
        2: { kind: 'detail', category: 'safeguarding' },
        3: { kind: 'detail', category: 'safeguarding' },
        4: { kind: 'grandTotal' },
      },
      release: 20101213,
    }
    const header = ['LEA', 'LEA Name', 'Line', 'S52 Line Reference', 'Total Expenditure (k)']
    const rows = [
      header,
      ['901', 'X', '1', 'Youth offender teams', '10'],
      ['901', 'X', '2', "Children and young people's safety", '20'],
      ['901', 'X', '3', 'Commissioning and social work', '30'],
      ['901', 'X', '4', "TOTAL CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA)", '60'],
    ]
    const year = parseA1Grid({ file: 'old.xls', sheet: 'A1', rows }, layout)
    expect(year.las[0]?.categories).toEqual({ youth_justice: 10, safeguarding: 50 })
    expect(year.las[0]?.total).toBe(60)
    const unknown = [...rows, ['901', 'X', '5', 'Something new', '1']]
    expect(() => parseA1Grid({ file: 'old.xls', sheet: 'A1', rows: unknown }, layout)).toThrow(
      /row 6, column "Line": unexpected line 5/,
    )
  })
})
