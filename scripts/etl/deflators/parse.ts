import { parseNumberCell } from '../../lib/cells'
import { parseCsvText } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import { parseQuarterLabel, type QuarterValue } from './financialYearIndex'

/** One ONS time series read from a CSV download. */
export interface OnsSeries {
  cdid: string
  title: string
  releaseDate: string
  /** Quarterly values in file order; quarters with an empty cell (not published) are left out. */
  quarters: QuarterValue[]
}

const PERIOD = /^\d{4}( Q[1-4]| [A-Z]{3})?$/

/**
 * Reads one series from an ONS CSV download: either the "generator" layout (one series: metadata rows "Title",
 * "CDID", … then "period","value" rows) or a dataset layout with many series side by side (SPPI: one column per
 * series, its CDID in the "CDID" row). The series is found by its CDID, so a reordered dataset still reads right.
 * Annual and monthly rows are skipped; quarterly rows must hold a number or be empty (not yet published).
 */
export function parseOnsSeriesCsv(text: string, file: string, cdid: string): OnsSeries {
  const table = parseCsvText(text, file)
  // The first CSV line is the "Title" row; parseCsvText treats it as the header.
  const rows = [table.header, ...table.rows]
  const rowNumber = (i: number) => (i === 0 ? 1 : table.firstRowNumber + i - 1)
  const metadata = (key: string) => rows.findIndex((r) => r[0]?.trim().toLowerCase() === key.toLowerCase())
  const cdidRow = metadata('CDID')
  if (cdidRow < 0) throw new SourceError({ file }, 'no "CDID" row: not an ONS time-series CSV')
  const column = rows[cdidRow]?.findIndex((c, i) => i > 0 && c.trim() === cdid) ?? -1
  if (column < 0) throw new SourceError({ file, row: rowNumber(cdidRow), column: cdid }, `series ${cdid} not found`)
  const titleRow = metadata('Title')
  const releaseRow = metadata('Release date')
  const quarters: QuarterValue[] = []
  let periods = 0
  rows.forEach((row, i) => {
    const period = row[0]?.trim() ?? ''
    if (!PERIOD.test(period)) return
    periods += 1
    const quarter = parseQuarterLabel(period)
    if (!quarter) return
    const raw = row[column] ?? ''
    if (raw.trim() === '') return
    const at = { file, row: rowNumber(i), column: cdid }
    const { value, flag } = parseNumberCell(raw, at)
    if (value === null) throw new SourceError(at, `a price index cannot be missing (marker "${flag}")`)
    if (value <= 0) throw new SourceError(at, `a price index must be positive, found ${value}`)
    quarters.push({ ...quarter, value })
  })
  if (periods === 0) throw new SourceError({ file }, 'no period rows ("2024", "2024 Q1", …) found')
  if (quarters.length === 0) throw new SourceError({ file, column: cdid }, `series ${cdid} has no quarterly values`)
  return {
    cdid,
    title: titleRow >= 0 ? (rows[titleRow]?.[column] ?? '').trim() : '',
    releaseDate: releaseRow >= 0 ? (rows[releaseRow]?.[column] ?? '').trim() : '',
    quarters,
  }
}
