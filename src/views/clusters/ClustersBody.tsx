import { yearsWithFigures } from '../../model/series'
import type { Area } from '../../schema/areas'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { LICENCE_LINE, buildSourceLine } from '../shared/sourceLine'
import type { BenchmarkData } from '../shared/useBenchmarkData'
import { buildClusters, type ClusterVariable } from './buildClusters'
import { chosenIndicatorIds, resolveClusterYears } from './clusterChoices'
import { ClusterControls } from './ClusterControls'
import { ClusterMates } from './ClusterMates'
import { ClusterProfiles } from './ClusterProfiles'
import { DendrogramFigure } from './DendrogramFigure'
import { basisText } from './describeClusters'

/**
 * The page under the authority picker: the choices, then (for the chosen indicators, years and number of clusters)
 * the authority's cluster-mates, the dendrogram, each cluster's profile and how this differs from DfE's neighbours.
 */
export function ClustersBody({
  data,
  area,
  dashboard,
}: {
  data: BenchmarkData
  area: Area | null
  dashboard: DashboardStateHandle
}) {
  const { state, update } = dashboard
  const { catalogue, seriesById } = data
  const chosenIds = chosenIndicatorIds(catalogue.indicators, state)
  const chosen = chosenIds.flatMap((id) => catalogue.indicators.find((i) => i.id === id) ?? [])
  const years = resolveClusterYears(
    chosen.map((i) => {
      const series = seriesById.get(i.id)
      return series ? yearsWithFigures(series) : []
    }),
    { kind: state.basis, year: state.year, from: state.from, to: state.to },
  )
  // A few milliseconds for every authority (Ward's method on 150 points), so it runs on the main thread when the
  // choices in the URL change; the charts' own interactions do not re-render this.
  const analysis = years
    ? buildClusters({ areas: catalogue.areas, indicators: chosen, seriesById, basis: years.basis, k: state.clusters })
    : null
  const setIndicators = (ids: string[]) => update({ indicators: ids, indicator: ids[0] ?? state.indicator })
  const sourceLine = analysis ? sourceLineFor(analysis.variables, data) : ''
  const nameOf = (code: string) => catalogue.areas.find((a) => a.code === code)?.name ?? code
  return (
    <>
      <div className="benchmark-layout__controls no-print">
        <ClusterControls
          indicators={catalogue.indicators}
          chosenIds={chosenIds}
          onIndicatorsChange={setIndicators}
          years={years}
          clusters={state.clusters}
          update={update}
        />
      </div>
      <div className="benchmark-layout__body">
        {!years || !analysis ? (
          <p role="status">
            {years
              ? `Too few authorities have figures for every chosen indicator ${basisText(years.basis)} to form clusters. Choose other indicators or years.`
              : 'The chosen indicators have no figures yet. Choose other indicators.'}
          </p>
        ) : (
          <>
            <ClusterMates analysis={analysis} area={area} neighbours={data.neighbours} nameOf={nameOf} />
            <DendrogramFigure
              analysis={analysis}
              area={area}
              nameOf={nameOf}
              sourceLine={sourceLine}
              licenceLine={LICENCE_LINE}
            />
            <ClusterProfiles analysis={analysis} nameOf={nameOf} sourceLine={sourceLine} />
          </>
        )}
        <section aria-labelledby="clusters-dfe-heading">
          <h2 id="clusters-dfe-heading">How these clusters differ from DfE&apos;s statistical neighbours</h2>
          <p>
            DfE&apos;s statistical neighbours are fixed lists of ten authorities per authority, chosen by the Department
            from socio-economic characteristics (such as deprivation, income and population) that describe the
            circumstances children&apos;s services work in. These clusters are formed instead from the outcomes,
            spending or context measures you choose, in the year or the years you choose, so they change with your
            choice. Use them to see which authorities have ended up alike on those measures, and the statistical
            neighbours to compare authorities facing similar circumstances. Authorities alike on outcomes need not face
            similar circumstances, and a cluster says nothing about why its members are alike.
          </p>
        </section>
      </div>
    </>
  )
}

/** One source line for several indicators: each indicator's sources for the years used. */
function sourceLineFor(variables: readonly ClusterVariable[], data: BenchmarkData): string {
  const parts = variables.flatMap(({ indicator, years }) => {
    const series = data.seriesById.get(indicator.id)
    const line = series ? buildSourceLine(series, indicator, data.manifest, years) : null
    return line ? [`${indicator.shortLabel}: ${line.replace(/^Source: /, '')}`] : []
  })
  return `Sources: ${parts.join(' ')}`
}
