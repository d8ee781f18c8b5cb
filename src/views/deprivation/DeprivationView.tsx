import { AreaSelect } from '../compare/AreaSelect'
import { POPULATION_ID } from '../compare/benchmarkModel'
import { PendingPage } from '../shared/PendingPage'
import { StateNotices } from '../shared/StateNotices'
import { useBenchmarkData } from '../shared/useBenchmarkData'
import { DeprivationBody } from './DeprivationBody'
import { DEPRIVATION_IDS, type DeprivationId } from './deprivationModel'
import '../compare/benchmarking.css'

/** /deprivation: intervention rates read against deprivation (the CWIP research's point), with adjustment. */
export function DeprivationView() {
  const load = useBenchmarkData((indicator) => [indicator?.id ?? '', ...DEPRIVATION_IDS, POPULATION_ID])
  const { dashboard } = load
  const deprivationId: DeprivationId = dashboard.state.measure === 'idaci' ? 'idaci_score' : 'imd_score'
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
  if (!load.ready)
    return (
      <PendingPage header={header} error={load.error} onRetry={load.retry}>
        Loading the figures…
      </PendingPage>
    )
  const { catalogue, indicator, neighbours, manifest, seriesById } = load.data
  const { areas, indicators } = catalogue
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
        neighbours={neighbours}
        manifest={manifest}
        seriesById={seriesById}
        deprivationId={deprivationId}
        onDeprivationChange={(id) => dashboard.update({ measure: id === 'idaci_score' ? 'idaci' : 'imd' })}
      />
    </>
  )
}
