import { describe, expect, it } from 'vitest'
import { formatValue } from './format'
import { relativeFormat } from './relativeFormat'

describe('relativeFormat', () => {
  const rate = { unit: 'rate per 10,000', decimals: 0 } as const
  const percent = { unit: '%', decimals: 1 } as const

  it('writes ratios to two decimals with no unit', () => {
    const { spec, valueLabel } = relativeFormat(rate, 'ratio')
    expect(formatValue(1.2345, spec)).toBe('1.23')
    expect(valueLabel).toBe('ratio to England (England = 1)')
  })

  it('keeps the unit of a difference of rates, and calls a difference of percentages percentage points', () => {
    expect(formatValue(-12, relativeFormat(rate, 'difference').spec)).toBe('-12 per 10,000')
    expect(relativeFormat(rate, 'difference').valueLabel).toBe('difference from England, per 10,000 children')
    const pp = relativeFormat(percent, 'difference')
    expect(formatValue(3.25, pp.spec)).toBe('3.3')
    expect(pp.valueLabel).toBe('difference from England, percentage points')
  })
})
