import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/**
 * LAIT measures this source reads, by indicator id. Checked against lait_data_dictionary.csv:
 * - CIN: "Children in Need rate per 10,000" (at 31 March), 2016-2025.
 * - CPP_rate: "Child Protection Plans rate per 10,000" (at 31 March), 2016-2025.
 * - CPP_Total_Rateper10,000: "Rates per 10,000 of referrals to Children's Social Services", despite its name.
 * - CPP_Abuse_Rate: "Rate child protection plans starting during the year (rate per 10,000)"; its companion count
 *   CPP_Abuse equals the EES CPP_start for every authority and year 2016-2022.
 * - Section_47: "Section 47 enquiries rate per 10,000 children" (a rate, not a count), 2016-2025.
 */
export const LAIT_MEASURES: Readonly<Record<string, string>> = {
  cin_rate: 'CIN',
  cpp_rate: 'CPP_rate',
  cpp_starts_rate: 'CPP_Abuse_Rate',
  referrals_rate: 'CPP_Total_Rateper10,000',
  s47_rate: 'Section_47',
}

/** DfE publishes rates per 10,000 to one decimal place; the dictionary leaves `dps` as "NA" for them. */
const RATE_PER_10K_DECIMALS = 1

/**
 * The decimal places to round each measure to (LAIT stores floating noise such as 38.200000000000003): the
 * dictionary's `dps` where it gives one, else one place for a "Rate per 10,000" measure. A measure missing from the
 * dictionary, or listed twice with different meanings, stops the ETL.
 */
export function parseLaitDecimals(table: CsvTable, measures: readonly string[]): Map<string, number> {
  const cols = requireColumns(table, ['Measure_short', 'dps', 'y_axis_name'])
  const out = new Map<string, number>()
  for (const measure of measures) {
    const matches = table.rows
      .map((row, i) => ({ row, rowNumber: table.firstRowNumber + i }))
      .filter(({ row }) => row[cols.Measure_short] === measure)
    if (matches.length === 0)
      throw new SourceError(
        { file: table.file, column: 'Measure_short' },
        `measure "${measure}" is not in the dictionary`,
      )
    const decimals = new Set(
      matches.map(({ row, rowNumber }) =>
        decimalsOf(row[cols.dps] ?? '', row[cols.y_axis_name] ?? '', { file: table.file, row: rowNumber }),
      ),
    )
    if (decimals.size !== 1)
      throw new SourceError({ file: table.file, column: 'dps' }, `measure "${measure}" has conflicting decimals`)
    out.set(measure, [...decimals][0] ?? RATE_PER_10K_DECIMALS)
  }
  return out
}

function decimalsOf(dps: string, axis: string, at: { file: string; row: number }): number {
  if (/^\d$/.test(dps.trim())) return Number(dps)
  if (dps.trim() === 'NA' && axis.trim() === 'Rate per 10,000') return RATE_PER_10K_DECIMALS
  throw new SourceError({ ...at, column: 'dps' }, `cannot tell the decimal places ("${dps}", axis "${axis}")`)
}
