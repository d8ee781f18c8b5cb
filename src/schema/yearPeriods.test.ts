import { describe, expect, it } from 'vitest'
import { existedThroughout, lifetimeDates, periodOf } from './yearPeriods'

// Lifetimes from areas.json: BCP and Dorset unitary from 2020 (created 1 April 2019); Bournemouth, Poole and Dorset
// county to 2019 (abolished 31 March 2019); Cumberland from 2024 (1 April 2023); Cumbria to 2023.
const BCP = { firstYear: 2020 }
const BOURNEMOUTH = { lastYear: 2019 }
const CUMBERLAND = { firstYear: 2024 }
const CUMBRIA = { lastYear: 2023 }
const LEEDS = {}

describe('periodOf', () => {
  it('gives the day or days each year type describes, worked by hand', () => {
    expect(periodOf('31 March', 2019)).toEqual({ start: '2019-03-31', end: '2019-03-31' })
    expect(periodOf('30 September', 2019)).toEqual({ start: '2019-09-30', end: '2019-09-30' })
    expect(periodOf('financial year', 2020)).toEqual({ start: '2019-04-01', end: '2020-03-31' })
    // A school year by the children's census at 31 March within it; a calendar year by the authorities at its start.
    expect(periodOf('academic year', 2025)).toEqual({ start: '2025-03-31', end: '2025-03-31' })
    expect(periodOf('calendar year', 2023)).toEqual({ start: '2023-01-01', end: '2023-01-01' })
    expect(periodOf('January census', 2024)).toEqual({ start: '2024-01-15', end: '2024-01-15' })
    expect(periodOf('three-year period', 2016)).toEqual({ start: '2013-04-01', end: '2016-03-31' })
    expect(periodOf('edition', 2019)).toEqual({ start: '2019-03-31', end: '2019-03-31' })
  })
})

describe('lifetimeDates', () => {
  it('runs from 1 April before the first reporting year to 31 March of the last', () => {
    expect(lifetimeDates(BCP)).toEqual({ start: '2019-04-01', end: '9999-12-31' })
    expect(lifetimeDates(BOURNEMOUTH)).toEqual({ start: '0000-01-01', end: '2019-03-31' })
  })
})

describe('existedThroughout', () => {
  it('keeps BCP’s figure at 30 September 2019: BCP existed that day, Bournemouth no longer did', () => {
    expect(existedThroughout(BCP, '30 September', 2019)).toBe(true)
    expect(existedThroughout(BOURNEMOUTH, '30 September', 2019)).toBe(false)
    expect(existedThroughout(BOURNEMOUTH, '30 September', 2018)).toBe(true)
    expect(existedThroughout(BCP, '30 September', 2018)).toBe(false)
  })

  it('at 31 March and for financial years, as the reporting years say', () => {
    expect(existedThroughout(BCP, '31 March', 2019)).toBe(false)
    expect(existedThroughout(BCP, '31 March', 2020)).toBe(true)
    expect(existedThroughout(BOURNEMOUTH, '31 March', 2019)).toBe(true)
    expect(existedThroughout(BCP, 'financial year', 2019)).toBe(false)
    expect(existedThroughout(BCP, 'financial year', 2020)).toBe(true)
    expect(existedThroughout(BOURNEMOUTH, 'financial year', 2019)).toBe(true)
    expect(existedThroughout(BOURNEMOUTH, 'financial year', 2020)).toBe(false)
  })

  it('for a span, only when the authority existed throughout it', () => {
    expect(existedThroughout(CUMBERLAND, 'three-year period', 2025)).toBe(false)
    expect(existedThroughout(CUMBERLAND, 'three-year period', 2026)).toBe(true)
    expect(existedThroughout(CUMBRIA, 'three-year period', 2024)).toBe(false)
  })

  it('gives a school year to the authority of its 31 March census, a calendar year to those at its start', () => {
    // 2018/19: LAIT gives it to Bournemouth (abolished 31 March 2019), not BCP.
    expect(existedThroughout(BOURNEMOUTH, 'academic year', 2019)).toBe(true)
    expect(existedThroughout(BCP, 'academic year', 2019)).toBe(false)
    expect(existedThroughout(BCP, 'academic year', 2020)).toBe(true)
    expect(existedThroughout(CUMBRIA, 'calendar year', 2023)).toBe(true)
    expect(existedThroughout(CUMBERLAND, 'calendar year', 2023)).toBe(false)
    expect(existedThroughout(CUMBERLAND, 'calendar year', 2024)).toBe(true)
  })

  it('in January, on the census day, and always for an authority with no reorganisation', () => {
    expect(existedThroughout(CUMBERLAND, 'January census', 2024)).toBe(true)
    expect(existedThroughout(CUMBERLAND, 'January census', 2023)).toBe(false)
    expect(existedThroughout(CUMBRIA, 'January census', 2023)).toBe(true)
    for (const yearType of ['31 March', '30 September', 'academic year', 'three-year period'] as const)
      expect(existedThroughout(LEEDS, yearType, 2010)).toBe(true)
  })
})
