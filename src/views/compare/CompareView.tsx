import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { manifestQuery, neighboursQuery } from '../../data/queries'
import { useDashboardState } from '../../state/useDashboardState'
import { LoadError, Loading } from '../shared/QueryStatus'
import { StateNotices } from '../shared/StateNotices'
import { AreaSelect } from './AreaSelect'
import { POOLED_COUNT_IDS, POPULATION_ID } from './benchmarkModel'
import { DEFAULT_SIMILARITY_IDS } from './buildSimilarity'
import { CompareBody } from './CompareBody'
import { resolveIndicator } from './resolveIndicator'
import { SMALL_MULTIPLE_IDS } from './SmallMultiplesSection'
import { useSeriesMap } from './useSeriesMap'
import './benchmarking.css'

/** /compare: an authority against its statistical neighbours, region, England, a chosen list or computed look-alikes. */
export function CompareView() {
  const dashboard = useDashboardState()
  const neighbours = useQuery(neighboursQuery())
  const manifest = useQuery(manifestQuery())
  const [similarityIds, setSimilarityIds] = useState<string[]>([...DEFAULT_SIMILARITY_IDS])
  const indicators = dashboard.catalogue?.indicators ?? []
  const available = new Set(indicators.map((i) => i.id))
  const indicator = resolveIndicator(indicators, dashboard.state.indicator)
  const countId = indicator ? POOLED_COUNT_IDS[indicator.id] : undefined
  const wanted = [
    ...new Set(
      [
        indicator?.id ?? '',
        ...(countId ? [countId, POPULATION_ID] : []),
        ...SMALL_MULTIPLE_IDS,
        ...similarityIds,
      ].filter((id) => available.has(id)),
    ),
  ]
  const series = useSeriesMap(wanted)

  const header = (
    <>
      <title>Compare an authority – CSC Explorer</title>
      <h1>Compare an authority with similar ones</h1>
      <p className="lead">
        Benchmark a council against its DfE statistical neighbours, its region, England, your own list or computed
        look-alikes, one indicator and year at a time.
      </p>
      <StateNotices notices={dashboard.notices} />
    </>
  )
  if (dashboard.status === 'error' && dashboard.error)
    return (
      <>
        {header}
        <LoadError error={dashboard.error} onRetry={dashboard.retry} />
      </>
    )
  const loadError = neighbours.error ?? manifest.error ?? series.error
  if (loadError)
    return (
      <>
        {header}
        <LoadError
          error={loadError}
          onRetry={() => {
            if (neighbours.error) void neighbours.refetch()
            if (manifest.error) void manifest.refetch()
            series.retry()
          }}
        />
      </>
    )
  if (!dashboard.catalogue || !neighbours.data || !manifest.data || series.pending || !indicator)
    return (
      <>
        {header}
        <Loading>Loading the figures…</Loading>
      </>
    )
  const { areas } = dashboard.catalogue
  const area = areas.find((a) => a.code === dashboard.state.area) ?? null
  return (
    <>
      {header}
      <AreaSelect
        id="compare-area"
        label="Authority"
        areas={areas}
        value={area?.code ?? null}
        onChange={(code) => dashboard.update({ area: code })}
      />
      {area ? (
        <CompareBody
          area={area}
          indicator={indicator}
          dashboard={dashboard}
          neighbours={neighbours.data}
          manifest={manifest.data}
          seriesById={series.map}
          method={dashboard.state.summary}
          onMethodChange={(summary) => dashboard.update({ summary })}
          similarityIds={similarityIds}
          onSimilarityIdsChange={setSimilarityIds}
        />
      ) : (
        <p>Choose an authority to see how it compares.</p>
      )}
    </>
  )
}
