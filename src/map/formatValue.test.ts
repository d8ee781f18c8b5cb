import { describe, expect, it } from 'vitest'
import { formatNumber, formatValue } from './formatValue'

describe('formatValue', () => {
  it('writes rates with their published decimals and the per-10,000 unit', () => {
    expect(formatValue(45.6, { unit: 'rate per 10,000', decimals: 1 })).toBe('45.6 per 10,000')
    expect(formatValue(45, { unit: 'rate per 10,000', decimals: 1 })).toBe('45.0 per 10,000')
  })
  it('puts the pound sign before the number, after any minus sign', () => {
    expect(formatValue(1234.4, { unit: '£', decimals: 0 })).toBe('£1,234')
    expect(formatValue(-12, { unit: '£', decimals: 0 })).toBe('-£12')
  })
  it('writes percentages, counts, scores and ranks', () => {
    expect(formatValue(12.34, { unit: '%', decimals: 1 })).toBe('12.3%')
    expect(formatValue(123456, { unit: 'count', decimals: 0 })).toBe('123,456')
    expect(formatValue(21.5, { unit: 'score', decimals: 2 })).toBe('21.50')
    expect(formatValue(3, { unit: 'rank', decimals: 0 })).toBe('3')
  })
  it('formatNumber rounds half away from zero like the published tables', () => {
    expect(formatNumber(0.25, 1)).toBe('0.3')
  })
})
