import { describe, expect, it } from 'vitest'
import { adjustForDeprivation } from '../stats/deprivationAdjustment'
import { testArea } from '../testing/testAreas'
import { testIndicator } from '../testing/testIndicator'
import { testSeries } from '../testing/testSeries'
import type { Area } from '../schema/areas'
import type { Series } from '../schema/series'
import { buildCitation } from './citation'
import { buildAdjustedTrend } from '../model/deprivation'
import {
  buildAdjustedPositionFacts,
  buildAdjustedTrendFacts,
  buildDeprivationFacts,
  buildFigureFacts,
} from './figureFacts'
import {
  compareWord,
  describeAdjustedPosition,
  describeAdjustedTrend,
  describeFigure,
  describeNeighbourhoodMap,
  type AdjustedPositionFacts,
  type AdjustedTrendFacts,
  type FigureFacts,
} from './sentences'

const cpp = {
  label: 'Children on a child protection plan at 31 March per 10,000 children',
  unit: 'rate per 10,000',
  decimals: 1,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
} as const

const barnsley: FigureFacts = {
  areaName: 'Barnsley',
  indicator: cpp,
  year: 2025,
  value: 51,
  missingReason: null,
  neighboursMean: 57.4,
  england: 40.6,
  earlier: { year: 2020, value: 60.2 },
  rank: { rank: 49, of: 152, highestFirst: true },
  deprivation: { expected: 55.1, lower: 30.2, upper: 80.0, unusual: false, measure: 'IMD score, IoD2019' },
}

describe('describeFigure (golden sentences)', () => {
  it('states the value, neighbours and England, change, rank and quartile, and the deprivation verdict', () => {
    expect(describeFigure(barnsley)).toBe(
      "Barnsley, children on a child protection plan at 31 March 2025: 51.0 per 10,000, lower than its statistical neighbours' mean (57.4 per 10,000) and higher than England (40.6 per 10,000). " +
        'It has fallen by 9.2 per 10,000 (15%) since 31 March 2020. ' +
        'It ranks 49 of 152 authorities (1 = highest), in the second quarter. ' +
        'Given its deprivation (IMD score, IoD2019), about 55.1 per 10,000 would be expected (19 in 20 authorities as deprived: 30.2 per 10,000 to 80.0 per 10,000): it is not unusual for its deprivation.',
    )
  })

  it('says better or worse only for measures with a direction, never for neutral ones or intervention rates', () => {
    const spend = { unit: '£', decimals: 0, polarity: 'neutral' } as const
    expect(compareWord(1200, 1000, spend)).toBe('higher than')
    expect(compareWord(1200, 1000, { ...spend, polarity: 'higher-is-more-intervention' })).toBe('higher than')
    expect(compareWord(12, 10, { ...spend, polarity: 'higher-is-worse' })).toBe('worse than')
    expect(compareWord(12, 10, { ...spend, polarity: 'higher-is-better' })).toBe('better than')
    expect(compareWord(10.04, 10.01, { ...spend, decimals: 1, polarity: 'neutral' })).toBe('the same as')
    const neutral = describeFigure({ ...barnsley, indicator: { ...cpp, polarity: 'neutral' } })
    expect(neutral).not.toMatch(/better|worse|best/)
  })

  it('keeps a missing figure visible with its reason, never as zero', () => {
    expect(describeFigure({ ...barnsley, value: null, missingReason: 'suppressed to protect confidentiality' })).toBe(
      'Barnsley has no figure for children on a child protection plan at 31 March 2025 (suppressed to protect confidentiality).',
    )
  })

  it('says "unusually low" outside the range expected for its deprivation, and "unchanged" when the change rounds away', () => {
    const text = describeFigure({
      ...barnsley,
      earlier: { year: 2024, value: 51.04 },
      rank: null,
      deprivation: { expected: 80, lower: 60, upper: 100, unusual: true, measure: 'IMD score, IoD2019' },
    })
    expect(text).toContain('It is unchanged since 31 March 2024.')
    expect(text).toContain('it is unusually low for its deprivation')
    expect(text).not.toContain('ranks')
  })

  it('dates other measures by their year type, keeps initialisms, and gives percentages to one decimal in prose', () => {
    const share = {
      label: 'Share of neighbourhoods (LSOAs) in England’s most deprived 10% (IMD)',
      unit: '%',
      decimals: 2,
      polarity: 'neutral',
      yearType: 'edition',
    } as const
    const facts = { ...barnsley, indicator: share, value: 21.62, neighboursMean: 19.16, england: null, earlier: null }
    expect(describeFigure({ ...facts, rank: null, deprivation: null })).toBe(
      "Barnsley, share of neighbourhoods (LSOAs) in England’s most deprived 10% (IMD), 2025 edition: 21.6%, higher than its statistical neighbours' mean (19.2%).",
    )
    const rank = { ...share, label: 'IMD rank of average score among districts', unit: 'rank', decimals: 0 } as const
    expect(describeFigure({ ...facts, indicator: rank, value: 40, rank: null, deprivation: null })).toMatch(
      /^Barnsley, IMD rank of average score among districts, 2025 edition: 40,/,
    )
    const referrals = { ...cpp, label: "Referrals to children's social care during the year per 10,000 children" }
    expect(describeFigure({ ...barnsley, indicator: referrals, rank: null, deprivation: null })).toMatch(
      /^Barnsley, referrals to children's social care during the year, year ending 31 March 2025: 51\.0 per 10,000,.* since year ending 31 March 2020\.$/,
    )
  })

  it('compares and ranks a deprivation measure without judgement: it describes the area, not the council', () => {
    const share = {
      label: 'Share of neighbourhoods (LSOAs) in England’s most deprived 10% (IMD)',
      unit: '%',
      decimals: 2,
      polarity: 'higher-is-worse',
      yearType: 'edition',
      topic: 'deprivation',
    } as const
    const text = describeFigure({
      ...barnsley,
      indicator: share,
      value: 21.62,
      neighboursMean: 19.16,
      england: null,
      earlier: null,
      rank: { rank: 124, of: 151, highestFirst: false },
      deprivation: null,
    })
    expect(text).toBe(
      "Barnsley, share of neighbourhoods (LSOAs) in England’s most deprived 10% (IMD), 2025 edition: 21.6%, higher than its statistical neighbours' mean (19.2%). It ranks 124 of 151 authorities (1 = the least deprived), in the fourth quarter.",
    )
    expect(text).not.toMatch(/better|worse|best/)
  })

  it('names the best end of the ranking for a measure with a direction', () => {
    const worse = { ...cpp, polarity: 'higher-is-worse' as const }
    expect(
      describeFigure({ ...barnsley, indicator: worse, rank: { rank: 150, of: 152, highestFirst: false } }),
    ).toContain('It ranks 150 of 152 authorities (1 = best), in the fourth quarter.')
  })
})

describe('buildFigureFacts', () => {
  const series = {
    ...testSeries([2019, 2020, 2024, 2025], {
      A: [10, 20, 30, 40],
      N1: [null, null, 50, 61],
      N2: [null, null, 10, null],
      B: [5, 5, 5, 5],
      C: [100, 100, 100, null],
    }),
    england: [1, 2, 3, 35.5],
    flags: { C: [null, null, null, 'c' as const] },
  }
  const indicator = testIndicator('cla_rate')

  it('takes the latest year, neighbours with data, England, the change over five years and the rank', () => {
    const facts = buildFigureFacts({
      indicator,
      series,
      areaCode: 'A',
      areaName: 'Alpha',
      neighbourCodes: ['N1', 'N2'],
      rankableCodes: ['A', 'B', 'C', 'N1', 'N2'],
    })
    expect(facts).toMatchObject({
      year: 2025,
      value: 40,
      neighboursMean: 61,
      england: 35.5,
      earlier: { year: 2020, value: 20 },
      rank: { rank: 2, of: 3, highestFirst: true },
    })
  })

  it('explains a suppressed figure and stops at an abolished authority’s last year', () => {
    const facts = buildFigureFacts({
      indicator,
      series,
      areaCode: 'C',
      areaName: 'Gamma',
      neighbourCodes: [],
      rankableCodes: ['A', 'C'],
    })
    expect(facts?.value).toBeNull()
    expect(facts?.missingReason).toMatch(/suppressed/i)
    expect(facts?.rank).toBeNull()
    expect(
      buildFigureFacts({
        indicator,
        series,
        areaCode: 'C',
        areaName: 'Gamma',
        neighbourCodes: [],
        rankableCodes: [],
        lastYear: 2024,
      })?.year,
    ).toBe(2024)
  })
})

// Twelve authorities on the curve 20 × e^(0.04 × score), give or take a few per cent (the fits below are made on them).
const scores = [8, 12, 15, 18, 21, 24, 27, 30, 33, 36, 40, 45]
const wobble = [1.03, 0.97, 1.02, 0.98, 1.04, 0.96, 1.01, 0.99, 1.03, 0.97, 1.02, 0.98]
const codes = scores.map((_, i) => `A${i}`)
const onCurve = (i: number) => 20 * Math.exp(0.04 * (scores[i] ?? 0)) * (wobble[i] ?? 1)
const measure = { ...testIndicator('imd_score'), shortLabel: 'IMD score', roles: { deprivationMeasure: 1 } }
/** The looked-after rate of one authority of a fixture, against the IMD score, named by its code. */
const adjustedFactsInput = (fixture: { series: Series; deprivation: Series; areas: Area[] }, areaCode: string) => ({
  indicator: testIndicator('cla_rate'),
  measure,
  ...fixture,
  areaCode,
  areaName: areaCode,
})

describe('buildDeprivationFacts', () => {
  // The twelve on the curve, and one (Z) far above it.
  const values: Record<string, (number | null)[]> = Object.fromEntries(codes.map((c, i) => [c, [onCurve(i)]]))
  values.Z = [20 * Math.exp(0.04 * 25) * 3]
  const series = testSeries([2024], values)
  const deprivation = testSeries([2015, 2019, 2025], {
    ...Object.fromEntries(codes.map((c, i) => [c, [0, scores[i] ?? 0, 0]])),
    Z: [0, 25, 0],
  })
  const areas = [...codes, 'Z'].map((c) => testArea(c))
  const facts = (areaCode: string, indicator = testIndicator('cpp_rate')) =>
    buildDeprivationFacts({ indicator, series, measure, deprivation, areas, areaCode, year: 2024 })

  it('gives the /deprivation fit for the year on the edition in force: expected value, range and verdict', () => {
    const typical = facts('A5')
    // The same numbers as the view's own adjustment for that year and edition (IoD2019 for 2024).
    const fit = adjustForDeprivation(
      [...codes, 'Z'].map((c) => ({
        areaCode: c,
        value: values[c]?.[0] ?? null,
        deprivation: deprivation.values[c]?.[1] ?? null,
      })),
    )
    const own = fit?.values.find((v) => v.areaCode === 'A5')
    expect(typical).toEqual({
      expected: own?.expected,
      lower: own?.lower,
      upper: own?.upper,
      unusual: false,
      measure: 'IMD score, IoD2019',
    })
    expect(facts('Z')?.unusual).toBe(true)
    expect(describeFigure({ ...barnsley, value: values.Z?.[0] ?? 0, deprivation: facts('Z') })).toContain(
      'it is unusually high for its deprivation',
    )
  })

  it('says nothing for counts, ranks or the deprivation measures themselves', () => {
    expect(facts('A5', { ...testIndicator('cpp_count'), unit: 'count' })).toBeNull()
    expect(facts('A5', { ...testIndicator('imd_rank'), unit: 'rank' })).toBeNull()
    expect(facts('A5', measure)).toBeNull()
    expect(facts('A5', { ...testIndicator('share'), unit: '%', roles: { deprivationHeadline: 1 } })).toBeNull()
  })
})

describe('the ranking adjusted for deprivation (/deprivation’s chart, and its slide in the local picture)', () => {
  // Barnsley's children looked after, 2025, as the chart draws it: 56 adjusted, last of 11 among its neighbours.
  const adjustedBarnsley: AdjustedPositionFacts = {
    areaName: 'Barnsley',
    indicator: { ...cpp, label: 'Children looked after at 31 March per 10,000 children aged 0-17', decimals: 0 },
    year: 2025,
    measure: 'IMD score, IoD2025',
    scope: 'neighbours',
    highestFirst: true,
    adjusted: { value: 56.2, lower: 35.1, upper: 90.4, published: 71, expected: 85.6, rank: { rank: 11, of: 11 } },
    missingReason: null,
  }

  it('states the adjusted figure the chart draws and its rank, and the published figure only as where it comes from', () => {
    const text = describeAdjustedPosition(adjustedBarnsley)
    expect(text).toBe(
      'Barnsley, children looked after at 31 March 2025, adjusted for deprivation (IMD score, IoD2025): 56 per 10,000 ' +
        '(95% range 35 per 10,000 to 90 per 10,000), 11 of 11 among Barnsley and its statistical neighbours (1 = the highest). ' +
        'That is the figure it would have at average deprivation: as published it is 71 per 10,000, where about 86 per ' +
        '10,000 would be expected for its deprivation.',
    )
    // The slide's headline (its first sentence) carries the adjusted figure, never the published one.
    const headline = text.slice(0, text.indexOf('. ') + 1)
    expect(headline).toContain('56 per 10,000')
    expect(headline).not.toContain('71')
  })

  it('names who is ranked and which end is rank 1, and keeps a missing figure visible with its reason', () => {
    expect(describeAdjustedPosition({ ...adjustedBarnsley, scope: 'all', highestFirst: false })).toContain(
      '11 of 11 among all authorities (1 = the lowest)',
    )
    expect(
      describeAdjustedPosition({
        ...adjustedBarnsley,
        adjusted: null,
        missingReason: 'suppressed to protect confidentiality',
      }),
    ).toBe(
      'Barnsley has no figure adjusted for deprivation for children looked after at 31 March 2025 (suppressed to protect confidentiality).',
    )
  })

  // The twelve on the curve, one (Z) far above it and one (S) suppressed.
  const values: Record<string, (number | null)[]> = Object.fromEntries(codes.map((c, i) => [c, [10, onCurve(i)]]))
  values.Z = [10, 20 * Math.exp(0.04 * 25) * 3]
  values.S = [10, null]
  const series = { ...testSeries([2023, 2024], values), flags: { S: [null, 'c' as const] } }
  const deprivation = testSeries([2015, 2019, 2025], {
    ...Object.fromEntries(codes.map((c, i) => [c, [0, scores[i] ?? 0, 0]])),
    Z: [0, 25, 0],
    S: [0, 20, 0],
  })
  const areas = [...codes, 'Z', 'S'].map((c) => testArea(c))
  const position = (areaCode: string, extra: { scope?: 'neighbours' | 'all'; year?: number | null } = {}) =>
    buildAdjustedPositionFacts({
      ...adjustedFactsInput({ series, deprivation, areas }, areaCode),
      neighbourCodes: ['A0', 'A11', 'Z'],
      scope: extra.scope ?? 'neighbours',
      year: extra.year ?? null,
    })
  // The view's own adjustment for the latest year on the edition in force (IoD2019 for 2024).
  const fit = adjustForDeprivation(
    [...codes, 'Z', 'S'].map((c) => ({
      areaCode: c,
      value: values[c]?.[1] ?? null,
      deprivation: deprivation.values[c]?.[1] ?? null,
    })),
  )
  const adjustedOf = (code: string) => fit?.values.find((v) => v.areaCode === code)

  it('works out the adjusted figure and its rank as the view does, among the neighbours or every authority', () => {
    const own = adjustedOf('A5')
    // Ranked highest first against its neighbours A0, A11 and Z only; Z, far above its curve, is above it.
    const group = ['A5', 'A0', 'A11', 'Z'].map((c) => adjustedOf(c)?.adjusted ?? Number.NaN)
    const rank = 1 + group.filter((v) => v > (own?.adjusted ?? Number.NaN)).length
    expect(rank).toBeGreaterThan(1)
    expect(position('A5')).toEqual({
      areaName: 'A5',
      indicator: testIndicator('cla_rate'),
      year: 2024,
      measure: 'IMD score, IoD2019',
      scope: 'neighbours',
      highestFirst: true,
      adjusted: {
        value: own?.adjusted,
        lower: own?.adjustedLower,
        upper: own?.adjustedUpper,
        published: own?.value,
        expected: own?.expected,
        rank: { rank, of: 4 },
      },
      missingReason: null,
    })
    // Among every authority with a figure (S's is suppressed): Z is first of 13.
    expect(position('Z', { scope: 'all' })?.adjusted?.rank).toEqual({ rank: 1, of: 13 })
  })

  it('takes the year the view was set to, and says why an authority has no adjusted figure', () => {
    expect(position('A5', { year: 2023 })?.year).toBe(2023)
    // With no year asked for, a former authority's last year, as the view opens on it.
    const former = areas.map((a) => (a.code === 'A5' ? { ...a, status: 'former' as const, lastYear: 2023 } : a))
    const formerPosition = buildAdjustedPositionFacts({
      ...adjustedFactsInput({ series, deprivation, areas: former }, 'A5'),
      neighbourCodes: ['A0', 'A11', 'Z'],
      scope: 'neighbours',
      year: null,
    })
    expect(formerPosition?.year).toBe(2023)
    expect(position('S')).toMatchObject({ adjusted: null, missingReason: 'suppressed to protect confidentiality' })
  })
})

describe('the trend adjusted for deprivation (/deprivation’s chart over the years)', () => {
  const adjustedTrend: AdjustedTrendFacts = {
    areaName: 'Barnsley',
    indicator: { ...cpp, label: 'Children looked after at 31 March per 10,000 children aged 0-17', decimals: 0 },
    measure: 'IMD score',
    firstYearShown: 2010,
    latest: { year: 2025, edition: 2025, adjusted: 56.2, lower: 35.1, upper: 90.4, published: 71 },
    earliest: { year: 2010, edition: 2015, adjusted: 48.4, lower: 30.2, upper: 77.9, published: 60 },
  }

  it('states the latest adjusted figure, its range and edition, against the first year shown, then the published ones', () => {
    const text = describeAdjustedTrend(adjustedTrend)
    expect(text).toBe(
      'Barnsley, children looked after at 31 March 2025, adjusted for deprivation: 56 per 10,000 (95% range 35 per ' +
        '10,000 to 90 per 10,000; IMD score, IoD2025), higher than 48 per 10,000 (95% range 30 per 10,000 to 78 per ' +
        '10,000; IMD score, IoD2015) at 31 March 2010, the first year shown. That is the figure it would have at ' +
        "average deprivation, each year from that year's own fit: as published it is 71 per 10,000 (60 per 10,000 at " +
        '31 March 2010).',
    )
    // The slide's headline (its first sentence) carries the adjusted figures, never the published ones.
    const headline = text.slice(0, text.indexOf('. ') + 1)
    expect(headline).not.toContain('71')
    expect(headline).not.toContain('60 per')
  })

  it('says higher or lower, never better or worse, dates other year types, and says when the chart has one figure', () => {
    const referrals = {
      ...adjustedTrend,
      indicator: { ...adjustedTrend.indicator, label: 'Referrals', polarity: 'higher-is-worse' as const },
    }
    expect(describeAdjustedTrend(referrals)).toContain(', higher than 48 per 10,000')
    const flow = {
      ...adjustedTrend,
      indicator: {
        ...adjustedTrend.indicator,
        label: 'Referrals per 10,000 children',
        yearType: 'financial year' as const,
      },
      firstYearShown: 2008,
    }
    expect(describeAdjustedTrend(flow)).toMatch(
      /^Barnsley, referrals, 2024-25, adjusted for deprivation: .* in 2009-10, the earliest adjusted figure shown\./,
    )
    expect(describeAdjustedTrend({ ...adjustedTrend, earliest: null })).toBe(
      'Barnsley, children looked after at 31 March 2025, adjusted for deprivation: 56 per 10,000 (95% range 35 per ' +
        '10,000 to 90 per 10,000; IMD score, IoD2025). That is the figure it would have at average deprivation, each ' +
        "year from that year's own fit: as published it is 71 per 10,000.",
    )
  })

  // Three years fitted on three editions (2014 on the earliest, IoD2015); Z rises far above the curve by 2025, S is
  // suppressed in 2014, and F was abolished after 2019 (the chart stops at its last year).
  const years = [2014, 2019, 2025]
  const rise = [1, 1.1, 1.2]
  const values: Record<string, (number | null)[]> = Object.fromEntries(
    codes.map((c, i) => [c, rise.map((r) => onCurve(i) * r)]),
  )
  values.Z = [20 * Math.exp(0.04 * 25), 20 * Math.exp(0.04 * 25) * 1.5, 20 * Math.exp(0.04 * 25) * 3]
  values.S = [null, onCurve(4) * 1.1, onCurve(4) * 1.2]
  values.F = [onCurve(6), onCurve(6) * 1.1, null]
  const series = { ...testSeries(years, values), flags: { S: ['c' as const, null, null] } }
  const deprivation = testSeries([2015, 2019, 2025], {
    ...Object.fromEntries(codes.map((c, i) => [c, [scores[i] ?? 0, scores[i] ?? 0, (scores[i] ?? 0) + 1]])),
    Z: [25, 25, 26],
    S: [21, 21, 22],
    F: [27, 27, 28],
  })
  const areas = [...[...codes, 'Z', 'S'].map((c) => testArea(c)), testArea('F', { status: 'former', lastYear: 2019 })]
  const trendOf = (areaCode: string) =>
    buildAdjustedTrendFacts(adjustedFactsInput({ series, deprivation, areas }, areaCode))
  // The view's own trend (DeprivationBody draws the chart from it).
  const viewTrend = (areaCode: string) => buildAdjustedTrend(series, deprivation, areas, areaCode, '31 March')
  const pointOf = (areaCode: string, year: number) => {
    const t = viewTrend(areaCode).find((y) => y.year === year)
    return {
      year,
      edition: t?.edition,
      adjusted: t?.adjusted,
      lower: t?.adjustedLower,
      upper: t?.adjustedUpper,
      published: t?.value,
    }
  }

  it('takes the latest and first adjusted figures the view draws, each year on the edition in force', () => {
    expect(trendOf('Z')).toEqual({
      areaName: 'Z',
      indicator: testIndicator('cla_rate'),
      measure: 'IMD score',
      firstYearShown: 2014,
      latest: pointOf('Z', 2025),
      earliest: pointOf('Z', 2014),
    })
    expect(trendOf('Z')?.latest.edition).toBe(2025)
    expect(trendOf('Z')?.earliest?.edition).toBe(2015)
    expect(describeAdjustedTrend(trendOf('Z') as AdjustedTrendFacts)).toContain(', higher than ')
  })

  it('starts at the first adjusted figure when the first year shown has none, and stops at an abolished one’s last year', () => {
    expect(trendOf('S')).toMatchObject({
      firstYearShown: 2014,
      earliest: pointOf('S', 2019),
      latest: pointOf('S', 2025),
    })
    expect(trendOf('F')).toMatchObject({ earliest: pointOf('F', 2014), latest: pointOf('F', 2019) })
    expect(trendOf('nowhere')).toBeNull()
  })
})

describe('describeNeighbourhoodMap', () => {
  it('says what the map shows and how many neighbourhoods are at either end, with shares to one decimal', () => {
    // Hartlepool's 57 2021 LSOAs by IoD2025 decile, as deprivation/lsoa21_deciles.json counts them.
    expect(
      describeNeighbourhoodMap({
        areaName: 'Hartlepool',
        edition: 2025,
        total: 57,
        byDecile: [24, 6, 5, 1, 4, 1, 4, 6, 4, 2],
      }),
    ).toBe(
      "The map shows Hartlepool's 57 neighbourhoods (2021 LSOAs) by national decile of the Index of Multiple " +
        "Deprivation 2025: 24 (42.1%) are in England's most deprived 10% and 2 (3.5%) in the least deprived 10%.",
    )
    expect(
      describeNeighbourhoodMap({ areaName: 'X', edition: 2019, total: 4, byDecile: [0, 0, 0, 0, 0, 0, 0, 0, 0, 4] }),
    ).toContain(
      "X's 4 neighbourhoods (2011 LSOAs) by national decile of the Index of Multiple Deprivation 2019: 0 (0.0%)",
    )
  })
})

describe('buildCitation', () => {
  it('writes the figure, its comparisons, source, licence and link as one line of plain text', () => {
    expect(
      buildCitation({
        areaName: 'Barnsley',
        indicator: cpp,
        year: 2025,
        value: 51,
        missingReason: null,
        neighboursMean: 57.4,
        england: 40.6,
        source: { publisher: 'Department for Education', title: 'Characteristics of children in need 2025' },
        computed: false,
        link: 'https://example.org/area/E08000016',
      }),
    ).toBe(
      "Barnsley: 51.0 per 10,000 – Children on a child protection plan at 31 March per 10,000 children, year ending 31 March 2025 (statistical neighbours' mean 57.4 per 10,000; England 40.6 per 10,000). " +
        'Source: Department for Education, Characteristics of children in need 2025. Open Government Licence v3.0. https://example.org/area/E08000016',
    )
  })

  it('keeps a missing figure as such', () => {
    const text = buildCitation({
      areaName: 'Hackney',
      indicator: cpp,
      year: 2022,
      value: null,
      missingReason: 'not available',
      neighboursMean: null,
      england: 40.6,
      source: null,
      computed: false,
      link: 'x',
    })
    expect(text).toMatch(/^Hackney: no figure \(not available\) – /)
  })
})
