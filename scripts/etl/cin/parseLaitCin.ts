import { parseNumberCell } from '../../lib/cells'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { laitAreaCode, parseLaitYear, LAIT_RELEASE, type LaitRow } from '../lait/readLait'
import type { Observation } from '../types'

/**
 * Turns LAIT rows into observations of the given indicators (indicator id → measure). Values are rounded to the
 * measure's decimals (LAIT stores floating noise); "-" (not available or suppressed) becomes flag '-'. An LA number
 * that is neither an authority, a region nor England, or a year that is not a single reporting year, stops the ETL.
 */
export function parseLaitCin(
  rows: readonly LaitRow[],
  measures: Readonly<Record<string, string>>,
  decimals: ReadonlyMap<string, number>,
  areas: AreaRegistry,
  file: string,
): Observation[] {
  const indicatorOf = new Map(Object.entries(measures).map(([id, measure]) => [measure, id]))
  const out: Observation[] = []
  for (const row of rows) {
    const indicatorId = indicatorOf.get(row.measure)
    if (indicatorId === undefined) continue
    const at = { file, row: row.rowNumber }
    const year = parseLaitYear(row.years)
    if (year === undefined) throw new SourceError({ ...at, column: 'Years' }, `expected a year, found "${row.years}"`)
    const areaCode = laitAreaCode(row, areas)
    if (areaCode === undefined)
      throw new SourceError(
        { ...at, column: 'LA Number' },
        `unknown LA number ${String(row.laNumber)} ("${row.areaName}")`,
      )
    const cell = parseNumberCell(row.value, { ...at, column: 'Values' })
    const places = decimals.get(row.measure)
    if (places === undefined) throw new Error(`no decimals for LAIT measure ${row.measure}`)
    out.push({
      indicatorId,
      areaCode,
      year,
      value: cell.value === null ? null : roundTo(cell.value, places),
      flag: cell.flag,
      sourceId: 'lait',
      release: LAIT_RELEASE,
      provenance: 'published',
    })
  }
  return out
}

/** Rounds half away from zero at the given places, after removing binary noise (38.200000000000003 → 38.2). */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places
  return (Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(12)))) / factor
}
