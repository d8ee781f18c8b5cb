import { incompleteBeta } from './studentT'

/**
 * P(F > f) for Fisher's F with d1 and d2 degrees of freedom: the upper tail is the regularised incomplete beta
 * I_{d2 / (d2 + d1·f)}(d2/2, d1/2) (Abramowitz and Stegun 26.6.2), the p-value of an ANOVA's F statistic.
 */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (!(d1 > 0 && d2 > 0) || Number.isNaN(f)) return NaN
  if (f <= 0) return 1
  if (f === Infinity) return 0
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2)
}
