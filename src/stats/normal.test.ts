import { describe, expect, it } from 'vitest'
import { normalCdf, Z_95 } from './normal'

describe('normalCdf', () => {
  it('matches printed standard normal tables', () => {
    // Φ(0) = 0.5 by symmetry; Φ(1) = 0.841345, Φ(1.96) = 0.975002, Φ(−2.326348) = 0.01 (table values).
    expect(normalCdf(0)).toBeCloseTo(0.5, 14)
    expect(normalCdf(1)).toBeCloseTo(0.8413447461, 9)
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021049, 9)
    expect(normalCdf(-2.326347874)).toBeCloseTo(0.01, 9)
    expect(normalCdf(Z_95)).toBeCloseTo(0.975, 12)
  })

  it('keeps its relative precision in the far lower tail', () => {
    // Φ(−8) = 6.220960574e-16 (Abramowitz and Stegun 26.2, tail table); 1 − Φ(8) would round to 0 in doubles.
    expect(normalCdf(-8) / 6.220960574271785e-16).toBeCloseTo(1, 8)
  })

  it('is symmetric', () => {
    for (const x of [0.3, 1.7, 3.2]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14)
  })
})
