/** The order a sortable table's column is in, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending'

/** A table's sort: the column (null: the table's own order) and its direction. */
export interface SortState<K> {
  key: K | null
  direction: SortDirection
}

/** The next sort after a header click: a new column sorts ascending, the same column flips. */
export function nextSort<K>(sort: SortState<K>, key: K): { key: K; direction: SortDirection } {
  return { key, direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' }
}
