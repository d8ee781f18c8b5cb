import type { Indicator } from '../../../src/schema/indicators'
import type { Series } from '../../../src/schema/series'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { emptyReport, type Observation, type SourceReport } from '../types'
import { assembleSeries } from './assembleSeries'
import { pickLatestPublications } from './latestPublication'
import { keepWithinLifetimes } from './lifetimes'

/**
 * The combine stage: the union of every source's observations, kept to the authorities' lifetimes, the most recent
 * publication's figure for each indicator, area and year, and one series per indicator (sorted by id).
 */
export function combineObservations(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
  registry: AreaRegistry,
): { series: Series[]; report: SourceReport } {
  const report = emptyReport('combine (lifetimes and most recent publication)')
  const catalogue = new Map(indicators.map((i) => [i.id, i]))
  const kept = keepWithinLifetimes(observations, indicators, registry, report)
  const byIndicator = new Map<string, Observation[]>()
  for (const o of pickLatestPublications(kept)) {
    const list = byIndicator.get(o.indicatorId)
    if (list) list.push(o)
    else byIndicator.set(o.indicatorId, [o])
  }
  const series = [...byIndicator.keys()].sort().map((id) => {
    const indicator = catalogue.get(id)
    if (!indicator)
      throw new SourceError({ file: 'scripts/etl' }, `indicator "${id}" has observations but no catalogue entry`)
    return assembleSeries(indicator, byIndicator.get(id) ?? [], registry)
  })
  return { series, report }
}
