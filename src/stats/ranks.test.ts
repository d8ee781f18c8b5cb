import { describe, expect, it } from 'vitest'
import { rankValues } from './ranks'

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
