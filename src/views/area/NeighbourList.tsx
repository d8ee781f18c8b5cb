import { Link } from 'react-router'
import type { Area } from '../../schema/areas'
import type { Neighbour } from '../../schema/neighbours'

/** DfE's ten statistical neighbours, closest first, with DfE's closeness band, each linking to its profile. */
export function NeighbourList({
  neighbours,
  areas,
  listName,
}: {
  neighbours: readonly Neighbour[]
  areas: readonly Area[]
  listName: string
}) {
  if (neighbours.length === 0) return <p>DfE does not publish statistical neighbours for this authority.</p>
  return (
    <div className="table-wrap">
      <table>
        <caption>{listName}, closest first</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Authority</th>
            <th scope="col">Closeness</th>
          </tr>
        </thead>
        <tbody>
          {neighbours.map((n, i) => {
            const area = areas.find((a) => a.code === n.code)
            return (
              <tr key={n.code}>
                <td>{i + 1}</td>
                <td>
                  <Link to={`/area/${n.code}`}>{area?.name ?? n.code}</Link>
                  {area ? <span className="hint"> ({area.region})</span> : null}
                </td>
                <td>{n.band}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
