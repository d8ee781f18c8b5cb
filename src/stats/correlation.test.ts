import { describe, expect, it } from 'vitest'
import { pearson, spearman } from './correlation'
import { averageRanks } from './ranks'

describe('pearson', () => {
  it('matches a hand-worked example with its Fisher interval', () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: means 3 and 4; Sxy = 4 + 0 + 0 + 0 + 2 = 6, Sxx = 10, Syy = 4 + 0 + 1 + 0 + 1 = 6.
    // r = 6 / √60 = 0.774597. z = atanh(r) = 1.031719; se = 1/√2; z ± 1.959964 × 0.707107 = z ± 1.385904, i.e.
    // −0.354185 to 2.417622; tanh gives the 95% interval −0.340082 to 0.984236 (as SciPy's pearsonr reports).
    const result = pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
    expect(result?.r).toBeCloseTo(0.774597, 6)
    expect(result?.n).toBe(5)
    expect(result?.ci?.lower).toBeCloseTo(-0.340082, 6)
    expect(result?.ci?.upper).toBeCloseTo(0.984236, 6)
  })

  it('reproduces a textbook interval: r = 0.5 with n = 28', () => {
    // z = atanh(0.5) = 0.549306, se = 1/5 = 0.2: 0.549306 ± 0.391993 = 0.157313 to 0.941299; tanh gives 0.156028
    // to 0.735818.
    // Build 28 pairs with r exactly 0.5: y = x + √3·e with x and e orthogonal, equal variance (cos 60° = 0.5).
    const xs = Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 1 : -1))
    const es = Array.from({ length: 28 }, (_, i) => (i < 14 ? 1 : -1))
    const ys = xs.map((x, i) => x + Math.sqrt(3) * (es[i] ?? 0))
    const result = pearson(xs, ys)
    expect(result?.r).toBeCloseTo(0.5, 12)
    expect(result?.ci?.lower).toBeCloseTo(0.156028, 6)
    expect(result?.ci?.upper).toBeCloseTo(0.735818, 6)
  })

  it('is ±1 for exact lines, has no interval below 4 pairs and is null without variation', () => {
    expect(pearson([1, 2, 3, 4], [10, 8, 6, 4])?.r).toBeCloseTo(-1, 12)
    expect(pearson([1, 2, 3], [1, 3, 2])?.ci).toBeNull()
    expect(pearson([1, 2], [1, 2])).toBeNull()
    expect(pearson([1, 2, 3, 4], [5, 5, 5, 5])).toBeNull()
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(/pairs/)
  })
})

describe('spearman', () => {
  it('reproduces the textbook IQ and television example, rho = −29/165', () => {
    // Ten people's IQ and weekly hours of television (the standard worked example, e.g. Wikipedia "Spearman's rank
    // correlation coefficient"): Σd² = 194, rho = 1 − 6 × 194 / (10 × 99) = −29/165 = −0.175758.
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110]
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17]
    expect(spearman(iq, tv)?.rho).toBeCloseTo(-29 / 165, 12)
  })

  it('gives ties their average rank', () => {
    // y = 2, 4, 5, 4, 5 ranks 1, 2.5, 4.5, 2.5, 4.5; against x ranks 1..5: Sxy = 4 + 0.5 + 0 − 0.5 + 3 = 7,
    // Sxx = 10, Syy = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9; rho = 7 / √90 = 0.737865.
    expect(averageRanks([2, 4, 5, 4, 5])).toEqual([1, 2.5, 4.5, 2.5, 4.5])
    expect(spearman([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])?.rho).toBeCloseTo(0.737865, 6)
  })

  it('is 1 for any increasing relation', () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125])?.rho).toBeCloseTo(1, 12)
  })
})
