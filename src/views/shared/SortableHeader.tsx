import { useState } from 'react'
import { nextSort, type SortDirection } from './sorting'

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
 * A table's own sort, held in the component: `header(key, label)` draws a header that sorts by that column, and a
 * second click on it flips the direction.
 */
export function useSortableHeaders<K>(initial: { key: K; direction: SortDirection }) {
  const [sort, setSort] = useState(initial)
  const header = (key: K, label: string, numeric = false) => (
    <SortableHeader
      label={label}
      numeric={numeric}
      active={sort.key === key}
      direction={sort.direction}
      onSort={() => setSort((s) => nextSort(s, key))}
    />
  )
  return { sort, header }
}
