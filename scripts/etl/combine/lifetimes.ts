import type { Indicator } from '../../../src/schema/indicators'
import type { AreaRegistry } from '../areas/registry'
import type { Observation, SourceReport } from '../types'
import { isBlank } from './latestPublication'

/**
 * Keeps only the observations of years an authority existed in, by its areas.json lifetime (England and the regions
 * always). Sources publish figures outside it: DfE lists every code in every year ('z' in EES, '-' in LAIT), and DWP
 * and LAIT give newer authorities figures recast on their boundaries for years before they were created (e.g.
 * Cumberland 2022-2023, North Northamptonshire 2015-2021). A series shows nothing for a year its authority did not
 * exist (assembleSeries marks it 'z'), so they are dropped here, the dropped figures counted in the report (mutates
 * it). Edition indicators (IMD) are exempt: an edition describes the areas it was published for, attached to the
 * authorities by lineage when the indicator is built.
 */
export function keepWithinLifetimes(
  observations: readonly Observation[],
  indicators: readonly Pick<Indicator, 'id' | 'yearType'>[],
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const editions = new Set(indicators.filter((i) => i.yearType === 'edition').map((i) => i.id))
  const droppedFigures = new Map<string, number>()
  const kept = observations.filter((o) => {
    if (editions.has(o.indicatorId) || areas.existedIn(o.areaCode, o.year)) return true
    if (isBlank(o) || o.flag === 'z')
      report.dropped['placeholder for a year the authority did not exist'] =
        (report.dropped['placeholder for a year the authority did not exist'] ?? 0) + 1
    else {
      const key = `${o.indicatorId} ${o.areaCode}`
      droppedFigures.set(key, (droppedFigures.get(key) ?? 0) + 1)
      report.dropped['figure for a year the authority did not exist'] =
        (report.dropped['figure for a year the authority did not exist'] ?? 0) + 1
    }
    return false
  })
  report.rowsRead += observations.length
  report.rowsKept += kept.length
  if (droppedFigures.size)
    report.notes.push(
      `figures outside the authority's lifetime (areas.json), not shown: ${[...droppedFigures]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([key, n]) => `${key} (${n})`)
        .join(', ')}`,
    )
  return kept
}
