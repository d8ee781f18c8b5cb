/** The five quartile points of a set of values: minimum, 25%, median, 75%, maximum. */
export type Quartiles = readonly [number, number, number, number, number]

/**
 * The p-quantile of ascending values by linear interpolation between order statistics: R's default (type 7), which
 * DfE's LAIT uses (`quantile(values, na.rm = TRUE)`). h = (n - 1)p; the value at floor(h) plus the fraction of the
 * step to the next one.
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values')
  const h = (sorted.length - 1) * p
  const lower = Math.floor(h)
  const below = sorted[lower] ?? 0
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below
  return below + (h - lower) * (above - below)
}

/** The quartile points of the values (in any order), or null when there are none. */
export function quartilesOf(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const q = (p: number) => quantileType7(sorted, p)
  return [q(0), q(0.25), q(0.5), q(0.75), q(1)]
}

/**
 * Which quarter of the values a value falls in, 1 = the lowest, with LAIT's boundaries: [min, 25%] is 1, (25%, 50%] is 2,
 * (50%, 75%] is 3 and (75%, max] is 4; a value on a boundary belongs to the lower quarter.
 */
export function quarterOf(value: number, [, q25, q50, q75]: Quartiles): 1 | 2 | 3 | 4 {
  if (value <= q25) return 1
  if (value <= q50) return 2
  if (value <= q75) return 3
  return 4
}
