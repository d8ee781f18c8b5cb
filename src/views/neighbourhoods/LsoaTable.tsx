import { describeDecile, type LsoaStanding } from '../../map/lsoaMap'
import { formatNumber } from '../../charts/shared/format'
import { useSortableHeaders } from '../shared/SortableHeader'

const LSOA_SORT_KEYS = ['name', 'code', 'rank'] as const

interface LsoaTableProps {
  id: string
  caption: string
  rows: readonly LsoaStanding[]
}

/** Every LSOA of the authority with its national rank and decile on the chosen domain; sortable. */
export function LsoaTable({ id, caption, rows }: LsoaTableProps) {
  const { sort, header } = useSortableHeaders(LSOA_SORT_KEYS, { key: 'rank', direction: 'ascending' })
  const sign = sort.direction === 'ascending' ? 1 : -1
  const sorted = [...rows].sort((a, b) =>
    sort.key === 'rank' ? sign * (a.rank - b.rank) : sign * a[sort.key].localeCompare(b[sort.key], 'en-GB'),
  )
  return (
    <div className="table-wrap" id={id} tabIndex={-1}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'Neighbourhood (LSOA)')}
            {header('code', 'Code')}
            {header('rank', 'Rank of 32,844 (1 = most deprived)', true)}
            <th scope="col" className="num">
              Decile
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td>{r.code}</td>
              <td className="num">{formatNumber(r.rank, 0)}</td>
              <td className="num">{describeDecile(r.decile)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
