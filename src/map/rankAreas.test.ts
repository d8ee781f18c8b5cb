import { describe, expect, it } from 'vitest'
import type { AreaDatum } from './choropleth'
import { describeRankOrder, rankAreas } from './rankAreas'

const d = (areaCode: string, value: number | null): AreaDatum => ({ areaCode, value, flag: null })
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
  })
})
