import { BenchmarkPage } from '../shared/BenchmarkPage'
import { chosenIndicatorIds } from './clusterChoices'
import { ClustersBody } from './ClustersBody'
import '../shared/benchmarking.css'
import './clusters.css'

/** /clusters: groups of authorities alike on outcomes the user chooses, by hierarchical clustering. */
export function ClustersView() {
  const header = (
    <>
      <h1>Clusters of similar authorities</h1>
      <p className="lead">
        Group every English authority with the others most like it on the measures you choose, in one year or in how
        they changed, and see what sets each group apart.
      </p>
    </>
  )
  return (
    <BenchmarkPage
      documentTitle={(area) => `Clusters${area ? ` with ${area.name}` : ' of similar authorities'} – CSC Explorer`}
      header={header}
      pickerId="clusters-area"
      seriesFor={(_, indicators, state) => chosenIndicatorIds(indicators, state)}
    >
      {({ data, area, dashboard }) => <ClustersBody data={data} area={area} dashboard={dashboard} />}
    </BenchmarkPage>
  )
}
