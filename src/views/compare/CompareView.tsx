import { BenchmarkPage } from '../shared/BenchmarkPage'
import { idsWithRole, poolingSeriesOf } from '../../model/indicators'
import { CompareBody } from './CompareBody'
import '../shared/benchmarking.css'

/** /compare: an authority against its statistical neighbours, region, England, a chosen list or computed look-alikes. */
export function CompareView() {
  const header = (
    <>
      <h1>Compare an authority with similar ones</h1>
      <p className="lead">
        Benchmark a council against its DfE statistical neighbours, its region, England, your own list or computed
        look-alikes, one indicator and year at a time.
      </p>
    </>
  )
  return (
    <BenchmarkPage
      documentTitle={(area) => `${area ? `Compare ${area.name}` : 'Compare an authority'} – CSC Explorer`}
      header={header}
      pickerId="compare-area"
      seriesFor={(indicator, indicators, state) => {
        const pooling = indicator ? poolingSeriesOf(indicator) : null
        return [
          indicator?.id ?? '',
          ...(pooling ? [pooling.countId, pooling.denominatorId] : []),
          ...idsWithRole(indicators, 'smallMultiples'),
          ...(state.similarity ?? idsWithRole(indicators, 'similarity')),
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
            similarityIds={dashboard.state.similarity ?? idsWithRole(data.catalogue.indicators, 'similarity')}
            onSimilarityIdsChange={(similarity) => dashboard.update({ similarity }, { replace: true })}
          />
        ) : (
          <p className="benchmark-layout__body">Choose an authority to see how it compares.</p>
        )
      }
    </BenchmarkPage>
  )
}
