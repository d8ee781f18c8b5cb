import { describe, expect, it } from 'vitest'
import { classOf, quantileClasses } from './quantileClasses'

describe('quantileClasses', () => {
  it('splits twelve values into equal thirds at their type-7 tertiles', () => {
    // Values 1..12: h = 11 × 1/3 = 3.667, tertile 1 = 4 + 0.667 × 1 = 4.667; h = 7.333, tertile 2 = 8.333;
    // the top break is the maximum, 12. Classes: 1-4, 5-8, 9-12, four each.
    const classes = quantileClasses([12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 3)
    expect(classes?.breaks[0]).toBeCloseTo(4.6667, 4)
    expect(classes?.breaks[1]).toBeCloseTo(8.3333, 4)
    expect(classes?.breaks[2]).toBe(12)
    expect(classes?.counts).toEqual([4, 4, 4])
    expect(classes?.min).toBe(1)
  })

  it('gives quintiles of 1..10 two values each, and deciles one each', () => {
    // Quintiles: h = 9 × 0.2 = 1.8 → 2.8, 4.6, 6.4, 8.2, 10.
    const values = Array.from({ length: 10 }, (_, i) => i + 1)
    const quintiles = quantileClasses(values, 5)
    expect(quintiles?.breaks.map((b) => Number(b.toFixed(1)))).toEqual([2.8, 4.6, 6.4, 8.2, 10])
    expect(quintiles?.counts).toEqual([2, 2, 2, 2, 2])
    expect(quantileClasses(values, 10)?.counts).toEqual(Array.from({ length: 10 }, () => 1))
  })

  it('puts a value on a break in the lower class, so ties can leave a class empty', () => {
    // 1,1,1,1,1,2: both tertile breaks are 1 (h = 1.67 and 3.33 fall among the ones); the five ones go to class 1,
    // nothing to class 2, the 2 to class 3. The counts say so rather than hiding it.
    const classes = quantileClasses([1, 1, 1, 1, 1, 2], 3)
    expect(classes?.breaks).toEqual([1, 1, 2])
    expect(classes?.counts).toEqual([5, 0, 1])
  })

  it('keeps every value in some class and the counts add up', () => {
    const values = [3.2, -1, 8, 8, 0.5, 12, 7, 7, 7, 2]
    for (let k = 3; k <= 10; k++) {
      const classes = quantileClasses(values, k)
      expect(classes?.counts.reduce((a, b) => a + b, 0)).toBe(values.length)
      expect(classes?.breaks).toHaveLength(k)
    }
  })

  it('is null with no values and refuses fewer than 3 or more than 10 classes', () => {
    expect(quantileClasses([], 4)).toBeNull()
    expect(() => quantileClasses([1, 2], 2)).toThrow(/3-10 classes/)
    expect(() => quantileClasses([1, 2], 11)).toThrow(/3-10 classes/)
  })

  it('classOf places a value above the last break in the top class', () => {
    expect(classOf(5, [1, 2, 3])).toBe(2)
    expect(classOf(1.5, [1, 2, 3])).toBe(1)
  })
})
