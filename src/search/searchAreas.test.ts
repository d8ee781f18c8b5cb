import { describe, expect, it } from 'vitest'
import type { Area } from '../schema/areas'
import { editDistance } from './editDistance'
import { MAX_QUERY_LENGTH, searchAreas } from './searchAreas'

// Real names, codes and aliases from areas.json (DfE LA code list), trimmed to what the cases need.
const area = (code: string, laNumber: number, name: string, extra: Partial<Area> = {}): Area => ({
  code,
  laNumber,
  name,
  aliases: [],
  region: 'x',
  regionCode: 'E12000001',
  type: 'unitary',
  status: 'current',
  ...extra,
})
const AREAS: Area[] = [
  area('E06000010', 810, 'Kingston Upon Hull, City of', { aliases: ['Kingston upon Hull, City of'] }),
  area('E06000019', 884, 'Herefordshire', { aliases: ['Herefordshire, County of'] }),
  area('E06000047', 840, 'Durham', { aliases: ['County Durham'] }),
  area('E06000059', 838, 'Dorset'),
  area('E10000009', 835, 'Dorset (county council, to 2019)', {
    aliases: ['Dorset', 'Dorset (Pre LG)'],
    status: 'former',
    type: 'county',
  }),
  area('E06000060', 825, 'Buckinghamshire', { formerCodes: ['E10000002'] }),
  area('E06000065', 815, 'North Yorkshire', { formerCodes: ['E10000023'], districts: ['Harrogate', 'Selby'] }),
  area('E10000016', 886, 'Kent', { type: 'county', districts: ['Maidstone', 'Tunbridge Wells'] }),
  // An invented district named like another authority, so the authority's own name must come first.
  area('E10000007', 830, 'Derbyshire', { type: 'county', districts: ['Derby Dales'] }),
  area('E06000015', 831, 'Derby'),
  area('E08000016', 370, 'Barnsley', { laterCodes: ['E08000038'] }),
  area('E09000003', 302, 'Barnet'),
  area('E09000001', 201, 'City of London'),
  area('E08000035', 383, 'Leeds'),
  area('E06000018', 892, 'Nottingham'),
  area('E10000024', 891, 'Nottinghamshire'),
  area('E06000004', 808, 'Stockton-on-Tees'),
  area('E09000020', 314, 'Kensington and Chelsea'),
  area('E08000025', 330, 'Birmingham'),
]
const top = (query: string) => searchAreas(query, AREAS)[0]?.area.name
const names = (query: string) => searchAreas(query, AREAS).map((m) => m.area.name)

describe('searchAreas', () => {
  it('finds nothing for an empty query', () => {
    expect(searchAreas('   ', AREAS)).toEqual([])
  })

  it(`looks at no more than the first ${MAX_QUERY_LENGTH} characters of a pasted query`, () => {
    const pasted = 'Barnsley' + ' '.repeat(100_000) + 'Leeds' + 'x'.repeat(100_000)
    expect(names(pasted)).toEqual(['Barnsley'])
  })

  it('finds an authority by its exact name, any case', () => {
    expect(top('barnsley')).toBe('Barnsley')
  })

  it('finds by GSS code, former code and DfE LA number', () => {
    expect(searchAreas('e08000016', AREAS)[0]).toMatchObject({ kind: 'code', matched: 'E08000016' })
    expect(searchAreas('E10000002', AREAS)[0]).toMatchObject({
      kind: 'former code',
      area: { name: 'Buckinghamshire' },
    })
    expect(searchAreas('330', AREAS)[0]).toMatchObject({ kind: 'LA number', area: { name: 'Birmingham' } })
  })

  it('finds Barnsley by the code ONS gave it in April 2025 (E08000038)', () => {
    expect(searchAreas('e08000038', AREAS)[0]).toMatchObject({
      kind: 'new code',
      matched: 'E08000038',
      area: { code: 'E08000016', name: 'Barnsley' },
    })
  })

  it('ignores "Council", "City of", "County" and "Borough" variations', () => {
    expect(top('Birmingham City Council')).toBe('Birmingham')
    expect(top('Hull City Council')).toBe('Kingston Upon Hull, City of')
    expect(top('County Durham')).toBe('Durham')
    expect(top('Royal Borough of Kensington & Chelsea')).toBe('Kensington and Chelsea')
    expect(top('Leeds City Council')).toBe('Leeds')
  })

  it('still finds City of London, whose name is mostly noise words', () => {
    expect(top('City of London')).toBe('City of London')
  })

  it('tolerates typos', () => {
    expect(top('Barnsly')).toBe('Barnsley')
    expect(top('Nottinghmashire')).toBe('Nottinghamshire')
    expect(top('Buckinhamshire')).toBe('Buckinghamshire')
    expect(top('stockton on tess')).toBe('Stockton-on-Tees')
  })

  it('matches the word being typed as a prefix', () => {
    expect(top('north yo')).toBe('North Yorkshire')
    expect(names('barn')).toEqual(['Barnet', 'Barnsley'])
  })

  it('prefers the exact name to a longer one that starts the same', () => {
    expect(names('Nottingham').slice(0, 2)).toEqual(['Nottingham', 'Nottinghamshire'])
  })

  it('ranks a current authority above a former one with the same name', () => {
    const results = searchAreas('Dorset', AREAS)
    expect(results.map((m) => m.area.code)).toEqual(['E06000059', 'E10000009'])
  })

  it('finds by another name (alias) and says so', () => {
    expect(searchAreas('Herefordshire, County of', AREAS)[0]).toMatchObject({ area: { name: 'Herefordshire' } })
  })

  it('does not treat short words as typos of each other', () => {
    expect(names('Hul')).toEqual(['Kingston Upon Hull, City of'])
    expect(names('xyz')).toEqual([])
  })

  it('finds a county or a reorganised unitary by a district inside it, and says which', () => {
    expect(searchAreas('Tunbridge Wells', AREAS)[0]).toMatchObject({
      area: { name: 'Kent' },
      kind: 'district',
      matched: 'Tunbridge Wells',
    })
    expect(searchAreas('harrogat', AREAS)[0]).toMatchObject({ area: { name: 'North Yorkshire' }, kind: 'district' })
    expect(names('Derby')).toEqual(['Derby', 'Derbyshire'])
  })

  it('respects the limit', () => {
    expect(searchAreas('e', AREAS, 3).length).toBeLessThanOrEqual(3)
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('leeds', 'leeds')).toBe(0)
    expect(editDistance('barnsly', 'barnsley')).toBe(1)
    expect(editDistance('leesd', 'leeds')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})
