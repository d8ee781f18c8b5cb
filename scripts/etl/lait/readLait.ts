import { join } from 'node:path'
import { readParquet } from '../../lib/readParquet'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { ENGLAND_CODE } from '../types'

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

const COLUMNS = ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number'] as const

/** LAIT's own numbers for England and the regions, mapped to GSS codes. */
const LAIT_AGGREGATE_CODES: Readonly<Record<number, string>> = {
  970: ENGLAND_CODE,
  980: 'E12000001',
  981: 'E12000002',
  982: 'E12000003',
  983: 'E12000004',
  984: 'E12000005',
  985: 'E12000006',
  986: 'E12000007',
  987: 'E13000001',
  988: 'E13000002',
  989: 'E12000008',
  990: 'E12000009',
}

/** Reads the rows of the given measures from DfE's LAIT compilation. */
export async function readLait(rawDir: string, measures: readonly string[]): Promise<LaitRow[]> {
  const file = join(rawDir, LAIT_FILE)
  const wanted = new Set(measures)
  const rows = await readParquet(file, COLUMNS)
  const out: LaitRow[] = []
  rows.forEach((row, i) => {
    const measure = String(row['Short Desc'] ?? '')
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
  return out
}

/**
 * The series code for a LAIT row: an authority by LA number, or England / a region by LAIT's own numbers.
 * Returns undefined for numbers that are neither (e.g. 1000 "England (discontinued)").
 */
export function laitAreaCode(row: Pick<LaitRow, 'laNumber'>, areas: AreaRegistry): string | undefined {
  if (row.laNumber === null) return undefined
  return LAIT_AGGREGATE_CODES[row.laNumber] ?? areas.findByLaNumber(row.laNumber)?.code
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
