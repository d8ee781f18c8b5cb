import { beforeAll, describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { main } from '../../scripts/etl/lowIncome/run'
import type { SourceOutput } from '../../scripts/etl/types'
import type { Series } from '../../src/schema/series'
import { combinedSeries, RAW_DIR, rawContext } from './rawBundle'

describe('children in low income families from the raw bundle', () => {
  let output: SourceOutput
  let count: Series
  let pct: Series

  beforeAll(async () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    output = await main(await rawContext(registry))
    const series = combinedSeries(output, registry)
    count = series.get('children_low_income_count') as Series
    pct = series.get('children_low_income_pct') as Series
  })

  it('keeps the 152 English authorities of the DWP table and drops the rest with reasons', () => {
    const [dwp] = output.reports
    expect(dwp).toMatchObject({ rowsRead: 219, rowsKept: 152 })
    expect(dwp?.dropped).toEqual({
      'Welsh authority': 22,
      'Scottish council area': 32,
      'Northern Ireland district': 11,
      'area unknown (ZZXXXXXXX)': 1,
      'UK total (not England)': 1,
    })
  })

  it('reproduces published counts: Barnsley FY 2014-15 9,865 and FY 2021-22 (p) 11,432', () => {
    // children-relative-low-income-0-19-2015-22-code.csv line 53.
    expect(count.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022])
    expect(count.values.E08000016).toEqual([9865, 10207, 10714, 11228, 11759, 13258, 13460, 11432])
    // DWP recasts every year on April 2021 boundaries (West Northamptonshire 12,196 in FY 2014-15), but a series shows
    // nothing for a year its authority did not exist: West Northamptonshire starts in 2022, the former county has none.
    expect(count.values.E06000062?.slice(6)).toEqual([null, 19817])
    expect(count.flags?.E06000062?.slice(0, 7)).toEqual(Array(7).fill('z'))
    expect(count.values.E10000021).toBeUndefined()
  })

  it('reproduces DWP percentages as compiled in LAIT from 2022: Barnsley 24.9 (FY 2021-22), England 19.8 (FY 2024-25)', () => {
    expect(pct.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
    expect(pct.values.E08000016?.slice(7)).toEqual([24.9, 27.9, 26.9, 28.2])
    expect(pct.england).toEqual([null, null, null, null, null, null, null, 18.6, 19.9, 19.3, 19.8])
    expect(Object.keys(pct.regions ?? {})).toHaveLength(11)
    expect(pct.yearSources).toEqual([...Array(7).fill('dwp-children-low-income'), ...Array(4).fill('lait')])
    // FY 2021-22 counts as computed: LAIT has only "-" for Cumbria, so the figure computed from DWP's counts stands.
    expect(pct.yearProvenance).toEqual([...Array(8).fill('computed'), ...Array(3).fill('published')])
    expect(pct.values.E10000006?.slice(7)).toEqual([17.1, null, null, null])
    // LAIT's 2022-2023 figures for Cumberland and Westmorland and Furness precede their creation (2024): not shown.
    expect(pct.values.E06000063?.slice(7)).toEqual([null, null, 19.1, 19.1])
    expect(pct.flags?.E06000064?.slice(7)).toEqual(['z', 'z', null, null])
  })

  it('computes 2015-2021 from the DWP 2022 release: Barnsley FY 2014-15 7,875 / 43,705 (mid-2014 0-15) = 18.0 %', () => {
    // 0-4 3,127 + 5-10 2,614 + 11-15 2,134 = 7,875; Nomis mid-2014 0-4 14,621 + 5-9 13,875 + 10-14 12,491 + 15 2,718.
    expect(pct.values.E08000016?.slice(0, 7)).toEqual([18.0, 18.8, 19.8, 20.6, 21.4, 24.2, 24.3])
    // Leeds FY 2014-15: 24,272 / 143,594 = 16.9 %; FY 2020-21: 38,092 / 154,420 (mid-2020) = 24.7 %.
    expect(pct.values.E08000035?.slice(0, 7)).toEqual([16.9, 18.0, 19.2, 20.9, 22.4, 24.6, 24.7])
  })

  it('lets the published 2022 figures win over those computed from the original provisional counts', () => {
    const computed = output.observations.filter(
      (o) => o.indicatorId === 'children_low_income_pct' && o.provenance === 'computed',
    )
    // The break: Barnsley FY 2021-22 computed 9,477 / 44,764 = 21.2 %, published (revised) 24.9 %.
    expect(computed.find((o) => o.areaCode === 'E08000016' && o.year === 2022)?.value).toBe(21.2)
    expect(pct.values.E08000016?.[7]).toBe(24.9)
    // City of London: 232 / 561 = 41.4 % computed, 2022 as published instead.
    expect(computed.find((o) => o.areaCode === 'E09000001' && o.year === 2022)?.value).toBe(41.4)
    expect(pct.values.E09000001?.[7]).not.toBe(41.4)
    expect(computed).toHaveLength(152 * 8)
    expect(computed.every((o) => o.sourceId === 'dwp-children-low-income' && o.release < 20260408)).toBe(true)
  })

  it('computes a figure for all 152 authorities and years (no ".." among English under-16 counts in the bundle)', () => {
    expect(output.reports[1]).toMatchObject({ rowsRead: 219, rowsKept: 152 })
    const computed = output.observations.filter((o) => o.indicatorId === 'children_low_income_pct' && o.year < 2022)
    expect(computed.filter((o) => o.value === null)).toEqual([])
  })

  it('marks the 2022 methodology break in the catalogue and names the population source', () => {
    const entry = output.indicators.find((i) => i.id === 'children_low_income_pct')
    expect(entry?.breaks).toEqual([{ year: 2022, note: expect.stringContaining('not comparable') }])
    expect(entry?.source).toEqual(['lait', 'dwp-children-low-income', 'ons-population-nomis'])
  })

  it('has a catalogue entry for every indicator it produces', () => {
    const ids = new Set(output.observations.map((o) => o.indicatorId))
    expect(output.indicators.map((i) => i.id).sort()).toEqual([...ids].sort())
  })
})
