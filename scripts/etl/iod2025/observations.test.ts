import { describe, expect, it } from 'vitest'
import type { Observation } from '../types'
import { testArea } from '../testing/testAreas'
import { rankDescending, shareInDecile1, weightedAverage } from './authorities'
import type { DistrictSummary2025 } from './districtSummary'
import type { Lsoa2025 } from './lsoaTable'
import { buildIod2025Observations } from './observations'

function district(code: string, imdScore: number, imdRank: number, extra: Partial<DistrictSummary2025> = {}) {
  const scores = {
    imd_score: imdScore,
    imd_income_score: 0.1,
    imd_employment_score: 0.1,
    imd_education_score: 10,
    imd_health_score: 0,
    imd_crime_score: 0,
    imd_barriers_score: 20,
    imd_living_environment_score: 15,
    idaci_score: 0.2,
  }
  return { code, name: code, scores, imdRank, imdProportion10: 0, idaciProportion10: 0, row: 2, ...extra }
}

function lsoa(code: string, imdDecile: number, idaciDecile: number): Lsoa2025 {
  return {
    code,
    name: code,
    districtCode: '',
    scores: Array(8).fill(1),
    ranks: Array(8).fill(1),
    deciles: [imdDecile, ...Array(7).fill(5)],
    idaciRank: 1,
    idaciDecile,
  }
}

const value = (obs: readonly Observation[], id: string, code: string) => {
  const o = obs.find((x) => x.indicatorId === id && x.areaCode === code)
  return o ? { value: o.value, provenance: o.provenance } : undefined
}

describe('IoD2025 authority figures', () => {
  // Synthetic: a unitary that is its own district, and a county of two districts.
  const unitary = testArea('E06000009', 890, 'Blackpool')
  const county = testArea('E10000017', 888, 'Lancashire')
  const blackpool = district('E06000009', 43.467, 1, {
    imdProportion10: 0.4043,
    idaciProportion10: 0.5,
    scores: { ...district('x', 0, 0).scores, imd_score: 43.467, idaci_score: 0.551 },
  })
  const burnley = district('E07000117', 36.0, 10, {
    scores: { ...district('x', 0, 0).scores, imd_score: 36, idaci_score: 0.5 },
  })
  const ribble = district('E07000124', 10.0, 280, {
    scores: { ...district('x', 0, 0).scores, imd_score: 10, idaci_score: 0.1 },
  })
  const observations = buildIod2025Observations({
    authorities: [
      { area: unitary, districts: [blackpool] },
      { area: county, districts: [burnley, ribble] },
    ],
    populations: new Map([
      ['E07000117', { allAges: 100_000, age0to15: 20_000 }],
      ['E07000124', { allAges: 60_000, age0to15: 10_000 }],
    ]),
    lsoasByArea: new Map([
      ['E06000009', [lsoa('E01000001', 1, 1), lsoa('E01000002', 2, 1)]],
      ['E10000017', [lsoa('E01000003', 1, 2), lsoa('E01000004', 5, 1), lsoa('E01000005', 9, 9)]],
    ]),
  })

  it('gives an authority that is itself a district the published File 10 figures', () => {
    expect(value(observations, 'imd_score', 'E06000009')).toEqual({ value: 43.467, provenance: 'published' })
    expect(value(observations, 'imd_most_deprived_10pc', 'E06000009')).toEqual({
      value: 40.43,
      provenance: 'published',
    })
    expect(value(observations, 'imd_district_rank', 'E06000009')).toEqual({ value: 1, provenance: 'published' })
    expect(value(observations, 'idaci_score', 'E06000009')).toEqual({ value: 0.551, provenance: 'published' })
  })

  it('counts the IDACI share from the LSOA deciles, marked computed where it differs from the published one', () => {
    // Both LSOAs are in IDACI decile 1: 100%, the published 50% is overruled and the value marked computed.
    expect(value(observations, 'idaci_most_deprived_10pc', 'E06000009')).toEqual({ value: 100, provenance: 'computed' })
  })

  it('computes a county: scores weighted by population (hand calculation), shares from deciles, district range', () => {
    // IMD: (36 × 100,000 + 10 × 60,000) / 160,000 = 4,200,000 / 160,000 = 26.25
    expect(value(observations, 'imd_score', 'E10000017')).toEqual({ value: 26.25, provenance: 'computed' })
    // IDACI by children 0-15: (0.5 × 20,000 + 0.1 × 10,000) / 30,000 = 11,000 / 30,000 = 0.3667 → 0.367
    expect(value(observations, 'idaci_score', 'E10000017')).toEqual({ value: 0.367, provenance: 'computed' })
    // 1 of 3 LSOAs in IMD decile 1: 0.3333 → 33.33%; 1 of 3 in IDACI decile 1 likewise.
    expect(value(observations, 'imd_most_deprived_10pc', 'E10000017')).toEqual({ value: 33.33, provenance: 'computed' })
    expect(value(observations, 'idaci_most_deprived_10pc', 'E10000017')?.value).toBe(33.33)
    expect(value(observations, 'imd_district_rank', 'E10000017')?.value).toBe(10)
    expect(value(observations, 'imd_district_rank_least', 'E10000017')?.value).toBe(280)
  })

  it('ranks every authority by IMD score among upper-tier authorities, marked computed', () => {
    expect(value(observations, 'imd_rank', 'E06000009')).toEqual({ value: 1, provenance: 'computed' })
    expect(value(observations, 'imd_rank', 'E10000017')).toEqual({ value: 2, provenance: 'computed' })
    expect(observations.every((o) => o.year === 2025 && o.release === 20251030)).toBe(true)
  })
})

describe('county arithmetic', () => {
  it('weights averages and keeps the published 3 decimals', () => {
    expect(
      weightedAverage([
        { value: 1, weight: 1 },
        { value: 2, weight: 3 },
      ]),
    ).toBe(1.75)
    expect(
      weightedAverage([
        { value: 0.1, weight: 2 },
        { value: 0.2, weight: 1 },
      ]),
    ).toBe(0.133)
    expect(() => weightedAverage([])).toThrow(RangeError)
  })

  it('counts the share in decile 1 as a 4-decimal proportion shown as a percentage', () => {
    expect(shareInDecile1([1, 2, 3])).toBe(33.33)
    expect(shareInDecile1([1, 1, 2, 2, 2, 2, 2])).toBe(28.57)
    expect(shareInDecile1([5])).toBe(0)
  })

  it('ranks highest first, ties sharing the better rank', () => {
    const ranks = rankDescending(
      new Map([
        ['a', 10],
        ['b', 30],
        ['c', 10],
        ['d', 5],
      ]),
    )
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, d: 4 })
  })
})
