import { describe, expect, it } from 'vitest'
import { fUpperTail } from './fDistribution'

describe('fUpperTail', () => {
  it('matches printed F tables at their 5% and 1% points', () => {
    // F(0.95; 2, 10) = 4.10, F(0.95; 3, 20) = 3.10, F(0.99; 4, 30) = 4.02 (Neave, Statistics Tables, F table).
    expect(fUpperTail(4.102821, 2, 10)).toBeCloseTo(0.05, 6)
    expect(fUpperTail(3.098391, 3, 20)).toBeCloseTo(0.05, 6)
    expect(fUpperTail(4.017877, 4, 30)).toBeCloseTo(0.01, 6)
  })

  it('has the closed form (1 + 2f/d2)^(−d2/2) with two numerator degrees of freedom', () => {
    // Worked: d1 = 2, d2 = 6, f = 27: (1 + 54/6)^−3 = 10^−3.
    expect(fUpperTail(27, 2, 6)).toBeCloseTo(0.001, 12)
  })

  it('is 1 at zero and NaN without degrees of freedom', () => {
    expect(fUpperTail(0, 3, 10)).toBe(1)
    expect(fUpperTail(2, 0, 10)).toBeNaN()
  })
})
