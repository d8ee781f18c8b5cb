import { describe, expect, it } from 'vitest'
import { groupMean, oneWayAnova, tukeyHsd } from './anova'

describe('oneWayAnova', () => {
  it('matches a hand-worked example', () => {
    // Groups 1,2,3 / 4,5,6 / 7,8,9: means 2, 5, 8, grand mean 5. SS between = 3 × (9 + 0 + 9) = 54 on 2 df; SS within
    // = 2 + 2 + 2 = 6 on 6 df, MSW = 1. F = 27 / 1 = 27; with 2 numerator df the tail is (1 + 2 × 27/6)^−3 = 0.001.
    const anova = oneWayAnova([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ])
    expect(anova).toMatchObject({ groups: 3, n: 9, dfBetween: 2, dfWithin: 6, ssBetween: 54, ssWithin: 6, msWithin: 1 })
    expect(anova.f).toBeCloseTo(27, 12)
    expect(anova.p).toBeCloseTo(0.001, 12)
  })

  it('handles unequal group sizes', () => {
    // Means 11.75 (n 4), 16.333 (n 3), 9 (n 5); grand mean 141/12 = 11.75. SS within = 8.75 + 4.667 + 10 = 23.417 on
    // 9 df; SS between = 0 + 3 × 4.5833² + 5 × 2.75² = 100.833 on 2 df. F = 50.417 / 2.6019 = 19.377, p = 0.000548
    // (the same as SciPy's f_oneway).
    const anova = oneWayAnova([
      [10, 12, 11, 14],
      [15, 18, 16],
      [9, 8, 11, 10, 7],
    ])
    expect(anova.ssWithin).toBeCloseTo(23.4167, 4)
    expect(anova.ssBetween).toBeCloseTo(100.8333, 4)
    expect(anova.f).toBeCloseTo(19.377224, 5)
    expect(anova.p).toBeCloseTo(0.000547683, 8)
  })

  it('refuses designs it cannot test, saying why', () => {
    expect(() => oneWayAnova([[1, 2]])).toThrow(/two groups/)
    expect(() => oneWayAnova([[1, 2], []])).toThrow(/at least one value/)
    expect(() => oneWayAnova([[1], [2]])).toThrow(/more values than there are groups/)
  })
})

describe('tukeyHsd', () => {
  it('matches the hand-worked example', () => {
    // MSW = 1 on 6 df; every pair has n = 3, so se = √(1/2 × (1/3 + 1/3)) = 0.577350. q(0.95; 3, 6) = 4.339195, so
    // each interval is the difference ± 2.505236. Differences 3, 6 and 3 give q = 5.196152, 10.392305, 5.196152 and
    // adjusted p = 0.024229, 0.000794, 0.024229 (as R's TukeyHSD and SciPy's tukey_hsd).
    const pairs = tukeyHsd([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ])
    expect(pairs.map((p) => [p.a, p.b, p.difference])).toEqual([
      [0, 1, 3],
      [0, 2, 6],
      [1, 2, 3],
    ])
    expect(pairs[0]?.lower).toBeCloseTo(0.494764, 5)
    expect(pairs[0]?.upper).toBeCloseTo(5.505236, 5)
    expect(pairs[0]?.q).toBeCloseTo(5.196152, 5)
    expect(pairs[0]?.pAdjusted).toBeCloseTo(0.024229, 5)
    expect(pairs[1]?.pAdjusted).toBeCloseTo(0.000794, 5)
  })

  it('uses each pair’s own sizes (Tukey-Kramer)', () => {
    // The unequal groups above: group 2 − group 1 = 4.583333, se = √(2.6019/2 × (1/4 + 1/3)) = 0.871133;
    // q(0.95; 3, 9) = 3.948492 → interval 1.143670 to 8.022997; p = 0.011937. Group 3 − group 1 = −2.75, p = 0.073833.
    const pairs = tukeyHsd([
      [10, 12, 11, 14],
      [15, 18, 16],
      [9, 8, 11, 10, 7],
    ])
    expect(pairs[0]?.difference).toBeCloseTo(4.583333, 5)
    expect(pairs[0]?.lower).toBeCloseTo(1.14367, 5)
    expect(pairs[0]?.upper).toBeCloseTo(8.022997, 5)
    expect(pairs[0]?.pAdjusted).toBeCloseTo(0.011937, 5)
    expect(pairs[1]?.pAdjusted).toBeCloseTo(0.073833, 5)
    expect(pairs[2]?.pAdjusted).toBeCloseTo(0.000405, 5)
  })
})

describe('groupMean', () => {
  it('gives the mean with a t interval on n − 1 df', () => {
    // 2, 4, 6, 8: mean 5, SD √(20/3) = 2.581989; t(0.975; 3) = 3.182446; half-width 3.182446 × 2.581989 / 2 = 4.108521.
    const g = groupMean([2, 4, 6, 8])
    expect(g.mean).toBe(5)
    expect(g.sd).toBeCloseTo(2.581989, 6)
    expect(g.ci?.lower).toBeCloseTo(0.891479, 5)
    expect(g.ci?.upper).toBeCloseTo(9.108521, 5)
  })

  it('has no interval for a single value', () => {
    expect(groupMean([3]).ci).toBeNull()
  })
})
