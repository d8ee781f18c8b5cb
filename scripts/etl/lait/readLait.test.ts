import { describe, expect, it } from 'vitest'
import { parseLaitPeriod, parseLaitYear } from './readLait'

describe('parseLaitYear', () => {
  it('reads years ending 31 March and financial-year outturns as the year ending March', () => {
    expect(parseLaitYear('2025')).toBe(2025)
    expect(parseLaitYear('2024-25 (OT)')).toBe(2025)
    expect(parseLaitYear('1999-00 (OT)')).toBe(2000)
  })

  it('does not mistake a three-year period or an academic year for a single year', () => {
    expect(parseLaitYear('2014-16')).toBeUndefined()
    expect(parseLaitYear('2015/16')).toBeUndefined()
  })
})

describe('parseLaitPeriod', () => {
  it('reads single, financial and academic years with span 1, and a three-year period by its last year', () => {
    expect(parseLaitPeriod('2025')).toEqual({ year: 2025, span: 1 })
    expect(parseLaitPeriod('2024-25 (OT)')).toEqual({ year: 2025, span: 1 })
    expect(parseLaitPeriod('2024-25')).toEqual({ year: 2025, span: 1 })
    expect(parseLaitPeriod('2015/16')).toEqual({ year: 2016, span: 1 })
    expect(parseLaitPeriod('2014-16')).toEqual({ year: 2016, span: 3 })
    expect(parseLaitPeriod('1998-00')).toEqual({ year: 2000, span: 3 })
  })

  it('reads nothing else', () => {
    for (const years of ['0', '', '2014-17', '2015/17', '25', 'x']) expect(parseLaitPeriod(years)).toBeUndefined()
  })
})
