import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatFixed } from './fixedDecimals'

const DATA = join(import.meta.dirname, '../../public/data')

const intlFormats = new Map<string, Intl.NumberFormat>()
/** What the browser's own formatter writes, which formatFixed must equal. */
function intl(value: number, decimals: number): string {
  const format =
    intlFormats.get(String(decimals)) ??
    new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
  intlFormats.set(String(decimals), format)
  return format.format(value)
}

describe('formatFixed', () => {
  it('writes numbers as en-GB does: thousands commas, halves rounded away from zero, a minus kept at zero', () => {
    expect(formatFixed(1234567.891, 1)).toBe('1,234,567.9')
    expect(formatFixed(1.005, 2)).toBe('1.01')
    expect(formatFixed(2.5, 0)).toBe('3')
    expect(formatFixed(-2.5, 0)).toBe('-3')
    expect(formatFixed(999.95, 1)).toBe('1,000.0')
    expect(formatFixed(-0.001, 2)).toBe('-0.00')
    expect(formatFixed(-0, 0)).toBe('-0')
    expect(formatFixed(1e-7, 8)).toBe('0.00000010')
    expect(formatFixed(1e21, 0)).toBe('1,000,000,000,000,000,000,000')
    expect(formatFixed(NaN, 1)).toBe('NaN')
    expect(formatFixed(-Infinity, 1)).toBe('-∞')
  })

  it('equals Intl on every figure published in the built series, at the decimals of its indicator', () => {
    const indicators = JSON.parse(readFileSync(join(DATA, 'indicators.json'), 'utf8')) as {
      id: string
      decimals: number
    }[]
    const decimalsOf = new Map(indicators.map((i) => [i.id, i.decimals]))
    let compared = 0
    for (const file of readdirSync(join(DATA, 'series'))) {
      const series = JSON.parse(readFileSync(join(DATA, 'series', file), 'utf8')) as {
        id: string
        values: Record<string, (number | null)[]>
        england: (number | null)[]
      }
      const decimals = decimalsOf.get(series.id) ?? 0
      for (const value of [...Object.values(series.values).flat(), ...series.england]) {
        if (value === null) continue
        for (const places of [decimals, 0, 1]) {
          const [mine, theirs] = [formatFixed(value, places), intl(value, places)]
          if (mine !== theirs) expect({ value, places, mine }).toEqual({ value, places, mine: theirs })
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(100_000)
  })

  it('equals Intl on numbers of every size, at 0 to 8 decimals', () => {
    // A fixed pseudo-random sequence (no Math.random), so a failure names the same number every run.
    let seed = 20261201
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const values = [0, -0, 0.5, 1.5, 0.05, 0.045, 1.45, 8.345, 0.125, 9.995, 99_999.5, 1e-7, 5e-324, 1.7e308, 2 ** 53]
    for (let i = 0; i < 5_000; i++) {
      const magnitude = 10 ** Math.floor(next() * 24 - 8)
      const value = (next() - 0.5) * magnitude
      // Halves at the last kept place, where rounding rules differ most.
      values.push(value, Math.round(value * 1000) / 1000 + 0.0005)
    }
    for (const value of values)
      for (let places = 0; places <= 8; places++) {
        const [mine, theirs] = [formatFixed(value, places), intl(value, places)]
        if (mine !== theirs) expect({ value, places, mine }).toEqual({ value, places, mine: theirs })
      }
  })
})
