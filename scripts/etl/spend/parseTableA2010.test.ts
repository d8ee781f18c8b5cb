import { describe, expect, it } from 'vitest'
import type { SheetGrid } from '../../lib/readWorkbook'
import { parseYoungPeople2010 } from './parseTableA2010'

const HEADER = [
  'LEA',
  'LEA Name',
  'Line',
  'S52 Line Reference',
  'Teaching staff (g)',
  'TOTAL EXPENDITURE (k)',
  'Income (l)',
]
const sheet = (rows: string[][]): SheetGrid => ({
  file: 'table a.xls',
  sheet: 'Table A lines 64 to 109',
  rows: [['S251 Outturn 2009-10 - Table A'], ['Cash terms'], [''], HEADER, ...rows],
})
const lines = (la: string, amounts: [string, string, string, string]) =>
  ['Positive Actions', 'Youth Work', 'Connexions', 'Student Support'].map((name, i) => [
    la,
    'X',
    String(96 + i),
    name,
    '',
    amounts[i] ?? '',
    '0',
  ])

describe('parseYoungPeople2010', () => {
  it('sums lines 96-99 of TOTAL EXPENDITURE (k) per authority and ignores other lines', () => {
    const rows = [
      ['901', 'X', '95', 'SUB-TOTAL LA CENTRAL FUNCTIONS', '', '5000', '0'],
      ...lines('901', ['0', '0', '0', '7970']),
      ...lines('902', ['1.5', '2', '3', '4']),
    ]
    const result = parseYoungPeople2010(sheet(rows))
    expect(result.get(901)).toBe(7970)
    expect(result.get(902)).toBe(10.5)
  })

  it('is null for an authority that left the gross column blank on one of the lines (never 0)', () => {
    expect(parseYoungPeople2010(sheet(lines('901', ['', '5', '5', '5']))).get(901)).toBeNull()
  })

  it('stops when an authority lacks one of the four lines, and on a non-number', () => {
    expect(() => parseYoungPeople2010(sheet(lines('901', ['1', '2', '3', '4']).slice(0, 3)))).toThrow(
      /LA 901 has 3 of lines 96-99/,
    )
    expect(() => parseYoungPeople2010(sheet(lines('901', ['1', 'n/a', '3', '4'])))).toThrow(
      /row 6, column "TOTAL EXPENDITURE \(k\)"/,
    )
  })

  it('stops when the amount column is renamed', () => {
    const grid = sheet(lines('901', ['1', '2', '3', '4']))
    grid.rows[3] = HEADER.map((h) => h.replace('TOTAL EXPENDITURE (k)', 'Total'))
    expect(() => parseYoungPeople2010(grid)).toThrow(/expected column "TOTAL EXPENDITURE \(k\)" is missing/)
  })
})
