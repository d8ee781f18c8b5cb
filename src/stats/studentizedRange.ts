import { logGamma } from './logGamma'
import { normalCdf } from './normal'

// The studentized range distribution behind Tukey's HSD: the range of k independent standard normal means divided
// by an independent estimate of their standard deviation on df degrees of freedom. Algorithm AS 190 as revised by
// Copenhaver and Holland, "Computation of the distribution of the maximum studentized range statistic with
// application to multiple significance testing of simple effects", Journal of Statistical Computation and
// Simulation 30 (1988) 1-15: the same Gauss-Legendre scheme R's ptukey uses, inner integral over the normal range
// (Hartley's form) and outer integral over the chi distribution of the standard deviation.

/** Nodes and weights of n-point Gauss-Legendre quadrature on [−1, 1], by Newton's method on P_n. */
function gaussLegendre(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = []
  const weights: number[] = []
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5))
    let derivative = 0
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1
      let p1 = x
      for (let j = 2; j <= n; j++) [p0, p1] = [p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j]
      derivative = (n * (x * p1 - p0)) / (x * x - 1)
      const step = p1 / derivative
      x -= step
      if (Math.abs(step) < 1e-16) break
    }
    nodes.push(x)
    weights.push(2 / ((1 - x * x) * derivative * derivative))
  }
  return { nodes, weights }
}

const INNER = gaussLegendre(12)
const OUTER = gaussLegendre(16)
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI)

/**
 * P(range of k standard normals ≤ w), as the probability for one of `ranges` independent groups of k (ranges = 1
 * for Tukey's HSD). Integrates Hartley's form: k ∫ φ(u) [Φ(u) − Φ(u − w)]^(k−1) du plus the [2Φ(w/2) − 1]^k term.
 */
function rangeCdf(w: number, ranges: number, k: number): number {
  const half = w * 0.5
  // Beyond w = 16 the probability differs from 1 by less than 1e-14 for k up to 100.
  if (half >= 8) return 1
  let prob = 2 * normalCdf(half) - 1
  prob = prob >= Math.exp(-50 / k) ? prob ** k : 0
  const intervals = w > 3 ? 2 : 3
  const step = (8 - half) / intervals
  let lower = half
  let integral = 0
  for (let i = 0; i < intervals; i++) {
    const mid = lower + step / 2
    const radius = step / 2
    let sum = 0
    INNER.nodes.forEach((node, j) => {
      const u = mid + radius * node
      const exponent = u * u
      // exp(−u²/2) below 9e-14 adds nothing.
      if (exponent > 60) return
      const inner = normalCdf(u) - normalCdf(u - w)
      if (inner >= Math.exp(-30 / (k - 1)))
        sum += (INNER.weights[j] ?? 0) * Math.exp(-0.5 * exponent) * inner ** (k - 1)
    })
    integral += sum * radius * 2 * k * INV_SQRT_2PI
    lower += step
  }
  prob += integral
  if (prob <= Math.exp(-30 / ranges)) return 0
  return Math.min(1, prob ** ranges)
}

/**
 * P(Q ≤ q) for the studentized range of k means with df degrees of freedom (R's ptukey(q, k, df)). The outer
 * integral runs over s = sample SD / σ in intervals until they stop contributing; above 25,000 degrees of freedom
 * the standard deviation is taken as known.
 */
export function studentizedRangeCdf(q: number, k: number, df: number, ranges = 1): number {
  if (Number.isNaN(q) || !(k >= 2) || !(df >= 2) || !(ranges >= 1)) return NaN
  if (q <= 0) return 0
  if (q === Infinity) return 1
  if (df > 25_000) return rangeCdf(q, ranges, k)
  const halfDf = df * 0.5
  const length = df <= 100 ? 1 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125
  // log of the chi density's constant, with the interval length folded in.
  const logConstant = halfDf * Math.log(df) - df * Math.LN2 - logGamma(halfDf) + Math.log(length)
  const quarterDf = df * 0.25
  let total = 0
  for (let i = 1; i <= 50; i++) {
    const centre = (2 * i - 1) * length
    let sum = 0
    OUTER.nodes.forEach((node, j) => {
      const t = centre + node * length
      const logTerm = logConstant + (halfDf - 1) * Math.log(t) - t * quarterDf
      if (logTerm < -30) return
      sum += rangeCdf(q * Math.sqrt(t * 0.5), ranges, k) * (OUTER.weights[j] ?? 0) * Math.exp(logTerm)
    })
    if (i * length >= 1 && sum <= 1e-14) break
    total += sum
  }
  return Math.min(1, total)
}

// Tukey's HSD asks for the same quantile (95%, one k and df) for every pair; each is worked out once.
const quantiles = new Map<string, number>()

/**
 * The q with P(Q ≤ q) = p for the studentized range of k means on df degrees of freedom (R's qtukey): a bracket found
 * by doubling, then regula falsi with the Illinois modification (the distribution function is smooth and increasing,
 * so it converges in a handful of evaluations where bisection takes thirty), to 1e-9.
 */
export function studentizedRangeQuantile(p: number, k: number, df: number): number {
  if (!(p > 0 && p < 1) || !(k >= 2) || !(df >= 2)) return NaN
  const key = `${p}|${k}|${df}`
  const known = quantiles.get(key)
  if (known !== undefined) return known
  const f = (q: number) => studentizedRangeCdf(q, k, df) - p
  let lo = 0
  let flo = -p
  let hi = 4
  let fhi = f(hi)
  while (fhi < 0) {
    lo = hi
    flo = fhi
    hi *= 2
    fhi = f(hi)
  }
  let q = hi
  let side = 0
  for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
    q = (lo * fhi - hi * flo) / (fhi - flo)
    const fq = f(q)
    if (Math.abs(fq) < 1e-13) break
    if (fq < 0) {
      lo = q
      flo = fq
      if (side === -1) fhi /= 2
      side = -1
    } else {
      hi = q
      fhi = fq
      if (side === 1) flo /= 2
      side = 1
    }
  }
  quantiles.set(key, q)
  return q
}
