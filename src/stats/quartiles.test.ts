import { describe, expect, it } from 'vitest'
import { quantileType7, quarterOf, quartilesOf } from './quartiles'

describe('quantileType7', () => {
  it('interpolates between order statistics as R’s quantile() does by default', () => {
    // R: quantile(c(1, 2, 3, 4)) gives 1, 1.75, 2.5, 3.25, 4.
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantileType7([1, 2, 3, 4], p))).toEqual([1, 1.75, 2.5, 3.25, 4])
    // R: quantile(c(10, 20, 30, 40, 50)) gives 10, 20, 30, 40, 50 (h falls on whole positions).
    expect(quantileType7([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(quantileType7([7], 0.75)).toBe(7)
  })

  it('refuses no values', () => {
    expect(() => quantileType7([], 0.5)).toThrow('quantile of no values')
  })
})

describe('quartilesOf', () => {
  it('sorts first and gives min, quartiles and max', () => {
    // R: quantile(c(9, 1, 5, 3, 7, 2)) gives 1, 2.25, 4, 6.5, 9.
    expect(quartilesOf([9, 1, 5, 3, 7, 2])).toEqual([1, 2.25, 4, 6.5, 9])
    expect(quartilesOf([])).toBeNull()
  })
})

describe('quarterOf', () => {
  const q = [1, 2.25, 4, 6.5, 9] as const
  it('puts a value on a boundary in the lower quarter, as LAIT’s bands do', () => {
    expect([1, 2.25, 2.3, 4, 4.1, 6.5, 6.6, 9].map((v) => quarterOf(v, q))).toEqual([1, 1, 2, 2, 3, 3, 4, 4])
  })
})
