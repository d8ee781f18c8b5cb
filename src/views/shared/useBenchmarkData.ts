import { useQuery } from '@tanstack/react-query'
import { manifestQuery, neighboursQuery } from '../../data/queries'
import { useSeriesMap } from '../../data/useSeriesMap'
import { resolveIndicator } from '../../model/indicators'
import { combineLoads, loadOf, loadOfDashboard, type PageLoad } from './pageLoad'
import type { DashboardCatalogue, DashboardState } from '../../state/dashboardState'
import { useDashboardState, type DashboardStateHandle } from '../../state/useDashboardState'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { NeighboursFile } from '../../schema/neighbours'
import type { Series } from '../../schema/series'

/** The series a benchmarking page draws, named from the resolved indicator, the catalogue and the URL state. */
export type SeriesFor = (
  indicator: Indicator | null,
  indicators: readonly Indicator[],
  state: DashboardState,
) => readonly string[]

/** Everything /compare and /deprivation draw from, once it is all in. */
export interface BenchmarkData {
  catalogue: DashboardCatalogue
  /** The URL's indicator, or a fallback when it has no series yet. */
  indicator: Indicator
  neighbours: NeighboursFile
  manifest: Manifest
  seriesById: Map<string, Series>
}

export type BenchmarkLoad = {
  dashboard: DashboardStateHandle
  /** The catalogue's, neighbours', manifest's and series' requests as one. */
  load: PageLoad
} & ({ ready: true; data: BenchmarkData } | { ready: false; data: null })

/**
 * The dashboard state, neighbour lists, manifest and the series a benchmarking page needs: `seriesFor` names them
 * for the resolved indicator; ids not in the catalogue are skipped.
 */
export function useBenchmarkData(seriesFor: SeriesFor): BenchmarkLoad {
  const dashboard = useDashboardState()
  const neighbours = useQuery(neighboursQuery())
  const manifest = useQuery(manifestQuery())
  const indicators = dashboard.catalogue?.indicators ?? []
  const available = new Set(indicators.map((i) => i.id))
  const indicator = resolveIndicator(indicators, dashboard.state.indicator)
  const series = useSeriesMap(
    [...new Set(seriesFor(indicator, indicators, dashboard.state))].filter((id) => available.has(id)),
  )

  const load = combineLoads([loadOfDashboard(dashboard), loadOf([neighbours, manifest]), series])
  if (load.error || !dashboard.catalogue || !neighbours.data || !manifest.data || series.pending || !indicator)
    return { dashboard, load, ready: false, data: null }
  return {
    dashboard,
    load,
    ready: true,
    data: {
      catalogue: dashboard.catalogue,
      indicator,
      neighbours: neighbours.data,
      manifest: manifest.data,
      seriesById: series.map,
    },
  }
}
