import { parseNumberCell } from '../lib/cells'
import { SourceError } from '../lib/sourceError'
import type { AreaRegistry } from './areas/registry'
import { ENGLAND_CODE } from './types'

/** The columns an explore-education-statistics (EES) tidy file uses to say when and where a row is. */
export const EES_PLACE_COLUMNS = ['time_period', 'geographic_level', 'region_code', 'old_la_code'] as const
type PlaceColumns = Record<(typeof EES_PLACE_COLUMNS)[number], number>
type RowAt = { file: string; row: number }

/** The row's `time_period` as a year (2000 to 2100); anything else stops the ETL. */
export function eesYear(row: readonly string[], cols: Pick<PlaceColumns, 'time_period'>, at: RowAt): number {
  const year = parseNumberCell(row[cols.time_period], { ...at, column: 'time_period' }).value
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100)
    throw new SourceError({ ...at, column: 'time_period' }, `expected a year, found "${row[cols.time_period]}"`)
  return year
}

/**
 * The series code the row is for: England for national rows, the `region_code` (E12/E13) for regional ones, and for
 * authority rows the code its `old_la_code` (DfE's LA number) maps to. Any other level stops the ETL.
 */
export function eesAreaCode(row: readonly string[], cols: PlaceColumns, areas: AreaRegistry, at: RowAt): string {
  const level = row[cols.geographic_level] ?? ''
  if (level === 'National') return ENGLAND_CODE
  if (level === 'Regional') {
    const code = row[cols.region_code] ?? ''
    if (!/^E1[23]\d{6}$/.test(code))
      throw new SourceError({ ...at, column: 'region_code' }, `expected a region code, found "${code}"`)
    return code
  }
  if (level === 'Local authority') {
    const laNumber = parseNumberCell(row[cols.old_la_code], { ...at, column: 'old_la_code' }).value
    if (laNumber === null || !Number.isInteger(laNumber))
      throw new SourceError({ ...at, column: 'old_la_code' }, `expected an LA number, found "${row[cols.old_la_code]}"`)
    return areas.requireLaNumber(laNumber, { ...at, column: 'old_la_code' }).code
  }
  throw new SourceError({ ...at, column: 'geographic_level' }, `unexpected geographic level "${level}"`)
}
