import { describe, expect, it } from 'vitest'
import {
  classifyAgainstFunnel,
  estimateOverdispersion,
  funnelLimits,
  poissonZScore,
  sqrtScaleSe,
  typicalRange,
  winsorise,
} from './funnel'

// The expected values below were worked by hand: the rates are chosen as perfect squares around a target of 100 per
// 10,000 (√100 = 10) and the populations as 2,500 (standard error ½·√(10,000/2,500) = 1) or 10,000 (½), so every
// z-score is a whole number; the limits are (10 ± z·sd)² with z = 1.959964 (95%) or 3.090232 (99.8%), squared by hand and
// checked to 4 decimals in Python (math.sqrt and ** only).

describe('square-root scale z-scores', () => {
  it('uses ½ √(10,000 / population) as the standard error of √rate', () => {
    expect(sqrtScaleSe(2_500)).toBe(1)
    expect(sqrtScaleSe(10_000)).toBe(0.5)
    expect(sqrtScaleSe(1_000_000)).toBeCloseTo(0.05, 12)
  })

  it('measures √rate from √target in standard errors', () => {
    expect(poissonZScore({ rate: 144, population: 2_500 }, 100)).toBe(2)
    expect(poissonZScore({ rate: 90.25, population: 10_000 }, 100)).toBe(-1)
  })
})

describe('winsorise', () => {
  it('pulls the lowest and highest 10% in to the nearest kept value', () => {
    expect(winsorise([3, -3, 2, -1, 0, 2, -1, 1, -3, 5], 0.1)).toEqual([3, -3, 2, -1, 0, 2, -1, 1, -3, 3])
  })

  it('leaves fewer than 10 values alone at 10%', () => {
    expect(winsorise([9, 1, 5], 0.1)).toEqual([9, 1, 5])
  })
})

describe('estimateOverdispersion', () => {
  it('equal populations: φ = mean z², τ² = (Iφ − (I − 1)) / (Σw − Σw²/Σw)', () => {
    // z = 2, −2, 1, −1, 0 → φ = 10/5 = 2; w = 1 each → τ² = (10 − 4) / (5 − 1) = 1.5
    const units = [144, 64, 121, 81, 100].map((rate) => ({ rate, population: 2_500 }))
    const d = estimateOverdispersion(units, 100)
    expect(d?.units).toBe(5)
    expect(d?.phi).toBeCloseTo(2, 12)
    expect(d?.tau2).toBeCloseTo(1.5, 12)
  })

  it('Winsorises before estimating and weights by 1/s²', () => {
    // z = 3, −3, 2, −1, 0 (population 2,500, w = 1) and 2, −1, 1, −3, 5 (population 10,000, w = 4);
    // Winsorised at 10%: the 5 becomes 3; Σz² = 47 → φ = 4.7; Σw = 25, Σw² = 85 → τ² = (47 − 9) / (25 − 3.4) = 38/21.6
    const units = [
      { rate: 169, population: 2_500 },
      { rate: 49, population: 2_500 },
      { rate: 144, population: 2_500 },
      { rate: 81, population: 2_500 },
      { rate: 100, population: 2_500 },
      { rate: 121, population: 10_000 },
      { rate: 90.25, population: 10_000 },
      { rate: 110.25, population: 10_000 },
      { rate: 72.25, population: 10_000 },
      { rate: 156.25, population: 10_000 },
    ]
    const d = estimateOverdispersion(units, 100)
    expect(d?.phi).toBeCloseTo(4.7, 12)
    expect(d?.tau2).toBeCloseTo(1.759259, 6)
  })

  it('is 0 when the authorities vary no more than chance', () => {
    // z = 0.5, −0.5, 0 → φ = 1/6 < (I − 1)/I
    const units = [110.25, 90.25, 100].map((rate) => ({ rate, population: 10_000 }))
    expect(estimateOverdispersion(units, 100)?.tau2).toBe(0)
  })

  it('needs at least 3 authorities and a positive target', () => {
    expect(estimateOverdispersion([{ rate: 1, population: 10 }], 1)).toBeNull()
    expect(
      estimateOverdispersion(
        [100, 100, 100].map((rate) => ({ rate, population: 10 })),
        0,
      ),
    ).toBeNull()
  })
})

describe('funnelLimits', () => {
  it('without overdispersion: (√target ± z·s)²', () => {
    const l = funnelLimits(100, 10_000, 0)
    expect(l.upper95).toBeCloseTo(120.56, 4)
    expect(l.lower95).toBeCloseTo(81.3607, 4)
    expect(l.upper998).toBeCloseTo(133.2897, 4)
    expect(l.lower998).toBeCloseTo(71.4851, 4)
  })

  it('with overdispersion: (√target ± z·√(s² + τ²))², wider than Poisson', () => {
    const l = funnelLimits(100, 10_000, 38 / 21.6)
    expect(l.upper95).toBeCloseTo(163.2828, 4)
    expect(l.lower95).toBeCloseTo(52.1542, 4)
    expect(l.upper998).toBeCloseTo(206.7946, 4)
    expect(l.lower998).toBeCloseTo(31.5804, 4)
  })

  it('never goes below zero: a lower end below 0 on the square-root scale is 0', () => {
    // population 100: s = 5, 10 − 3.09 × 5 < 0
    const l = funnelLimits(100, 100, 0)
    expect(l.lower998).toBe(0)
    expect(l.lower95).toBeGreaterThanOrEqual(0)
  })

  it('approaches the normal approximation of the Poisson for large populations', () => {
    // λ = 70 · 1,000,000 / 10,000 = 7,000; 95% ≈ rate 70 ± 1.96·√7000/100 = 70 ± 1.64
    const l = funnelLimits(70, 1_000_000, 0)
    expect(l.upper95).toBeCloseTo(71.65, 2)
    expect(l.lower95).toBeCloseTo(68.36, 1)
  })

  it('narrows towards ±z·τ (not to nothing) as the population grows once authorities vary', () => {
    const large = funnelLimits(100, 1e9, 1)
    expect(large.upper95).toBeCloseTo((10 + 1.959964) ** 2, 3)
  })

  it('classifies areas against the limits', () => {
    const l = funnelLimits(70, 50_000, 0.2)
    expect(classifyAgainstFunnel(70, l)).toBe('within')
    expect(classifyAgainstFunnel((l.upper95 + l.upper998) / 2, l)).toBe('above 95%')
    expect(classifyAgainstFunnel((l.lower95 + l.lower998) / 2, l)).toBe('below 95%')
    expect(classifyAgainstFunnel(l.upper998 + 1, l)).toBe('above 99.8%')
    expect(classifyAgainstFunnel(l.lower998 - 1, l)).toBe('below 99.8%')
  })
})

describe('typicalRange', () => {
  it('is (√target ± τ)²', () => {
    // τ = √1.5 = 1.224745 → (8.775255)² = 77.0051, (11.224745)² = 125.9949
    const r = typicalRange(100, 1.5)
    expect(r.lower).toBeCloseTo(77.0051, 4)
    expect(r.upper).toBeCloseTo(125.9949, 4)
  })
})
