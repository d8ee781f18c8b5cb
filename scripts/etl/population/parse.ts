import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { eesAreaCode, eesYear } from '../eesPlace'
import { dropRow, ENGLAND_CODE, type SourceReport } from '../types'

/** One 0-17 population estimate as a file gives it. */
export interface PopulationEstimate {
  /** Authority series code, region code (E12/E13) or ENGLAND_CODE. */
  areaCode: string
  /** The ONS mid-year (30 June) the estimate is for. */
  midYear: number
  value: number
}

/** The pre-2013 CIN underlying-data files: each carries the 0-17 denominator DfE used for that year's rates. */
export const PRE_2013_POPULATION_FILES: readonly { file: string; midYear: number }[] = [
  { file: 'cin/pre-2013/2009-10/osr28-2010ud.csv', midYear: 2009 },
  { file: 'cin/pre-2013/2010-11/osr26-2011ud.csv', midYear: 2010 },
  { file: 'cin/pre-2013/2011-12/SFR27-2012ud.csv', midYear: 2011 },
]

/** The index of one column whose name is only known at run time (e.g. it embeds a year). */
function requireColumnIndex(table: Parameters<typeof requireColumns>[0], name: string): number {
  const index = requireColumns(table, [name])[name]
  if (index === undefined)
    throw new SourceError({ file: table.file, row: 1, column: name }, 'expected column is missing')
  return index
}

const AGE_GROUP = 'Children aged 0 to 17 years'

/**
 * Reads `Mid<YYYY>Pop0-17` from a pre-2013 CIN file. Rows are keyed by 3-digit LA number (`geog_c`); the England row
 * is found by `geog_l` = National, never by number (its `geog_c` 921 is also the Isle of Wight's LA number).
 */
export function parsePre2013Population(
  table: CsvTable,
  midYear: number,
  areas: AreaRegistry,
  report: SourceReport,
): PopulationEstimate[] {
  const column = `Mid${midYear}Pop0-17`
  const cols = requireColumns(table, ['geog_l', 'geog_c', 'geog_n'])
  const popIndex = requireColumnIndex(table, column)
  const out: PopulationEstimate[] = []
  table.rows.forEach((row, i) => {
    const at = { file: table.file, row: table.firstRowNumber + i }
    report.rowsRead++
    const level = row[cols.geog_l] ?? ''
    let areaCode: string
    if (level === 'National') areaCode = ENGLAND_CODE
    else if (level === 'LA') {
      const laNumber = parseNumberCell(row[cols.geog_c], { ...at, column: 'geog_c' }).value
      if (laNumber === null || !Number.isInteger(laNumber))
        throw new SourceError({ ...at, column: 'geog_c' }, `expected an LA number, found "${row[cols.geog_c]}"`)
      areaCode = areas.requireLaNumber(laNumber, { ...at, column: 'geog_c' }).code
    } else throw new SourceError({ ...at, column: 'geog_l' }, `unexpected geography level "${level}"`)
    const cell = parseNumberCell(row[popIndex], { ...at, column })
    if (cell.value === null) return dropRow(report, `${column} not available (${cell.flag})`)
    requireChildren(cell.value, { ...at, column })
    report.rowsKept++
    out.push({ areaCode, midYear, value: cell.value })
  })
  return out
}

/**
 * Reads one of DfE's copies of the ONS 0-17 estimates (`time_period` = the mid-year, despite `time_identifier`
 * "Reporting year"). Authorities are joined on `old_la_code`; regions keep their E12/E13 code.
 */
export function parseDfeOnsPopulation(
  table: CsvTable,
  areas: AreaRegistry,
  report: SourceReport,
): PopulationEstimate[] {
  const cols = requireColumns(table, [
    'time_period',
    'geographic_level',
    'region_code',
    'old_la_code',
    'age_group',
    'population_estimate',
  ])
  const out: PopulationEstimate[] = []
  table.rows.forEach((row, i) => {
    const at = { file: table.file, row: table.firstRowNumber + i }
    report.rowsRead++
    const ageGroup = row[cols.age_group] ?? ''
    if (ageGroup !== AGE_GROUP)
      throw new SourceError({ ...at, column: 'age_group' }, `expected "${AGE_GROUP}", found "${ageGroup}"`)
    const midYear = eesYear(row, cols, at)
    const areaCode = eesAreaCode(row, cols, areas, at)
    const cell = parseNumberCell(row[cols.population_estimate], { ...at, column: 'population_estimate' })
    if (cell.value === null) return dropRow(report, `population_estimate not available (${cell.flag})`)
    requireChildren(cell.value, { ...at, column: 'population_estimate' })
    report.rowsKept++
    out.push({ areaCode, midYear, value: cell.value })
  })
  return out
}

/**
 * A denominator must be a whole number of children above 0: checked here, where the cell is known, because a 0 or
 * negative estimate would turn every rate computed from it into nonsense.
 */
function requireChildren(value: number, at: SourceLocation): void {
  if (!Number.isInteger(value) || value <= 0)
    throw new SourceError(at, `expected a child population (a whole number above 0), found ${value}`)
}
