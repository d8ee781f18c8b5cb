import { poissonCdf, poissonQuantile } from './poisson'

/** Control limits for a rate per 10,000 at one population size. */
export interface FunnelLimits {
  population: number
  lower95: number
  upper95: number
  lower998: number
  upper998: number
}

/**
 * The count at which a Poisson(λ) variable reaches probability p, interpolated between integers so the limits form
 * smooth funnels (Spiegelhalter 2005, "Funnel plots for comparing institutional performance", appendix A.1.1).
 */
export function interpolatedPoissonLimit(p: number, lambda: number): number {
  const r = poissonQuantile(p, lambda)
  const atR = poissonCdf(r, lambda)
  const belowR = poissonCdf(r - 1, lambda)
  const alpha = atR === belowR ? 0 : (atR - p) / (atR - belowR)
  return Math.max(0, r - alpha)
}

/**
 * 95% and 99.8% limits around a target rate per 10,000 (England's) for an area with this child population:
 * the counts the target rate would produce by chance alone, converted back to rates.
 */
export function funnelLimits(targetRatePer10k: number, population: number): FunnelLimits {
  const lambda = (targetRatePer10k * population) / 10_000
  const toRate = (count: number) => (count / population) * 10_000
  return {
    population,
    lower95: toRate(interpolatedPoissonLimit(0.025, lambda)),
    upper95: toRate(interpolatedPoissonLimit(0.975, lambda)),
    lower998: toRate(interpolatedPoissonLimit(0.001, lambda)),
    upper998: toRate(interpolatedPoissonLimit(0.999, lambda)),
  }
}

/** Where an area sits against the funnel. */
export type FunnelPosition = 'above 99.8%' | 'above 95%' | 'within' | 'below 95%' | 'below 99.8%'

export function classifyAgainstFunnel(rate: number, limits: FunnelLimits): FunnelPosition {
  if (rate > limits.upper998) return 'above 99.8%'
  if (rate > limits.upper95) return 'above 95%'
  if (rate < limits.lower998) return 'below 99.8%'
  if (rate < limits.lower95) return 'below 95%'
  return 'within'
}
