import { parseIntegerCell, parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import type { Flag } from '../../../src/schema/flags'

export const HIGHLIGHTS_PATH = 's251/2019-20/data/cfr-s251_highlightssummary_v1.2.csv'

/** One row of the highlights summary: the CYP services total of England, a region or an authority. */
export interface HighlightsRow {
  level: 'National' | 'Regional' | 'Local authority'
  /** GSS region code for regional rows. */
  regionCode: string
  laNumber: number | null
  /** Year ending March (time_period 201415 → 2015). */
  year: number
  /** £ (the file's £ million × 1,000,000, rounded to whole pounds), or null with a flag. */
  value: number | null
  flag: Flag | null
  /** Half of the last published digit, in £: the file's rounding, for comparing with unrounded figures. */
  halfUnit: number
  row: number
}

const COLUMNS = ['time_period', 'geographic_level', 'region_code', 'old_la_code', 'cyps_spend'] as const
const LEVELS = ['National', 'Regional', 'Local authority'] as const

/** "201415" → 2015; anything else stops the ETL. */
export function parseFinancialYearPeriod(text: string, at: { file: string; row: number; column: string }): number {
  const match = /^(\d{4})(\d{2})$/.exec(text.trim())
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2]))
    throw new SourceError(at, `expected a financial year like "201415", found "${text}"`)
  return Number(match[1]) + 1
}

/** Reads the CYP services totals (`cyps_spend`, £ million; ':' = not available) of the highlights summary. */
export function parseHighlights(table: CsvTable): HighlightsRow[] {
  const col = requireColumns(table, COLUMNS)
  return table.rows.map((cells, i) => {
    const row = table.firstRowNumber + i
    const at = (column: string) => ({ file: table.file, row, column })
    const level = cells[col.geographic_level] ?? ''
    if (!(LEVELS as readonly string[]).includes(level))
      throw new SourceError(at('geographic_level'), `unexpected geographic level "${level}"`)
    const raw = cells[col.cyps_spend] ?? ''
    const cell = parseNumberCell(raw, at('cyps_spend'))
    const decimals = /\.(\d+)$/.exec(raw.trim())?.[1]?.length ?? 0
    return {
      level: level as HighlightsRow['level'],
      regionCode: (cells[col.region_code] ?? '').trim(),
      laNumber: level === 'Local authority' ? parseIntegerCell(cells[col.old_la_code], at('old_la_code')) : null,
      year: parseFinancialYearPeriod(cells[col.time_period] ?? '', at('time_period')),
      value: cell.value === null ? null : Math.round(cell.value * 1_000_000),
      flag: cell.flag,
      halfUnit: 0.5 * 10 ** (6 - decimals),
      row,
    }
  })
}
