import { buildCsv, slugify } from '../../charts/shared/buildCsv'
import { downloadText } from '../../charts/shared/download'
import { LICENCE_LINE } from '../shared/sourceLine'
import type { ClusterAnalysis } from './buildClusters'
import { clusterColour } from './clusterColours'
import {
  basisText,
  columnHeading,
  describeCluster,
  figureText,
  NEAR_AVERAGE_SD,
  WELL_AWAY_SD,
} from './describeClusters'

/**
 * Each cluster in words (from its mean z-scores), a table of its mean figures in the measures' own units beside the
 * mean of every authority clustered, who was left out and why, and how the clusters were made.
 */
export function ClusterProfiles({
  analysis,
  nameOf,
  sourceLine,
}: {
  analysis: ClusterAnalysis
  nameOf: (code: string) => string
  sourceLine: string
}) {
  const { clusters, variables, basis } = analysis
  const title = `Cluster means, ${basisText(basis)}`
  const csv = () =>
    downloadText(
      buildCsv(
        ['cluster', 'authorities', ...variables.map((v) => columnHeading(v, basis))],
        [
          ...clusters.map((c) => [c.number, c.members.length, ...c.meanValue]),
          ['all clustered', analysis.codes.length, ...variables.map((v) => v.scale.mean)],
        ],
        [title, 'Means of the authorities in each cluster, each authority counted once.', sourceLine, LICENCE_LINE],
      ),
      `${slugify(title)}.csv`,
      'text/csv;charset=utf-8',
    )
  return (
    <section aria-labelledby="cluster-profiles-heading">
      <h2 id="cluster-profiles-heading">What sets each cluster apart</h2>
      <p>
        Each cluster&apos;s mean on each measure, in standard deviations (SD) from the mean of all{' '}
        {analysis.codes.length} authorities clustered (not England&apos;s published figure): within {NEAR_AVERAGE_SD} SD
        is “near average”, {WELL_AWAY_SD} SD or more “well above” or “well below”. Measures are listed from the most
        distinctive.
      </p>
      <ol className="cluster-profiles">
        {clusters.map((c, i) => (
          <li key={c.number} style={{ borderLeftColor: clusterColour(i) }}>
            {describeCluster(c, variables, basis)}
          </li>
        ))}
      </ol>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}: table`}>
        <table>
          <caption>
            {title}, in each measure&apos;s units{basis.kind === 'change' ? ' per year' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col" className="num">
                Authorities
              </th>
              {variables.map((v) => (
                <th scope="col" className="num" key={v.indicator.id}>
                  {columnHeading(v, basis)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {clusters.map((c) => (
              <tr key={c.number}>
                <th scope="row">Cluster {c.number}</th>
                <td className="num">{c.members.length}</td>
                {variables.map((v, j) => (
                  <td className="num" key={v.indicator.id}>
                    {figureText(c.meanValue[j], v, basis)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">All clustered</th>
              <td className="num">{analysis.codes.length}</td>
              {variables.map((v) => (
                <td className="num" key={v.indicator.id}>
                  {figureText(v.scale.mean, v, basis)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--secondary button--small" onClick={csv}>
        Download CSV<span className="visually-hidden"> of {title}</span>
      </button>
      <h3>How the clusters are made</h3>
      <p className="method-note">
        Each authority is described by{' '}
        {basis.kind === 'levels'
          ? 'its figure on each measure in the year chosen (or, where a measure has none that year, its latest earlier one)'
          : 'its average change per year on each measure: the least-squares slope through its figures in the years chosen (at least two needed)'}
        . Each measure is turned into z-scores (its difference from the mean of the authorities clustered, divided by
        their standard deviation), so that no unit outweighs another. Authorities are then joined step by step by
        Ward&apos;s hierarchical clustering on the Euclidean distances between their z-scores, each step joining the two
        groups whose merger adds least to the spread within groups; the tree is cut where it leaves {clusters.length}{' '}
        clusters. Means are unweighted: each authority counts once, whatever its size.
      </p>
      {(analysis.leftOut.length > 0 || analysis.excluded.length > 0 || analysis.unusedIndicators.length > 0) && (
        <>
          <h3>Left out</h3>
          <ul>
            {analysis.unusedIndicators.map(({ indicator, reason }) => (
              <li key={indicator.id}>
                {indicator.shortLabel}: not used ({reason}).
              </li>
            ))}
            {analysis.excluded.length > 0 && (
              <li>
                {analysis.excluded.map(nameOf).join(' and ')}: too small for their figures to be compared with the rest.
              </li>
            )}
            {analysis.leftOut.map(({ code, missing }) => (
              <li key={code}>
                {nameOf(code)}: no figure for {missing.join(', ')} (never filled in or treated as 0).
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
