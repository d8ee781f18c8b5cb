import type { MapArea } from '../../../map/buildAreaMap'
import type { SortDirection } from '../sorting'
import { compareNames } from '../../../model/compareNames'

export const SORT_KEYS = ['name', 'value', 'rank', 'band'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/**
 * Orders the table rows. Authorities without a figure (or rank, or band) always sink to the bottom whichever way the column
 * is sorted, so the numbers stay together; ties fall back to name order.
 */
export function sortMapAreas(areas: readonly MapArea[], key: SortKey, direction: SortDirection): MapArea[] {
  const sign = direction === 'ascending' ? 1 : -1
  const byName = (a: MapArea, b: MapArea) => compareNames(a.name, b.name)
  const numberOf = (a: MapArea): number | null => {
    if (key === 'value') return a.datum.value
    if (key === 'rank') return a.rank?.rank ?? null
    // Bands sort A to D where the measure has a better direction, else lowest quarter to highest.
    if (!a.band) return null
    return a.band.judged ? 'ABCD'.indexOf(a.band.letter) : a.band.quarter
  }
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
