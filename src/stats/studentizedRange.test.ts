import { describe, expect, it } from 'vitest'
import { studentizedRangeCdf, studentizedRangeQuantile } from './studentizedRange'

describe('studentized range distribution', () => {
  it('reproduces the printed upper 5% and 1% points of the studentized range', () => {
    // Table values (Harter 1960; reprinted e.g. in Montgomery, Design and Analysis of Experiments, Table VII):
    // q(0.95; 3, 20) = 3.578, q(0.95; 5, 30) = 4.102, q(0.95; 2, 10) = 3.151, q(0.95; 3, 10) = 3.877,
    // q(0.95; 4, 20) = 3.958, q(0.95; 10, 60) = 4.646, q(0.95; 20, 120) = 5.126, q(0.99; 3, 10) = 5.270.
    const table: [p: number, k: number, df: number, q: number][] = [
      [0.95, 3, 20, 3.578],
      [0.95, 5, 30, 4.102],
      [0.95, 2, 10, 3.151],
      [0.95, 3, 10, 3.877],
      [0.95, 4, 20, 3.958],
      [0.95, 10, 60, 4.646],
      [0.95, 20, 120, 5.126],
      [0.99, 3, 10, 5.27],
    ]
    for (const [p, k, df, q] of table) expect(studentizedRangeQuantile(p, k, df)).toBeCloseTo(q, 3)
  })

  it('is the distribution function of its own quantiles', () => {
    expect(studentizedRangeCdf(studentizedRangeQuantile(0.95, 6, 40), 6, 40)).toBeCloseTo(0.95, 8)
  })

  it('with two means and the SD known is √2 times the normal quantile', () => {
    // The range of two standard normals is |Z1 − Z2| ~ √2 |Z|, so q(0.95; 2, ∞) = √2 × 1.959964 = 2.771808.
    expect(studentizedRangeQuantile(0.95, 2, 1e6)).toBeCloseTo(Math.SQRT2 * 1.959963984540054, 5)
  })

  it('is 0 at or below 0 and NaN for fewer than two means or degrees of freedom', () => {
    expect(studentizedRangeCdf(0, 3, 10)).toBe(0)
    expect(studentizedRangeCdf(-1, 3, 10)).toBe(0)
    expect(studentizedRangeCdf(2, 1, 10)).toBeNaN()
    expect(studentizedRangeQuantile(0.95, 3, 1)).toBeNaN()
  })
})
