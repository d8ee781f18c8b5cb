import { describe, expect, it } from 'vitest'
import { formatForProse, formatValue } from './format'

describe('formatting figures', () => {
  it('writes a value at its published precision with its unit', () => {
    expect(formatValue(21.77, { unit: '%', decimals: 2 })).toBe('21.77%')
    expect(formatValue(51, { unit: 'rate per 10,000', decimals: 1 })).toBe('51.0 per 10,000')
    expect(formatValue(1550.4, { unit: '£', decimals: 0 })).toBe('£1,550')
    expect(formatValue(-0.04, { unit: 'score', decimals: 1 })).toBe('0.0')
  })

  it('quotes a percentage to one decimal place in prose and cards, and nothing else differently', () => {
    expect(formatForProse(21.77, { unit: '%', decimals: 2 })).toBe('21.8%')
    expect(formatForProse(40.43, { unit: '%', decimals: 2 })).toBe('40.4%')
    expect(formatForProse(51, { unit: '%', decimals: 0 })).toBe('51%')
    expect(formatForProse(43.467, { unit: 'score', decimals: 3 })).toBe('43.467')
    expect(formatForProse(57.44, { unit: 'rate per 10,000', decimals: 1 })).toBe('57.4 per 10,000')
  })
})
