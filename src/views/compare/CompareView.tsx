import { useState } from 'react'
import { BenchmarkPage } from '../shared/BenchmarkPage'
import { POOLED_COUNT_IDS, POPULATION_ID } from './benchmarkModel'
import { DEFAULT_SIMILARITY_IDS } from './buildSimilarity'
import { CompareBody } from './CompareBody'
import { SMALL_MULTIPLE_IDS } from './SmallMultiplesSection'
import './benchmarking.css'

/** /compare: an authority against its statistical neighbours, region, England, a chosen list or computed look-alikes. */
export function CompareView() {
  const [similarityIds, setSimilarityIds] = useState<string[]>([...DEFAULT_SIMILARITY_IDS])
  const header = (
    <>
      <title>Compare an authority – CSC Explorer</title>
      <h1>Compare an authority with similar ones</h1>
      <p className="lead">
        Benchmark a council against its DfE statistical neighbours, its region, England, your own list or computed
        look-alikes, one indicator and year at a time.
      </p>
    </>
  )
  return (
    <BenchmarkPage
      header={header}
      selectId="compare-area"
      seriesFor={(indicator) => {
        const countId = indicator ? POOLED_COUNT_IDS[indicator.id] : undefined
        return [
          indicator?.id ?? '',
          ...(countId ? [countId, POPULATION_ID] : []),
          ...SMALL_MULTIPLE_IDS,
          ...similarityIds,
        ]
      }}
    >
      {({ data, area, dashboard }) =>
        area ? (
          <CompareBody
            area={area}
            indicator={data.indicator}
            dashboard={dashboard}
            neighbours={data.neighbours}
            manifest={data.manifest}
            seriesById={data.seriesById}
            method={dashboard.state.summary}
            onMethodChange={(summary) => dashboard.update({ summary })}
            similarityIds={similarityIds}
            onSimilarityIdsChange={setSimilarityIds}
          />
        ) : (
          <p>Choose an authority to see how it compares.</p>
        )
      }
    </BenchmarkPage>
  )
}
