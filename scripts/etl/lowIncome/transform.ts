import { parseNumberCell } from '../../lib/cells'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { laitAreaCode, parseLaitYear, type LaitRow } from '../lait/readLait'
import { dropRow, type Observation, type SourceReport } from '../types'
import type { CilifRow, CilifTable } from './parse'

export const COUNT_ID = 'children_low_income_count'
export const PCT_ID = 'children_low_income_pct'
export const DWP_SOURCE_ID = 'dwp-children-low-income'
export const LAIT_SOURCE_ID = 'lait'
/** ONS mid-year population by age (Nomis): the denominator of the computed percentages. */
export const NOMIS_SOURCE_ID = 'ons-population-nomis'
/** LAIT's measure code for DWP's percentage of children under 16 in relative low income families. */
export const LAIT_MEASURE = 'ChildPov'
/** The Stat-Xplore tables were retrieved on 7 September 2022 (source.txt); that date orders this publication. */
export const DWP_RELEASE = 20220907

const ENGLISH_AUTHORITY = /^E(06|08|09|10)\d{6}$/
/** Rows of the UK-wide table that are not English authorities, and why they are left out. */
const NON_ENGLISH_ROWS: readonly [RegExp, string][] = [
  [/^W06\d{6}$/, 'Welsh authority'],
  [/^S12\d{6}$/, 'Scottish council area'],
  [/^N09\d{6}$/, 'Northern Ireland district'],
  [/^ZZXXXXXXX$/, 'area unknown (ZZXXXXXXX)'],
  [/^Total$/, 'UK total (not England)'],
]

/**
 * The series code of a DWP row's English authority, or undefined for a non-English row (dropped with its reason).
 * Counts the row as read, and as kept when English (mutates the report); any other code stops the ETL.
 */
export function englishSeriesCode(
  row: Pick<CilifRow, 'code' | 'row'>,
  areas: AreaRegistry,
  file: string,
  report: SourceReport,
): string | undefined {
  report.rowsRead += 1
  const skip = NON_ENGLISH_ROWS.find(([pattern]) => pattern.test(row.code))
  if (skip) {
    dropRow(report, skip[1])
    return undefined
  }
  if (!ENGLISH_AUTHORITY.test(row.code))
    throw new SourceError({ file, row: row.row, column: 'Year' }, `unexpected area code "${row.code}"`)
  const areaCode = areas.requireCode(row.code, { file, row: row.row, column: 'Year' }).code
  report.rowsKept += 1
  return areaCode
}

/**
 * Counts of children in relative low income, one observation per English authority and year, keyed by series code.
 * DWP's tables are on April 2021 boundaries for every year, so North and West Northamptonshire, BCP and Dorset
 * (2019) carry figures for years before they were created, as published. Non-English rows are dropped with reasons
 * (mutates the report); any other code stops the ETL.
 */
export function buildCountObservations(
  table: CilifTable,
  areas: AreaRegistry,
  file: string,
  report: SourceReport,
): Observation[] {
  const observations: Observation[] = []
  for (const row of table.rows) {
    const areaCode = englishSeriesCode(row, areas, file, report)
    if (areaCode === undefined) continue
    table.years.forEach(({ year }, i) => {
      const cell = row.cells[i] ?? { value: null, flag: '-' as const }
      observations.push({
        indicatorId: COUNT_ID,
        areaCode,
        year,
        value: cell.value,
        flag: cell.flag,
        sourceId: DWP_SOURCE_ID,
        release: DWP_RELEASE,
        provenance: 'published',
      })
    })
  }
  return observations
}

/**
 * DWP's published percentage of children under 16 in relative low income families, as DfE compiled it in LAIT, for
 * authorities, regions and England. Values are rounded to DWP's one decimal place (LAIT carries float noise such as
 * 18.600000000000001). A former authority's "-" rows after its abolition are dropped (mutates the report).
 */
export function buildPercentObservations(
  rows: readonly LaitRow[],
  areas: AreaRegistry,
  file: string,
  release: number,
  report: SourceReport,
): Observation[] {
  const observations: Observation[] = []
  for (const row of rows) {
    report.rowsRead += 1
    const at = { file, row: row.rowNumber }
    const year = parseLaitYear(row.years)
    if (year === undefined)
      throw new SourceError({ ...at, column: 'Years' }, `expected a financial year ending, found "${row.years}"`)
    const areaCode = laitAreaCode(row, areas)
    if (areaCode === undefined) {
      dropRow(report, `LAIT area that is neither an authority, a region nor England (${row.areaName})`)
      continue
    }
    const cell = parseNumberCell(row.value ?? '', { ...at, column: 'Values' }, true)
    const lastYear = areas.findByCode(areaCode)?.lastYear
    if (cell.value === null && lastYear !== undefined && year > lastYear) {
      dropRow(report, 'former authority, year after its abolition')
      continue
    }
    if (cell.value !== null && (cell.value < 0 || cell.value > 100))
      throw new SourceError({ ...at, column: 'Values' }, `expected a percentage, found ${cell.value}`)
    report.rowsKept += 1
    observations.push({
      indicatorId: PCT_ID,
      areaCode,
      year,
      value: cell.value === null ? null : Math.round(cell.value * 10) / 10,
      flag: cell.flag,
      sourceId: LAIT_SOURCE_ID,
      release,
      provenance: 'published',
    })
  }
  return observations
}
