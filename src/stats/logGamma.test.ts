import { describe, expect, it } from 'vitest'
import { logGamma } from './logGamma'

describe('logGamma', () => {
  it('matches ln((n−1)!) for whole numbers and ln √π at one half', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12)
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9)
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12)
  })
})
