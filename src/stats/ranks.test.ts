import { describe, expect, it } from 'vitest'
import { quartileBand, rankValues } from './ranks'

describe('rankValues', () => {
  it('ranks the highest first, ties sharing the best rank, nulls unranked', () => {
    expect(rankValues([10, 30, 20, 30, null], 'highest-first')).toEqual([4, 1, 3, 1, null])
  })

  it('ranks the lowest first when asked', () => {
    expect(rankValues([10, 30, 20, 10], 'lowest-first')).toEqual([1, 4, 3, 1])
  })

  it('handles empty and all-null input', () => {
    expect(rankValues([], 'highest-first')).toEqual([])
    expect(rankValues([null, null], 'lowest-first')).toEqual([null, null])
  })
})

describe('quartileBand', () => {
  it('splits 152 ranks into four bands of 38', () => {
    expect(quartileBand(1, 152)).toBe(1)
    expect(quartileBand(38, 152)).toBe(1)
    expect(quartileBand(39, 152)).toBe(2)
    expect(quartileBand(114, 152)).toBe(3)
    expect(quartileBand(115, 152)).toBe(4)
    expect(quartileBand(152, 152)).toBe(4)
  })

  it('puts a single ranked area in band 1', () => {
    expect(quartileBand(1, 1)).toBe(1)
  })
})
