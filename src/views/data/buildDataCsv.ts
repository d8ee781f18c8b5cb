import type { CsvCell } from '../../charts/shared/buildCsv'
import { unitHeading } from '../../charts/shared/format'
import type { Manifest } from '../../schema/manifest'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'
import {
  columnKey,
  ROW_KIND_LABELS,
  type DataColumn,
  type LongRow,
  type TableIndicator,
  type WideRow,
} from './buildDataTable'

export const LONG_CSV_HEADER = [
  'area_code',
  'area_name',
  'row_type',
  'indicator_id',
  'indicator',
  'unit',
  'year',
  'period',
  'value',
  'flag',
  'note',
  'source',
] as const

/** Long CSV rows, in the order given (the order shown): numbers unformatted, the flag code and its meaning spelled out. */
export function buildLongCsvRows(rows: readonly LongRow[]): CsvCell[][] {
  return rows.map((r) => [
    r.areaCode || null,
    r.areaName,
    ROW_KIND_LABELS[r.kind],
    r.column.indicator.id,
    r.column.indicator.label,
    unitHeading(r.column.indicator),
    r.column.year,
    r.column.period,
    r.value,
    r.flag,
    r.note,
    r.column.source,
  ])
}

/** The CSV column name of a wide column: "cla_rate_2025" (year ending 31 March, or the edition year). */
export function wideColumnKey(column: DataColumn): string {
  return columnKey(column)
}

/**
 * Wide CSV: area columns, then for each indicator × year its value and a note column (the flag as "c: suppressed…",
 * "no figure in the source", or "9 of 10 had data" for the group mean), so every empty value says why.
 */
export function buildWideCsv(columns: readonly DataColumn[], rows: readonly WideRow[]) {
  return {
    header: [
      'area_code',
      'area_name',
      'row_type',
      ...columns.flatMap((c) => [wideColumnKey(c), `${wideColumnKey(c)}_note`]),
    ],
    rows: rows.map((r): CsvCell[] => [
      r.areaCode || null,
      r.areaName,
      ROW_KIND_LABELS[r.kind],
      ...r.cells.flatMap((cell) => [cell.value, cell.flag ? `${cell.flag}: ${cell.note ?? ''}` : cell.note]),
    ]),
  }
}

export interface DataNotesInput {
  title: string
  indicators: readonly TableIndicator[]
  manifest: Manifest
  from: number
  to: number
  /** Sentences about the rows: how the group mean is made, who is left out of it. */
  rowNotes: readonly string[]
}

/** The lines under a /data CSV: what it is, each indicator's unit and sources for the years shown, then the licence. */
export function buildDataNotes(input: DataNotesInput): string[] {
  const years = Array.from({ length: input.to - input.from + 1 }, (_, i) => input.from + i)
  return [
    input.title,
    ...input.indicators.map(
      ({ indicator, series }) =>
        `${indicator.label} (${indicator.id}; ${unitHeading(indicator)}). ${buildSourceLine(series, indicator, input.manifest, years)}`,
    ),
    'Years are years ending 31 March (2025 = at 31 March 2025, or the financial year 2024-25), or the edition year.',
    ...input.rowNotes,
    LICENCE_LINE,
  ]
}
