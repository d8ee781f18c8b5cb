import { memo } from 'react'
import type { MapArea } from '../../../map/buildAreaMap'
import { useSortableHeaders } from '../SortableHeader'
import { ListLink, type OpenPath } from '../ListLink'
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
  /** Opens an authority's profile (the router's navigate): the links do not follow the address (ListLink). */
  open: OpenPath
}

/**
 * The map as a table: every drawn authority with its value, its rank in England and quartile band (the profile's own
 * figures, src/model), sortable by any column. Memoised, and its links do not follow the address, so it renders only
 * when its figures change, in the map's deferred render (EnglandMap), never before the map repaints.
 */
export const AreaTable = memo(function AreaTable({
  id,
  caption,
  areas,
  search,
  valueHeading,
  rankHeading,
  open,
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
                <ListLink to={`/area/${a.areaCode}${search}`} open={open}>
                  {a.name}
                </ListLink>
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
