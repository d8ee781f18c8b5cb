import { describe, expect, it } from 'vitest'
import { median, summariseGroup } from './groupSummary'

describe('summariseGroup', () => {
  const members = [{ value: 50 }, { value: null }, { value: 70 }, { value: 90 }, { value: null }]

  it('mean uses only members with data and says how many had it', () => {
    expect(summariseGroup(members, 'mean')).toEqual({ method: 'mean', value: 70, withData: 3, members: 5 })
  })

  it('median of an even number of members averages the middle two', () => {
    expect(summariseGroup([{ value: 1 }, { value: 4 }, { value: 2 }, { value: 10 }], 'median').value).toBe(3)
  })

  it('pooled rate is total count over total population per 10,000, skipping members without both', () => {
    const pooled = summariseGroup(
      [
        { value: 50, count: 100, population: 20_000 },
        { value: 100, count: 300, population: 30_000 },
        { value: 80, count: null, population: 10_000 },
      ],
      'pooled',
    )
    expect(pooled.value).toBeCloseTo(80, 10)
    expect(pooled.withData).toBe(2)
    expect(pooled.members).toBe(3)
  })

  it('is null, with zero members with data, when nobody has data', () => {
    expect(summariseGroup([{ value: null }], 'mean')).toEqual({ method: 'mean', value: null, withData: 0, members: 1 })
    expect(summariseGroup([], 'median').value).toBeNull()
    expect(summariseGroup([{ value: null, count: null, population: null }], 'pooled').value).toBeNull()
  })
})

describe('median', () => {
  it('of a single value is that value, of none is null', () => {
    expect(median([7])).toBe(7)
    expect(median([])).toBeNull()
  })
})
