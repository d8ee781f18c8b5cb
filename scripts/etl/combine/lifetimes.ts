import type { Indicator } from '../../../src/schema/indicators'
import type { AreaRegistry } from '../areas/registry'
import type { Observation, SourceReport } from '../types'
import { isBlank } from './latestPublication'

/**
 * Keeps only the observations an authority existed for, by its areas.json lifetime and the indicator's year type
 * (England and the regions always, src/schema/yearPeriods.ts): a figure at a date only if the authority existed that
 * day (Bournemouth, Christchurch and Poole, created 1 April 2019, at 30 September 2019: kept), a figure for a
 * financial year or a period only if it existed throughout (BCP in 2018-19: dropped). Sources publish figures outside it: DfE lists every code in every year ('z' in EES, '-' in LAIT), and DWP
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
  const yearTypes = new Map(indicators.map((i) => [i.id, i.yearType]))
  const droppedFigures = new Map<string, number>()
  const kept = observations.filter((o) => {
    // An indicator the catalogue lacks stops the build later, naming it; here its figures are read at 31 March.
    const yearType = yearTypes.get(o.indicatorId) ?? '31 March'
    if (yearType === 'edition' || areas.existedIn(o.areaCode, o.year, yearType)) return true
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
