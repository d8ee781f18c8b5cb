import { Z_95 } from './normal'
import { averageRanks } from './ranks'

/** Pearson's r with its 95% confidence interval and the number of pairs. */
export interface PearsonResult {
  r: number
  n: number
  /** 95% interval by Fisher's z transformation; null below 4 pairs (its standard error needs n − 3 > 0). */
  ci: { lower: number; upper: number } | null
}

/** Spearman's rank correlation (Pearson's r of the ranks, ties given average ranks). */
export interface SpearmanResult {
  rho: number
  n: number
}

function checkPairs(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new RangeError(`correlation needs pairs: ${xs.length} x values, ${ys.length} y`)
}

function pearsonR(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length
  if (n < 3) return null
  const meanX = xs.reduce((a, b) => a + b, 0) / n
  const meanY = ys.reduce((a, b) => a + b, 0) / n
  let sxx = 0
  let syy = 0
  let sxy = 0
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - meanX
    const dy = (ys[i] ?? 0) - meanY
    sxx += dx * dx
    syy += dy * dy
    sxy += dx * dy
  }
  if (sxx === 0 || syy === 0) return null
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)))
}

/**
 * Pearson's product-moment correlation of paired values. The 95% interval transforms r to z = atanh(r), whose
 * standard error is 1/√(n − 3), and back with tanh (Fisher 1921). Null with fewer than 3 pairs or when either variable
 * does not vary (r is undefined).
 */
export function pearson(xs: readonly number[], ys: readonly number[]): PearsonResult | null {
  checkPairs(xs, ys)
  const r = pearsonR(xs, ys)
  if (r === null) return null
  const n = xs.length
  if (n < 4) return { r, n, ci: null }
  const z = Math.atanh(Math.min(r, 1 - 1e-15))
  const half = Z_95 / Math.sqrt(n - 3)
  return { r, n, ci: { lower: Math.tanh(z - half), upper: Math.tanh(z + half) } }
}

/** Spearman's rho: Pearson's r of the average ranks. Null with fewer than 3 pairs or no variation in either. */
export function spearman(xs: readonly number[], ys: readonly number[]): SpearmanResult | null {
  checkPairs(xs, ys)
  const rho = pearsonR(averageRanks(xs), averageRanks(ys))
  return rho === null ? null : { rho, n: xs.length }
}
