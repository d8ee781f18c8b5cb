import { describe, expect, it } from 'vitest'
import { compareGroups, englandCorrelation } from './heavyAnalyses'

describe('englandCorrelation', () => {
  it('pairs every authority’s neighbourhoods, leaving out those missing either value', () => {
    // y = 2x where both are present: r and rho are exactly 1 over the four complete pairs.
    const x = { id: 'x', areas: { A: [1, 2, null], B: [3, 4] } }
    const y = { id: 'y', areas: { A: [2, 4, 6], B: [6, null], C: [1] } }
    const answer = englandCorrelation(x, y)
    expect(answer.n).toBe(3)
    expect(answer.r?.r).toBeCloseTo(1, 12)
    expect(answer.rho?.rho).toBeCloseTo(1, 12)
    expect(answer.density?.counts.flat().reduce((a, b) => a + b, 0)).toBe(3)
  })
})

describe('compareGroups', () => {
  it('needs two groups of at least two neighbourhoods', () => {
    expect(compareGroups([[1, 2, 3]])).toBeNull()
    expect(compareGroups([[1, 2], [3]])).toBeNull()
  })

  it('gives the analysis of variance and one Tukey comparison per pair', () => {
    // Hand-worked: means 2, 5, 8; within sum of squares 2 + 2 + 2 = 6 on 6 df; between 3·(9 + 0 + 9) = 54 on 2 df;
    // F = (54 / 2) / (6 / 6) = 27.
    const answer = compareGroups([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ])
    expect(answer?.anova.f).toBeCloseTo(27, 10)
    expect(answer?.pairs).toHaveLength(3)
  })
})
