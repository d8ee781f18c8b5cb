import { join } from 'node:path'
import { readParquet } from '../../lib/readParquet'
import { SourceError } from '../../lib/sourceError'

export const LAIT_FILE = 'lait/bds_long_0.parquet'
/** Release order of DfE's LAIT compilation (April 2026): newer than every EES file in the bundle. */
export const LAIT_RELEASE = 20260408

/** One LAIT row, as strings except the LA number. */
export interface LaitRow {
  /** Measure code, e.g. "CIN", "LAC", "C&YPExpenditure". */
  measure: string
  /** As published: "2025", "2024-25 (OT)", "2014-16", "2015/16". */
  years: string
  areaName: string
  /** The value text ("-" = not available or suppressed), or null. */
  value: string | null
  laNumber: number | null
  /** 1-based row number in the Parquet file, for error messages. */
  rowNumber: number
}

/** The rows of the measures the build uses, read once from the Parquet file and shared by every source. */
export interface LaitTable {
  file: string
  rows: LaitRow[]
  /** Every measure code in the file, read or not (a newer file may bring measures the dictionary does not list). */
  measuresInFile: ReadonlySet<string>
}

const COLUMNS = ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number'] as const

/**
 * Reads the rows of the given measures from DfE's LAIT compilation (640,000 rows of several hundred measures: only
 * the wanted ones are kept). A measure with no rows stops the build, naming it.
 */
export async function readLait(rawDir: string, measures: readonly string[]): Promise<LaitTable> {
  const file = join(rawDir, LAIT_FILE)
  const wanted = new Set(measures)
  const rows = await readParquet(file, COLUMNS)
  const out: LaitRow[] = []
  const measuresInFile = new Set<string>()
  rows.forEach((row, i) => {
    const measure = String(row['Short Desc'] ?? '')
    measuresInFile.add(measure)
    if (!wanted.has(measure)) return
    const laNumber = row['LA Number']
    out.push({
      measure,
      years: String(row.Years ?? ''),
      areaName: String(row['LA and Regions'] ?? ''),
      value: row.Values === null || row.Values === undefined ? null : String(row.Values),
      laNumber: typeof laNumber === 'number' ? laNumber : null,
      rowNumber: i + 1,
    })
  })
  const seen = new Set(out.map((r) => r.measure))
  for (const measure of measures) {
    if (!seen.has(measure))
      throw new SourceError({ file, column: 'Short Desc' }, `expected measure "${measure}" not found`)
  }
  return { file, rows: out, measuresInFile }
}

/** A LAIT period: the year it ends in and how many years it spans. */
export interface LaitPeriod {
  year: number
  span: 1 | 3
}

/**
 * Reads a LAIT period: a single year ("2025"), a financial year ("2024-25", "2024-25 (OT)") or an academic year
 * ("2015/16") as the year it ends in, with span 1; a three-year period ("2014-16") as its last year, with span 3.
 * Anything else returns undefined.
 */
export function parseLaitPeriod(years: string): LaitPeriod | undefined {
  const single = parseLaitYear(years)
  if (single !== undefined) return { year: single, span: 1 }
  const academic = /^(\d{4})\/(\d{2})$/.exec(years)
  if (academic && (Number(academic[1]) + 1) % 100 === Number(academic[2]))
    return { year: Number(academic[1]) + 1, span: 1 }
  const threeYears = /^(\d{4})-(\d{2})$/.exec(years)
  if (threeYears && (Number(threeYears[1]) + 2) % 100 === Number(threeYears[2]))
    return { year: Number(threeYears[1]) + 2, span: 3 }
  return undefined
}

/** "2024-25 (OT)" → 2025 (financial year ending March); "2025" → 2025. Other formats return undefined. */
export function parseLaitYear(years: string): number | undefined {
  const single = /^(\d{4})$/.exec(years)
  if (single) return Number(single[1])
  const financial = /^(\d{4})-(\d{2})(?: \(OT\))?$/.exec(years)
  // "2014-16" is a three-year period, not a financial year: the second part must be the next year.
  if (financial && (Number(financial[1]) + 1) % 100 === Number(financial[2])) return Number(financial[1]) + 1
  return undefined
}
