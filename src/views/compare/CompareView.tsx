import { useState } from 'react'
import { PendingPage } from '../shared/PendingPage'
import { StateNotices } from '../shared/StateNotices'
import { useBenchmarkData } from '../shared/useBenchmarkData'
import { AreaSelect } from './AreaSelect'
import { POOLED_COUNT_IDS, POPULATION_ID } from './benchmarkModel'
import { DEFAULT_SIMILARITY_IDS } from './buildSimilarity'
import { CompareBody } from './CompareBody'
import { SMALL_MULTIPLE_IDS } from './SmallMultiplesSection'
import './benchmarking.css'

/** /compare: an authority against its statistical neighbours, region, England, a chosen list or computed look-alikes. */
export function CompareView() {
  const [similarityIds, setSimilarityIds] = useState<string[]>([...DEFAULT_SIMILARITY_IDS])
  const load = useBenchmarkData((indicator) => {
    const countId = indicator ? POOLED_COUNT_IDS[indicator.id] : undefined
    return [indicator?.id ?? '', ...(countId ? [countId, POPULATION_ID] : []), ...SMALL_MULTIPLE_IDS, ...similarityIds]
  })
  const { dashboard } = load

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
  if (!load.ready)
    return (
      <PendingPage header={header} error={load.error} onRetry={load.retry}>
        Loading the figures…
      </PendingPage>
    )
  const { catalogue, indicator, neighbours, manifest, seriesById } = load.data
  const { areas } = catalogue
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
          neighbours={neighbours}
          manifest={manifest}
          seriesById={seriesById}
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
