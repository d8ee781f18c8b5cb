import { describe, expect, it } from 'vitest'
import type { Observation } from '../types'
import { computeMissingRates } from './computeRates'

const obs = (over: Partial<Observation>): Observation => ({
  indicatorId: 'cin_count',
  areaCode: 'E08000035',
  year: 2023,
  value: null,
  flag: null,
  sourceId: 'cin-ees-2025',
  release: 20251030,
  provenance: 'published',
  ...over,
})

// Leeds's 0-17 populations for mid-2022 to mid-2024 in DfE's copy of the rebased ONS series.
const LEEDS_0_17: Record<number, number> = { 2023: 172_169, 2024: 174_311, 2025: 176_239 }
const population = {
  denominatorFor: (areaCode: string, year: number) =>
    areaCode === 'E08000035' && LEEDS_0_17[year] ? { value: LEEDS_0_17[year], sourceId: 'population-0-17' } : undefined,
}

describe('computeMissingRates', () => {
  it('divides the most recent count by the mid-(N-1) 0-17 population, ×10,000, to one decimal place', () => {
    const counts = [
      obs({ value: 5589 }),
      obs({ year: 2024, value: 5789 }),
      obs({ year: 2025, value: 5775 }),
      // An older publication's count for 2023 loses to the 2025 release.
      obs({ value: 1, sourceId: 'cin-ees-2022', release: 20221027 }),
    ]
    const { observations } = computeMissingRates(counts, population)
    expect(observations.map((o) => [o.indicatorId, o.year, o.value, o.provenance])).toEqual([
      ['cin_rate', 2023, 324.6, 'computed'],
      ['cin_rate', 2024, 332.1, 'computed'],
      ['cin_rate', 2025, 327.7, 'computed'],
    ])
  })

  it('never computes where a rate was published, even a suppressed one', () => {
    const input = [obs({ value: 5589 }), obs({ indicatorId: 'cin_rate', flag: 'c', sourceId: 'cin-ees-2022' })]
    expect(computeMissingRates(input, population).observations).toEqual([])
  })

  it('computes where the only rate is a LAIT "-", which says nothing', () => {
    const input = [obs({ value: 5589 }), obs({ indicatorId: 'cin_rate', flag: '-', sourceId: 'lait' })]
    expect(computeMissingRates(input, population).observations.map((o) => o.value)).toEqual([324.6])
  })

  it('gives a suppressed count’s flag to the rate, as published, and computes nothing', () => {
    const { observations } = computeMissingRates([obs({ flag: 'u' })], population)
    expect(observations).toEqual([
      expect.objectContaining({ indicatorId: 'cin_rate', value: null, flag: 'u', provenance: 'published' }),
    ])
  })

  it('reports counts with no denominator instead of inventing one', () => {
    const result = computeMissingRates([obs({ areaCode: 'E08000016', value: 10 })], population)
    expect(result.observations).toEqual([])
    expect(result.missingDenominators).toEqual(['cin_rate E08000016 2023'])
  })
})
