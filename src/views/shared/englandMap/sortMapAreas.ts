import type { MapArea } from '../../../map/buildAreaMap'
import type { SortDirection } from '../sorting'

export const SORT_KEYS = ['name', 'value', 'rank'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/**
 * Orders the table rows. Authorities without a figure (or rank) always sink to the bottom whichever way the column
 * is sorted, so the numbers stay together; ties fall back to name order.
 */
export function sortMapAreas(areas: readonly MapArea[], key: SortKey, direction: SortDirection): MapArea[] {
  const sign = direction === 'ascending' ? 1 : -1
  const byName = (a: MapArea, b: MapArea) => a.name.localeCompare(b.name, 'en-GB')
  const numberOf = (a: MapArea): number | null => (key === 'value' ? a.datum.value : (a.rank?.rank ?? null))
  return [...areas].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b)
    const x = numberOf(a)
    const y = numberOf(b)
    if (x === null && y === null) return byName(a, b)
    if (x === null) return 1
    if (y === null) return -1
    return x === y ? byName(a, b) : sign * (x - y)
  })
}
