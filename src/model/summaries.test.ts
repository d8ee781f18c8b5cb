import { describe, expect, it } from 'vitest'
import type { Series } from '../schema/series'
import { testSeries } from '../testing/testSeries'
import { describeSummary, summariseMembersAt, summariseMembersByYear } from './summaries'

/** Two years of a rate with England's published figure. */
const series = (values: Record<string, (number | null)[]>, extra: Partial<Series> = {}): Series =>
  testSeries([2024, 2025], values, { england: [50, 55], ...extra })

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

describe('summariseMembersByYear', () => {
  it('summarises every year of the series in order', () => {
    const rates = series({ A: [10, 20], B: [30, null] })
    expect(summariseMembersByYear({ series: rates }, ['A', 'B'], 'mean').map((s) => s.value)).toEqual([20, 20])
  })
})
