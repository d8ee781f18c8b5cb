import { parseNumberCell } from '../../lib/cells'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { LAIT_FILE, LAIT_RELEASE, laitAreaCode, parseLaitYear, type LaitRow } from '../lait/readLait'
import { dropRow, type Observation, type SourceReport } from '../types'
import { CLA_IDS, isOutsideLifespan, publishedObservation, type ClaIndicatorId } from './observations'

/** LAIT measure code → indicator: the most recent compilation of DfE's published CLA figures (2016-2025). */
export const LAIT_CLA_MEASURES: Readonly<Record<string, ClaIndicatorId>> = {
  LAC: CLA_IDS.rate,
  LACnum: CLA_IDS.count,
  LACnum_Start: CLA_IDS.startsCount,
}

/**
 * Turns LAIT rows into observations. LAIT's "-" (not available or suppressed) says less than the EES flag for the
 * same cell ('c', 'x', 'z'), so such rows are dropped and the earlier publication's flag stands.
 */
export function buildLaitObservations(
  rows: readonly LaitRow[],
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const out: Observation[] = []
  const publication = { sourceId: 'lait', release: LAIT_RELEASE }
  for (const row of rows) {
    const indicatorId = LAIT_CLA_MEASURES[row.measure]
    if (!indicatorId) continue
    const at = { file: LAIT_FILE, row: row.rowNumber }
    report.rowsRead++
    const year = parseLaitYear(row.years)
    if (year === undefined) throw new SourceError({ ...at, column: 'Years' }, `unexpected year "${row.years}"`)
    const areaCode = laitAreaCode(row, areas)
    if (!areaCode) {
      dropRow(report, 'LAIT row for a discontinued aggregate (e.g. 1000 "England (discontinued)")')
      continue
    }
    const cell = parseNumberCell(row.value ?? '-', { ...at, column: 'Values' })
    if (isOutsideLifespan(areas, areaCode, year, cell, report, { ...at, column: 'Values' })) continue
    if (cell.value === null) {
      dropRow(report, `LAIT "${row.value ?? ''}": the earlier publication's figure or flag stands`)
      continue
    }
    // LAIT stores some figures with floating-point noise (38.200000000000003): counts and CLA rates are whole numbers.
    const value = Math.round(cell.value)
    if (Math.abs(value - cell.value) > 1e-6)
      throw new SourceError(
        { ...at, column: 'Values' },
        `expected a whole number for ${row.measure}, found ${row.value}`,
      )
    report.rowsKept++
    out.push(
      publishedObservation(indicatorId, areaCode, year, { value, flag: null }, publication, {
        ...at,
        column: 'Values',
      }),
    )
  }
  return out
}
