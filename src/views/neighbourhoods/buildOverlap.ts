import type { NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import { classOf, quantileClasses } from '../../stats/quantileClasses'
import type { NeighbourhoodRow } from './analysisData'

/**
 * The 3×3 bivariate palette (Joshua Stevens' pink–blue scheme): rows are the first variable's thirds, columns the
 * second's. Both hues change lightness as they rise, so the cells stay apart for the common colour-vision
 * deficiencies; the key also names every cell in words.
 * BIVARIATE_PALETTE[first][second], 0 = lowest third.
 */
export const BIVARIATE_PALETTE = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
] as const

/** Fill of a neighbourhood outside the chosen cell: pale, so the chosen ones stand out. */
export const FILTERED_OUT_FILL = '#f8f8f8'

export const THIRD_NAMES = ['lowest third', 'middle third', 'highest third'] as const

/** One cell of the key: the thirds it joins, its colour and how many neighbourhoods fall in it. */
export interface OverlapCell {
  /** "<first>-<second>", 1-based, as the address writes it. */
  key: string
  first: number
  second: number
  fill: string
  count: number
}

export interface Overlap {
  cells: OverlapCell[]
  /** Each neighbourhood's cell key (only those with both figures). */
  cellOf: Map<string, string>
  /** Upper bounds of each variable's lower two thirds. */
  firstBreaks: number[]
  secondBreaks: number[]
  missing: number
}

/**
 * Puts each neighbourhood with both figures in a cell of the 3×3 key by its third (tertile, over the neighbourhoods
 * shown) on each variable. Null when fewer than 3 neighbourhoods have both figures.
 */
export function buildOverlap(
  rows: readonly NeighbourhoodRow[],
  first: NeighbourhoodVariable,
  second: NeighbourhoodVariable,
): Overlap | null {
  const both = rows.filter((r) => r.values[first.id] != null && r.values[second.id] != null)
  if (both.length < 3) return null
  const a = quantileClasses(
    both.map((r) => r.values[first.id] ?? 0),
    3,
  )
  const b = quantileClasses(
    both.map((r) => r.values[second.id] ?? 0),
    3,
  )
  if (!a || !b) return null
  const cellOf = new Map<string, string>()
  const counts = new Map<string, number>()
  for (const r of both) {
    const key = `${classOf(r.values[first.id] ?? 0, a.breaks) + 1}-${classOf(r.values[second.id] ?? 0, b.breaks) + 1}`
    cellOf.set(r.code, key)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const cells: OverlapCell[] = []
  for (let f = 3; f >= 1; f--)
    for (let s = 1; s <= 3; s++)
      cells.push({
        key: `${f}-${s}`,
        first: f,
        second: s,
        fill: BIVARIATE_PALETTE[f - 1]?.[s - 1] ?? '',
        count: counts.get(`${f}-${s}`) ?? 0,
      })
  return {
    cells,
    cellOf,
    firstBreaks: a.breaks.slice(0, 2),
    secondBreaks: b.breaks.slice(0, 2),
    missing: rows.length - both.length,
  }
}
