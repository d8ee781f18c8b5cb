import { Link } from 'react-router'
import type { Area } from '../../schema/areas'
import type { NeighboursFile } from '../../schema/neighbours'
import { countOverlap } from '../../stats/similarity'
import type { ClusterAnalysis } from './buildClusters'
import { clusterColour } from './clusterColours'
import { basisText, describeCluster } from './describeClusters'

/**
 * The chosen authority's cluster: its profile in words and the other members, each a link to its profile, with how
 * many of DfE's statistical neighbours are among them; or why the authority is not in any cluster.
 */
export function ClusterMates({
  analysis,
  area,
  neighbours,
  nameOf,
}: {
  analysis: ClusterAnalysis
  area: Area | null
  neighbours: NeighboursFile
  nameOf: (code: string) => string
}) {
  const heading = <h2 id="cluster-mates-heading">{area ? `${area.name}'s cluster` : 'Cluster-mates'}</h2>
  const clustered = `${analysis.codes.length} authorities, ${basisText(analysis.basis)}`
  if (!area)
    return (
      <section aria-labelledby="cluster-mates-heading">
        {heading}
        <p>
          The {clustered}, fall into {analysis.clusters.length} clusters. Choose an authority to list the others in its
          cluster.
        </p>
      </section>
    )
  const point = analysis.codes.indexOf(area.code)
  const cluster = point < 0 ? undefined : analysis.clusters[analysis.clusterOf[point] as number]
  if (!cluster) {
    const missing = analysis.leftOut.find((l) => l.code === area.code)?.missing
    const why = analysis.excluded.includes(area.code)
      ? 'it is left out of every cluster by design: it is too small for its figures to be compared with the rest'
      : missing
        ? `it has no figure for ${missing.join(' or ')} ${basisText(analysis.basis)}`
        : 'it does not report as a current authority'
    return (
      <section aria-labelledby="cluster-mates-heading">
        {heading}
        <p>
          {area.name} is not in any cluster: {why}.
        </p>
      </section>
    )
  }
  const mates = cluster.members.filter((code) => code !== area.code)
  const dfe = (neighbours.dfe2025[area.code] ?? []).map((n) => n.code)
  const shared = countOverlap(mates, dfe)
  return (
    <section aria-labelledby="cluster-mates-heading">
      {heading}
      <p>
        Of the {clustered}, {area.name} is in{' '}
        <span className="cluster-tag" style={{ borderColor: clusterColour(cluster.number - 1) }}>
          cluster {cluster.number}
        </span>{' '}
        with {mates.length} {mates.length === 1 ? 'other' : 'others'}.
        {dfe.length > 0 &&
          ` ${shared} of its ${dfe.length} DfE statistical neighbours (2025 list) ${shared === 1 ? 'is' : 'are'} among them.`}
      </p>
      <p>{describeCluster(cluster, analysis.variables, analysis.basis)}</p>
      {mates.length > 0 && (
        <ul className="cluster-mates" aria-label={`Authorities in cluster ${cluster.number} with ${area.name}`}>
          {mates.map((code) => (
            <li key={code}>
              <Link to={`/area/${code}`}>{nameOf(code)}</Link>
              {dfe.includes(code) && <span className="hint"> (DfE statistical neighbour)</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
