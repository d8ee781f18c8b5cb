import { parseIntegerCell, parseNumberCell } from '../../lib/cells'
import type { CsvTable } from '../../lib/readCsv'
import { requireColumns } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import { requireValueColumns } from './columns'
import type { CinRecord, Place } from './records'

/** One of DfE's pre-2013 CIN underlying-data files: the year it covers and which column holds each figure. */
export interface Pre2013FileSpec {
  /** Path inside the raw bundle. */
  path: string
  /** Year ending 31 March the file reports. */
  year: number
  /** Publication date as YYYYMMDD. */
  release: number
  /** Indicator id → column name (the year is part of the name, e.g. CINAt310310). */
  columns: Readonly<Record<string, string>>
}

/*
 * Release days are approximate (the statistical releases came out in late October or early November each year);
 * they only need to order these files before the EES time series, which never covers the same years.
 */
export const PRE_2013_FILES: readonly Pre2013FileSpec[] = [
  {
    path: 'cin/pre-2013/2009-10/osr28-2010ud.csv',
    year: 2010,
    release: 20101021,
    columns: {
      cin_count: 'CINAt310310',
      // The at-31-March rate (Barnsley 1,114 / 48,600 = 229.2 against 229.3 published: DfE used unrounded populations).
      cin_rate: 'CINRatePer10K',
      cin_starts_count: 'CINStarting0910',
      cpp_count: 'CPPAt310310',
      cpp_rate: 'CPPAt310310RatePer10k',
      cpp_starts_count: 'CPPIn0910',
      referrals_count: 'Referrals0910',
      referrals_rate: 'Referrals0910Rate',
      s47_count: 'S47in0910',
    },
  },
  {
    path: 'cin/pre-2013/2010-11/osr26-2011ud.csv',
    year: 2011,
    release: 20111027,
    columns: {
      cin_count: 'CINAt310311',
      cin_rate: 'CINRatePer10K',
      cin_starts_count: 'CINStarting1011',
      cpp_count: 'CPPAt310311',
      cpp_rate: 'CPPAt310311RatePer10k',
      cpp_starts_count: 'CPPIn1011',
      referrals_count: 'Referrals1011',
      referrals_rate: 'Referrals1011Rate',
      s47_count: 'S47in1011',
    },
  },
  {
    path: 'cin/pre-2013/2011-12/SFR27-2012ud.csv',
    year: 2012,
    release: 20121025,
    columns: {
      cin_count: 'CINAt310312',
      cin_rate: 'CINAt310312RatePer10k',
      cin_starts_count: 'CINStarting1112',
      cin_starts_rate: 'CINStartingRatePer10k',
      cpp_count: 'CPPAt310312',
      cpp_rate: 'CPPAt310312Rate',
      cpp_starts_count: 'CPPStart1112',
      cpp_starts_rate: 'CPPStartRate1112',
      referrals_count: 'Referrals1112',
      referrals_rate: 'Referrals1112Rate',
      s47_count: 'S471112',
      s47_rate: 'S47Rate1112',
    },
  },
]

/**
 * Reads one pre-2013 file: `geog_l` says whether a row is England ("National", any case) or an authority ("LA", with
 * its LA number in `geog_c`). There are no regional rows. Thousands separators, `x` and `..` are handled by
 * parseNumberCell; anything else unexpected stops the ETL with file, row and column.
 */
export function parsePre2013(table: CsvTable, spec: Pre2013FileSpec): CinRecord[] {
  const cols = requireColumns(table, ['geog_l', 'geog_c'] as const)
  const values = requireValueColumns(table, spec.columns)
  const records: CinRecord[] = []
  table.rows.forEach((row, i) => {
    const at = { file: table.file, row: table.firstRowNumber + i }
    const place = placeOf(row[cols.geog_l] ?? '', row[cols.geog_c], at)
    for (const { indicatorId, column, index } of values) {
      const cellAt = { ...at, column }
      records.push({ indicatorId, place, year: spec.year, cell: parseNumberCell(row[index], cellAt), at: cellAt })
    }
  })
  return records
}

function placeOf(level: string, laNumber: string | undefined, at: { file: string; row: number }): Place {
  // England's row carries 921 in geog_c, which is also the Isle of Wight's LA number: the level decides.
  switch (level.trim().toLowerCase()) {
    case 'national':
      return { kind: 'england' }
    case 'la':
      return { kind: 'authority', laNumber: parseIntegerCell(laNumber, { ...at, column: 'geog_c' }) }
    default:
      throw new SourceError({ ...at, column: 'geog_l' }, `expected "National" or "LA", found "${level}"`)
  }
}
