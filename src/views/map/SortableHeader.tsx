import type { SortDirection } from './sortMapAreas'

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
