import type { LsoaDecilesFile } from '../../schema/geo'
import { describeDecile } from '../../map/lsoaMap'

interface DecileSummaryProps {
  areaName: string
  /** The published overall-IMD counts from deprivation/lsoa_deciles.json, if the authority has them. */
  summary: LsoaDecilesFile['areas'][string] | undefined
  /** Counts on the domain shown on the map (index 0 = decile 1), computed from the LSOA file. */
  domainCounts: readonly number[]
  domainLabel: string
  showDomainColumn: boolean
}

const percent = (n: number, total: number) => (total > 0 ? `${Math.round((100 * n) / total)}%` : '–')

/** How many of the authority's LSOAs fall in each national decile: a sentence for the headline, then the table. */
export function DecileSummary({ areaName, summary, domainCounts, domainLabel, showDomainColumn }: DecileSummaryProps) {
  const domainTotal = domainCounts.reduce((a, b) => a + b, 0)
  return (
    <section aria-labelledby="decile-summary-heading">
      <h2 id="decile-summary-heading">Neighbourhoods by national decile</h2>
      {summary ? (
        <p>
          {summary.byDecile[0] ?? 0} of {areaName}&apos;s {summary.total} neighbourhoods (
          {percent(summary.byDecile[0] ?? 0, summary.total)}) are among the most deprived 10% in England on the Index of
          Multiple Deprivation 2019.
        </p>
      ) : (
        <p>There is no published IMD 2019 decile summary for {areaName}.</p>
      )}
      <div className="table-wrap">
        <table>
          <caption>
            Lower-layer super output areas (LSOAs) in each national decile, IMD 2019 (1 = most deprived 10% of England)
          </caption>
          <thead>
            <tr>
              <th scope="col">Decile</th>
              <th scope="col" className="num">
                Overall IMD
              </th>
              {showDomainColumn ? (
                <th scope="col" className="num">
                  {domainLabel}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {domainCounts.map((n, i) => (
              <tr key={i}>
                <th scope="row">{describeDecile(i + 1)}</th>
                <td className="num">
                  {summary ? `${summary.byDecile[i] ?? 0} (${percent(summary.byDecile[i] ?? 0, summary.total)})` : '–'}
                </td>
                {showDomainColumn ? (
                  <td className="num">
                    {n} ({percent(n, domainTotal)})
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
