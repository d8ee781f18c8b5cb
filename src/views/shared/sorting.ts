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

/** The sort as the URL writes it: the column's key, "-desc" for descending ("value-desc", "cla_rate_2025"). */
export function readSortParam(param: string | null): { key: string; direction: SortDirection } | null {
  if (!param) return null
  const descending = param.endsWith('-desc')
  return {
    key: descending ? param.slice(0, -'-desc'.length) : param,
    direction: descending ? 'descending' : 'ascending',
  }
}

export function writeSortParam(key: string, direction: SortDirection): string {
  return direction === 'descending' ? `${key}-desc` : key
}

/** A table's sort from the URL's `sort`: the column if it is one of `keys`, else `initial` (the table's own order). */
export function readTableSort<K extends string>(
  param: string | null,
  keys: readonly K[],
  initial: { key: K; direction: SortDirection },
): { key: K; direction: SortDirection } {
  const read = readSortParam(param)
  const key = keys.find((k) => k === read?.key)
  return key && read ? { key, direction: read.direction } : initial
}
