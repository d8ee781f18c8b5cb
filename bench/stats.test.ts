import { describe, expect, it } from 'vitest'
import { quantile, summarise } from './stats'

describe('benchmark statistics', () => {
  it('quantile interpolates linearly between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([10], 0.95)).toBe(10)
    expect(quantile([0, 100], 0.95)).toBe(95)
    expect(quantile([], 0.5)).toBeNaN()
  })

  it('summarise reports runs, median, min, max and optionally p95', () => {
    expect(summarise([5, 1, 3])).toEqual({ runs: 3, median: 3, min: 1, max: 5 })
    expect(summarise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], true).p95).toBe(19.1)
  })
})
