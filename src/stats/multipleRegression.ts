import { studentTCdf, studentTQuantile } from './studentT'

/** One named predictor's values, one per case. */
export interface Predictor {
  name: string
  values: readonly number[]
}

/** An estimated coefficient with its standard error, t test and 95% interval (t on the residual df). */
export interface Coefficient {
  /** "(Intercept)" or the predictor's name. */
  name: string
  estimate: number
  se: number
  t: number
  /** Two-sided p-value. */
  p: number
  lower: number
  upper: number
}

/** An ordinary least squares fit of y on several predictors. */
export interface MultipleRegression {
  n: number
  /** Residual degrees of freedom, n − p − 1. */
  dfResidual: number
  /** The intercept first, then one per predictor in the order given. */
  coefficients: Coefficient[]
  rSquared: number
  adjustedRSquared: number
  /** √(SSE / df). */
  residualSe: number
  residuals: number[]
  /** Each predictor's mean: where the others are held in an effect plot. */
  means: number[]
  /** Covariance matrix of the coefficients (intercept first). */
  covariance: number[][]
}

/** A fit, or the reason the design cannot be fitted, in words a reader can act on. */
export type RegressionOutcome = { ok: true; fit: MultipleRegression } | { ok: false; reason: string }

/** Relative size below which a pivot means a predictor adds nothing the others (and the intercept) do not. */
const SINGULAR = 1e-10

/**
 * Least squares of y on an intercept and the predictors, by Householder QR of the standardised design (each predictor
 * centred and scaled by its SD, which keeps ill-conditioned data such as Longley's accurate), then transformed back.
 * Refuses, saying which predictor, a predictor that does not vary or is an exact combination of the ones before it,
 * and a design with no residual degrees of freedom.
 */
export function fitMultipleRegression(y: readonly number[], predictors: readonly Predictor[]): RegressionOutcome {
  const n = y.length
  const p = predictors.length
  for (const pr of predictors)
    if (pr.values.length !== n) throw new RangeError(`${pr.name} has ${pr.values.length} values for ${n} cases`)
  if (p === 0) return { ok: false, reason: 'Choose at least one predictor.' }
  if (n <= p + 1)
    return {
      ok: false,
      reason: `${n} cases cannot estimate ${p + 1} coefficients: a regression needs more cases than coefficients.`,
    }
  const means = predictors.map((pr) => pr.values.reduce((a, b) => a + b, 0) / n)
  const sds = predictors.map((pr, j) =>
    Math.sqrt(pr.values.reduce((s, v) => s + (v - (means[j] ?? 0)) ** 2, 0) / (n - 1)),
  )
  const flat = predictors.findIndex((_, j) => !((sds[j] ?? 0) > 0))
  if (flat !== -1)
    return { ok: false, reason: `${predictors[flat]?.name} has the same value everywhere, so it explains nothing.` }
  const cols = p + 1
  // Column-major design: the intercept, then each predictor standardised.
  const a: number[][] = [
    new Array<number>(n).fill(1),
    ...predictors.map((pr, j) => pr.values.map((v) => (v - (means[j] ?? 0)) / (sds[j] ?? 1))),
  ]
  const qty = [...y]
  for (let j = 0; j < cols; j++) {
    const col = a[j] ?? []
    const originalNorm = Math.sqrt(col.reduce((s, x) => s + x * x, 0))
    let norm = 0
    for (let i = j; i < n; i++) norm += (col[i] ?? 0) ** 2
    norm = Math.sqrt(norm)
    if (norm <= SINGULAR * Math.max(originalNorm, 1)) {
      const others = predictors.slice(0, j - 1).map((pr) => pr.name)
      return {
        ok: false,
        reason: `${predictors[j - 1]?.name} is an exact combination of ${others.length ? others.join(', ') + ' and ' : ''}the constant, so their effects cannot be told apart. Leave one of them out.`,
      }
    }
    const alpha = (col[j] ?? 0) > 0 ? -norm : norm
    const v = col.map((x, i) => (i < j ? 0 : i === j ? x - alpha : x))
    const vv = v.reduce((s, x) => s + x * x, 0)
    const reflect = (target: number[]) => {
      let dot = 0
      for (let i = j; i < n; i++) dot += (v[i] ?? 0) * (target[i] ?? 0)
      const scale = (2 * dot) / vv
      for (let i = j; i < n; i++) target[i] = (target[i] ?? 0) - scale * (v[i] ?? 0)
    }
    for (let k = j; k < cols; k++) reflect(a[k] ?? [])
    reflect(qty)
  }
  // R is the upper triangle of the reflected columns: R[i][k] = a[k][i] for i ≤ k.
  const r = (i: number, k: number) => a[k]?.[i] ?? 0
  const beta = new Array<number>(cols).fill(0)
  for (let i = cols - 1; i >= 0; i--) {
    let s = qty[i] ?? 0
    for (let k = i + 1; k < cols; k++) s -= r(i, k) * (beta[k] ?? 0)
    beta[i] = s / r(i, i)
  }
  // R⁻¹ by back substitution, then (ZᵀZ)⁻¹ = R⁻¹ R⁻ᵀ.
  const rInv = Array.from({ length: cols }, () => new Array<number>(cols).fill(0))
  for (let c = 0; c < cols; c++)
    for (let i = c; i >= 0; i--) {
      let s = i === c ? 1 : 0
      for (let k = i + 1; k <= c; k++) s -= r(i, k) * (rInv[k]?.[c] ?? 0)
      ;(rInv[i] ?? [])[c] = s / r(i, i)
    }
  const zInv = matrix(cols, (i, k) => {
    let s = 0
    for (let m = Math.max(i, k); m < cols; m++) s += (rInv[i]?.[m] ?? 0) * (rInv[k]?.[m] ?? 0)
    return s
  })
  // Back to the predictors' own scale: b = T β with b0 = β0 − Σ βj mj / sj and bj = βj / sj.
  const t = matrix(cols, (i, k) => {
    if (i === 0) return k === 0 ? 1 : -(means[k - 1] ?? 0) / (sds[k - 1] ?? 1)
    return i === k ? 1 / (sds[i - 1] ?? 1) : 0
  })
  const b = t.map((row) => row.reduce((s, x, k) => s + x * (beta[k] ?? 0), 0))
  const residuals = y.map(
    (yi, i) => yi - (b[0] ?? 0) - predictors.reduce((s, pr, j) => s + (b[j + 1] ?? 0) * (pr.values[i] ?? 0), 0),
  )
  const sse = residuals.reduce((s, e) => s + e * e, 0)
  const meanY = y.reduce((s, v) => s + v, 0) / n
  const sst = y.reduce((s, v) => s + (v - meanY) ** 2, 0)
  const dfResidual = n - cols
  const sigma2 = sse / dfResidual
  const covariance = matrix(cols, (i, k) => {
    let s = 0
    for (let u = 0; u < cols; u++)
      for (let w = 0; w < cols; w++) s += (t[i]?.[u] ?? 0) * (zInv[u]?.[w] ?? 0) * (t[k]?.[w] ?? 0)
    return sigma2 * s
  })
  const tCrit = studentTQuantile(0.975, dfResidual)
  const names = ['(Intercept)', ...predictors.map((pr) => pr.name)]
  const coefficients = b.map((estimate, i) => {
    const se = Math.sqrt(covariance[i]?.[i] ?? 0)
    const tValue = estimate / se
    return {
      name: names[i] ?? '',
      estimate,
      se,
      t: tValue,
      p: 2 * (1 - studentTCdf(Math.abs(tValue), dfResidual)),
      lower: estimate - tCrit * se,
      upper: estimate + tCrit * se,
    }
  })
  const rSquared = sst === 0 ? 0 : 1 - sse / sst
  return {
    ok: true,
    fit: {
      n,
      dfResidual,
      coefficients,
      rSquared,
      adjustedRSquared: 1 - ((1 - rSquared) * (n - 1)) / dfResidual,
      residualSe: Math.sqrt(sigma2),
      residuals,
      means,
      covariance,
    },
  }
}

function matrix(size: number, cell: (i: number, k: number) => number): number[][] {
  return Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, k) => cell(i, k)))
}

/** One predictor's effect plot: the fitted line with the others at their means, and each case's partial residual. */
export interface PartialEffect {
  /** The fitted outcome along the predictor's range, with its 95% confidence band. */
  line: { x: number; fitted: number; lower: number; upper: number }[]
  /** Each case at its predictor value, raised or lowered by its residual: what the line has to explain. */
  points: { x: number; y: number }[]
}

/**
 * Effect (partial) plot data for predictor j (0-based among the predictors), as R's effects package draws it: the
 * prediction as predictor j runs over its observed range with every other predictor at its mean, its 95% confidence
 * band (t on the residual df), and partial residuals (the residual added to the line at the case's value).
 */
export function partialEffect(
  fit: MultipleRegression,
  values: readonly number[],
  j: number,
  steps = 40,
): PartialEffect {
  const at = (x: number) => {
    const row = [1, ...fit.means.map((m, k) => (k === j ? x : m))]
    const fitted = row.reduce((s, v, k) => s + v * (fit.coefficients[k]?.estimate ?? 0), 0)
    let variance = 0
    for (let u = 0; u < row.length; u++)
      for (let w = 0; w < row.length; w++) variance += (row[u] ?? 0) * (fit.covariance[u]?.[w] ?? 0) * (row[w] ?? 0)
    return { fitted, se: Math.sqrt(Math.max(variance, 0)) }
  }
  const min = Math.min(...values)
  const max = Math.max(...values)
  const tCrit = studentTQuantile(0.975, fit.dfResidual)
  const line = Array.from({ length: steps + 1 }, (_, i) => {
    const x = min + ((max - min) * i) / steps
    const { fitted, se } = at(x)
    return { x, fitted, lower: fitted - tCrit * se, upper: fitted + tCrit * se }
  })
  const points = values.map((x, i) => ({ x, y: at(x).fitted + (fit.residuals[i] ?? 0) }))
  return { line, points }
}
