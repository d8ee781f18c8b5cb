import { useState } from 'react'
import { BenchmarkPage } from '../shared/BenchmarkPage'
import { poolingSeriesOf } from '../../model/indicators'
import { DEFAULT_SIMILARITY_IDS } from '../../model/similarAreas'
import { CompareBody } from './CompareBody'
import { SMALL_MULTIPLE_IDS } from './SmallMultiplesSection'
import '../shared/benchmarking.css'

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
        const pooling = indicator ? poolingSeriesOf(indicator.id) : null
        return [
          indicator?.id ?? '',
          ...(pooling ? [pooling.countId, pooling.denominatorId] : []),
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
