import { describe, expect, it } from 'vitest'
import { adjustForDeprivation } from '../stats/deprivationAdjustment'
import { testIndicator } from '../testing/testIndicator'
import {
  buildAdjustedTrend,
  buildAdjustmentInputs,
  describeAgainstExpected,
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
  it('uses the latest edition published by the year, else the earliest with a note', () => {
    expect(pickEdition([2015, 2019], 2025)?.edition).toBe(2019)
    expect(pickEdition([2015, 2019], 2018)).toEqual({
      edition: 2015,
      note: 'Deprivation: the 2015 edition, the latest published by 2018.',
    })
    expect(pickEdition([2015, 2019], 2012)?.note).toContain('no edition was published by 2012')
    expect(pickEdition([], 2012)).toBeNull()
  })
})

describe('buildAdjustmentInputs', () => {
  it('pairs values with scores and leaves out City of London and Isles of Scilly', () => {
    const inputs = buildAdjustmentInputs(rate, imd, 2025, 2019, areas)
    expect(inputs.map((i) => i.areaCode)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(inputs[3]).toEqual({ areaCode: 'D', value: 90, deprivation: 40 })
  })

  it('leaves out authorities that did not exist that year, but keeps a new one without a score as missing', () => {
    const reorganised = [...areas, area('OLD', { status: 'former', lastYear: 2023 }), area('NEW', { firstYear: 2024 })]
    const withOld = { ...rate, values: { ...rate.values, OLD: [5, 5, null], NEW: [null, null, 70] } }
    const inputs = buildAdjustmentInputs(withOld, imd, 2025, 2019, reorganised)
    expect(inputs.map((i) => i.areaCode)).not.toContain('OLD')
    expect(inputs.find((i) => i.areaCode === 'NEW')).toEqual({ areaCode: 'NEW', value: 70, deprivation: null })
    expect(buildAdjustmentInputs(withOld, imd, 2018, 2015, reorganised).map((i) => i.areaCode)).toContain('OLD')
  })
})

describe('buildAdjustedTrend', () => {
  it('fits each year separately and gives the adjusted value with its range around it', () => {
    const trend = buildAdjustedTrend(rate, imd, areas, 'D')
    expect(trend.map((t) => t.edition)).toEqual([2015, 2015, 2019])
    const y2025 = trend[2]
    const fit = adjustForDeprivation(buildAdjustmentInputs(rate, imd, 2025, 2019, areas))
    const d = fit?.values.find((v) => v.areaCode === 'D')
    expect(y2025?.adjusted).toBeCloseTo((fit?.meanOfAreas ?? 0) + (d?.residual ?? 0), 10)
    expect(y2025?.meanOfAreas).toBeCloseTo((21 + 39 + 61 + 90 + 100) / 5, 10)
    expect(y2025?.adjustedLower).toBeLessThan(y2025?.adjusted ?? 0)
    expect(y2025?.adjustedUpper).toBeGreaterThan(y2025?.adjusted ?? 0)
  })

  it('has null adjusted figures for an authority outside the regression', () => {
    expect(buildAdjustedTrend(rate, imd, areas, 'X')[0]?.adjusted).toBeNull()
  })
})

describe('describeAgainstExpected', () => {
  it('says how far the figure is from the expected one and whether that is unusual', () => {
    const fit = adjustForDeprivation(buildAdjustmentInputs(rate, imd, 2014, 2015, areas))
    if (!fit) throw new Error('no fit')
    const text = describeAgainstExpected('Area B', fit, 'B', (v) => v.toFixed(1))
    expect(text).toMatch(/^Given its deprivation, Area B would be expected to have about 40\.\d; its figure is 39\.0/)
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
