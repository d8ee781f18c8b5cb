import type { DecileRow } from './neighbourhoodModel'

interface DecileSummaryProps {
  areaName: string
  measureLabel: string
  editionTitle: string
  rows: readonly DecileRow[]
}

const pct = (n: number) => `${n.toFixed(1)}%`

/** How the authority's neighbourhoods spread over the national deciles, against England's tenths: a sentence, a table. */
export function DecileSummary({ areaName, measureLabel, editionTitle, rows }: DecileSummaryProps) {
  const total = rows.reduce((sum, r) => sum + r.count, 0)
  const first = rows[0]
  return (
    <section aria-labelledby="decile-summary-heading">
      <h2 id="decile-summary-heading">Neighbourhoods by national decile, against England</h2>
      {first ? (
        <p>
          {first.count} of {areaName}&apos;s {total} neighbourhoods ({pct(first.share)}) are among the most deprived 10%
          in England on the {measureLabel} ({editionTitle}); England has {pct(first.englandShare)} in each decile by
          definition.
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption>
            {areaName}: neighbourhoods (LSOAs) in each national decile of the {measureLabel}, {editionTitle}, against
            England (1 = most deprived 10%)
          </caption>
          <thead>
            <tr>
              <th scope="col">Decile</th>
              <th scope="col" className="num">
                Neighbourhoods
              </th>
              <th scope="col" className="num">
                Share of {areaName}
              </th>
              <th scope="col" className="num">
                Share of England
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.decile}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.count}</td>
                <td className="num">{pct(r.share)}</td>
                <td className="num">{pct(r.englandShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
