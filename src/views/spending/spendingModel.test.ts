import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deflatorsFileSchema } from '../../schema/deflators'
import { seriesSchema, type Series } from '../../schema/series'
import {
  buildCategoryMix,
  buildRealTermsSeries,
  formatFinancialYear,
  latestSpendYear,
  markCashYears,
  shortDeflatorName,
} from './spendingModel'

const series = (over: Partial<Series>): Series => ({
  id: 's',
  years: [2021, 2022, 2023],
  values: {},
  england: [null, null, null],
  yearSources: ['a', 'a', 'a'],
  yearProvenance: ['published', 'published', 'published'],
  ...over,
})
const index = { years: [2021, 2022], index: [80, 100], baseYear: 2022 }

describe('buildRealTermsSeries', () => {
  it('deflates per child for every authority and England, keeping years past the index in cash', () => {
    const cash = series({ values: { A: [800_000, 1_000_000, 1_100_000] }, england: [8e6, 1e7, 1.1e7] })
    const population = series({ values: { A: [1000, 1000, 1000] }, england: [10_000, 10_000, 10_000] })
    const { series: real, cashFrom } = buildRealTermsSeries({ id: 'x', cash, population, deflator: index })
    expect(real.values.A).toEqual([1000, 1000, 1100])
    expect(real.england).toEqual([1000, 1000, 1100])
    expect(cashFrom).toBe(2023)
    expect(real.yearProvenance).toEqual(['computed', 'computed', 'computed'])
    expect(real.flags).toBeUndefined()
  })

  it("keeps the cash series' flag for a gap and flags a missing population x", () => {
    const cash = series({ values: { A: [null, 5, 5] }, flags: { A: ['c', null, null] } })
    const population = series({ values: { A: [1, null, 1] } })
    const { series: real, cashFrom } = buildRealTermsSeries({
      id: 'x',
      cash,
      population,
      deflator: { years: [2021, 2022, 2023], index: [90, 95, 100], baseYear: 2023 },
    })
    expect(real.values.A).toEqual([null, null, 5])
    expect(real.flags?.A).toEqual(['c', 'x', null])
    expect(cashFrom).toBeNull()
  })

  it('keeps an incomplete total’s flag on its per-child figure (England FY 2009-10 lacks Stockton-on-Tees)', () => {
    const cash = series({ england: [8e6, 1e7, 1.1e7], englandFlags: ['incomplete', null, null] })
    const population = series({ england: [10_000, 10_000, 10_000] })
    const { series: real } = buildRealTermsSeries({ id: 'x', cash, population, deflator: index })
    expect(real.england[0]).toBe(1000)
    expect(real.englandFlags).toEqual(['incomplete', null, null])
  })

  it('with the real SPPI, keeps Barnsley 2023-2025 in cash and deflates 2022 and before', () => {
    const dir = path.resolve(import.meta.dirname, '../../../public/data')
    const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown
    const cash = seriesSchema.parse(read('series/spend_cyp_total.json'))
    const population = seriesSchema.parse(read('series/child_population.json'))
    const sppi = deflatorsFileSchema.parse(read('deflators.json')).deflators.find((d) => d.id === 'sppi')
    if (!sppi) throw new Error('no SPPI')
    const { series: real, cashFrom } = buildRealTermsSeries({ id: 'x', cash, population, deflator: sppi })
    expect(cashFrom).toBe(2023)
    const at = (y: number) => real.values.E08000016?.[real.years.indexOf(y)]
    // 2025: £80,283,218 cash for 51,799 children = £1,550 (cash, the SPPI stops in 2021-22).
    expect(at(2025)).toBe(1550)
    // 2022 is the SPPI base year: cash per child, £44,470,030 / 50,093 = £888.
    expect(at(2022)).toBe(888)
    // 2010: £39,485,751 / 48,600 × 100 / 84.902 (SPPI FY 2009-10) = £957.
    expect(at(2010)).toBe(957)
  })
})

describe('markCashYears', () => {
  const line = { key: 'a', label: 'A', role: 'area' as const, years: [2021, 2022, 2023], values: [1, 2, 3] }
  it('notes cash years, appending to an existing note', () => {
    const [marked, group] = markCashYears(
      [line, { ...line, key: 'g', notes: ['1 of 2', '2 of 2', '2 of 2'] }],
      2022,
      'cash',
    )
    expect(marked?.notes).toEqual([null, 'cash', 'cash'])
    expect(group?.notes).toEqual(['1 of 2', '2 of 2; cash', '2 of 2; cash'])
  })
  it('changes nothing when every year is in real terms', () => {
    expect(markCashYears([line], null, 'cash')).toEqual([line])
  })
})

describe('buildCategoryMix', () => {
  const total = series({
    values: { A: [null, 200, null], B: [null, 100, null], C: [null, null, null] },
    england: [null, 1000, null],
  })
  const cla = series({ values: { A: [null, 150, null], B: [null, 20, null] }, england: [null, 400, null] })
  const other = series({ values: { A: [null, 50, null], B: [null, null, null] }, england: [null, 600, null] })

  it('gives cash and shares for the area and England, and the neighbours’ mean share with how many had data', () => {
    const rows = buildCategoryMix({
      year: 2022,
      areaCode: 'A',
      areaName: 'Area A',
      neighbourCodes: ['B', 'C'],
      categories: [cla, other],
      total,
    })
    expect(rows.map((r) => r.label)).toEqual(['Area A', 'Statistical neighbours (mean)', 'England'])
    expect(rows[0]).toMatchObject({ cash: [150, 50], shares: [75, 25], total: 200 })
    expect(rows[1]).toMatchObject({ shares: [20, null], note: '1 of 2 had data' })
    expect(rows[2]).toMatchObject({ cash: [400, 600], shares: [40, 60], total: 1000 })
  })

  it('has no neighbour row without neighbours, and nulls for a year not in the series', () => {
    const rows = buildCategoryMix({
      year: 2030,
      areaCode: 'A',
      areaName: 'A',
      neighbourCodes: [],
      categories: [cla],
      total,
    })
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ cash: [null], shares: [null], total: null })
  })
})

describe('latestSpendYear', () => {
  const total = series({ values: { A: [1, 2, null] } })
  it('is the last year with a figure, not after the last year the authority existed', () => {
    expect(latestSpendYear(total, { code: 'A' })).toBe(2022)
    expect(latestSpendYear(total, { code: 'A', lastYear: 2021 })).toBe(2021)
    expect(latestSpendYear(total, { code: 'A', firstYear: 2023 })).toBeNull()
    expect(latestSpendYear(total, { code: 'Z' })).toBeNull()
  })
})

describe('labels', () => {
  it('writes financial years and short index names', () => {
    expect(formatFinancialYear(2025)).toBe('2024-25')
    expect(formatFinancialYear(2000)).toBe('1999-00')
    expect(shortDeflatorName({ label: 'GDP deflator (ONS YBGB, financial-year mean)' })).toBe('GDP deflator')
  })
})
