import { describe, expect, it } from 'vitest'
import { isComputedFigure } from '../../../src/schema/series'
import { AreaRegistry } from '../areas/registry'
import { testArea } from '../testing/testAreas'
import { emptyReport, ENGLAND_CODE, type Observation } from '../types'
import { assembleSeries } from './assembleSeries'
import { combineObservations } from './combine'
import { keepWithinLifetimes } from './lifetimes'

const areas = new AreaRegistry([
  testArea('E08000016', 370, 'Barnsley'),
  testArea('E10000006', 909, 'Cumbria', { status: 'former', lastYear: 2023, successors: ['E06000063'] }),
  testArea('E06000063', 942, 'Cumberland', { firstYear: 2024, predecessors: ['E10000006'] }),
  testArea('E10000021', 928, 'Northamptonshire', { status: 'former', lastYear: 2021 }),
])
/** The Dorset reorganisation of 1 April 2019 (reporting years end 31 March). */
const dorset = new AreaRegistry([
  testArea('E06000028', 837, 'Bournemouth', { status: 'former', lastYear: 2019, successors: ['E06000058'] }),
  testArea('E06000058', 839, 'Bournemouth, Christchurch and Poole', { firstYear: 2020 }),
])

const obs = (areaCode: string, year: number, value: number | null, over: Partial<Observation> = {}): Observation => ({
  indicatorId: 'x',
  areaCode,
  year,
  value,
  flag: null,
  sourceId: 's',
  release: 1,
  provenance: 'published',
  ...over,
})

describe('keepWithinLifetimes', () => {
  it('drops figures and placeholders for years an authority did not exist, reporting the figures', () => {
    const report = emptyReport('combine')
    const kept = keepWithinLifetimes(
      [obs('E06000063', 2023, 18.2), obs('E06000063', 2024, 19.1), obs('E10000006', 2024, null, { flag: '-' })],
      [{ id: 'x', yearType: 'financial year' }],
      areas,
      report,
    )
    expect(kept.map((o) => [o.areaCode, o.year])).toEqual([['E06000063', 2024]])
    expect(report.dropped).toEqual({
      'figure for a year the authority did not exist': 1,
      'placeholder for a year the authority did not exist': 1,
    })
    expect(report.notes).toEqual([expect.stringContaining('x E06000063 (1)')])
  })

  it('reads each year by its year type: a figure at 30 September if the authority existed that day', () => {
    const report = emptyReport('combine')
    const BCP = 'E06000058'
    const BOURNEMOUTH = 'E06000028'
    const kept = keepWithinLifetimes(
      [
        // At 30 September 2019 BCP (from 1 April 2019) existed and Bournemouth (to 31 March 2019) no longer did.
        obs(BCP, 2019, 1, { indicatorId: 'workforce' }),
        obs(BOURNEMOUTH, 2019, 2, { indicatorId: 'workforce' }),
        obs(BOURNEMOUTH, 2018, 3, { indicatorId: 'workforce' }),
        // At 31 March 2019 it is the other way round.
        obs(BCP, 2019, 4, { indicatorId: 'rate' }),
        obs(BOURNEMOUTH, 2019, 5, { indicatorId: 'rate' }),
        // The school year 2018/19 goes by the children's census at 31 March 2019: Bournemouth's.
        obs(BCP, 2019, 6, { indicatorId: 'school' }),
        obs(BOURNEMOUTH, 2019, 7, { indicatorId: 'school' }),
        obs(BCP, 2020, 8, { indicatorId: 'school' }),
      ],
      [
        { id: 'workforce', yearType: '30 September' },
        { id: 'rate', yearType: '31 March' },
        { id: 'school', yearType: 'academic year' },
      ],
      dorset,
      report,
    )
    expect(kept.map((o) => o.value)).toEqual([1, 3, 5, 7, 8])
    expect(report.dropped['figure for a year the authority did not exist']).toBe(3)
  })

  it('marks z only the years a 30 September series’ authority did not exist on that day', () => {
    const series = assembleSeries(
      { id: 'workforce', yearType: '30 September' },
      [obs('E06000058', 2019, 12.5), obs('E06000028', 2018, 11)],
      dorset,
    )
    expect(series.years).toEqual([2018, 2019])
    expect(series.values.E06000058).toEqual([null, 12.5])
    expect(series.flags?.E06000058).toEqual(['z', null])
    expect(series.flags?.E06000028).toEqual([null, 'z'])
  })

  it('keeps edition indicators, attached to authorities by lineage when built', () => {
    const kept = keepWithinLifetimes(
      [obs('E06000063', 2019, 5)],
      [{ id: 'x', yearType: 'edition' }],
      areas,
      emptyReport('c'),
    )
    expect(kept).toHaveLength(1)
  })
})

describe('assembleSeries', () => {
  it('lines up each area’s figures with the years, marks years outside a lifetime z, and leaves out empty former areas', () => {
    const series = assembleSeries(
      { id: 'x', yearType: '31 March' },
      [
        obs('E08000016', 2023, 1),
        obs('E08000016', 2024, 2, { provenance: 'computed' }),
        obs('E06000063', 2024, 3),
        obs('E10000006', 2023, null, { flag: 'c' }),
        obs(ENGLAND_CODE, 2023, 10, { sourceId: 'e' }),
        obs('E12000001', 2024, 4),
      ],
      areas,
    )
    expect(series).toEqual({
      id: 'x',
      years: [2023, 2024],
      values: { E06000063: [null, 3], E08000016: [1, 2], E10000006: [null, null] },
      flags: { E06000063: ['z', null], E10000006: ['c', 'z'] },
      england: [10, null],
      regions: { E12000001: [null, 4] },
      yearSources: ['e', 's'],
      yearProvenance: ['published', 'computed'],
      computedAreas: { '2024': ['E08000016'] },
    })
  })
})

describe('combineObservations', () => {
  it('keeps lifetimes, picks the latest publication and writes one series per indicator, sorted by id', () => {
    const indicator = (id: string) => ({ id, yearType: 'financial year' }) as never
    const { series } = combineObservations(
      [
        obs('E08000016', 2024, 1, { indicatorId: 'b' }),
        obs('E08000016', 2024, 2, { indicatorId: 'b', release: 2 }),
        obs('E06000063', 2023, 9, { indicatorId: 'a' }),
        obs('E06000063', 2024, 3, { indicatorId: 'a' }),
      ],
      [indicator('a'), indicator('b')],
      areas,
    )
    expect(series.map((s) => [s.id, s.years, s.values.E08000016, s.values.E06000063])).toEqual([
      ['a', [2024], [null], [3]],
      ['b', [2024], [2], [null]],
    ])
  })
})

const blackpoolAndLancashire = new AreaRegistry([
  testArea('E06000009', 890, 'Blackpool'),
  testArea('E10000017', 888, 'Lancashire'),
])

const provenanceObs = (areaCode: string, year: number, provenance: Observation['provenance']): Observation => ({
  indicatorId: 'imd_score',
  areaCode,
  year,
  value: 1,
  flag: null,
  sourceId: 's',
  release: 1,
  provenance,
})

describe('assembleSeries provenance', () => {
  it('names the computed areas of a year that mixes published and computed figures', () => {
    const series = assembleSeries(
      { id: 'imd_score', yearType: '31 March' },
      [
        provenanceObs('E06000009', 2019, 'published'),
        provenanceObs('E10000017', 2019, 'published'),
        provenanceObs('E06000009', 2025, 'published'),
        provenanceObs('E10000017', 2025, 'computed'),
      ],
      blackpoolAndLancashire,
    )
    expect(series.yearProvenance).toEqual(['published', 'computed'])
    expect(series.computedAreas).toEqual({ '2025': ['E10000017'] })
    expect(isComputedFigure(series, 'E10000017', 1)).toBe(true)
    expect(isComputedFigure(series, 'E06000009', 1)).toBe(false)
    expect(isComputedFigure(series, 'E10000017', 0)).toBe(false)
  })

  it('lists no areas when every figure of a computed year is computed', () => {
    const series = assembleSeries(
      { id: 'imd_score', yearType: '31 March' },
      [provenanceObs('E06000009', 2025, 'computed'), provenanceObs('E10000017', 2025, 'computed')],
      blackpoolAndLancashire,
    )
    expect(series.computedAreas).toBeUndefined()
    expect(isComputedFigure(series, 'E06000009', 0)).toBe(true)
  })
})
