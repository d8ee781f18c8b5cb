import { parseNumberCell } from '../../lib/cells'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { dropRow, ENGLAND_CODE, type Observation, type SourceReport } from '../types'
import { LAIT_RELEASE, parseLaitPeriod, type LaitTable } from './readLait'

/** How one LAIT measure becomes an indicator. */
export interface LaitMeasure {
  indicatorId: string
  /** Published decimal places: LAIT stores floating noise (38.200000000000003), so values are rounded to these. */
  decimals: number
  /** Inclusive bounds a value must fall in (e.g. 0-100 for a percentage); one outside stops the build. */
  range?: readonly [number, number]
  /** The measure's periods are three-year periods ("2014-16"), keyed by their last year; otherwise single years. */
  threeYear?: boolean
}

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

/**
 * Turns the rows of the given measures (measure code → indicator) into observations, with one set of rules for every
 * source that reads LAIT:
 * - the LA number is an authority (areas.json), or LAIT's own number for England or a region; any other number stops
 *   the build, naming the row;
 * - the period is a single year ("2025"), a financial year ("2024-25 (OT)") or an academic year ("2015/16"), keyed by
 *   the year it ends in; for a three-year measure, a three-year period ("2014-16") keyed by its last year. A row with
 *   no period and no figure (LAIT has a block of these, year "0" and "-") is dropped and counted; any other period
 *   stops the build;
 * - "-" (or an empty cell) is LAIT's word for every figure it lacks, whatever the reason: it becomes null with flag
 *   '-'. The combine stage never lets such a blank hide another publication's figure or flag, and drops it for a
 *   year the authority did not exist;
 * - a number is rounded to the measure's published decimals.
 * Rows of other measures are ignored. Counts every row of the measures as read and kept (mutates the report).
 */
export function parseLaitObservations(
  table: LaitTable,
  measures: Readonly<Record<string, LaitMeasure>>,
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const out: Observation[] = []
  for (const row of table.rows) {
    const measure = measures[row.measure]
    if (!measure) continue
    const at = { file: table.file, row: row.rowNumber }
    report.rowsRead++
    const period = parseLaitPeriod(row.years)
    if (period === undefined && (row.value === null || row.value.trim() === '-')) {
      dropRow(report, 'no period and no figure')
      continue
    }
    const span = measure.threeYear ? 3 : 1
    if (period?.span !== span)
      throw new SourceError(
        { ...at, column: 'Years' },
        `expected ${span === 3 ? 'a three-year period' : 'a single, financial or academic year'}, found "${row.years}"`,
      )
    const year = period.year
    const areaCode = row.laNumber === null ? undefined : laitAreaCode(row.laNumber, areas)
    if (areaCode === undefined)
      throw new SourceError(
        { ...at, column: 'LA Number' },
        `unknown LA number ${String(row.laNumber)} ("${row.areaName}")`,
      )
    const cell = parseNumberCell(row.value, { ...at, column: 'Values' }, true)
    const value = cell.value === null ? null : roundTo(cell.value, measure.decimals)
    if (value !== null && measure.range && (value < measure.range[0] || value > measure.range[1]))
      throw new SourceError(
        { ...at, column: 'Values' },
        `expected ${row.measure} between ${measure.range[0]} and ${measure.range[1]}, found ${row.value ?? ''}`,
      )
    report.rowsKept++
    out.push({
      indicatorId: measure.indicatorId,
      areaCode,
      year,
      value,
      flag: cell.flag,
      sourceId: 'lait',
      release: LAIT_RELEASE,
      provenance: 'published',
      origin: { ...at, column: 'Values' },
    })
  }
  return out
}

/** The series code of a LAIT LA number: an authority, or England / a region by LAIT's own numbers. */
export function laitAreaCode(laNumber: number, areas: AreaRegistry): string | undefined {
  return LAIT_AGGREGATE_CODES[laNumber] ?? areas.findByLaNumber(laNumber)?.code
}

/** Rounds half away from zero at the given places, after removing binary noise (38.200000000000003 → 38.2). */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places
  return (Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(12)))) / factor
}
