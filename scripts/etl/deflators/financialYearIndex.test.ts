import { describe, expect, it } from 'vitest'
import {
  buildFinancialYearMeans,
  parseQuarterLabel,
  rebaseIndex,
  toRealTerms,
  type QuarterValue,
} from './financialYearIndex'

const q = (year: number, quarter: 1 | 2 | 3 | 4, value: number): QuarterValue => ({ year, quarter, value })

describe('parseQuarterLabel', () => {
  it('reads "2024 Q1" and ignores annual and monthly periods', () => {
    expect(parseQuarterLabel('2024 Q1')).toEqual({ year: 2024, quarter: 1 })
    expect(parseQuarterLabel(' 1998 Q4 ')).toEqual({ year: 1998, quarter: 4 })
    expect(parseQuarterLabel('2024')).toBeUndefined()
    expect(parseQuarterLabel('2025 APR')).toBeUndefined()
    expect(parseQuarterLabel('2024 Q5')).toBeUndefined()
  })
})

describe('buildFinancialYearMeans', () => {
  it('FY 2024-25 (year 2025) is the mean of 2024 Q2, Q3, Q4 and 2025 Q1', () => {
    // The real YBGB quarters: 110.1, 112.1, 113.2, 114.1 → 112.375.
    const fy = buildFinancialYearMeans([
      q(2024, 1, 109.3),
      q(2024, 2, 110.1),
      q(2024, 3, 112.1),
      q(2024, 4, 113.2),
      q(2025, 1, 114.1),
    ])
    expect(fy.years).toEqual([2025])
    expect(fy.values[0]).toBeCloseTo(112.375, 10)
  })

  it('does not produce an incomplete final year (never extrapolates past the last quarter)', () => {
    const fy = buildFinancialYearMeans([
      q(2021, 2, 1),
      q(2021, 3, 2),
      q(2021, 4, 3),
      q(2022, 1, 4),
      q(2022, 2, 5),
      q(2022, 3, 6),
      q(2022, 4, 7),
    ])
    expect(fy.years).toEqual([2022])
    expect(fy.values).toEqual([2.5])
  })

  it('does not produce an incomplete first year either', () => {
    const fy = buildFinancialYearMeans([
      q(2020, 4, 9),
      q(2021, 1, 9),
      q(2021, 2, 4),
      q(2021, 3, 4),
      q(2021, 4, 4),
      q(2022, 1, 4),
    ])
    expect(fy.years).toEqual([2022])
  })

  it('keeps only the unbroken run of years ending at the latest one when a quarter is missing inside the series', () => {
    const quarters: QuarterValue[] = []
    for (let year = 2010; year <= 2014; year++)
      for (const quarter of [1, 2, 3, 4] as const) quarters.push(q(year, quarter, year))
    const withHole = quarters.filter((x) => !(x.year === 2011 && x.quarter === 3))
    expect(buildFinancialYearMeans(withHole).years).toEqual([2013, 2014])
  })

  it('is empty for no quarters, and the order of the input does not matter', () => {
    expect(buildFinancialYearMeans([])).toEqual({ years: [], values: [] })
    const a = [q(2021, 2, 1), q(2021, 3, 2), q(2021, 4, 3), q(2022, 1, 4)]
    expect(buildFinancialYearMeans([...a].reverse())).toEqual(buildFinancialYearMeans(a))
  })
})

describe('rebaseIndex', () => {
  it('sets the base year to exactly 100 and scales the others, rounded to 3 decimals', () => {
    expect(rebaseIndex({ years: [2023, 2024, 2025], values: [90, 100.5, 112.375] }, 2025)).toEqual([
      80.089, 89.433, 100,
    ])
  })

  it('refuses a base year the index does not reach', () => {
    expect(() => rebaseIndex({ years: [2021, 2022], values: [1, 2] }, 2025)).toThrow(/base year 2025/)
  })
})

describe('toRealTerms', () => {
  const deflator = { years: [2024, 2025], index: [80, 100] }

  it('inflates cash of an earlier year to base-year prices', () => {
    expect(toRealTerms(800, 2024, deflator)).toBe(1000)
    expect(toRealTerms(800, 2025, deflator)).toBe(800)
  })

  it('is undefined for a year the index does not reach', () => {
    expect(toRealTerms(800, 2026, deflator)).toBeUndefined()
    expect(toRealTerms(800, 2009, deflator)).toBeUndefined()
  })
})
