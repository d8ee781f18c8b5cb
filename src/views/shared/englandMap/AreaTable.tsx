import { memo } from 'react'
import { Link } from 'react-router'
import type { MapArea } from '../../../map/buildAreaMap'
import { useSortableHeaders } from '../SortableHeader'
import { SORT_KEYS, sortMapAreas } from './sortMapAreas'

interface AreaTableProps {
  id: string
  caption: string
  areas: readonly MapArea[]
  /** Query string to carry to the profile links (indicator, year). */
  search: string
  valueHeading: string
  /** The rank column's heading, saying which end is rank 1 ("Rank in England (1 = highest)"). */
  rankHeading: string
}

/**
 * The map as a table: every drawn authority with its value, its rank in England and quartile band (the profile's own
 * figures, src/model), sortable by any column. Memoised, so the map's deferred render of it (EnglandMap) is skipped
 * while its figures are unchanged.
 */
export const AreaTable = memo(function AreaTable({
  id,
  caption,
  areas,
  search,
  valueHeading,
  rankHeading,
}: AreaTableProps) {
  const { sort, header } = useSortableHeaders(SORT_KEYS, { key: 'name', direction: 'ascending' })
  const rows = sortMapAreas(areas, sort.key, sort.direction)
  return (
    <div className="table-wrap" id={id} tabIndex={-1}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'Authority')}
            {header('value', valueHeading, true)}
            {header('rank', rankHeading, true)}
            {header('band', 'Quartile band in England')}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.boundaryCode}>
              <th scope="row">
                <Link to={`/area/${a.areaCode}${search}`}>{a.name}</Link>
              </th>
              <td className="num">{a.valueText}</td>
              <td className="num">{a.rank ? `${a.rank.rank} of ${a.rank.of}` : 'not ranked'}</td>
              <td>{a.bandText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})
