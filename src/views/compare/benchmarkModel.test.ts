import { describe, expect, it } from 'vitest'
import { testArea as area } from '../../testing/testAreas'
import type { Series } from '../../schema/series'
import {
  describeRankEnd,
  describeSummary,
  englandAt,
  rankWithinEngland,
  summariseMembersAt,
  valueAt,
} from './benchmarkModel'

const series = (values: Record<string, (number | null)[]>, extra: Partial<Series> = {}): Series => ({
  id: 'x_rate',
  years: [2024, 2025],
  values,
  england: [50, 55],
  yearSources: ['s', 's'],
  yearProvenance: ['published', 'published'],
  ...extra,
})

describe('valueAt and englandAt', () => {
  it('read a year, with the flag, and give null for unknown years and areas', () => {
    const s = series({ A: [1, null] }, { flags: { A: [null, 'c'] } })
    expect(valueAt(s, 'A', 2024)).toEqual({ value: 1, flag: null })
    expect(valueAt(s, 'A', 2025)).toEqual({ value: null, flag: 'c' })
    expect(valueAt(s, 'B', 2025)).toEqual({ value: null, flag: null })
    expect(valueAt(s, 'A', 2019)).toEqual({ value: null, flag: null })
    expect(englandAt(s, 2025)).toBe(55)
    expect(englandAt(s, 2000)).toBeNull()
  })
})

describe('summariseMembersAt', () => {
  const rates = series({ A: [10, 20], B: [30, null], C: [50, 60] })
  it('takes the mean of members with data and says how many had it', () => {
    const s = summariseMembersAt({ series: rates }, ['A', 'B', 'C'], 2025, 'mean')
    expect(s).toEqual({ method: 'mean', value: 40, withData: 2, members: 3 })
    expect(describeSummary(s)).toBe('mean of the authorities with a figure (2 of 3 had data)')
  })
  it('pools counts over populations when the count series is given', () => {
    const counts = series({ A: [10, 20], C: [30, 90] })
    const population = series({ A: [10_000, 10_000], C: [10_000, 20_000] })
    const s = summariseMembersAt({ series: rates, counts, population }, ['A', 'B', 'C'], 2025, 'pooled')
    expect(s.value).toBeCloseTo((110 / 30_000) * 10_000, 10)
    expect(s.withData).toBe(2)
  })
  it('has no pooled value without counts', () => {
    expect(summariseMembersAt({ series: rates }, ['A'], 2025, 'pooled').value).toBeNull()
  })
})

describe('rankWithinEngland', () => {
  const s = series({ A: [0, 10], B: [0, 40], C: [0, 40], D: [0, 5], E: [0, null], X: [0, 99] })
  const areas = ['A', 'B', 'C', 'D', 'E'].map((c) => area(c)).concat(area('X', { excludedFromAverages: true }))
  it('ranks highest first for intervention rates, ties sharing, the tiny authorities and missing values left out', () => {
    expect(rankWithinEngland(s, 2025, 'B', areas, 'higher-is-more-intervention')).toMatchObject({
      rank: 1,
      of: 4,
      band: 1,
    })
    expect(rankWithinEngland(s, 2025, 'A', areas, 'higher-is-more-intervention')).toMatchObject({ rank: 3, band: 3 })
    expect(rankWithinEngland(s, 2025, 'E', areas, 'higher-is-more-intervention')).toBeNull()
    expect(rankWithinEngland(s, 2025, 'X', areas, 'higher-is-more-intervention')).toBeNull()
  })
  it('puts the lowest first when higher is worse, and says which end band 1 is', () => {
    expect(rankWithinEngland(s, 2025, 'D', areas, 'higher-is-worse')).toMatchObject({ rank: 1, band: 1 })
    expect(describeRankEnd('higher-is-worse')).toBe(
      'Rank 1 and quartile band 1 are the lowest values (the better end).',
    )
    expect(describeRankEnd('higher-is-more-intervention')).toContain('highest values (more intervention')
  })
})
