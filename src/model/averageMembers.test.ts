import { describe, expect, it } from 'vitest'
import type { Area } from '../schema/areas'
import { testArea } from '../testing/testAreas'
import { describeExclusion, splitForAverages } from './averageMembers'

const area = (code: string, name: string, excludedFromAverages?: boolean) =>
  testArea(code, { laNumber: 800, name, ...(excludedFromAverages ? { excludedFromAverages } : {}) })
const areas = [
  area('E09000001', 'City of London', true),
  area('E06000053', 'Isles of Scilly', true),
  area('E09000020', 'Kensington and Chelsea'),
  area('E09000033', 'Westminster'),
]

describe('splitForAverages', () => {
  it('leaves out City of London and Isles of Scilly, keeping the order of the rest', () => {
    const { included, excluded } = splitForAverages(['E09000033', 'E09000001', 'E09000020', 'E06000053'], areas)
    expect(included).toEqual(['E09000033', 'E09000020'])
    expect(excluded.map((a) => a.code)).toEqual(['E09000001', 'E06000053'])
  })

  it('keeps everyone when nobody is excluded, and an empty group stays empty', () => {
    expect(splitForAverages(['E09000020'], areas)).toEqual({ included: ['E09000020'], excluded: [] })
    expect(splitForAverages([], areas)).toEqual({ included: [], excluded: [] })
  })

  it('keeps a code it cannot find in areas.json', () => {
    expect(splitForAverages(['E06999999'], areas).included).toEqual(['E06999999'])
  })
})

describe('describeExclusion', () => {
  it('says nothing when nobody was left out', () => {
    expect(describeExclusion([])).toBeNull()
  })

  it('names one or both excluded authorities and why', () => {
    expect(describeExclusion([areas[0] as Area])).toBe(
      'City of London is left out of the average: its child population is too small for a stable rate.',
    )
    expect(describeExclusion(areas.slice(0, 2))).toBe(
      'City of London and Isles of Scilly are left out of the average: their child populations are too small for stable rates.',
    )
  })
})
