import { quantileType7 } from './quartiles'

/** The fewest and most quantile classes a map may ask for. */
export const MIN_CLASSES = 3
export const MAX_CLASSES = 10

/** Values split into quantile classes: the upper break of each class and how many values fall in each. */
export interface QuantileClasses {
  /** Upper bound of each class (inclusive), lowest class first; the last is the maximum. */
  breaks: number[]
  /** The lowest value (the lower bound of class 1). */
  min: number
  /** How many values fall in each class. Ties at a break can leave classes unequal, or empty. */
  counts: number[]
}

/**
 * Splits values into k classes at their quantiles (R's type 7 at 1/k, 2/k, …), so each class holds about n/k values.
 * A value on a break goes to the lower class, as the quartile bands do. Null when there are no values; throws for a
 * number of classes outside 3-10.
 */
export function quantileClasses(values: readonly number[], k: number): QuantileClasses | null {
  if (!Number.isInteger(k) || k < MIN_CLASSES || k > MAX_CLASSES)
    throw new RangeError(`quantile classes need ${MIN_CLASSES}-${MAX_CLASSES} classes, not ${k}`)
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const breaks = Array.from({ length: k }, (_, i) => quantileType7(sorted, (i + 1) / k))
  const counts = Array.from({ length: k }, () => 0)
  for (const v of values) {
    const c = classOf(v, breaks)
    counts[c] = (counts[c] ?? 0) + 1
  }
  return { breaks, min: sorted[0] ?? 0, counts }
}

/** The class (0 = lowest) a value falls in: the first whose upper break it does not exceed. */
export function classOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((b) => value <= b)
  return i === -1 ? breaks.length - 1 : i
}
