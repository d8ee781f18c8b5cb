import { parseIntegerCell, parseNumberCell } from '../../lib/cells'
import type { SheetGrid } from '../../lib/readWorkbook'
import { SourceError } from '../../lib/sourceError'

export const TABLE_A_2010_PATH = 's251/2009-10/outturn detailed report table a 2009 10.xls'
/** Sheet 2, "Table A lines 64 to 109". */
export const TABLE_A_2010_SHEET = 1
const HEADER_ROW = 4
/** Positive Actions, Youth Work, Connexions, Student Support: what later years report as services for young people. */
export const YOUNG_PEOPLE_LINES = [96, 97, 98, 99] as const

/**
 * FY 2009-10 services for young people per authority, £: the sum of Table A lines 96-99, column "TOTAL EXPENDITURE
 * (k)" (gross). Every authority must have all four lines. Some authorities left the gross column blank on some of
 * these lines (e.g. Brent, Newham: income only); their sum is unknown, so the value is null (flag '-').
 */
export function parseYoungPeople2010(grid: SheetGrid): Map<number, number | null> {
  const header = grid.rows[HEADER_ROW - 1] ?? []
  const column = (name: string) => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase())
    if (i < 0)
      throw new SourceError({ file: grid.file, row: HEADER_ROW, column: name }, `expected column "${name}" is missing`)
    return i
  }
  const la = column('LEA')
  const line = column('Line')
  const amount = column('TOTAL EXPENDITURE (k)')
  const sums = new Map<number, { value: number | null; lines: number }>()
  grid.rows.forEach((cells, i) => {
    const row = i + 1
    if (row <= HEADER_ROW || cells.every((c) => c.trim() === '')) return
    const lineNumber = parseIntegerCell(cells[line], { file: grid.file, row, column: 'Line' })
    if (!(YOUNG_PEOPLE_LINES as readonly number[]).includes(lineNumber)) return
    const laNumber = parseIntegerCell(cells[la], { file: grid.file, row, column: 'LEA' })
    const at = { file: grid.file, row, column: 'TOTAL EXPENDITURE (k)' }
    const { value, flag } = parseNumberCell(cells[amount], at, true)
    if (value === null && flag !== '-') throw new SourceError(at, `unexpected marker "${flag}"`)
    const sum = sums.get(laNumber) ?? { value: 0, lines: 0 }
    const total = sum.value === null || value === null ? null : sum.value + value
    sums.set(laNumber, { value: total, lines: sum.lines + 1 })
  })
  if (sums.size === 0) throw new SourceError({ file: grid.file }, 'no lines 96-99 found')
  const out = new Map<number, number | null>()
  for (const [laNumber, { value, lines }] of sums) {
    if (lines !== YOUNG_PEOPLE_LINES.length)
      throw new SourceError(
        { file: grid.file, column: 'Line' },
        `LA ${laNumber} has ${lines} of lines 96-99, expected 4`,
      )
    out.set(laNumber, value)
  }
  return out
}
