import { Link } from 'react-router'
import type { DeprivationEditions } from './buildDeprivationEditions'

/** IMD 2025 and IMD 2019 side by side, with the caveat that the two are not a strict trend. */
export function DeprivationEditionsTable({
  areaName,
  areaCode,
  editions,
  canMapNeighbourhoods,
}: {
  areaName: string
  areaCode: string
  editions: DeprivationEditions
  canMapNeighbourhoods: boolean
}) {
  return (
    <section aria-labelledby="deprivation-editions">
      <h2 id="deprivation-editions">Deprivation: IMD 2025 and IMD 2019</h2>
      <p className="hint">
        IMD 2025 is on 2021 neighbourhoods and 2024 districts, IMD 2019 on 2011 neighbourhoods and 2019 districts, so
        the two editions are not a strict trend.
      </p>
      <div className="table-wrap">
        <table className="deprivation-editions">
          <caption className="visually-hidden">
            {areaName}: Index of Multiple Deprivation, 2025 and 2019 editions
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {editions.headers.map((h) => (
                <th scope="col" className="num" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {editions.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((c, i) => (
                  <td className="num" key={i}>
                    {c.text}
                    {c.computed ? <sup>*</sup> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editions.anyComputed ? (
        <p className="hint">
          * Computed by CSC Explorer from the published district and neighbourhood figures; see{' '}
          <Link to="/methods#iod2025">how they are computed</Link>.
        </p>
      ) : null}
      {canMapNeighbourhoods ? (
        <p className="no-print">
          <Link to={`/neighbourhoods/${areaCode}`}>
            Neighbourhoods in {areaName}: map and table by IMD 2025 decile, with ward names
          </Link>
        </p>
      ) : null}
    </section>
  )
}
