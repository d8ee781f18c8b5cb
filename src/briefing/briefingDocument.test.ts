import { describe, expect, it } from 'vitest'
import { formatMadeOn } from './briefingDocument'

describe('formatMadeOn', () => {
  it('writes the date as the browser writes it in British English, for every month and a single-digit day', () => {
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, month === 1 ? 28 : 3 + month)
      expect(formatMadeOn(date)).toBe(
        date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
      )
    }
  })

  it('uses the local date, not the UTC one', () => {
    expect(formatMadeOn(new Date(2026, 10, 30, 23, 59))).toBe('30 November 2026')
    expect(formatMadeOn(new Date(2027, 0, 1, 0, 0))).toBe('1 January 2027')
  })
})
