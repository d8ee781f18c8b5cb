import { describe, expect, it } from 'vitest'
import { fitPoissonRegression } from './poissonRegression'

describe('fitPoissonRegression', () => {
  it('two groups: the slope is the log rate ratio and its standard error sqrt(1/y0 + 1/y1) (worked by hand)', () => {
    // Group 0: 20 events in 10,000; group 1: 60 in 12,000. Rate ratio (60/12,000)/(20/10,000) = 2.5.
    const fit = fitPoissonRegression([
      { x: 0, count: 20, exposure: 10_000 },
      { x: 1, count: 60, exposure: 12_000 },
    ])
    expect(fit).not.toBeNull()
    expect(fit?.multiplier).toBeCloseTo(2.5, 10)
    expect(fit?.intercept).toBeCloseTo(Math.log(20 / 10_000), 10)
    const se = Math.sqrt(1 / 20 + 1 / 60)
    expect(fit?.slopeSe).toBeCloseTo(se, 10)
    expect(fit?.multiplierLower).toBeCloseTo(2.5 * Math.exp(-1.959963984540054 * se), 8)
    expect(fit?.multiplierUpper).toBeCloseTo(2.5 * Math.exp(1.959963984540054 * se), 8)
  })

  it('ten deciles: matches a direct maximisation of the likelihood', () => {
    // Reference computed independently in Python (SciPy 1.17): Nelder–Mead minimisation of the negative Poisson
    // log-likelihood (no derivatives), standard error from a finite-difference Hessian. Intercept −6.800219,
    // slope 0.288676, standard error 0.0235322, multiplier 1.33466 (1.27450 to 1.39766).
    const exposure = [3000, 4200, 5100, 4800, 5600, 6100, 5900, 7000, 8200, 9100]
    const counts = [3, 7, 9, 14, 20, 31, 36, 55, 90, 140]
    const fit = fitPoissonRegression(counts.map((count, x) => ({ x, count, exposure: exposure[x] ?? 0 })))
    expect(fit?.intercept).toBeCloseTo(-6.800219000982483, 5)
    expect(fit?.slope).toBeCloseTo(0.28867635793183466, 6)
    expect(fit?.slopeSe).toBeCloseTo(0.023532179967357993, 5)
    expect(fit?.multiplierLower).toBeCloseTo(1.2745002394582634, 4)
    expect(fit?.multiplierUpper).toBeCloseTo(1.3976588448218394, 4)
  })

  it('a flat profile gives a multiplier of 1', () => {
    const fit = fitPoissonRegression([1, 2, 3, 4].map((x) => ({ x, count: 50, exposure: 10_000 })))
    expect(fit?.multiplier).toBeCloseTo(1, 12)
  })

  it('cannot estimate a slope from one group, no counts, or counts all in one extreme group', () => {
    expect(fitPoissonRegression([{ x: 1, count: 5, exposure: 100 }])).toBeNull()
    expect(fitPoissonRegression([0, 1, 2].map((x) => ({ x, count: 0, exposure: 100 })))).toBeNull()
    expect(
      fitPoissonRegression([
        { x: 0, count: 0, exposure: 100 },
        { x: 1, count: 9, exposure: 100 },
      ]),
    ).toBeNull()
  })
})
