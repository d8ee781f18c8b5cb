import { deprivationMeasures, resolveMeasure } from '../../model/deprivation'
import { BenchmarkPage } from '../shared/BenchmarkPage'
import { DeprivationBody } from './DeprivationBody'
import '../shared/benchmarking.css'

/** /deprivation: intervention rates read against deprivation (the CWIP research's point), with adjustment. */
export function DeprivationView() {
  const header = (
    <>
      <h1>Deprivation and intervention</h1>
      <p className="lead">
        More deprived places have more children in need of help. Read an authority&apos;s rate against what its
        deprivation would lead you to expect.
      </p>
    </>
  )
  return (
    <BenchmarkPage
      documentTitle={(area) =>
        `${area ? `${area.name} against deprivation` : 'Deprivation and intervention'} – CSC Explorer`
      }
      header={header}
      pickerId="deprivation-area"
      seriesFor={(indicator, indicators) => [
        indicator?.id ?? '',
        ...deprivationMeasures(indicators).map((m) => m.id),
        ...(indicator?.denominator ? [indicator.denominator] : []),
      ]}
    >
      {({ data, area, dashboard }) => {
        const measure = resolveMeasure(data.catalogue.indicators, dashboard.state.measure)
        if (!measure) return <p className="benchmark-layout__body">No deprivation measure has been published yet.</p>
        return (
          <DeprivationBody
            area={area}
            areas={data.catalogue.areas}
            indicators={data.catalogue.indicators}
            indicator={data.indicator}
            dashboard={dashboard}
            neighbours={data.neighbours}
            manifest={data.manifest}
            seriesById={data.seriesById}
            deprivationIndicator={measure}
            onDeprivationChange={(id) => dashboard.update({ measure: id })}
          />
        )
      }}
    </BenchmarkPage>
  )
}
