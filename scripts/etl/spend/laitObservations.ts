import { parseNumberCell } from '../../lib/cells'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { LAIT_FILE, LAIT_RELEASE, laitAreaCode, parseLaitYear, type LaitRow } from '../lait/readLait'
import { dropRow, type Observation, type SourceReport } from '../types'
import { cashIndicatorId, LAIT_MEASURES, type SpendPart } from './categories'

const PART_OF_MEASURE = new Map(Object.entries(LAIT_MEASURES).map(([part, measure]) => [measure, part as SpendPart]))

/** LAIT numbers that are neither an authority nor England/a region ("England (discontinued)" and the like). */
const KNOWN_OTHER_NUMBERS = new Set([1000])

/**
 * S251 outturn by category from DfE's LAIT compilation (FY 2016-17 to 2024-25, gross £). The most recent publication:
 * it wins over Table A1 and the highlights summary where they overlap. '-' (not available) stays null with flag '-'.
 */
export function buildLaitObservations(
  rows: readonly LaitRow[],
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const file = LAIT_FILE
  const out: Observation[] = []
  const unmatched = new Set<string>()
  for (const row of rows) {
    report.rowsRead += 1
    const part = PART_OF_MEASURE.get(row.measure)
    if (!part)
      throw new SourceError({ file, row: row.rowNumber, column: 'Short Desc' }, `unexpected measure "${row.measure}"`)
    const year = parseLaitYear(row.years)
    if (year === undefined || !/\(OT\)$/.test(row.years))
      throw new SourceError(
        { file, row: row.rowNumber, column: 'Years' },
        `expected an outturn year like "2024-25 (OT)", found "${row.years}"`,
      )
    const areaCode = laitAreaCode(row, areas)
    if (!areaCode) {
      if (row.laNumber !== null && KNOWN_OTHER_NUMBERS.has(row.laNumber)) {
        dropRow(report, 'LAIT aggregate that is not England or a region')
        continue
      }
      unmatched.add(`${row.laNumber ?? 'none'} ${row.areaName}`)
      dropRow(report, 'LA number matches no authority')
      continue
    }
    const cell = parseNumberCell(row.value, { file, row: row.rowNumber, column: 'Values' }, true)
    const area = areas.findByCode(areaCode)
    const outsideLifetime =
      area !== undefined &&
      ((area.firstYear !== undefined && year < area.firstYear) || (area.lastYear !== undefined && year > area.lastYear))
    if (cell.value === null && outsideLifetime) {
      // LAIT lists e.g. "Dorset (Pre LG)" with "-" after 2019: not applicable, which the series marks 'z' itself.
      dropRow(report, "'-' outside the authority's lifetime")
      continue
    }
    report.rowsKept += 1
    out.push({
      indicatorId: cashIndicatorId(part),
      areaCode,
      year,
      value: cell.value === null ? null : Math.round(cell.value),
      flag: cell.flag,
      sourceId: 'lait',
      release: LAIT_RELEASE,
      provenance: 'published',
    })
  }
  report.unmatched.push(...[...unmatched].sort())
  return out
}
