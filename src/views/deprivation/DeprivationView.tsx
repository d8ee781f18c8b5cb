import { useQuery } from '@tanstack/react-query'
import { manifestQuery, neighboursQuery } from '../../data/queries'
import { useDashboardState } from '../../state/useDashboardState'
import { AreaSelect } from '../compare/AreaSelect'
import { POPULATION_ID } from '../compare/benchmarkModel'
import { resolveIndicator } from '../compare/resolveIndicator'
import { useSeriesMap } from '../compare/useSeriesMap'
import { LoadError, Loading } from '../shared/QueryStatus'
import { StateNotices } from '../shared/StateNotices'
import { DeprivationBody } from './DeprivationBody'
import { DEPRIVATION_IDS, type DeprivationId } from './deprivationModel'
import '../compare/benchmarking.css'

/** /deprivation: intervention rates read against deprivation (the CWIP research's point), with adjustment. */
export function DeprivationView() {
  const dashboard = useDashboardState()
  const neighbours = useQuery(neighboursQuery())
  const manifest = useQuery(manifestQuery())
  const deprivationId: DeprivationId = dashboard.state.measure === 'idaci' ? 'idaci_score' : 'imd_score'
  const indicators = dashboard.catalogue?.indicators ?? []
  const available = new Set(indicators.map((i) => i.id))
  const indicator = resolveIndicator(indicators, dashboard.state.indicator)
  const wanted = [...new Set([indicator?.id ?? '', ...DEPRIVATION_IDS, POPULATION_ID])].filter((id) =>
    available.has(id),
  )
  const series = useSeriesMap(wanted)
  const header = (
    <>
      <title>Deprivation and intervention – CSC Explorer</title>
      <h1>Deprivation and intervention</h1>
      <p className="lead">
        More deprived places have more children in need of help. Read an authority&apos;s rate against what its
        deprivation would lead you to expect.
      </p>
      <StateNotices notices={dashboard.notices} />
    </>
  )
  const loadError =
    (dashboard.status === 'error' ? dashboard.error : null) ?? neighbours.error ?? manifest.error ?? series.error
  if (loadError)
    return (
      <>
        {header}
        <LoadError
          error={loadError}
          onRetry={() => {
            dashboard.retry()
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
        id="deprivation-area"
        label="Authority"
        areas={areas}
        value={area?.code ?? null}
        onChange={(code) => dashboard.update({ area: code })}
      />
      <DeprivationBody
        area={area}
        areas={areas}
        indicators={indicators}
        indicator={indicator}
        dashboard={dashboard}
        neighbours={neighbours.data}
        manifest={manifest.data}
        seriesById={series.map}
        deprivationId={deprivationId}
        onDeprivationChange={(id) => dashboard.update({ measure: id === 'idaci_score' ? 'idaci' : 'imd' })}
      />
    </>
  )
}
