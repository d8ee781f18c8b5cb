import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { eesAreaCode, eesYear } from '../eesPlace'
import type { Observation, SourceReport } from '../types'
import { CLA_IDS, isOutsideLifespan, publishedObservation, type ClaIndicatorId, type Publication } from './observations'

/** A release of "Children looked after in England" on explore-education-statistics, and its column names. */
export interface EesRelease {
  file: string
  publication: Publication
  /** The column holding the measure name (not a count, whatever its name says). */
  measureColumn: string
  countColumn: string
}

export const EES_RELEASES: readonly EesRelease[] = [
  {
    file: 'cla/ees-2022/data/cla_number_and_rate_per_10k_children.csv',
    publication: { sourceId: 'cla-ees-2022', release: 20221117 },
    measureColumn: 'population_count',
    countColumn: 'number',
  },
  {
    // The 2025 release (November 2025; day approximate) renamed two columns and revised 2021 and 2022.
    file: 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv',
    publication: { sourceId: 'cla-ees-2025', release: 20251120 },
    measureColumn: 'population_type',
    countColumn: 'children_count',
  },
]

/** Measure name → the count and (optional) rate indicators it feeds. Wording changed "at" → "on" in 2025. */
const MEASURES: Readonly<Record<string, { count: ClaIndicatorId; rate?: ClaIndicatorId }>> = {
  'Children looked after at 31 March each year': { count: CLA_IDS.count, rate: CLA_IDS.rate },
  'Children looked after on 31 March each year': { count: CLA_IDS.count, rate: CLA_IDS.rate },
  'Children starting to be looked after each year': { count: CLA_IDS.startsCount, rate: CLA_IDS.startsRate },
  'Children ceasing to be looked after each year': { count: CLA_IDS.ceasedCount },
}

/** One row as read, with the denominator DfE printed beside it (kept for reconciliation). */
export interface EesRow {
  observations: Observation[]
  areaCode: string
  year: number
  indicatorId: ClaIndicatorId
  count: number | null
  rate: number | null
  populationEstimate: number | null
  row: number
}

/** One EES release's table (spec.file): England, regions and authorities (joined on `old_la_code`). */
export function parseEesRelease(csv: CsvTable, spec: EesRelease, areas: AreaRegistry, report: SourceReport): EesRow[] {
  const path = csv.file
  const cols = requireColumns(csv, [
    'time_period',
    'geographic_level',
    'region_code',
    'old_la_code',
    'population_estimate',
    'rate_per_10000',
  ])
  const measureIndex = requireColumns(csv, [spec.measureColumn])[spec.measureColumn] ?? -1
  const countIndex = requireColumns(csv, [spec.countColumn])[spec.countColumn] ?? -1
  const out: EesRow[] = []
  csv.rows.forEach((row, i) => {
    const at = { file: path, row: csv.firstRowNumber + i }
    report.rowsRead++
    const measureName = row[measureIndex] ?? ''
    const measure = MEASURES[measureName]
    if (!measure) throw new SourceError({ ...at, column: spec.measureColumn }, `unknown measure "${measureName}"`)
    const year = eesYear(row, cols, at)
    const areaCode = eesAreaCode(row, cols, areas, at)
    const count = parseNumberCell(row[countIndex], { ...at, column: spec.countColumn })
    const rate = parseNumberCell(row[cols.rate_per_10000], { ...at, column: 'rate_per_10000' })
    const population = parseNumberCell(row[cols.population_estimate], { ...at, column: 'population_estimate' })
    if (isOutsideLifespan(areas, areaCode, year, count, report, { ...at, column: spec.countColumn })) return
    report.rowsKept++
    const observations = [
      publishedObservation(measure.count, areaCode, year, count, spec.publication, {
        ...at,
        column: spec.countColumn,
      }),
    ]
    if (measure.rate)
      observations.push(
        publishedObservation(measure.rate, areaCode, year, rate, spec.publication, { ...at, column: 'rate_per_10000' }),
      )
    out.push({
      observations,
      areaCode,
      year,
      indicatorId: measure.count,
      count: count.value,
      rate: rate.value,
      populationEstimate: population.value,
      row: at.row,
    })
  })
  return out
}
