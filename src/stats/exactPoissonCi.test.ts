import { describe, expect, it } from 'vitest'
import { exactPoissonInterval, gammaQuantile } from './exactPoissonCi'

// Reference values computed independently in Python with SciPy 1.17 (cephes chi-squared quantiles), by the
// chi-squared form of the exact interval: lower = chi2.ppf(0.025, 2k) / 2, upper = chi2.ppf(0.975, 2k + 2) / 2.
// The whole-number rows also match the published tables (e.g. k = 10: 4.795 to 18.390; k = 0: 0 to 3.689).
const SCIPY: Array<[number, number, number]> = [
  [0, 0, 3.6888794541139354],
  [1, 0.025317807984289876, 5.571643390938898],
  [5, 1.6234863901184207, 11.66833207932267],
  [10, 4.7953886961324335, 18.39035604201778],
  [37.5, 26.470969885266427, 51.579055950673286],
  [100, 81.36399125092314, 121.62679379242638],
]

describe('exactPoissonInterval', () => {
  it.each(SCIPY)('count %d: %f to %f', (count, lower, upper) => {
    const ci = exactPoissonInterval(count)
    expect(ci.lower).toBeCloseTo(lower, 8)
    expect(ci.upper).toBeCloseTo(upper, 8)
  })

  it('a wider level gives a wider interval', () => {
    const ninety = exactPoissonInterval(20, 0.9)
    const ninetyNine = exactPoissonInterval(20, 0.99)
    expect(ninetyNine.lower).toBeLessThan(ninety.lower)
    expect(ninetyNine.upper).toBeGreaterThan(ninety.upper)
  })

  it('rejects a negative or missing count', () => {
    expect(() => exactPoissonInterval(-1)).toThrow(RangeError)
    expect(() => exactPoissonInterval(Number.NaN)).toThrow(RangeError)
  })
})

describe('gammaQuantile', () => {
  it('inverts the exponential distribution (shape 1) in closed form', () => {
    expect(gammaQuantile(0.5, 1)).toBeCloseTo(Math.log(2), 12)
    expect(gammaQuantile(0.975, 1)).toBeCloseTo(-Math.log(0.025), 10)
  })
})
