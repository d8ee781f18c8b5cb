import { describe, expect, it } from 'vitest'
import type { Area } from '../schema/areas'
import type { Series } from '../schema/series'
import { testIndicator } from '../testing/testIndicator'
import { testSeries } from '../testing/testSeries'
import { buildAreaMap, readDatum } from './buildAreaMap'
import { testArea } from '../testing/testAreas'
import { NO_DATA_FILL, SUPPRESSED_FILL } from './palette'
import { bandWithinEngland } from '../model/quartileBands'
import { rankWithinEngland } from '../model/ranks'

const area = (code: string, name: string, extra: Partial<Area> = {}) =>
  testArea(code, { laNumber: 800, name, ...extra })
const AREAS = [
  area('E09000001', 'City of London', { excludedFromAverages: true }),
  area('E09000002', 'Barking and Dagenham'),
  area('E09000003', 'Barnet'),
  area('E09000004', 'Bexley'),
  area('E09000005', 'Brent'),
]
const BOUNDARIES = AREAS.map((a) => ({ code: a.code, name: a.name }))
const SERIES = testSeries(
  [2023, 2024],
  {
    E09000001: [300, 310],
    E09000002: [60, 61],
    E09000003: [40, null],
    E09000004: [50, null],
    E09000005: [null, null],
  },
  {
    id: 'cla_rate',
    flags: { E09000003: [null, 'c'], E09000004: [null, 'x'] },
    england: [71, 70],
  },
)
const INDICATOR = testIndicator('cla_rate')

describe('readDatum', () => {
  it('reads value and flag for a year, and null for a year or area the series lacks', () => {
    expect(readDatum(SERIES, 'E09000003', 2024)).toEqual({ areaCode: 'E09000003', value: null, flag: 'c' })
    expect(readDatum(SERIES, 'E09000003', 2010)).toEqual({ areaCode: 'E09000003', value: null, flag: null })
    expect(readDatum(SERIES, 'E06000001', 2024).value).toBeNull()
  })
})

describe('buildAreaMap', () => {
  const map = buildAreaMap(BOUNDARIES, AREAS, SERIES, INDICATOR, 2024)
  const byCode = new Map(map.areas.map((a) => [a.areaCode, a]))

  it('formats values with the unit and ranks, leaving City of London unranked with the reason', () => {
    expect(byCode.get('E09000002')).toMatchObject({
      valueText: '61 per 10,000',
      rankText: 'Rank 1 of 1 (1 = highest)',
    })
    expect(byCode.get('E09000001')?.rankText).toBe('Not ranked (too small a population; excluded from rankings)')
    expect(map.excludedNames).toEqual(['City of London'])
  })

  it('spells out suppressed and unavailable figures and styles them apart', () => {
    expect(byCode.get('E09000003')).toMatchObject({
      status: 'suppressed',
      fill: SUPPRESSED_FILL,
      valueText: 'suppressed to protect confidentiality',
      rankText: 'Not ranked (no figure)',
    })
    expect(byCode.get('E09000004')).toMatchObject({ status: 'no-data', fill: NO_DATA_FILL, valueText: 'not available' })
    expect(byCode.get('E09000005')?.valueText).toBe('no figure published')
  })

  it('shows a caveated figure with its caveat spelt out, and still ranks it', () => {
    const caveated = { ...SERIES, flags: { ...SERIES.flags, E09000002: [null, 'u' as const] } }
    const m = buildAreaMap(BOUNDARIES, AREAS, caveated, INDICATOR, 2024)
    expect(m.areas.find((a) => a.areaCode === 'E09000002')).toMatchObject({
      status: 'value',
      valueText: '61 per 10,000 (low reliability)',
      rank: { rank: 1, of: 1 },
    })
  })

  it('ranks with ties and colours by quintile in a year with more figures', () => {
    const m = buildAreaMap(BOUNDARIES, AREAS, SERIES, INDICATOR, 2023)
    expect(m.areas.map((a) => a.rank?.rank ?? null)).toEqual([null, 1, 3, 2, null])
    expect(m.choropleth.breakCount).toBe(3)
  })

  it('says which figures CSC Explorer computed, in a year that mixes published and computed ones', () => {
    const partly: Series = {
      ...SERIES,
      yearProvenance: ['published', 'computed'],
      computedAreas: { '2024': ['E09000002'] },
      values: { ...SERIES.values, E09000001: [300, 310] },
    }
    const m = new Map(buildAreaMap(BOUNDARIES, AREAS, partly, INDICATOR, 2024).areas.map((a) => [a.areaCode, a]))
    expect(m.get('E09000002')?.valueText).toBe('61 per 10,000 (computed by CSC Explorer)')
    expect(m.get('E09000001')?.valueText).toBe('310 per 10,000')
    expect(m.get('E09000003')?.valueText).toBe('suppressed to protect confidentiality')
  })

  it('bands every authority with a figure by LAIT’s quartiles, City of London included, without judgement here', () => {
    // 2023: 300, 60, 40, 50; quartiles (R type 7) 40, 47.5, 55, 120, 300.
    const m = buildAreaMap(BOUNDARIES, AREAS, SERIES, INDICATOR, 2023)
    expect(m.areas.map((a) => a.bandText)).toEqual([
      'highest quarter',
      'second-highest quarter',
      'lowest quarter',
      'second-lowest quarter',
      '–',
    ])
  })

  it('gives letters where the measure has a better direction, and no band where LAIT shows none', () => {
    const worse = buildAreaMap(BOUNDARIES, AREAS, SERIES, { ...INDICATOR, polarity: 'higher-is-worse' }, 2023)
    expect(worse.areas.map((a) => (a.band?.judged ? a.band.letter : null))).toEqual(['D', 'C', 'A', 'B', null])
    const none = buildAreaMap(BOUNDARIES, AREAS, SERIES, { ...INDICATOR, noQuartiles: true }, 2023)
    expect(none.areas.every((a) => a.band === null)).toBe(true)
  })

  it('ranks and bands each authority exactly as its profile does, also in an edition year on other boundaries', () => {
    // IoD2019 (edition year 2019) was published for Bournemouth, Christchurch and Poole and the new Dorset, which
    // report from 2020; their predecessors have no figure. The map draws the successors; the ranks count them.
    const dorset = [
      area('E06000028', 'Bournemouth', { status: 'former', successors: ['E06000058', 'E06000059'], lastYear: 2019 }),
      area('E10000009', 'Dorset (to 2019)', {
        status: 'former',
        successors: ['E06000058', 'E06000059'],
        lastYear: 2019,
      }),
      area('E06000058', 'Bournemouth, Christchurch and Poole', {
        predecessors: ['E06000028', 'E10000009'],
        firstYear: 2020,
      }),
      area('E06000059', 'Dorset', { predecessors: ['E06000028', 'E10000009'], firstYear: 2020 }),
    ]
    const areas = [...AREAS, ...dorset]
    const imd: Series = {
      id: 'imd_score',
      years: [2019],
      values: {
        E09000001: [14],
        E09000002: [32],
        E09000003: [16],
        E09000004: [16],
        E09000005: [28],
        E06000058: [19],
        E06000059: [15],
      },
      england: [null],
      yearSources: ['iod2019'],
      yearProvenance: ['published'],
    }
    const indicators = [
      { unit: 'score', decimals: 3, polarity: 'higher-is-worse', topic: 'deprivation', yearType: 'edition' },
      { unit: 'score', decimals: 3, polarity: 'neutral', topic: 'deprivation', yearType: 'edition' },
      { unit: 'score', decimals: 3, polarity: 'higher-is-better', topic: 'deprivation', yearType: 'edition' },
    ] as const
    for (const indicator of indicators) {
      const m = buildAreaMap(
        areas.map((a) => ({ code: a.code, name: a.name })),
        areas,
        imd,
        indicator,
        2019,
      )
      expect(m.areas.map((a) => a.areaCode)).toEqual([...AREAS.map((a) => a.code), 'E06000058', 'E06000059'])
      for (const a of m.areas) {
        const rank = rankWithinEngland(imd, 2019, a.areaCode, areas, indicator)
        expect(a.rank ?? null, a.name).toEqual(rank && { rank: rank.rank, of: rank.of })
        expect(a.band, a.name).toEqual(bandWithinEngland(imd, 2019, a.areaCode, areas, indicator)?.band ?? null)
      }
      // Six ranked (City of London left out), the two tied at 16 sharing a rank.
      expect(m.areas.find((a) => a.areaCode === 'E06000058')?.rank?.of).toBe(6)
    }
    const worse = buildAreaMap(dorset.concat(AREAS), areas, imd, indicators[0], 2019)
    expect(worse.areas.filter((a) => a.rank?.rank === 2).map((a) => a.name)).toEqual(['Barnet', 'Bexley'])
  })

  it('words a deprivation measure’s band and rank by how deprived, never better or worse', () => {
    const imd = { ...INDICATOR, polarity: 'higher-is-worse', topic: 'deprivation' } as const
    const map = buildAreaMap(BOUNDARIES, AREAS, SERIES, imd, 2023)
    expect(map.areas.map((a) => a.bandText)).toEqual([
      'most deprived quarter',
      'second most deprived quarter',
      'least deprived quarter',
      'second least deprived quarter',
      '–',
    ])
    for (const a of map.areas) expect(`${a.bandText} ${a.rankText}`).not.toMatch(/best|worst|better|worse/)
  })
})
