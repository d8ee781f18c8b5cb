import { DEPRIVATION_IDS, type DeprivationId } from '../../model/deprivation'
import { POPULATION_ID } from '../../model/indicators'
import { BenchmarkPage } from '../shared/BenchmarkPage'
import { DeprivationBody } from './DeprivationBody'
import '../shared/benchmarking.css'

/** /deprivation: intervention rates read against deprivation (the CWIP research's point), with adjustment. */
export function DeprivationView() {
  const header = (
    <>
      <title>Deprivation and intervention – CSC Explorer</title>
      <h1>Deprivation and intervention</h1>
      <p className="lead">
        More deprived places have more children in need of help. Read an authority&apos;s rate against what its
        deprivation would lead you to expect.
      </p>
    </>
  )
  return (
    <BenchmarkPage
      header={header}
      selectId="deprivation-area"
      seriesFor={(indicator) => [indicator?.id ?? '', ...DEPRIVATION_IDS, POPULATION_ID]}
    >
      {({ data, area, dashboard }) => {
        const deprivationId: DeprivationId = dashboard.state.measure === 'idaci' ? 'idaci_score' : 'imd_score'
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
            deprivationId={deprivationId}
            onDeprivationChange={(id) => dashboard.update({ measure: id === 'idaci_score' ? 'idaci' : 'imd' })}
          />
        )
      }}
    </BenchmarkPage>
  )
}
