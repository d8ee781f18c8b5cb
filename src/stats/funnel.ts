// Funnel limits for rates per 10,000 children that allow for overdispersion: Spiegelhalter, "Funnel plots for
// comparing institutional performance", Statistics in Medicine 24 (2005) 1185-1202, §6 (additive random effects),
// with the square-root transform for Poisson counts of Spiegelhalter, "Handling over-dispersion of performance
// indicators", Quality and Safety in Health Care 14 (2005) 347-351, Table 1.
//
// Why: plain Poisson limits assume every authority has England's underlying rate and differs only by chance. Councils
// really do differ (need, thresholds, practice), so with Poisson limits a third of England sits outside the 99.8%
// funnel and the plot flags ordinary variation. The additive random-effects limits widen the funnel by the
// between-authority spread estimated from the data, so only authorities unusual even allowing for that are flagged.
import { Z_95 } from './normal'

/** Rates are per 10,000 children. */
const PER = 10_000
/** Two-sided standard normal quantile for 99.8%: Φ⁻¹(0.999). */
const Z_998 = 3.090232306167813

/** An authority's rate per 10,000 and the child population it is a rate of. */
export interface FunnelUnit {
  rate: number
  population: number
}

/**
 * On the square-root scale a Poisson count O has variance about 1/4, whatever its mean, so √rate = √O · √(10,000 / n)
 * has standard error ½ √(10,000 / n): it depends on the population only.
 */
export function sqrtScaleSe(population: number): number {
  return 0.5 * Math.sqrt(PER / population)
}

/** How many Poisson standard errors an authority's √rate sits from √target. */
export function poissonZScore(unit: FunnelUnit, target: number): number {
  return (Math.sqrt(unit.rate) - Math.sqrt(target)) / sqrtScaleSe(unit.population)
}

/**
 * Pulls in the most extreme `fraction` of values at each end to the nearest value kept (with 10 values and 0.1, the
 * lowest becomes the second lowest and the highest the second highest), so a few outliers cannot inflate the
 * dispersion estimate (Spiegelhalter 2005 recommends 10%).
 */
export function winsorise(values: readonly number[], fraction: number): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const k = Math.floor(fraction * sorted.length)
  if (k === 0) return [...values]
  const low = sorted[k] ?? -Infinity
  const high = sorted[sorted.length - 1 - k] ?? Infinity
  return values.map((v) => Math.min(high, Math.max(low, v)))
}

/** How much more the authorities vary than Poisson chance alone would make them. */
export interface Overdispersion {
  /** How many authorities the estimate is from. */
  units: number
  /** φ̂: the mean of the squared (Winsorised) Poisson z-scores; about 1 if chance alone explained the spread. */
  phi: number
  /**
   * τ̂²: the between-authority variance of √rate (DerSimonian–Laird moment estimate), 0 when φ̂ does not exceed
   * (I − 1)/I: then the limits are the Poisson ones.
   */
  tau2: number
}

/**
 * φ̂ = Σ z̃ᵢ² / I from Winsorised z-scores; τ̂² = (I φ̂ − (I − 1)) / (Σ wᵢ − Σ wᵢ² / Σ wᵢ) with wᵢ = 1 / sᵢ²
 * (Spiegelhalter 2005, §6.2). Null with fewer than 3 authorities: there is no spread to estimate.
 */
export function estimateOverdispersion(
  units: readonly FunnelUnit[],
  target: number,
  winsorFraction = 0.1,
): Overdispersion | null {
  const usable = units.filter((u) => u.population > 0 && u.rate >= 0)
  const count = usable.length
  if (count < 3 || target <= 0) return null
  const z = winsorise(
    usable.map((u) => poissonZScore(u, target)),
    winsorFraction,
  )
  const phi = z.reduce((s, v) => s + v * v, 0) / count
  const weights = usable.map((u) => 1 / sqrtScaleSe(u.population) ** 2)
  const sumW = weights.reduce((s, w) => s + w, 0)
  const sumW2 = weights.reduce((s, w) => s + w * w, 0)
  const excess = count * phi - (count - 1)
  const tau2 = excess > 0 ? excess / (sumW - sumW2 / sumW) : 0
  return { units: count, phi, tau2 }
}

/** Control limits for a rate per 10,000 at one population size. */
export interface FunnelLimits {
  population: number
  lower95: number
  upper95: number
  lower998: number
  upper998: number
}

/**
 * 95% and 99.8% limits around the target rate (England's) for an authority with this child population:
 * (√target ± z √(sᵢ² + τ̂²))². A lower end that would fall below zero on the square-root scale is 0: no rate can be
 * negative. With τ̂² = 0 these are the Poisson limits (square-root normal approximation).
 */
export function funnelLimits(target: number, population: number, tau2: number): FunnelLimits {
  const centre = Math.sqrt(target)
  const sd = Math.sqrt(sqrtScaleSe(population) ** 2 + tau2)
  const upper = (z: number) => (centre + z * sd) ** 2
  const lower = (z: number) => Math.max(0, centre - z * sd) ** 2
  return { population, lower95: lower(Z_95), upper95: upper(Z_95), lower998: lower(Z_998), upper998: upper(Z_998) }
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

/**
 * The spread τ̂ implies, in rates: the range of underlying rates of the middle two-thirds of authorities if England's
 * were the typical one, (√target ± τ̂)², so a reader can see how much councils differ beyond chance.
 */
export function typicalRange(target: number, tau2: number): { lower: number; upper: number } {
  const tau = Math.sqrt(tau2)
  const centre = Math.sqrt(target)
  return { lower: Math.max(0, centre - tau) ** 2, upper: (centre + tau) ** 2 }
}
