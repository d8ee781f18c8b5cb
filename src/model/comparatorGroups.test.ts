import { describe, expect, it } from 'vitest'
import type { Area } from '../schema/areas'
import type { NeighboursFile } from '../schema/neighbours'
import { asPhrase, buildComparatorGroup, EXCLUSION_NOTE, type ComparatorGroupInput } from './comparatorGroups'

const area = (code: string, name: string, regionCode: string, extra: Partial<Area> = {}): Area => ({
  code,
  laNumber: 300,
  name,
  aliases: [],
  region: regionCode === 'E12000003' ? 'Yorkshire and The Humber' : 'London',
  regionCode,
  type: 'unitary',
  status: 'current',
  ...extra,
})
const leeds = area('E08000035', 'Leeds', 'E12000003')
const york = area('E06000014', 'York', 'E12000003')
const hull = area('E06000010', 'Hull', 'E12000003')
const dorsetCounty = area('E10000009', 'Dorset (county)', 'E12000003', { status: 'former' })
const city = area('E09000001', 'City of London', 'E12000007', { excludedFromAverages: true })
const hackney = area('E09000012', 'Hackney', 'E12000007')
const areas = [leeds, york, hull, dorsetCounty, city, hackney]
const neighbours: NeighboursFile = {
  dfe2025: { E08000035: [{ code: 'E06000010', band: 'close' }] },
  dfe2021: { E08000035: [{ code: 'E06000014', band: 'very close' }] },
}
const input = (over: Partial<ComparatorGroupInput>): ComparatorGroupInput => ({
  group: 'neighbours',
  area: leeds,
  areas,
  neighbours,
  compare: [],
  similar: [],
  ...over,
})

describe('buildComparatorGroup', () => {
  it('takes DfE neighbours from the 2025 or the 2021 list, closest first', () => {
    expect(buildComparatorGroup(input({})).memberCodes).toEqual(['E06000010'])
    const g2021 = buildComparatorGroup(input({ group: 'neighbours2021' }))
    expect(g2021.memberCodes).toEqual(['E06000014'])
    expect(g2021.label).toBe("Leeds's DfE statistical neighbours (April 2021 list)")
  })

  it('says so when DfE lists no neighbours for the authority', () => {
    const g = buildComparatorGroup(input({ area: hackney }))
    expect(g.memberCodes).toEqual([])
    expect(g.notes[0]).toContain('no statistical neighbours for Hackney')
  })

  it('builds the region from current authorities, leaving out the authority itself, former ones and the tiny two', () => {
    expect(buildComparatorGroup(input({ group: 'region' })).memberCodes).toEqual(['E06000014', 'E06000010'])
    const london = buildComparatorGroup(input({ group: 'region', area: hackney }))
    expect(london.memberCodes).toEqual([])
    expect(london.notes).toEqual([EXCLUSION_NOTE])
  })

  it('uses every other current authority for England, stating the exclusion', () => {
    const g = buildComparatorGroup(input({ group: 'all' }))
    expect(g.memberCodes).toEqual(['E06000014', 'E06000010', 'E09000012'])
    expect(g.notes).toContain(EXCLUSION_NOTE)
  })

  it('keeps a custom list as chosen (even City of London) but never the authority itself', () => {
    const g = buildComparatorGroup(input({ group: 'custom', compare: ['E09000001', 'E08000035', 'E06000014'] }))
    expect(g.memberCodes).toEqual(['E09000001', 'E06000014'])
    expect(buildComparatorGroup(input({ group: 'custom' })).notes[0]).toContain('empty')
  })

  it('uses the computed similar authorities in order of closeness', () => {
    const g = buildComparatorGroup(input({ group: 'similar', similar: ['E06000010', 'E06000014'] }))
    expect(g.memberCodes).toEqual(['E06000010', 'E06000014'])
    expect(g.label).toBe('The 2 authorities most similar to Leeds (computed)')
  })
})

describe('asPhrase', () => {
  it('lower-cases a label for use mid-sentence unless it starts with the authority name', () => {
    expect(asPhrase('Other authorities in the London region', 'Hackney')).toBe('other authorities in the London region')
    expect(asPhrase("Leeds's DfE statistical neighbours", 'Leeds')).toBe("Leeds's DfE statistical neighbours")
  })
})
