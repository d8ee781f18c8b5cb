import { describe, expect, it } from 'vitest'
import { testArea as area } from '../testing/testAreas'
import { testSeries } from '../testing/testSeries'
import { bandOf, bandWithinEngland, describeBand, describeBandEnds } from './quartileBands'

// Eight authorities in 2025, values 10 … 80; a ninth abolished before 2025 with a figure that must not count, and City
// of London, which LAIT includes. Hand-worked quartiles of 5, 10, 20, …, 80 (n = 9, R type 7): h = 8p, so 25% = the 3rd
// value, 20; 50% = the 5th, 40; 75% = the 7th, 60.
const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']
const areas = [
  ...codes.map((c) => area(c)),
  area('OLD', { status: 'former', lastYear: 2024 }),
  area('E09000001', { excludedFromAverages: true }),
]
const series = testSeries([2025], {
  ...Object.fromEntries(codes.map((c, i) => [c, [(i + 1) * 10]])),
  OLD: [1000],
  E09000001: [5],
})

describe('bandOf', () => {
  it('gives A to the lowest quarter when higher is worse, and to the highest when higher is better', () => {
    expect([1, 2, 3, 4].map((q) => bandOf(q as 1, 'higher-is-worse'))).toEqual([
      { judged: true, letter: 'A', quarter: 1 },
      { judged: true, letter: 'B', quarter: 2 },
      { judged: true, letter: 'C', quarter: 3 },
      { judged: true, letter: 'D', quarter: 4 },
    ])
    expect(
      [1, 2, 3, 4].map((q) => bandOf(q as 1, 'higher-is-better').judged && bandOf(q as 1, 'higher-is-better')),
    ).toEqual([
      { judged: true, letter: 'D', quarter: 1 },
      { judged: true, letter: 'C', quarter: 2 },
      { judged: true, letter: 'B', quarter: 3 },
      { judged: true, letter: 'A', quarter: 4 },
    ])
  })

  it('gives no letter, only the quarter, to a measure without a better direction', () => {
    expect(bandOf(4, 'neutral')).toEqual({ judged: false, quarter: 4 })
    expect(bandOf(1, 'higher-is-more-intervention')).toEqual({ judged: false, quarter: 1 })
  })
})

describe('describeBand', () => {
  it('never calls a neutral measure’s band better or worse', () => {
    expect(describeBand(bandOf(1, 'higher-is-worse'))).toBe('A (the best quarter)')
    expect(describeBand(bandOf(1, 'higher-is-better'))).toBe('D (the worst quarter)')
    for (const q of [1, 2, 3, 4] as const)
      expect(describeBand(bandOf(q, 'neutral'))).not.toMatch(/best|worst|better|worse/)
    expect(describeBandEnds('neutral')).toBeNull()
    expect(describeBandEnds('higher-is-more-intervention')).toBeNull()
    expect(describeBandEnds('higher-is-worse')).toBe('A = lowest, the better end')
    expect(describeBandEnds('higher-is-better')).toBe('A = highest, the better end')
    expect(describeBand(bandOf(4, 'neutral'))).toBe('highest quarter')
  })
})

describe('bandWithinEngland', () => {
  it('places a figure by the quartiles of every authority that existed that year (City of London included)', () => {
    // 20 is on the 25% boundary: the lower quarter, so A where lower is better.
    expect(bandWithinEngland(series, 2025, 'B', areas, { polarity: 'higher-is-worse' })).toEqual({
      band: { judged: true, letter: 'A', quarter: 1 },
      quartiles: [5, 20, 40, 60, 80],
      of: 9,
    })
    expect(bandWithinEngland(series, 2025, 'C', areas, { polarity: 'higher-is-worse' })?.band).toMatchObject({
      letter: 'B',
    })
    expect(bandWithinEngland(series, 2025, 'H', areas, { polarity: 'higher-is-better' })?.band).toMatchObject({
      letter: 'A',
    })
    // 60 is on the 75% boundary: the third quarter.
    expect(bandWithinEngland(series, 2025, 'F', areas, { polarity: 'neutral' })?.band).toEqual({
      judged: false,
      quarter: 3,
    })
  })

  it('gives no band without a figure, for an authority that did not exist, or where LAIT shows none', () => {
    expect(bandWithinEngland(series, 2025, 'OLD', areas, { polarity: 'neutral' })).toBeNull()
    expect(bandWithinEngland(series, 2024, 'A', areas, { polarity: 'neutral' })).toBeNull()
    expect(bandWithinEngland(series, 2025, 'A', areas, { polarity: 'neutral', noQuartiles: true })).toBeNull()
  })
})
