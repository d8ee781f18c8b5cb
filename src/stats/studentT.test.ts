import { describe, expect, it } from 'vitest'
import { studentTCdf, studentTQuantile } from './studentT'

describe('Student t distribution', () => {
  it('studentTQuantile matches printed tables (two-sided 95%)', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3)
    expect(studentTQuantile(0.975, 3)).toBeCloseTo(3.182, 3)
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3)
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3)
    expect(studentTQuantile(0.975, 148)).toBeCloseTo(1.9762, 3)
  })

  it('is symmetric and centred on zero', () => {
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12)
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228, 3)
    expect(studentTCdf(2.228, 10) + studentTCdf(-2.228, 10)).toBeCloseTo(1, 12)
  })

  it('returns NaN outside its domain', () => {
    expect(studentTQuantile(0, 5)).toBeNaN()
    expect(studentTQuantile(1, 5)).toBeNaN()
    expect(studentTQuantile(0.5, 0)).toBeNaN()
  })
})
