import { regularisedGammaP } from './poisson'

/** The x with P(a, x) = p for a Gamma(a, 1) variable: bracketed, then bisected to machine precision. */
export function gammaQuantile(p: number, a: number): number {
  if (!(p > 0 && p < 1) || !(a > 0)) throw new RangeError(`gammaQuantile needs 0 < p < 1 and a > 0, got p=${p}, a=${a}`)
  let low = 0
  let high = Math.max(1, a)
  while (regularisedGammaP(a, high) < p) high *= 2
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
    const mid = (low + high) / 2
    if (regularisedGammaP(a, mid) < p) low = mid
    else high = mid
  }
  return (low + high) / 2
}

/**
 * The exact (Garwood) confidence interval for the mean of a Poisson count: the chi-squared form of the Poisson–gamma
 * relation, lower = Γ⁻¹(α/2; k), upper = Γ⁻¹(1 − α/2; k + 1), lower = 0 when k = 0. k may be fractional (a count
 * apportioned from one neighbourhood geography to another); the gamma form extends it smoothly.
 */
export function exactPoissonInterval(count: number, level = 0.95): { lower: number; upper: number } {
  if (!(count >= 0) || !Number.isFinite(count))
    throw new RangeError(`count must be a non-negative number, got ${count}`)
  const alpha = 1 - level
  return {
    lower: count === 0 ? 0 : gammaQuantile(alpha / 2, count),
    upper: gammaQuantile(1 - alpha / 2, count + 1),
  }
}
