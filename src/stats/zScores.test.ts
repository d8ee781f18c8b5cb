import { describe, expect, it } from 'vitest'
import { meanAndSd, standardiseComplete } from './zScores'

describe('meanAndSd', () => {
  it('gives the mean and the sample (n − 1) standard deviation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, so sd = √(32 / 7) = 2.138090.
    const { mean, sd } = meanAndSd([2, 4, 4, 4, 5, 5, 7, 9])
    expect(mean).toBe(5)
    expect(sd).toBeCloseTo(2.13809, 5)
  })

  it('has no spread for one value or none', () => {
    expect(meanAndSd([3])).toEqual({ mean: 3, sd: 0 })
    expect(meanAndSd([]).sd).toBe(0)
  })
})

describe('standardiseComplete', () => {
  it('turns each variable into z-scores over the complete observations', () => {
    // Variable 0: 1, 2, 3 → mean 2, sd 1 → −1, 0, 1. Variable 1: 10, 30, 20 → mean 20, sd 10 → −1, 1, 0.
    const result = standardiseComplete(
      [
        { id: 'a', values: [1, 10] },
        { id: 'b', values: [2, 30] },
        { id: 'c', values: [3, 20] },
      ],
      2,
    )
    expect(result.ids).toEqual(['a', 'b', 'c'])
    expect(result.z).toEqual([
      [-1, -1],
      [0, 1],
      [1, 0],
    ])
    expect(result.scales).toEqual([
      { mean: 2, sd: 1 },
      { mean: 20, sd: 10 },
    ])
    expect(result.incomplete).toEqual([])
  })

  it('leaves out and lists an observation missing any variable, never treating the gap as 0', () => {
    const result = standardiseComplete(
      [
        { id: 'a', values: [1, 10] },
        { id: 'gap', values: [null, 1000] },
        { id: 'b', values: [2, 30] },
        { id: 'short', values: [5] },
        { id: 'c', values: [3, 20] },
      ],
      2,
    )
    expect(result.incomplete).toEqual(['gap', 'short'])
    expect(result.ids).toEqual(['a', 'b', 'c'])
    // The means are those of a, b and c alone: the 1000 of the incomplete observation does not move them.
    expect(result.scales[1]).toEqual({ mean: 20, sd: 10 })
  })

  it('leaves out a variable with no spread and says which', () => {
    const result = standardiseComplete(
      [
        { id: 'a', values: [1, 5] },
        { id: 'b', values: [3, 5] },
      ],
      2,
    )
    expect(result.constant).toEqual([1])
    expect(result.kept).toEqual([0])
    // Mean 2, sd √2.
    expect(result.z[0]?.[0]).toBeCloseTo(-1 / Math.SQRT2, 12)
    expect(result.z[0]).toHaveLength(1)
  })
})
