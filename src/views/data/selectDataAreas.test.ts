import { describe, expect, it } from 'vitest'
import { selectDataAreas, type DataAreaInput } from './selectDataAreas'
import { AREAS, NEIGHBOURS } from './testData'

const base: DataAreaInput = {
  areas: AREAS,
  group: 'neighbours',
  areaCode: 'E06000001',
  includeArea: true,
  compare: [],
  neighbours: NEIGHBOURS,
  from: 2023,
  to: 2025,
}
const codes = (input: Partial<DataAreaInput>) => selectDataAreas({ ...base, ...input }).areas.map((a) => a.code)

describe('selectDataAreas', () => {
  it('lists the authority then its DfE 2025 neighbours, closest first, and averages the neighbours only', () => {
    const selection = selectDataAreas(base)
    expect(selection.areas.map((a) => a.code)).toEqual(['E06000001', 'E09000002', 'E09000001'])
    expect(selection.description).toBe('Hartlepool and its statistical neighbours (DfE 2025 list)')
    expect(selection.summary?.memberCodes).toEqual(['E09000002', 'E09000001'])
  })

  it('leaves the authority out of the list when asked, and uses the 2021 list for that group', () => {
    expect(codes({ includeArea: false })).toEqual(['E09000002', 'E09000001'])
    expect(selectDataAreas({ ...base, includeArea: false }).description).toBe(
      "Hartlepool's statistical neighbours (DfE 2025 list)",
    )
    expect(codes({ group: 'neighbours2021' })).toEqual(['E06000001', 'E06000002'])
  })

  it('says so when an authority has no neighbour list (computed similar authorities absent)', () => {
    const selection = selectDataAreas({ ...base, group: 'similar' })
    expect(selection.areas.map((a) => a.code)).toEqual(['E06000001'])
    expect(selection.summary).toBeNull()
    expect(selection.notes[0]).toContain('no most similar authorities')
  })

  it('lists a region’s authorities that existed in the range, with or without the authority', () => {
    expect(codes({ group: 'region' })).toEqual(['E06000001', 'E06000002', 'E10000006', 'E06000063'])
    expect(codes({ group: 'region', from: 2024 })).toEqual(['E06000001', 'E06000002', 'E06000063'])
    expect(codes({ group: 'region', from: 2015, to: 2020 })).toEqual(['E06000001', 'E06000002', 'E10000006'])
    expect(codes({ group: 'region', includeArea: false, from: 2024 })).toEqual(['E06000002', 'E06000063'])
  })

  it('lists every authority that existed in the range for "all", and falls back to it without an authority', () => {
    expect(codes({ group: 'all', from: 2025, to: 2025 })).toEqual(
      AREAS.filter((a) => a.code !== 'E10000006').map((a) => a.code),
    )
    const fallback = selectDataAreas({ ...base, areaCode: null, from: 2010, to: 2023 })
    expect(fallback.areas).toHaveLength(5)
    expect(fallback.notes[0]).toContain('Choose an authority')
    // The controls tick the group actually listed, not the neighbour group that could not be used.
    expect(fallback.group).toBe('all')
    expect(selectDataAreas({ ...base, from: 2010, to: 2023 }).group).toBe(base.group)
  })

  it('lists the custom list in the order chosen, skipping unknown codes, and notes an empty one', () => {
    expect(codes({ group: 'custom', compare: ['E09000002', 'E99999999', 'E06000002'] })).toEqual([
      'E09000002',
      'E06000002',
    ])
    const empty = selectDataAreas({ ...base, group: 'custom' })
    expect([empty.areas, empty.summary, empty.notes.length]).toEqual([[], null, 1])
  })
})
