import { regularisedGammaQ } from './poisson'

/** The standard normal quantile for a two-sided 95% interval, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054

/**
 * Φ(x), the standard normal distribution function, through the incomplete gamma function: for x ≥ 0,
 * Φ(−x) = ½ Q(½, x²/2) (erfc written as a gamma tail), which keeps its relative precision far out in the tail.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN
  const tail = 0.5 * regularisedGammaQ(0.5, (x * x) / 2)
  return x < 0 ? tail : 1 - tail
}
