import { beforeAll, describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { assembleSeries } from '../../scripts/etl/assembleSeries'
import { main } from '../../scripts/etl/lowIncome/run'
import type { SourceOutput } from '../../scripts/etl/types'
import type { Series } from '../../src/schema/series'
import { RAW_DIR } from './rawBundle'

describe('children in low income families from the raw bundle', () => {
  let output: SourceOutput
  let count: Series
  let pct: Series

  beforeAll(async () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    output = await main({ rawDir: RAW_DIR, areas: registry, log: () => undefined })
    const series = (id: string) =>
      assembleSeries(
        id,
        output.observations.filter((o) => o.indicatorId === id),
        registry,
      )
    count = series('children_low_income_count')
    pct = series('children_low_income_pct')
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
    // April 2021 boundaries for every year: West Northamptonshire has figures from 2015, the former county none.
    expect(count.values.E06000062?.[0]).toBe(12196)
    expect(count.values.E10000021).toBeUndefined()
  })

  it('reproduces DWP percentages as compiled in LAIT: Barnsley 24.9 (FY 2021-22), England 19.8 (FY 2024-25)', () => {
    expect(pct.years).toEqual([2022, 2023, 2024, 2025])
    expect(pct.values.E08000016).toEqual([24.9, 27.9, 26.9, 28.2])
    expect(pct.england).toEqual([18.6, 19.9, 19.3, 19.8])
    expect(Object.keys(pct.regions ?? {})).toHaveLength(11)
  })

  it('has a catalogue entry for every indicator it produces', () => {
    const ids = new Set(output.observations.map((o) => o.indicatorId))
    expect(output.indicators.map((i) => i.id).sort()).toEqual([...ids].sort())
  })
})
