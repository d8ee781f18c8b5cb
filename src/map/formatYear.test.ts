import { describe, expect, it } from 'vitest'
import { formatYear } from './formatYear'

describe('formatYear', () => {
  it('writes each kind of year as published', () => {
    expect(formatYear(2024, '31 March')).toBe('31 March 2024')
    expect(formatYear(2024, 'financial year')).toBe('2023-24')
    expect(formatYear(2000, 'financial year')).toBe('1999-00')
    expect(formatYear(2019, 'edition')).toBe('2019 edition')
  })
})
