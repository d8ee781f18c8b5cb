import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../../src/schema/indicators'
import { testIndicator } from '../../../src/testing/testIndicator'
import { errorFrom } from '../testing/errorFrom'
import type { Observation } from '../types'
import { formatValidationReport, validateObservations } from './validateObservations'

const FILE = 'cin/b1.csv'
const indicator = (id: string, unit: Indicator['unit'], decimals = 0): Indicator => ({
  ...testIndicator(id),
  unit,
  decimals,
})
const INDICATORS = [
  indicator('cin_count', 'count'),
  indicator('cin_rate', 'rate per 10,000', 1),
  indicator('child_population', 'count'),
  indicator('low_income_pct', '%', 1),
  indicator('spend_total', '£'),
  indicator('imd_health_score', 'score', 3),
  indicator('imd_rank', 'rank'),
]

let row = 1
const obs = (indicatorId: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  indicatorId,
  areaCode: 'E08000016',
  year: 2024,
  value,
  flag: value === null ? 'c' : null,
  sourceId: 'cin-ees-2025',
  release: 20251030,
  provenance: 'published',
  origin: { file: FILE, row: ++row, column: indicatorId },
  ...extra,
})
const validate = (observations: Observation[]) => validateObservations(observations, INDICATORS)

describe('domain checks stop the build with file, row and column', () => {
  const impossible: [string, Observation, RegExp][] = [
    ['a negative count', obs('cin_count', -1804), /-1804.*a count is a whole number, 0 or more/],
    ['a fractional count', obs('cin_count', 1804.5), /1804\.5.*a count is a whole number/],
    ['a rate of 1e9', obs('cin_rate', 1e9), /1000000000.*a rate per 10,000 is between 0 and 10,000/],
    ['a child population of 0', obs('child_population', 0), /is 0.*a population is a positive whole number/],
    ['a percentage over 100', obs('low_income_pct', 100.1), /a percentage is between 0 and 100/],
    ['a rank of 0', obs('imd_rank', 0), /a rank is a whole number, 1 or more/],
    ['an infinite sum of money', obs('spend_total', Infinity), /a sum of money is a finite number/],
  ]
  for (const [name, observation, message] of impossible) {
    it(`refuses ${name}`, () => {
      const error = errorFrom(() => validate([obs('cin_count', 10, { year: 2023 }), observation]))
      expect(error.location).toEqual(observation.origin)
      expect(error.message).toMatch(message)
      expect(error.message).toContain(`${FILE}, row ${observation.origin?.row}, column "${observation.indicatorId}"`)
    })
  }

  it('accepts the edges of each domain, flagged (null) figures, negative spending and negative scores', () => {
    expect(() =>
      validate([
        obs('cin_count', 0),
        obs('cin_rate', 10_000, { year: 2020 }),
        obs('low_income_pct', 0, { year: 2020 }),
        obs('child_population', 1),
        obs('cin_count', null, { year: 2021 }),
        obs('spend_total', -52_000),
        obs('imd_health_score', -1.234),
        obs('imd_rank', 1),
      ]),
    ).not.toThrow()
  })

  it('names the source and says "computed" when a computed figure is impossible', () => {
    const computed = obs('cin_rate', -3, { provenance: 'computed', origin: undefined })
    expect(errorFrom(() => validate([computed])).message).toMatch(
      /^source cin-ees-2025: cin_rate for E08000016 in 2024 \(computed by cin-ees-2025\) is -3/,
    )
  })
})

describe('duplicate rows in one file', () => {
  it('two different figures for one authority, year and measure stop the build, naming both rows', () => {
    const first = obs('cin_count', 1804)
    const second = obs('cin_count', 9999)
    const error = errorFrom(() => validate([first, second]))
    expect(error.location).toEqual(second.origin)
    expect(error.message).toMatch(
      new RegExp(
        `cin_count for E08000016 in 2024 appears twice in this file with different figures: 1804 at ${FILE}, row ${first.origin?.row}.*and 9999 here`,
      ),
    )
  })

  it('identical repeats are reported, not fatal', () => {
    const report = validate([obs('cin_count', 1804), obs('cin_count', 1804), obs('cin_count', 1804)])
    expect(report.repeated).toEqual([{ description: 'cin_count for E08000016 in 2024', file: FILE, times: 3 }])
    expect(formatValidationReport(report)).toContain(
      `    repeated 3 times with the same figure: cin_count for E08000016 in 2024 in ${FILE}`,
    )
  })

  it('the same figure from two files (two releases) is not a duplicate', () => {
    const report = validate([
      obs('cin_count', 1804),
      obs('cin_count', 1790, { sourceId: 'cin-ees-2022', release: 20221027, origin: { file: 'other.csv', row: 2 } }),
    ])
    expect(report.repeated).toEqual([])
  })
})

describe('plausibility findings are reported, not fatal', () => {
  it('a year-on-year change beyond the factor', () => {
    const report = validate([
      obs('cin_count', 300, { year: 2022 }),
      obs('cin_count', 1000, { year: 2023 }),
      obs('cin_count', 1200, { year: 2024 }),
      obs('cin_count', 5, { year: 2019 }),
      obs('cin_count', 19, { year: 2020 }), // both under the floor of 20: small numbers swing
    ])
    expect(report.plausibility).toEqual([
      {
        indicatorId: 'cin_count',
        areaCode: 'E08000016',
        year: 2023,
        message: 'changed from 300 in 2022 to 1000 (more than ×3)',
      },
    ])
  })

  it('a rate that disagrees with its count and the child population beyond rounding', () => {
    const report = validate([
      obs('cin_count', 1804),
      obs('child_population', 50_000),
      obs('cin_rate', 360.8), // 1804 / 50,000 × 10,000 = 360.8
      obs('cin_count', 1000, { year: 2023 }),
      obs('child_population', 50_000, { year: 2023 }),
      obs('cin_rate', 250, { year: 2023 }), // 200 implied
    ])
    expect(report.plausibility).toEqual([
      {
        indicatorId: 'cin_rate',
        areaCode: 'E08000016',
        year: 2023,
        message: 'is 250, but cin_count 1000 per 50000 children is 200.00 per 10,000',
      },
    ])
    expect(formatValidationReport(report)).toContain(
      '    plausibility: cin_rate for E08000016 in 2023 is 250, but cin_count 1000 per 50000 children is 200.00 per 10,000',
    )
  })

  it('judges the figure that will be published (the latest release), not one it replaces', () => {
    const report = validate([
      obs('cin_count', 300, { year: 2023 }),
      obs('cin_count', 2000, { release: 20221027, origin: { file: 'old.csv', row: 2 } }),
      obs('cin_count', 310),
    ])
    expect(report.plausibility).toEqual([])
  })
})
