import { describe, expect, it } from 'vitest'
import { exactPoissonInterval } from '../stats/exactPoissonCi'
import { decileRates, fifthRatioOf, gradientOf, leftOutNotes, type NeighbourhoodCount } from './compute'

const hood = (decile: number, children: number, count: number | null, code: string): NeighbourhoodCount => ({
  decile,
  children,
  count,
  sources: [code],
})

describe('decileRates', () => {
  it('sums counts and children of the counted neighbourhoods and gives the rate per 10,000 with an exact interval', () => {
    const results = decileRates([
      hood(1, 1200, 15, 'a'),
      hood(1, 800, 5, 'b'),
      hood(1, 1000, null, 'c'), // suppressed: left out of both count and children
      hood(2, 1000, 6, 'd'),
      hood(2, 1000, 6, 'e'),
    ])
    const first = results[0]
    // Worked by hand: 20 children counted among 2,000 children → 100 per 10,000.
    expect(first).toMatchObject({
      decile: 1,
      neighbourhoods: 3,
      counted: 2,
      children: 2000,
      status: 'shown',
      count: 20,
    })
    expect(first?.rate).toBeCloseTo(100, 10)
    const ci = exactPoissonInterval(20)
    expect(first?.lower).toBeCloseTo((ci.lower / 2000) * 10_000, 10)
    expect(first?.upper).toBeCloseTo((ci.upper / 2000) * 10_000, 10)
    expect(results[1]).toMatchObject({ decile: 2, count: 12, status: 'shown' })
    expect(results[1]?.rate).toBeCloseTo(60, 10)
    expect(results[2]).toMatchObject({ decile: 3, neighbourhoods: 0, status: 'none', rate: null })
  })

  it('disclosure: fewer than 10 children is not shown; neither is a total that is one neighbourhood', () => {
    const results = decileRates([
      hood(1, 1000, 4, 'a'),
      hood(1, 1000, 5, 'b'), // 9 in total: fewer than 10
      hood(2, 1000, 40, 'c'), // one neighbourhood only
      hood(2, 1000, null, 'd'),
      hood(3, 1000, 5, 'e'),
      hood(3, 1000, 5, 'f'), // exactly 10 from two neighbourhoods: shown
    ])
    expect(results[0]).toMatchObject({ status: 'fewer-than-10', count: null, rate: null, lower: null, upper: null })
    expect(results[1]).toMatchObject({ status: 'one-neighbourhood', count: null, rate: null })
    expect(results[2]).toMatchObject({ status: 'shown', count: 10 })
  })

  it('a count spread from one neighbourhood over several pieces is still one neighbourhood', () => {
    const [first] = decileRates([
      { decile: 1, children: 500, count: 12, sources: ['a'] },
      { decile: 1, children: 500, count: 8, sources: ['a'] },
    ])
    expect(first?.status).toBe('one-neighbourhood')
  })
})

describe('fifth ratio and gradient', () => {
  const shown = (decile: number, count: number, children = 10_000) => ({
    decile,
    neighbourhoods: 5,
    counted: 5,
    children,
    status: 'shown' as const,
    count,
    rate: (count / children) * 10_000,
    lower: null,
    upper: null,
  })

  it('pools deciles 1-2 against 9-10 (worked by hand)', () => {
    const deciles = [shown(1, 100), shown(2, 60, 5000), shown(9, 20), shown(10, 10, 5000)]
    // (100 + 60) / 15,000 over (20 + 10) / 15,000 = 160 / 30.
    expect(fifthRatioOf(deciles)?.ratio).toBeCloseTo(160 / 30, 12)
  })

  it('leaves suppressed deciles out of the ratio and the gradient, and says so', () => {
    const hidden = { ...shown(10, 0), status: 'fewer-than-10' as const, count: null, rate: null }
    const deciles = [shown(1, 100), shown(2, 60), shown(9, 20), hidden]
    expect(fifthRatioOf(deciles)).toMatchObject({ mostDeprived: [1, 2], leastDeprived: [9] })
    expect(fifthRatioOf(deciles)?.ratio).toBeCloseTo(80 / 20, 12)
    expect(gradientOf(deciles)?.deciles).toEqual([1, 2, 9])
    expect(leftOutNotes(deciles)).toContain('Decile 10 is left out of the ratio and the gradient: fewer than 10.')
  })

  it('a rate that doubles with each decile step towards deprivation has a gradient of 2', () => {
    const deciles = Array.from({ length: 10 }, (_, i) => shown(i + 1, 2 ** (9 - i) * 10))
    const g = gradientOf(deciles)
    expect(g?.multiplier).toBeCloseTo(2, 8)
    expect(g?.lower).toBeLessThan(2)
    expect(g?.upper).toBeGreaterThan(2)
  })
})
