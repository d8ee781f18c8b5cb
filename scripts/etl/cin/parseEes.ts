import { parseIntegerCell, parseNumberCell } from '../../lib/cells'
import type { CsvTable } from '../../lib/readCsv'
import { requireColumns } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import { requireValueColumns } from './columns'
import type { CinRecord, Place } from './records'

/** One EES time-series file and which column holds each figure. */
export interface EesFileSpec {
  sourceId: 'cin-ees-2022' | 'cin-ees-2025'
  path: string
  /** Indicator id → column name. */
  columns: Readonly<Record<string, string>>
}

/** Publication days (approximate day; only the order matters): the 2022 release, then the 2025 release. */
export const EES_RELEASES = { 'cin-ees-2022': 20221027, 'cin-ees-2025': 20251030 } as const

export const EES_FILES: readonly EesFileSpec[] = [
  {
    sourceId: 'cin-ees-2022',
    path: 'cin/ees-2022/data/b1_children_in_need_2013_to_2022.csv',
    columns: {
      cin_count: 'At31_episodes',
      cin_rate: 'At31_episodes_rate',
      cin_starts_count: 'Started_episodes',
      cin_starts_rate: 'Started_episodes_rate',
    },
  },
  {
    sourceId: 'cin-ees-2022',
    path: 'cin/ees-2022/data/c1_children_in_need_referrals_and_rereferrals_2013_to_2022.csv',
    columns: { referrals_count: 'Referrals', referrals_rate: 'Referrals_rate' },
  },
  {
    sourceId: 'cin-ees-2022',
    path: 'cin/ees-2022/data/d1_child_protection_plans_2013_to_2022.csv',
    columns: {
      cpp_count: 'CPP_At31',
      cpp_rate: 'CPP_At31_rate',
      cpp_starts_count: 'CPP_start',
      cpp_starts_rate: 'CPP_start_rate',
    },
  },
  // The 2025 release's files have counts only (no rate columns), and c1's columns were renamed.
  {
    sourceId: 'cin-ees-2025',
    path: 'cin/ees-2025-extract/b1_children_in_need_2013_to_2025.csv',
    columns: { cin_count: 'At31_episodes', cin_starts_count: 'Started_episodes' },
  },
  {
    sourceId: 'cin-ees-2025',
    path: 'cin/ees-2025-extract/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
    columns: { referrals_count: 'referral_count' },
  },
  {
    sourceId: 'cin-ees-2025',
    path: 'cin/ees-2025-extract/d3_cpps_subsequent_plan_2013_to_2025.csv',
    columns: { cpp_starts_count: 'CPP_start' },
  },
  {
    sourceId: 'cin-ees-2025',
    path: 'cin/ees-2025-extract/d5_cpps_at31march_by_duration_2013_to_2025.csv',
    columns: { cpp_count: 'CPP_At31' },
  },
]

const REGION = /^E1[23]\d{6}$/

const KEY_COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'region_code', 'old_la_code'] as const

/**
 * Reads one EES CIN file: national rows become England, regional rows their `region_code` (E12/E13), authority rows
 * their `old_la_code`. Every row must be a reporting year; markers (c, x, z, u, ..) become flags.
 */
export function parseEes(table: CsvTable, spec: EesFileSpec): CinRecord[] {
  const cols = requireColumns(table, KEY_COLUMNS)
  const values = requireValueColumns(table, spec.columns)
  const records: CinRecord[] = []
  table.rows.forEach((row, i) => {
    const at = { file: table.file, row: table.firstRowNumber + i }
    const identifier = row[cols.time_identifier] ?? ''
    if (identifier !== 'Reporting year')
      throw new SourceError({ ...at, column: 'time_identifier' }, `expected "Reporting year", found "${identifier}"`)
    const year = parseIntegerCell(row[cols.time_period], { ...at, column: 'time_period' })
    const place = placeOf(row, cols, at)
    for (const { indicatorId, column, index } of values) {
      const cellAt = { ...at, column }
      records.push({ indicatorId, place, year, cell: parseNumberCell(row[index], cellAt), at: cellAt })
    }
  })
  return records
}

function placeOf(
  row: readonly string[],
  cols: Record<(typeof KEY_COLUMNS)[number], number>,
  at: { file: string; row: number },
): Place {
  const level = row[cols.geographic_level] ?? ''
  switch (level) {
    case 'National':
      return { kind: 'england' }
    case 'Regional': {
      const code = row[cols.region_code] ?? ''
      if (!REGION.test(code))
        throw new SourceError({ ...at, column: 'region_code' }, `expected a region code (E12…/E13…), found "${code}"`)
      return { kind: 'region', code }
    }
    case 'Local authority':
      return { kind: 'authority', laNumber: parseIntegerCell(row[cols.old_la_code], { ...at, column: 'old_la_code' }) }
    default:
      throw new SourceError(
        { ...at, column: 'geographic_level' },
        `expected "National", "Regional" or "Local authority", found "${level}"`,
      )
  }
}
