import type { QueryClient } from '@tanstack/react-query'
import { areasQuery, indicatorsQuery, manifestQuery, seriesQuery, utlaSvgMapQuery } from '../../data/queries'
import { parseDashboardState, requestedMapStyle } from '../../state/dashboardState'

/**
 * A first visit to the home page asks for its map's boundaries and figures while the app's code is still starting,
 * instead of once the page has rendered, found the authorities and then the map (a chain of waits before the first
 * paint). They are the map's own queries, so nothing is fetched twice; the figures are those of the indicator the
 * address asks for, read as the map reads it. A failure here is left to the map, which fetches again and says why.
 */
export function prefetchHomeMap(client: QueryClient, search: string): void {
  const params = new URLSearchParams(search)
  if (requestedMapStyle(params) !== 'hex') void client.prefetchQuery(utlaSvgMapQuery())
  void Promise.all([
    client.ensureQueryData(areasQuery()),
    client.ensureQueryData(indicatorsQuery()),
    client.ensureQueryData(manifestQuery()),
  ]).then(
    ([areas, indicators, manifest]) => {
      const { state } = parseDashboardState(params, { areas, indicators, coverage: manifest.coverage })
      if (state.indicator) void client.prefetchQuery(seriesQuery(state.indicator))
    },
    () => undefined,
  )
}
