import { Z_95 } from './normal'

export interface PoissonRegressionPoint {
  /** The covariate, e.g. steps of deprivation. */
  x: number
  /** The count (may be fractional after apportioning). */
  count: number
  /** The exposure: the count's expected value is exposure × exp(intercept + slope × x). */
  exposure: number
}

export interface PoissonRegressionFit {
  intercept: number
  slope: number
  /** Standard error of the slope, from the inverse of the Fisher information at the estimate. */
  slopeSe: number
  /** exp(slope): the rate multiplier per unit of x, with its Wald 95% interval on the log scale. */
  multiplier: number
  multiplierLower: number
  multiplierUpper: number
  iterations: number
}

/**
 * Poisson regression of counts on one covariate with log(exposure) as offset, fitted by Newton–Raphson (for the
 * canonical log link this is iteratively reweighted least squares). Starts from the pooled rate, so the usual case
 * converges in a handful of steps. Null when the slope cannot be estimated: fewer than two distinct x with exposure,
 * or no count at all.
 */
export function fitPoissonRegression(points: readonly PoissonRegressionPoint[]): PoissonRegressionFit | null {
  const used = points.filter((p) => p.exposure > 0)
  const totalCount = used.reduce((s, p) => s + p.count, 0)
  const totalExposure = used.reduce((s, p) => s + p.exposure, 0)
  if (new Set(used.map((p) => p.x)).size < 2 || totalCount <= 0) return null
  let a = Math.log(totalCount / totalExposure)
  let b = 0
  for (let iteration = 1; iteration <= 100; iteration++) {
    let ga = 0
    let gb = 0
    const info = { aa: 0, ab: 0, bb: 0 }
    for (const p of used) {
      const mu = p.exposure * Math.exp(a + b * p.x)
      ga += p.count - mu
      gb += p.x * (p.count - mu)
      info.aa += mu
      info.ab += p.x * mu
      info.bb += p.x * p.x * mu
    }
    const det = info.aa * info.bb - info.ab * info.ab
    if (!(det > 0)) return null
    const da = (info.bb * ga - info.ab * gb) / det
    const db = (info.aa * gb - info.ab * ga) / det
    a += da
    b += db
    if (!Number.isFinite(a) || !Number.isFinite(b)) return null
    if (Math.abs(da) < 1e-12 && Math.abs(db) < 1e-12) {
      const se = Math.sqrt(info.aa / det)
      return {
        intercept: a,
        slope: b,
        slopeSe: se,
        multiplier: Math.exp(b),
        multiplierLower: Math.exp(b - Z_95 * se),
        multiplierUpper: Math.exp(b + Z_95 * se),
        iterations: iteration,
      }
    }
  }
  return null
}
