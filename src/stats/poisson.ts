import { logGamma } from './logGamma'

// The regularised incomplete gamma function behind exact Poisson intervals (P(X <= k) for X ~ Poisson(λ) is
// Q(k + 1, λ)), evaluated by series or continued fraction (Numerical Recipes §6.2).

function lowerGammaSeries(a: number, x: number): number {
  let sum = 1 / a
  let del = sum
  let ap = a
  for (let n = 0; n < 10_000; n++) {
    ap += 1
    del *= x / ap
    sum += del
    if (Math.abs(del) < Math.abs(sum) * 1e-15) break
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a))
}

function upperGammaFraction(a: number, x: number): number {
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < 1e-15) break
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h
}

/**
 * The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a): the cumulative distribution of a
 * Gamma(a, 1) variable at x. a > 0 need not be whole.
 */
export function regularisedGammaP(a: number, x: number): number {
  if (x <= 0) return 0
  return x < a + 1 ? lowerGammaSeries(a, x) : 1 - upperGammaFraction(a, x)
}

/**
 * The upper tail Q(a, x) = 1 − P(a, x), computed directly where it is small (x ≥ a + 1) so that far tails keep their
 * relative precision instead of vanishing in 1 − P.
 */
export function regularisedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1
  return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaFraction(a, x)
}
