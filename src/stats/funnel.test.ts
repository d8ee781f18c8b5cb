import { describe, expect, it } from 'vitest'
import { classifyAgainstFunnel, funnelLimits, interpolatedPoissonLimit } from './funnel'
import { poissonCdf, poissonQuantile } from './poisson'

describe('Poisson distribution', () => {
  it('poissonCdf matches tabulated values', () => {
    // P(X <= 2 | λ = 1) = e^-1 (1 + 1 + 1/2) = 0.919699
    expect(poissonCdf(2, 1)).toBeCloseTo(0.919699, 6)
    // P(X <= 10 | λ = 10) = 0.583040
    expect(poissonCdf(10, 10)).toBeCloseTo(0.58304, 5)
    expect(poissonCdf(-1, 3)).toBe(0)
  })

  it('poissonQuantile matches R qpois', () => {
    // qpois(0.975, 10) = 17; qpois(0.025, 10) = 4; qpois(0.999, 100) = 132; qpois(0.001, 100) = 71
    expect(poissonQuantile(0.975, 10)).toBe(17)
    expect(poissonQuantile(0.025, 10)).toBe(4)
    expect(poissonQuantile(0.999, 100)).toBe(132)
    expect(poissonQuantile(0.001, 100)).toBe(71)
    expect(poissonQuantile(0.5, 2000)).toBe(2000)
  })
})

describe('funnelLimits', () => {
  it('interpolates between the integer quantiles', () => {
    const limit = interpolatedPoissonLimit(0.975, 10)
    expect(limit).toBeGreaterThan(16)
    expect(limit).toBeLessThanOrEqual(17)
  })

  it('narrows as the population grows and brackets the target rate', () => {
    const small = funnelLimits(70, 10_000)
    const large = funnelLimits(70, 500_000)
    for (const l of [small, large]) {
      expect(l.lower998).toBeLessThan(l.lower95)
      expect(l.lower95).toBeLessThan(70)
      expect(l.upper95).toBeGreaterThan(70)
      expect(l.upper998).toBeGreaterThan(l.upper95)
    }
    expect(large.upper95 - large.lower95).toBeLessThan(small.upper95 - small.lower95)
  })

  it('approaches the normal approximation for large expected counts', () => {
    // λ = 70 · 1,000,000 / 10,000 = 7,000; 95% ≈ λ ± 1.96 √λ → rate 70 ± 1.96·√7000/100 = 70 ± 1.6398
    const l = funnelLimits(70, 1_000_000)
    expect(l.upper95).toBeCloseTo(71.64, 1)
    expect(l.lower95).toBeCloseTo(68.36, 1)
  })

  it('classifies areas against the limits', () => {
    const l = funnelLimits(70, 50_000)
    expect(classifyAgainstFunnel(70, l)).toBe('within')
    expect(classifyAgainstFunnel((l.upper95 + l.upper998) / 2, l)).toBe('above 95%')
    expect(classifyAgainstFunnel((l.lower95 + l.lower998) / 2, l)).toBe('below 95%')
    expect(classifyAgainstFunnel(l.upper998 + 1, l)).toBe('above 99.8%')
    expect(classifyAgainstFunnel(l.lower998 - 1, l)).toBe('below 99.8%')
  })
})
