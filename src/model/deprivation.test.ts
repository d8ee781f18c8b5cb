import { describe, expect, it } from 'vitest'
import { adjustForDeprivation } from '../stats/deprivationAdjustment'
import { testIndicator } from '../testing/testIndicator'
import {
  buildAdjustedTrend,
  buildAdjustmentInputs,
  describeAgainstExpected,
  describeBothComparisons,
  pickEdition,
  resolveMeasure,
} from './deprivation'
import { testArea as area } from '../testing/testAreas'
import { testSeries as series } from '../testing/testSeries'

const areas = ['A', 'B', 'C', 'D', 'E'].map((c) => area(c)).concat(area('X', { excludedFromAverages: true }))
// Rate = 2 × score + noise; X is an outlier that must not move the line.
const imd = series([2015, 2019], { A: [10, 10], B: [20, 20], C: [30, 30], D: [40, 40], E: [50, 50], X: [5, 5] })
const rate = series([2014, 2018, 2025], {
  A: [21, 21, 21],
  B: [39, 39, 39],
  C: [61, 61, 61],
  D: [79, 79, 90],
  E: [100, 100, 100],
  X: [500, 500, 500],
})

describe('pickEdition', () => {
  it('uses the edition in force for the year (IoD2025 from 2025), else the earliest with a note', () => {
    expect(pickEdition([2015, 2019, 2025], 2025)?.edition).toBe(2025)
    expect(pickEdition([2015, 2019, 2025], 2024)?.edition).toBe(2019)
    expect(pickEdition([2015, 2019], 2018)).toEqual({
      edition: 2015,
      note: 'Deprivation: the English Indices of Deprivation 2015 (IoD2015), the edition in force for 2018.',
    })
    expect(pickEdition([2015, 2019], 2012)?.note).toContain('no edition was published by 2012')
    expect(pickEdition([], 2012)).toBeNull()
  })
})

describe('buildAdjustmentInputs', () => {
  it('pairs values with scores and leaves out City of London and Isles of Scilly', () => {
    const inputs = buildAdjustmentInputs(rate, imd, 2025, 2019, areas, '31 March')
    expect(inputs.map((i) => i.areaCode)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(inputs[3]).toEqual({ areaCode: 'D', value: 90, deprivation: 40 })
  })

  it('leaves out authorities that did not exist that year, but keeps a new one without a score as missing', () => {
    const reorganised = [...areas, area('OLD', { status: 'former', lastYear: 2023 }), area('NEW', { firstYear: 2024 })]
    const withOld = { ...rate, values: { ...rate.values, OLD: [5, 5, null], NEW: [null, null, 70] } }
    const inputs = buildAdjustmentInputs(withOld, imd, 2025, 2019, reorganised, '31 March')
    expect(inputs.map((i) => i.areaCode)).not.toContain('OLD')
    expect(inputs.find((i) => i.areaCode === 'NEW')).toEqual({ areaCode: 'NEW', value: 70, deprivation: null })
    expect(buildAdjustmentInputs(withOld, imd, 2018, 2015, reorganised, '31 March').map((i) => i.areaCode)).toContain(
      'OLD',
    )
  })
})

describe('buildAdjustedTrend', () => {
  it('fits each year separately and gives the adjusted value with its range around it', () => {
    const trend = buildAdjustedTrend(rate, imd, areas, 'D', '31 March')
    expect(trend.map((t) => t.edition)).toEqual([2015, 2015, 2019])
    const y2025 = trend[2]
    const fit = adjustForDeprivation(buildAdjustmentInputs(rate, imd, 2025, 2019, areas, '31 March'))
    const d = fit?.values.find((v) => v.areaCode === 'D')
    expect(y2025?.adjusted).toBeCloseTo((fit?.reference ?? 0) * (d?.ratio ?? 0), 10)
    // The log-scale curve at mean deprivation (30) is the geometric mean of the five rates.
    expect(y2025?.reference).toBeCloseTo((21 * 39 * 61 * 90 * 100) ** (1 / 5), 10)
    expect(y2025?.adjustedLower).toBeGreaterThan(0)
    expect(y2025?.adjustedLower).toBeLessThan(y2025?.adjusted ?? 0)
    expect(y2025?.adjustedUpper).toBeGreaterThan(y2025?.adjusted ?? 0)
  })

  it("covers only the years an authority existed: an abolished one's trend stops at its last year", () => {
    const reorganised = [...areas, area('OLD', { status: 'former', lastYear: 2023 }), area('NEW', { firstYear: 2024 })]
    const withOld = { ...rate, values: { ...rate.values, OLD: [30, 30, null], NEW: [null, null, 70] } }
    const old = buildAdjustedTrend(withOld, imd, reorganised, 'OLD', '31 March')
    expect(old.map((t) => [t.year, t.edition])).toEqual([
      [2014, 2015],
      [2018, 2015],
    ])
    expect(buildAdjustedTrend(withOld, imd, reorganised, 'NEW', '31 March').map((t) => t.year)).toEqual([2025])
  })

  it('has null adjusted figures for an authority outside the regression', () => {
    expect(buildAdjustedTrend(rate, imd, areas, 'X', '31 March')[0]?.adjusted).toBeNull()
  })
})

describe('describeAgainstExpected', () => {
  it('says how far the figure is from the expected one and whether that is unusual', () => {
    const fit = adjustForDeprivation(buildAdjustmentInputs(rate, imd, 2014, 2015, areas, '31 March'))
    if (!fit) throw new Error('no fit')
    const text = describeAgainstExpected('Area B', fit, 'B', (v) => v.toFixed(1))
    expect(text).toMatch(
      /^Given its deprivation, Area B would be expected to have about 35\.7; its figure is 39\.0, 9% higher than expected\./,
    )
    expect(text).toContain('not unusual')
    expect(describeAgainstExpected('X', fit, 'X', String)).toBeNull()
  })
})

describe('resolveMeasure', () => {
  const catalogue = [
    { ...testIndicator('idaci_score'), roles: { deprivationMeasure: 2 } },
    testIndicator('cla_rate'),
    { ...testIndicator('imd_score'), roles: { deprivationMeasure: 1 } },
  ]
  it('takes the measure asked for, else the first deprivation measure in the catalogue’s order', () => {
    expect(resolveMeasure(catalogue, 'idaci_score')?.id).toBe('idaci_score')
    expect(resolveMeasure(catalogue, null)?.id).toBe('imd_score')
    expect(resolveMeasure(catalogue, 'cla_rate')?.id).toBe('imd_score')
    expect(resolveMeasure([testIndicator('cla_rate')], null)).toBeNull()
  })
})

describe('describeBothComparisons', () => {
  const own = (value: number, lower: number, upper: number) => ({
    areaCode: 'BP',
    value,
    expected: (lower + upper) / 2,
    ratio: value / ((lower + upper) / 2),
    lower,
    upper,
    adjusted: value,
    adjustedLower: lower,
    adjustedUpper: upper,
  })

  it('says why a deprived authority can be typical for its deprivation yet above England (the Blackpool CPP case)', () => {
    const text = describeBothComparisons('Blackpool', own(86.1, 40, 120), 'above 99.8%', '40.6')
    expect(text).toContain('Blackpool is not unusual for an authority as deprived')
    expect(text).toContain("higher than England's 40.6 by more than chance and the usual differences between councils")
    expect(text).toContain('These answer different questions')
    expect(text).toContain('takes no account of deprivation')
  })

  it('says the two agree when both find the authority unusual in the same direction, or both find it typical', () => {
    expect(describeBothComparisons('A', own(200, 40, 120), 'above 95%', '40.6')).toMatch(
      /unusually high .*\(outside the 95% funnel limits\)\. The two comparisons agree\.$/,
    )
    expect(describeBothComparisons('A', own(60, 40, 120), 'within', '40.6')).toMatch(/The two comparisons agree\.$/)
    expect(describeBothComparisons('A', own(20, 40, 120), 'above 95%', '10')).toContain('different questions')
  })
})
