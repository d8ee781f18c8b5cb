import { describe, expect, it } from 'vitest'
import type { Series } from '../schema/series'
import { testSeries } from '../testing/testSeries'
import { testArea as area } from '../testing/testAreas'
import {
  chooseYear,
  chooseYearFor,
  lifetimeLine,
  englandAt,
  pickYearAtOrBefore,
  valueAt,
  yearsWithFigures,
} from './series'

/** Two years of a rate with England's published figure. */
const series = (values: Record<string, (number | null)[]>, extra: Partial<Series> = {}): Series =>
  testSeries([2024, 2025], values, { england: [50, 55], ...extra })

describe('valueAt and englandAt', () => {
  it('read a year, with the flag, and give null for unknown years and areas', () => {
    const s = series({ A: [1, null] }, { flags: { A: [null, 'c'] } })
    expect(valueAt(s, 'A', 2024)).toEqual({ value: 1, flag: null })
    expect(valueAt(s, 'A', 2025)).toEqual({ value: null, flag: 'c' })
    expect(valueAt(s, 'B', 2025)).toEqual({ value: null, flag: null })
    expect(valueAt(s, 'A', 2019)).toEqual({ value: null, flag: null })
    expect(englandAt(s, 2025)).toBe(55)
    expect(englandAt(s, 2000)).toBeNull()
  })
})

describe('yearsWithFigures and chooseYear', () => {
  it('offers only years in which some authority has a figure', () => {
    expect(yearsWithFigures(series({ A: [null, 1], B: [null, null] }))).toEqual([2025])
    expect(yearsWithFigures(series({}))).toEqual([])
  })
  it('keeps a wanted year with figures, else takes the latest, else null', () => {
    expect(chooseYear([2023, 2024], 2023)).toBe(2023)
    expect(chooseYear([2023, 2024], 2019)).toBe(2024)
    expect(chooseYear([2023, 2024], null)).toBe(2024)
    expect(chooseYear([], 2024)).toBeNull()
  })
})

describe('pickYearAtOrBefore', () => {
  it('takes the latest year at or before, else the earliest, else null', () => {
    expect(pickYearAtOrBefore([2015, 2019], 2018)).toBe(2015)
    expect(pickYearAtOrBefore([2015, 2019], 2025)).toBe(2019)
    expect(pickYearAtOrBefore([2015, 2019], 2010)).toBe(2015)
    expect(pickYearAtOrBefore([], 2010)).toBeNull()
  })
})

describe('lifetimeLine', () => {
  it('blanks the years before an authority was created and after it was abolished, flags included', () => {
    const s = series({ NEW: [7, 8], OLD: [1, 2] }, { flags: { NEW: ['u', null] } })
    expect(lifetimeLine(s, area('NEW', { firstYear: 2025 }), '31 March')).toEqual({
      values: [null, 8],
      flags: [null, null],
    })
    expect(lifetimeLine(s, area('OLD', { lastYear: 2024 }), '31 March')).toEqual({
      values: [1, null],
      flags: [null, null],
    })
    expect(lifetimeLine(s, area('NONE'), '31 March')).toEqual({ values: [null, null], flags: [null, null] })
  })
})

const cumbria = area('E10000006', { name: 'Cumbria', status: 'former', lastYear: 2023 })
const cumberland = area('E06000063', { name: 'Cumberland', firstYear: 2024 })
const leeds = area('E08000035', { name: 'Leeds' })

describe('chooseYearFor, when the link names no year', () => {
  const years = [2021, 2022, 2023, 2024, 2025]
  it('opens a former authority on its last year, a current one on the latest', () => {
    expect(chooseYearFor(cumbria, years, null, '31 March')).toBe(2023)
    expect(chooseYearFor(leeds, years, null, '31 March')).toBe(2025)
    expect(chooseYearFor(cumberland, years, null, '31 March')).toBe(2025)
  })

  it('falls back to the latest year with figures, and null when there are none', () => {
    expect(chooseYearFor(null, years, null, '31 March')).toBe(2025)
    expect(chooseYearFor(cumberland, [2019, 2020], null, '31 March')).toBe(2020)
    expect(chooseYearFor(leeds, [], null, '31 March')).toBeNull()
  })
})
