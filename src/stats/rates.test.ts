import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeRatePer10k } from './rates'

describe('computeRatePer10k', () => {
  it('reproduces DfE published rates (Barnsley CLA 2021: 329 / 49,960 = 66; 330 / 51,621 = 64)', () => {
    expect(computeRatePer10k(329, 49_960, 0)).toBe(66)
    expect(computeRatePer10k(330, 51_621, 0)).toBe(64)
  })

  it('keeps the published decimals (Barnsley CLA 2015: 241 / 49,469 = 48.7 to 1 dp, 49 to whole numbers)', () => {
    expect(computeRatePer10k(241, 49_469, 1)).toBe(48.7)
    expect(computeRatePer10k(241, 49_469, 0)).toBe(49)
    expect(computeRatePer10k(241, 49_469, 2)).toBe(48.72)
  })

  it('rounds an exact half away from zero', () => {
    expect(computeRatePer10k(1, 20_000, 0)).toBe(1) // 0.5
    expect(computeRatePer10k(5, 20_000, 0)).toBe(3) // 2.5 (Math.round would agree, banker's rounding would give 2)
    expect(computeRatePer10k(-5, 20_000, 0)).toBe(-3)
    expect(computeRatePer10k(2675, 10_000_000, 2)).toBe(2.68) // 2.675, where toFixed gives 2.67
  })

  it('is null when the population is 0, negative or missing, or the count is missing', () => {
    expect(computeRatePer10k(10, 0, 0)).toBeNull()
    expect(computeRatePer10k(10, -5, 0)).toBeNull()
    expect(computeRatePer10k(10, null, 0)).toBeNull()
    expect(computeRatePer10k(10, undefined, 0)).toBeNull()
    expect(computeRatePer10k(null, 100, 0)).toBeNull()
    expect(computeRatePer10k(Number.NaN, 100, 0)).toBeNull()
  })

  it('is 0 (not -0) for a count of 0', () => {
    expect(Object.is(computeRatePer10k(0, 1000, 1), 0)).toBe(true)
  })

  it('handles extreme inputs: a whole country and a tiny population', () => {
    expect(computeRatePer10k(81_770, 12_183_016, 0)).toBe(67)
    expect(computeRatePer10k(3, 306, 0)).toBe(98)
  })

  it('rejects a nonsensical number of decimals', () => {
    expect(() => computeRatePer10k(1, 2, -1)).toThrow(RangeError)
    expect(() => computeRatePer10k(1, 2, 1.5)).toThrow(RangeError)
  })

  it('agrees with exact rational rounding for any integer count and population', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 1, max: 20_000_000 }), (n, p) => {
        const exact = (BigInt(n) * 20_000n + BigInt(p)) / (2n * BigInt(p)) // floor(x + 1/2) with x = n·10,000/p
        expect(computeRatePer10k(n, p, 0)).toBe(Number(exact))
      }),
      { seed: 42 },
    )
  })
})
