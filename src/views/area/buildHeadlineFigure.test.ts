import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../schema/indicators'
import type { ManifestSource } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import type { Area } from '../../schema/areas'
import { testArea } from '../../testing/testAreas'
import { buildHeadlineFigure, headlineYear } from './buildHeadlineFigure'

const indicator: Indicator = {
  id: 'cin_rate',
  label: 'Children in need at 31 March per 10,000 children',
  shortLabel: 'Children in need rate',
  topic: 'children-in-need',
  unit: 'rate per 10,000',
  decimals: 1,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
  source: ['lait'],
  definition: 'x',
}
const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
const series: Series = {
  id: 'cin_rate',
  years,
  values: {
    A: [300, 310, 320, 330, 340, 350, 360.5],
    N1: [1, 1, 1, 1, 1, 1, 100],
    N2: [1, 1, 1, 1, 1, 1, 200],
    N3: [1, 1, 1, 1, 1, 1, null],
    F: [50, null, null, null, null, null, null],
  },
  flags: { N3: [null, null, null, null, null, null, 'c'] },
  england: [330, 331, 332, 333, 334, 335, 330.3],
  yearSources: ['old', 'old', 'old', 'lait', 'lait', 'lait', 'lait'],
  yearProvenance: ['computed', 'published', 'published', 'published', 'published', 'published', 'published'],
}
const areas: Area[] = ['A', 'N1', 'N2', 'N3', 'F'].map((code) => testArea(code))
const sources: ManifestSource[] = [
  { id: 'lait', title: 'LAIT', publisher: 'DfE', licence: 'OGL', url: 'https://example.org', files: [] },
]

describe('buildHeadlineFigure', () => {
  const figure = buildHeadlineFigure({
    indicator,
    series,
    area: { code: 'A' },
    neighbourCodes: ['N1', 'N2', 'N3', 'ZZ'],
    sources,
    areas,
  })

  it('takes the latest year, the area value, England and the source of that year', () => {
    expect(figure).toMatchObject({ year: 2025, value: 360.5, flag: null, england: 330.3, computed: false })
    expect(figure?.source?.id).toBe('lait')
  })

  it('averages only the neighbours with data and counts them', () => {
    expect(figure?.neighbours).toEqual({ method: 'mean', value: 150, withData: 2, members: 4 })
  })

  it('describes change since last year and over five years', () => {
    expect(figure?.changeSincePrevious).toBe('Up 10.5 since 2024 (from 350.0, +3%)')
    expect(figure?.changeOverFive).toBe('Up 50.5 since 2020 (from 310.0, +16%)')
  })

  it('ranks the authority among those with a figure that year, highest first for intervention, with its band', () => {
    // 2025: A 360.5, N2 200, N1 100; N3 suppressed and F abolished are not ranked. Quartiles of 100, 200, 360.5 (R
    // type 7): 150, 200, 280.25, so A is in the highest quarter, which for intervention is no judgement.
    expect(figure?.englandRank).toMatchObject({ rank: 1, of: 3 })
    expect(figure?.englandBand).toEqual({
      band: { judged: false, quarter: 4 },
      quartiles: [100, 150, 200, 280.25, 360.5],
      of: 3,
    })
    expect(figure?.englandRank?.orderNote).toContain('highest')
    const better = buildHeadlineFigure({
      indicator: { ...indicator, polarity: 'higher-is-worse' },
      series,
      area: { code: 'A' },
      neighbourCodes: [],
      sources,
      areas,
    })
    // Lowest first: A is last of three, and in the highest quarter, which is band D where higher is worse.
    expect(better?.englandRank).toMatchObject({ rank: 3, of: 3 })
    expect(better?.englandBand?.band).toEqual({ judged: true, letter: 'D', quarter: 4 })
  })

  it('gives no rank for a count, or for a suppressed figure', () => {
    const count = buildHeadlineFigure({
      indicator: { ...indicator, unit: 'count', decimals: 0 },
      series,
      area: { code: 'A' },
      neighbourCodes: [],
      sources,
      areas,
    })
    expect(count?.englandRank).toBeNull()
    const n3 = buildHeadlineFigure({ indicator, series, area: { code: 'N3' }, neighbourCodes: [], sources, areas })
    expect(n3?.englandRank).toBeNull()
  })

  it('keeps a suppressed value null and says why', () => {
    const n3 = buildHeadlineFigure({ indicator, series, area: { code: 'N3' }, neighbourCodes: [], sources, areas })
    expect(n3).toMatchObject({ value: null, flag: 'c', missingReason: 'suppressed to protect confidentiality' })
    expect(n3?.neighbours).toEqual({ method: 'mean', value: null, withData: 0, members: 0 })
    expect(n3?.changeSincePrevious).toBe('Not comparable: no figure for 2025')
  })

  it('uses a former authority’s last year', () => {
    const f = buildHeadlineFigure({
      indicator,
      series,
      area: { code: 'F', lastYear: 2019 },
      neighbourCodes: [],
      sources,
      areas,
    })
    expect(f).toMatchObject({ year: 2019, value: 50, computed: true, changeSincePrevious: null })
    expect(f?.source).toBeNull()
  })

  it('compares editions with the previous edition and has no five-year change', () => {
    const imd = buildHeadlineFigure({
      indicator: {
        ...indicator,
        unit: 'rank',
        decimals: 0,
        yearType: 'edition',
        rankEnds: { first: 'most deprived', last: 'least deprived' },
      },
      series: {
        ...series,
        years: [2015, 2019],
        values: { A: [30, 25] },
        flags: {},
        england: [null, null],
        yearSources: ['a', 'b'],
        yearProvenance: ['published', 'published'],
      },
      area: { code: 'A' },
      neighbourCodes: [],
      sources,
      areas,
    })
    expect(imd?.changeSincePrevious).toBe('Moved 5 places towards most deprived since 2015 (from 30)')
    expect(imd?.changeOverFive).toBeNull()
  })
})

describe('headlineYear', () => {
  it('is null when the series has no year before the area was abolished', () => {
    expect(headlineYear(series, { lastYear: 2010 }, '31 March')).toBeNull()
  })
  it('is a year the area existed, never a year before it existed', () => {
    expect(headlineYear(series, { firstYear: 2026 }, '31 March')).toBeNull()
    expect(headlineYear(series, { firstYear: 2024 }, '31 March')).toBe(2025)
  })
})
