import { describe, expect, it } from 'vitest'
import { parseLaitYear } from './readLait'

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
