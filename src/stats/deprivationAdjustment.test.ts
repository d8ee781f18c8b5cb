import { describe, expect, it } from 'vitest'
import { adjustForDeprivation, expectedValue, predictionRange } from './deprivationAdjustment'

// Hand-worked on the log scale: the values are e², e⁴, e⁵, e⁴, e⁵ at deprivation 1..5, so ln(value) is the worked
// example of ols.test.ts (line 2.2 + 0.6x, s = √0.8, t(0.975, 3) = 3.182446). Expected at x = 1: e^2.8 = 16.444647;
// ratio e²/e^2.8 = e^−0.8 = 0.449329; reference (the curve at x̄ = 3) e⁴ = 54.598150; adjusted e⁴·e^−0.8 = e^3.2 =
// 24.532530. Prediction half-width on the log scale at x = 1: 3.182446·0.894427·√(1 + 1/5 + 4/10) = 3.600527, so the
// range is e^(2.8 ± 3.600527) = 0.449092 to 602.162282 and the adjusted range e^(3.2 ∓ 3.600527) = 0.669967 to
// 898.320565 (exponentials on a calculator, checked in Python).
const e = Math.exp
describe('adjustForDeprivation', () => {
  const inputs = [
    { areaCode: 'A', deprivation: 1, value: e(2) },
    { areaCode: 'B', deprivation: 2, value: e(4) },
    { areaCode: 'C', deprivation: 3, value: e(5) },
    { areaCode: 'D', deprivation: 4, value: e(4) },
    { areaCode: 'E', deprivation: 5, value: e(5) },
    { areaCode: 'F', deprivation: null, value: 9 },
    { areaCode: 'G', deprivation: 3, value: null },
  ]

  it('fits ln(value) on deprivation and adjusts by the ratio to expected, relative to average deprivation', () => {
    const result = adjustForDeprivation(inputs)
    expect(result?.values.map((v) => v.areaCode)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(result?.fit.slope).toBeCloseTo(0.6, 12)
    expect(result?.reference).toBeCloseTo(54.59815, 5)
    const a = result?.values[0]
    expect(a?.expected).toBeCloseTo(16.444647, 6)
    expect(a?.ratio).toBeCloseTo(0.449329, 6)
    expect(a?.adjusted).toBeCloseTo(24.53253, 5)
    expect(a?.lower).toBeCloseTo(0.449092, 6)
    expect(a?.upper).toBeCloseTo(602.162282, 4)
    expect(a?.adjustedLower).toBeCloseTo(0.669967, 6)
    expect(a?.adjustedUpper).toBeCloseTo(898.320565, 3)
  })

  it('an authority on the curve is adjusted to the reference', () => {
    const onCurve = [1, 2, 3, 4, 5].map((x) => ({ areaCode: `A${x}`, deprivation: x, value: e(1 + 0.5 * x) }))
    const result = adjustForDeprivation(onCurve)
    for (const v of result?.values ?? []) expect(v.adjusted).toBeCloseTo(result?.reference ?? NaN, 10)
  })

  it('never gives a value, range or adjusted figure below zero, however steep the line', () => {
    // A straight line through these falls below zero at low deprivation; the log-scale curve cannot.
    const steep = [
      { areaCode: 'A', deprivation: 5, value: 1 },
      { areaCode: 'B', deprivation: 10, value: 2 },
      { areaCode: 'C', deprivation: 40, value: 200 },
      { areaCode: 'D', deprivation: 45, value: 90 },
      { areaCode: 'E', deprivation: 20, value: 3 },
    ]
    const result = adjustForDeprivation(steep)
    if (!result) throw new Error('no fit')
    for (const v of result.values) {
      for (const n of [v.expected, v.lower, v.upper, v.adjusted, v.adjustedLower, v.adjustedUpper])
        expect(n).toBeGreaterThan(0)
    }
    expect(predictionRange(result.fit, -100).lower).toBeGreaterThan(0)
  })

  it('leaves zeros out of the fit but adjusts them (0 stays 0) and names them', () => {
    const result = adjustForDeprivation([...inputs.slice(0, 5), { areaCode: 'Z', deprivation: 2, value: 0 }])
    if (!result) throw new Error('no fit')
    expect(result.fit.n).toBe(5)
    expect(result.zeros).toEqual(['Z'])
    const z = result.values.find((v) => v.areaCode === 'Z')
    expect(z?.adjusted).toBe(0)
    expect(z?.expected).toBeCloseTo(expectedValue(result.fit, 2), 12)
  })

  it('is null when there are too few areas to fit a line', () => {
    expect(adjustForDeprivation(inputs.slice(0, 2))).toBeNull()
    expect(adjustForDeprivation([])).toBeNull()
  })
})
