import { describe, expect, it } from 'vitest'
import { fitMultipleRegression, partialEffect, type MultipleRegression } from './multipleRegression'

// Longley (1967), "An appraisal of least squares programs for the electronic computer from the point of view of the
// user": employment on six economic series, 1947-1962. A classic test of numerical accuracy (its predictors are
// nearly collinear); the US National Institute of Standards and Technology certifies the fit to 15 digits
// (Statistical Reference Datasets, "Longley").
const LONGLEY = [
  [60323, 83.0, 234289, 2356, 1590, 107608, 1947],
  [61122, 88.5, 259426, 2325, 1456, 108632, 1948],
  [60171, 88.2, 258054, 3682, 1616, 109773, 1949],
  [61187, 89.5, 284599, 3351, 1650, 110929, 1950],
  [63221, 96.2, 328975, 2099, 3099, 112075, 1951],
  [63639, 98.1, 346999, 1932, 3594, 113270, 1952],
  [64989, 99.0, 365385, 1870, 3547, 115094, 1953],
  [63761, 100.0, 363112, 3578, 3350, 116219, 1954],
  [66019, 101.2, 397469, 2904, 3048, 117388, 1955],
  [67857, 104.6, 419180, 2822, 2857, 118734, 1956],
  [68169, 108.4, 442769, 2936, 2798, 120445, 1957],
  [66513, 110.8, 444546, 4681, 2637, 121950, 1958],
  [68655, 112.6, 482704, 3813, 2552, 123366, 1959],
  [69564, 114.2, 502601, 3931, 2514, 125368, 1960],
  [69331, 115.7, 518173, 4806, 2572, 127852, 1961],
  [70551, 116.9, 554894, 4007, 2827, 130081, 1962],
]
// NIST certified values: estimates and standard errors, intercept first.
const CERTIFIED = [
  [-3482258.63459582, 890420.383607373],
  [15.0618722713733, 84.9149257747669],
  [-0.35819179292591e-1, 0.334910077722432e-1],
  [-2.02022980381683, 0.488399681651699],
  [-1.03322686717359, 0.214274163161675],
  [-0.511041056535807e-1, 0.22607320006937],
  [1829.15146461355, 455.478499142212],
]

function fitted(y: readonly number[], xs: readonly (readonly number[])[]): MultipleRegression {
  const outcome = fitMultipleRegression(
    y,
    xs.map((values, j) => ({ name: `x${j + 1}`, values })),
  )
  if (!outcome.ok) throw new Error(outcome.reason)
  return outcome.fit
}

describe('fitMultipleRegression', () => {
  it('reproduces the NIST certified Longley fit', () => {
    const fit = fitted(
      LONGLEY.map((r) => r[0] ?? 0),
      [1, 2, 3, 4, 5, 6].map((j) => LONGLEY.map((r) => r[j] ?? 0)),
    )
    fit.coefficients.forEach((c, i) => {
      const [estimate = 0, se = 0] = CERTIFIED[i] ?? []
      // Nine significant digits or better: far beyond what any figure on the page is shown to.
      expect(Math.abs(c.estimate - estimate) / Math.abs(estimate)).toBeLessThan(1e-9)
      expect(Math.abs(c.se - se) / se).toBeLessThan(1e-9)
    })
    // Certified R² = 0.995479004577296, residual SD = 304.854073561965, on 9 df.
    expect(fit.rSquared).toBeCloseTo(0.995479004577296, 12)
    expect(fit.residualSe).toBeCloseTo(304.854073561965, 8)
    expect(fit.dfResidual).toBe(9)
    expect(fit.n).toBe(16)
    // Adjusted R² = 1 − (1 − R²) × 15 / 9 = 0.992465007628826.
    expect(fit.adjustedRSquared).toBeCloseTo(0.992465007628826, 12)
  })

  it('matches a hand-worked fit with two predictors, its t tests and intervals', () => {
    // y = 1 + 2·x1 + 3·x2 + e, with x1 = 0,1,0,1,0,1, x2 = 0,0,1,1,2,2 and e = +1,−1,−1,+1,0,0: the errors are
    // orthogonal to the intercept and to x1 (both sums 0) and to x2 (−1 + 1 = 0), so the estimates are exactly
    // 1, 2 and 3. SSE = 4 on 3 df, s² = 4/3. XᵀX = [[6,3,6],[3,3,3],[6,3,10]]; its inverse has diagonal
    // 7/12, 2/3, 1/4, so se(b0) = √(4/3 × 7/12) = 0.881917, se(b1) = √(8/9) = 0.942809, se(b2) = √(1/3) = 0.577350.
    // t(b1) = 2.121320 on 3 df, two-sided p = 0.124027; t(0.975; 3) = 3.182446, interval 2 ± 3.182446 × 0.942809 = 2 ± 3.000439.
    const x1 = [0, 1, 0, 1, 0, 1]
    const x2 = [0, 0, 1, 1, 2, 2]
    const e = [1, -1, -1, 1, 0, 0]
    const y = x1.map((v, i) => 1 + 2 * v + 3 * (x2[i] ?? 0) + (e[i] ?? 0))
    const fit = fitted(y, [x1, x2])
    expect(fit.coefficients.map((c) => c.estimate)).toEqual([
      expect.closeTo(1, 12),
      expect.closeTo(2, 12),
      expect.closeTo(3, 12),
    ])
    expect(fit.coefficients[0]?.se).toBeCloseTo(0.881917, 6)
    expect(fit.coefficients[1]?.se).toBeCloseTo(0.942809, 6)
    expect(fit.coefficients[2]?.se).toBeCloseTo(0.57735, 6)
    expect(fit.coefficients[1]?.t).toBeCloseTo(2.12132, 5)
    expect(fit.coefficients[1]?.p).toBeCloseTo(0.124027, 5)
    expect(fit.coefficients[1]?.lower).toBeCloseTo(2 - 3.000439, 5)
    expect(fit.coefficients[1]?.upper).toBeCloseTo(2 + 3.000439, 5)
    expect(fit.coefficients.map((c) => c.name)).toEqual(['(Intercept)', 'x1', 'x2'])
  })

  it('refuses a predictor with no variation, naming it', () => {
    const outcome = fitMultipleRegression([1, 2, 3, 4], [{ name: 'Crime score', values: [5, 5, 5, 5] }])
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/^Crime score has the same value everywhere/) })
  })

  it('refuses an exact combination of other predictors, naming them', () => {
    // z = 2·x − w + 3 is a combination of x, w and the constant.
    const x = [1, 2, 3, 4, 5, 7]
    const w = [2, 1, 4, 3, 6, 5]
    const z = x.map((v, i) => 2 * v - (w[i] ?? 0) + 3)
    const outcome = fitMultipleRegression(
      [3, 1, 4, 1, 5, 9],
      [
        { name: 'x', values: x },
        { name: 'w', values: w },
        { name: 'z', values: z },
      ],
    )
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.reason).toMatch(/^z is an exact combination of x, w and the constant/)
  })

  it('refuses fewer cases than coefficients allow and an empty list of predictors', () => {
    const outcome = fitMultipleRegression(
      [1, 2, 3],
      [
        { name: 'a', values: [1, 2, 4] },
        { name: 'b', values: [3, 1, 2] },
      ],
    )
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/more cases than coefficients/) })
    expect(fitMultipleRegression([1, 2, 3], [])).toEqual({ ok: false, reason: 'Choose at least one predictor.' })
  })
})

describe('partialEffect', () => {
  it('draws the line at the other predictors’ means and adds each residual to it', () => {
    // The two-predictor example: x2's mean is 1, so x1's effect line is 1 + 2·x1 + 3 = 4 + 2·x1, from 4 at x1 = 0
    // to 6 at x1 = 1. The first case (x1 = 0, residual +1) sits at 4 + 1 = 5.
    const x1 = [0, 1, 0, 1, 0, 1]
    const x2 = [0, 0, 1, 1, 2, 2]
    const y = [2, 2, 3, 7, 7, 9]
    const fit = fitted(y, [x1, x2])
    const effect = partialEffect(fit, x1, 0, 2)
    expect(effect.line.map((p) => [p.x, Number(p.fitted.toFixed(9))])).toEqual([
      [0, 4],
      [0.5, 5],
      [1, 6],
    ])
    expect(effect.points[0]).toEqual({ x: 0, y: expect.closeTo(5, 9) })
    // The band is narrowest at the mean of x1 and symmetric about it.
    const widths = effect.line.map((p) => p.upper - p.lower)
    expect(widths[1]).toBeLessThan(widths[0] ?? 0)
    expect(widths[0]).toBeCloseTo(widths[2] ?? 0, 9)
  })
})
