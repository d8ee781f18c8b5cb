import { describe, expect, it } from 'vitest'
import type { Series } from '../schema/series'
import { testSeries } from '../testing/testSeries'
import { testArea as area } from '../testing/testAreas'
import { describeRankEnd, describeRankOrder, rankAreas, rankWithinEngland } from './ranks'

const d = (areaCode: string, value: number | null) => ({ areaCode, value })
const data = [d('A', 10), d('B', 30), d('C', 20), d('D', 30), d('E', null)]
const none = new Set<string>()

describe('rankAreas', () => {
  it('ranks the highest first for intervention rates, ties sharing the best rank', () => {
    const r = rankAreas(data, 'higher-is-more-intervention', none)
    expect(Object.fromEntries([...r].map(([k, v]) => [k, v.rank]))).toEqual({ B: 1, D: 1, C: 3, A: 4 })
    expect(r.get('A')?.of).toBe(4)
  })
  it('ranks the lowest first when higher is worse', () => {
    const r = rankAreas(data, 'higher-is-worse', none)
    expect(Object.fromEntries([...r].map(([k, v]) => [k, v.rank]))).toEqual({ A: 1, C: 2, B: 3, D: 3 })
  })
  it('ranks the highest first when higher is better, and for neutral indicators', () => {
    expect(rankAreas(data, 'higher-is-better', none).get('C')?.rank).toBe(3)
    expect(rankAreas(data, 'neutral', none).get('B')?.rank).toBe(1)
  })
  it('gives no rank to areas without a value or excluded from rankings', () => {
    const r = rankAreas([...data, d('E09000001', 99)], 'neutral', new Set(['E09000001']))
    expect(r.has('E')).toBe(false)
    expect(r.has('E09000001')).toBe(false)
    expect(r.get('B')).toEqual({ rank: 1, of: 4 })
  })
  it('ranks nothing in an empty year', () => {
    expect(rankAreas([], 'neutral', none).size).toBe(0)
  })
  it('says what rank 1 means', () => {
    expect(describeRankOrder('higher-is-worse')).toBe('1 = lowest, the best')
    expect(describeRankOrder('higher-is-more-intervention')).toBe('1 = highest')
    // Deprivation is no judgement of a council: IMD score ranks lowest (least deprived) first, IMD rank highest.
    expect(describeRankOrder('higher-is-worse', 'deprivation')).toBe('1 = lowest, the least deprived')
    expect(describeRankOrder('higher-is-better', 'deprivation')).toBe('1 = highest, the least deprived')
  })
})

/** Two years of a rate with England's published figure. */
const series = (values: Record<string, (number | null)[]>, extra: Partial<Series> = {}): Series =>
  testSeries([2024, 2025], values, { england: [50, 55], ...extra })

describe('rankWithinEngland', () => {
  const s = series({ A: [0, 10], B: [0, 40], C: [0, 40], D: [0, 5], E: [0, null], X: [0, 99] })
  const areas = ['A', 'B', 'C', 'D', 'E'].map((c) => area(c)).concat(area('X', { excludedFromAverages: true }))
  it('ranks highest first for intervention rates, ties sharing, the tiny authorities and missing values left out', () => {
    expect(
      rankWithinEngland(s, 2025, 'B', areas, { polarity: 'higher-is-more-intervention', yearType: '31 March' }),
    ).toMatchObject({
      rank: 1,
      of: 4,
    })
    expect(
      rankWithinEngland(s, 2025, 'A', areas, { polarity: 'higher-is-more-intervention', yearType: '31 March' }),
    ).toMatchObject({ rank: 3 })
    expect(
      rankWithinEngland(s, 2025, 'E', areas, { polarity: 'higher-is-more-intervention', yearType: '31 March' }),
    ).toBeNull()
    expect(
      rankWithinEngland(s, 2025, 'X', areas, { polarity: 'higher-is-more-intervention', yearType: '31 March' }),
    ).toBeNull()
  })
  it('puts the lowest first when higher is worse, and says which end rank 1 is', () => {
    expect(rankWithinEngland(s, 2025, 'D', areas, { polarity: 'higher-is-worse', yearType: '31 March' })).toMatchObject(
      { rank: 1 },
    )
    expect(describeRankEnd('higher-is-worse')).toBe('Rank 1 is the lowest value (the better end).')
    expect(describeRankEnd('higher-is-more-intervention')).toContain('highest value (more intervention')
  })
})

describe('rankWithinEngland and lifetimes', () => {
  it('ranks only authorities that existed that year, whatever figures a file carries for other years', () => {
    const s = series({ A: [0, 10], NEW: [0, 40] })
    const areas = [area('A'), area('NEW', { firstYear: 2025 })]
    expect(rankWithinEngland(s, 2024, 'NEW', areas, { polarity: 'neutral', yearType: '31 March' })).toBeNull()
    expect(rankWithinEngland(s, 2024, 'A', areas, { polarity: 'neutral', yearType: '31 March' })).toMatchObject({
      rank: 1,
      of: 1,
    })
    expect(rankWithinEngland(s, 2025, 'NEW', areas, { polarity: 'neutral', yearType: '31 March' })).toMatchObject({
      rank: 1,
      of: 2,
    })
  })
})
