import { describe, expect, it } from 'vitest'
import { listYears, resolveYearRange } from './resolveYearRange'

const coverages = [{ first: 2010, last: 2025 }, { first: 2015, last: 2019 }, undefined]
const none = { from: null, to: null, year: null }

describe('resolveYearRange', () => {
  it('offers the chosen indicators’ combined coverage and shows the latest year when no range is given', () => {
    expect(resolveYearRange(coverages, none)).toEqual({ first: 2010, last: 2025, from: 2025, to: 2025, notices: [] })
  })

  it('reads an old single-year link as a one-year range', () => {
    expect(resolveYearRange(coverages, { ...none, year: 2020 })).toMatchObject({ from: 2020, to: 2020 })
  })

  it('fills an open end with the first or last covered year', () => {
    expect(resolveYearRange(coverages, { ...none, from: 2018 })).toMatchObject({ from: 2018, to: 2025 })
    expect(resolveYearRange(coverages, { ...none, to: 2012 })).toMatchObject({ from: 2010, to: 2012 })
  })

  it('moves a year outside the coverage to its edge and says so', () => {
    const range = resolveYearRange([{ first: 2015, last: 2019 }], { from: 2001, to: 2030, year: null })
    expect([range?.from, range?.to]).toEqual([2015, 2019])
    expect(range?.notices).toHaveLength(2)
    expect(range?.notices[0]).toContain('starts at 2015 instead of 2001')
  })

  it('is null when no chosen indicator has coverage', () => {
    expect(resolveYearRange([undefined], none)).toBeNull()
  })
})

describe('listYears', () => {
  it('lists every year, both ends included', () => {
    expect(listYears(2015, 2017)).toEqual([2015, 2016, 2017])
    expect(listYears(2019, 2019)).toEqual([2019])
  })
})
