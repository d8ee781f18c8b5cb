import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
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
 * (2019) carry figures for years before they were created; the combine stage drops those years (areas.json
 * lifetimes). Non-English rows are dropped with reasons
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
    table.years.forEach(({ year, label }, i) => {
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
        origin: { file, row: row.row, column: label },
      })
    })
  }
  return observations
}
