import { describe, expect, it } from 'vitest'
import { fitOls, leastSquaresSlope, predictionInterval, predictOls } from './ols'

// Hand-worked example: x = 1..5, y = 2, 4, 5, 4, 5.
// x̄ = 3, ȳ = 4, Sxx = 10, Sxy = 6, Syy = 6 → slope 0.6, intercept 2.2, r = 6/√60 = 0.7746.
// Fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals −0.8, 0.6, 1.0, −0.6, −0.2; SSE = 2.4; s = √(2.4/3) = 0.8944.
const points = [
  { x: 1, y: 2 },
  { x: 2, y: 4 },
  { x: 3, y: 5 },
  { x: 4, y: 4 },
  { x: 5, y: 5 },
]

describe('fitOls', () => {
  it('gives the hand-worked coefficients, r and R²', () => {
    const fit = fitOls(points)
    expect(fit).not.toBeNull()
    expect(fit?.slope).toBeCloseTo(0.6, 12)
    expect(fit?.intercept).toBeCloseTo(2.2, 12)
    expect(fit?.r).toBeCloseTo(0.774597, 6)
    expect(fit?.rSquared).toBeCloseTo(0.6, 12)
    expect(fit?.residualSe).toBeCloseTo(0.894427, 6)
  })

  it('is null with fewer than three points or no spread in x', () => {
    expect(fitOls(points.slice(0, 2))).toBeNull()
    expect(fitOls([])).toBeNull()
    expect(
      fitOls([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull()
  })

  it('a perfect line has r = 1 and zero residual error', () => {
    const fit = fitOls([1, 2, 3, 4].map((x) => ({ x, y: 3 - 2 * x })))
    expect(fit?.r).toBeCloseTo(-1, 12)
    expect(fit?.residualSe).toBeCloseTo(0, 12)
  })
})

describe('predictionInterval', () => {
  it('matches the hand-worked 95% interval at x = 3 and x = 6', () => {
    const fit = fitOls(points)
    if (!fit) throw new Error('fit expected')
    // t(0.975, 3) = 3.182446; at x = 3: half-width = 3.182446 · 0.894427 · √(1 + 1/5) = 3.11814.
    const atMean = predictionInterval(fit, 3)
    expect(predictOls(fit, 3)).toBeCloseTo(4, 12)
    expect(atMean.upper - 4).toBeCloseTo(3.11814, 4)
    expect(4 - atMean.lower).toBeCloseTo(3.11814, 4)
    // At x = 6: ŷ = 5.8; half-width = 3.182446 · 0.894427 · √(1 + 0.2 + 0.9) = 4.12497.
    const beyond = predictionInterval(fit, 6)
    expect(beyond.lower).toBeCloseTo(5.8 - 4.12497, 4)
    expect(beyond.upper).toBeCloseTo(5.8 + 4.12497, 4)
  })
})

describe('leastSquaresSlope', () => {
  it('is the hand-worked slope, and the difference itself for two points', () => {
    expect(leastSquaresSlope(points)).toBeCloseTo(0.6, 12)
    // 2020: 10, 2023: 16 → 6 over 3 years = 2 a year.
    expect(
      leastSquaresSlope([
        { x: 2020, y: 10 },
        { x: 2023, y: 16 },
      ]),
    ).toBeCloseTo(2, 12)
  })

  it('is null with fewer than two points or one x only', () => {
    expect(leastSquaresSlope([{ x: 1, y: 1 }])).toBeNull()
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull()
  })
})
