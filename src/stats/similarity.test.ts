import { describe, expect, it } from 'vitest'
import { countOverlap, findSimilarAreas, standardise } from './similarity'

const profiles = [
  { areaCode: 'A', values: [10, 100] },
  { areaCode: 'B', values: [12, 100] },
  { areaCode: 'C', values: [10, 300] },
  { areaCode: 'D', values: [30, 500] },
  { areaCode: 'E', values: [11, null] },
]

describe('standardise', () => {
  it('gives each indicator its mean and population standard deviation over the areas that have it', () => {
    const [first, second] = standardise(profiles, 2)
    expect(first?.mean).toBeCloseTo(14.6, 10)
    expect(second?.mean).toBe(250)
    expect(second?.sd).toBeCloseTo(Math.sqrt((150 ** 2 * 2 + 50 ** 2 + 250 ** 2) / 4), 10)
  })
})

describe('findSimilarAreas', () => {
  it('orders candidates by standardised distance, so a unit with big numbers does not dominate', () => {
    const result = findSimilarAreas('A', profiles, 3)
    expect(result.map((r) => r.areaCode)).toEqual(['B', 'C', 'D'])
    expect(result[0]?.standardisedDifferences[1]).toBe(0)
  })

  it('leaves out candidates missing an indicator, and returns nothing for an unknown target', () => {
    expect(findSimilarAreas('A', profiles, 10).map((r) => r.areaCode)).not.toContain('E')
    expect(findSimilarAreas('Z', profiles, 3)).toEqual([])
  })

  it('with k = 0 returns an empty list', () => {
    expect(findSimilarAreas('A', profiles, 0)).toEqual([])
  })
})

describe('countOverlap', () => {
  it('counts the codes two lists share', () => {
    expect(countOverlap(['A', 'B', 'C'], ['C', 'A', 'X'])).toBe(2)
    expect(countOverlap([], ['A'])).toBe(0)
  })
})
