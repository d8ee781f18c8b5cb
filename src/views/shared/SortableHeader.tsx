import { useDashboardState } from '../../state/useDashboardState'
import { nextSort, readTableSort, writeSortParam, type SortDirection } from './sorting'

interface SortableHeaderProps {
  label: string
  active: boolean
  direction: SortDirection
  onSort: () => void
  numeric?: boolean
}

/** A column header that sorts its table; aria-sort tells screen readers the current order. */
export function SortableHeader({ label, active, direction, onSort, numeric = false }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={active ? direction : 'none'} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort" onClick={onSort}>
        {label}
        <span aria-hidden="true">{active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  )
}

/**
 * A table's sort, held in the URL's `sort` like every other choice (so a link reproduces the order): `header(key,
 * label)` draws a header that sorts by that column, and a second click on it flips the direction.
 */
export function useSortableHeaders<K extends string>(
  keys: readonly K[],
  initial: { key: K; direction: SortDirection },
) {
  const dashboard = useDashboardState()
  const sort = readTableSort(dashboard.state.sort, keys, initial)
  const header = (key: K, label: string, numeric = false) => (
    <SortableHeader
      label={label}
      numeric={numeric}
      active={sort.key === key}
      direction={sort.direction}
      onSort={() => {
        const next = nextSort(sort, key)
        dashboard.update({ sort: writeSortParam(next.key, next.direction) }, { replace: true })
      }}
    />
  )
  return { sort, header }
}
