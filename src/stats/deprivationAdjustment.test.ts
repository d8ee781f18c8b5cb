import { describe, expect, it } from 'vitest'
import { adjustForDeprivation } from './deprivationAdjustment'

describe('adjustForDeprivation', () => {
  const inputs = [
    { areaCode: 'A', deprivation: 1, value: 2 },
    { areaCode: 'B', deprivation: 2, value: 4 },
    { areaCode: 'C', deprivation: 3, value: 5 },
    { areaCode: 'D', deprivation: 4, value: 4 },
    { areaCode: 'E', deprivation: 5, value: 5 },
    { areaCode: 'F', deprivation: null, value: 9 },
    { areaCode: 'G', deprivation: 3, value: null },
  ]

  it('regresses only areas with both figures and adjusts to the mean of areas plus the residual', () => {
    const result = adjustForDeprivation(inputs)
    expect(result?.values.map((v) => v.areaCode)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(result?.meanOfAreas).toBe(4)
    const a = result?.values[0]
    // Line: 2.2 + 0.6x → expected at x = 1 is 2.8, residual −0.8, adjusted 3.2.
    expect(a?.expected).toBeCloseTo(2.8, 12)
    expect(a?.residual).toBeCloseTo(-0.8, 12)
    expect(a?.adjusted).toBeCloseTo(3.2, 12)
    expect(a?.lower).toBeLessThan(2.8)
    expect(a?.upper).toBeGreaterThan(2.8)
  })

  it('is null when there are too few areas to fit a line', () => {
    expect(adjustForDeprivation(inputs.slice(0, 2))).toBeNull()
    expect(adjustForDeprivation([])).toBeNull()
  })
})
