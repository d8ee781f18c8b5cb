import { studentTQuantile } from './studentT'

/** One point of a regression: x (e.g. IMD score), y (e.g. a rate). */
export interface XY {
  x: number
  y: number
}

/** An ordinary least squares fit of y on x. */
export interface OlsFit {
  n: number
  intercept: number
  slope: number
  /** Pearson correlation of x and y. */
  r: number
  rSquared: number
  /** Residual standard error, sqrt(SSE / (n − 2)). */
  residualSe: number
  meanX: number
  /** Sum of squared deviations of x, used by intervals. */
  sxx: number
}

/** Fits y = intercept + slope·x by least squares. Null with fewer than 3 points or no spread in x. */
export function fitOls(points: readonly XY[]): OlsFit | null {
  const n = points.length
  if (n < 3) return null
  const { meanX, meanY, sxx, sxy, syy } = centredSums(points)
  if (sxx === 0) return null
  const slope = sxy / sxx
  const intercept = meanY - slope * meanX
  const sse = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0)
  const r = syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy)
  return { n, intercept, slope, r, rSquared: r * r, residualSe: Math.sqrt(sse / (n - 2)), meanX, sxx }
}

export function predictOls(fit: OlsFit, x: number): number {
  return fit.intercept + fit.slope * x
}

/**
 * The prediction interval for a new observation at x: ŷ ± t(1−α/2, n−2) · s · sqrt(1 + 1/n + (x − x̄)² / Sxx).
 * This is the band a single authority's value is expected to fall in given its deprivation.
 */
export function predictionInterval(fit: OlsFit, x: number, level = 0.95): { lower: number; upper: number } {
  const t = studentTQuantile(1 - (1 - level) / 2, fit.n - 2)
  const half = t * fit.residualSe * Math.sqrt(1 + 1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx)
  const centre = predictOls(fit, x)
  return { lower: centre - half, upper: centre + half }
}

/**
 * The least-squares slope of y on x (e.g. a figure's average change per year): Sxy / Sxx. Unlike fitOls it needs only
 * two points, since no residual error is asked of it; null with fewer or with no spread in x.
 */
export function leastSquaresSlope(points: readonly XY[]): number | null {
  if (points.length < 2) return null
  const { sxx, sxy } = centredSums(points)
  return sxx === 0 ? null : sxy / sxx
}

/** Means of x and y and the sums of squared and cross deviations about them. */
function centredSums(points: readonly XY[]) {
  const n = points.length
  const meanX = points.reduce((s, p) => s + p.x, 0) / n
  const meanY = points.reduce((s, p) => s + p.y, 0) / n
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const { x, y } of points) {
    sxx += (x - meanX) ** 2
    sxy += (x - meanX) * (y - meanY)
    syy += (y - meanY) ** 2
  }
  return { meanX, meanY, sxx, sxy, syy }
}
