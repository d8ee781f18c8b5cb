import { describe, expect, it } from 'vitest'
import type { Indicator } from '../schema/indicators'
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

/** A measure of a topic with a better direction or none (not deprivation, which is worded on its own). */
const m = (polarity: Indicator['polarity'], topic: Indicator['topic'] = 'looked-after') => ({
  polarity,
  topic,
  yearType: '31 March' as const,
})

describe('bandOf', () => {
  it('gives A to the lowest quarter when higher is worse, and to the highest when higher is better', () => {
    expect([1, 2, 3, 4].map((q) => bandOf(q as 1, m('higher-is-worse')))).toEqual([
      { judged: true, letter: 'A', quarter: 1 },
      { judged: true, letter: 'B', quarter: 2 },
      { judged: true, letter: 'C', quarter: 3 },
      { judged: true, letter: 'D', quarter: 4 },
    ])
    expect(
      [1, 2, 3, 4].map((q) => bandOf(q as 1, m('higher-is-better')).judged && bandOf(q as 1, m('higher-is-better'))),
    ).toEqual([
      { judged: true, letter: 'D', quarter: 1 },
      { judged: true, letter: 'C', quarter: 2 },
      { judged: true, letter: 'B', quarter: 3 },
      { judged: true, letter: 'A', quarter: 4 },
    ])
  })

  it('gives no letter, only the quarter, to a measure without a better direction', () => {
    expect(bandOf(4, m('neutral'))).toEqual({ judged: false, quarter: 4 })
    expect(bandOf(1, m('higher-is-more-intervention'))).toEqual({ judged: false, quarter: 1 })
  })
})

describe('describeBand', () => {
  it('never calls a neutral measure’s band better or worse', () => {
    expect(describeBand(bandOf(1, m('higher-is-worse')))).toBe('A (the best quarter)')
    expect(describeBand(bandOf(1, m('higher-is-better')))).toBe('D (the worst quarter)')
    for (const q of [1, 2, 3, 4] as const)
      expect(describeBand(bandOf(q, m('neutral')))).not.toMatch(/best|worst|better|worse/)
    expect(describeBandEnds(m('neutral'))).toBeNull()
    expect(describeBandEnds(m('higher-is-more-intervention'))).toBeNull()
    expect(describeBandEnds(m('higher-is-worse'))).toBe('A = lowest, the better end')
    expect(describeBandEnds(m('higher-is-better'))).toBe('A = highest, the better end')
    expect(describeBand(bandOf(4, m('neutral')))).toBe('highest quarter')
  })
})

describe('deprivation bands', () => {
  it('words a deprivation measure’s band from the most deprived end, with no letter and no judgement', () => {
    // IMD score: higher is more deprived, so the highest quarter of scores is the most deprived quarter.
    const score = m('higher-is-worse', 'deprivation')
    expect([1, 2, 3, 4].map((q) => describeBand(bandOf(q as 1, score)))).toEqual([
      'least deprived quarter',
      'second least deprived quarter',
      'second most deprived quarter',
      'most deprived quarter',
    ])
    // IMD rank: rank 1 is the most deprived, so the lowest quarter of ranks is the most deprived quarter.
    const rank = m('higher-is-better', 'deprivation')
    expect(describeBand(bandOf(1, rank))).toBe('most deprived quarter')
    expect(describeBand(bandOf(4, rank))).toBe('least deprived quarter')
    for (const measure of [score, rank])
      for (const q of [1, 2, 3, 4] as const) {
        expect(bandOf(q, measure).judged).toBe(false)
        expect(describeBand(bandOf(q, measure))).not.toMatch(/best|worst|better|worse|\b[ABCD]\b/)
      }
    expect(describeBandEnds(score)).toBeNull()
    expect(describeBandEnds(rank)).toBeNull()
  })

  it('bands an authority’s IDACI score among England’s by how deprived, not how good', () => {
    const idaci = { ...m('higher-is-worse', 'deprivation') }
    expect(describeBand(bandWithinEngland(series, 2025, 'H', areas, idaci)?.band ?? bandOf(1, idaci))).toBe(
      'most deprived quarter',
    )
  })
})

describe('bandWithinEngland', () => {
  it('places a figure by the quartiles of every authority that existed that year (City of London included)', () => {
    // 20 is on the 25% boundary: the lower quarter, so A where lower is better.
    expect(bandWithinEngland(series, 2025, 'B', areas, { ...m('higher-is-worse') })).toEqual({
      band: { judged: true, letter: 'A', quarter: 1 },
      quartiles: [5, 20, 40, 60, 80],
      of: 9,
    })
    expect(bandWithinEngland(series, 2025, 'C', areas, { ...m('higher-is-worse') })?.band).toMatchObject({
      letter: 'B',
    })
    expect(bandWithinEngland(series, 2025, 'H', areas, { ...m('higher-is-better') })?.band).toMatchObject({
      letter: 'A',
    })
    // 60 is on the 75% boundary: the third quarter.
    expect(bandWithinEngland(series, 2025, 'F', areas, { ...m('neutral') })?.band).toEqual({
      judged: false,
      quarter: 3,
    })
  })

  it('gives no band without a figure, for an authority that did not exist, or where LAIT shows none', () => {
    expect(bandWithinEngland(series, 2025, 'OLD', areas, { ...m('neutral') })).toBeNull()
    expect(bandWithinEngland(series, 2024, 'A', areas, { ...m('neutral') })).toBeNull()
    expect(bandWithinEngland(series, 2025, 'A', areas, { ...m('neutral'), noQuartiles: true })).toBeNull()
  })
})
