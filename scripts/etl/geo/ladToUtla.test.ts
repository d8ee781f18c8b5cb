import { describe, expect, it } from 'vitest'
import { SourceError } from '../../lib/sourceError'
import { AreaRegistry } from '../areas/registry'
import { FIXTURE_AREAS, fixtureRegistry } from './fixtures/areas'
import {
  buildLadToCurrentUtla,
  FORMER_UTLA_LADS,
  groupLadsByUtla,
  LAD_TO_CURRENT_UTLA_OVERRIDES,
  LSOA_FILE_LAD_RECODES,
} from './ladToUtla'

const FILES = { lookup: 'lookups/ltla-utla-lookup.csv', boundaries: 'geo/topo_lad.json' }

// The 25 LAD13 codes the April 2021 lookup lacks (abolished before 2021); all must be overridden.
const ABSENT_FROM_2021_LOOKUP = [
  'E06000028',
  'E06000029',
  'E07000004',
  'E07000005',
  'E07000006',
  'E07000007',
  'E07000048',
  'E07000049',
  'E07000050',
  'E07000051',
  'E07000052',
  'E07000053',
  'E07000150',
  'E07000151',
  'E07000152',
  'E07000153',
  'E07000154',
  'E07000155',
  'E07000156',
  'E07000190',
  'E07000191',
  'E07000201',
  'E07000204',
  'E07000205',
  'E07000206',
]
const CUMBRIA = ['E07000026', 'E07000027', 'E07000028', 'E07000029', 'E07000030', 'E07000031']

describe('LAD → upper-tier table', () => {
  it('overrides exactly the 25 districts missing from the 2021 lookup plus the six Cumbrian districts', () => {
    expect(Object.keys(LAD_TO_CURRENT_UTLA_OVERRIDES).sort()).toEqual([...ABSENT_FROM_2021_LOOKUP, ...CUMBRIA].sort())
  })

  it("sends each former authority's districts only to that authority's successors", () => {
    const successors: Record<string, string[]> = {
      E10000009: ['E06000058', 'E06000059'],
      E06000028: ['E06000058'],
      E06000029: ['E06000058'],
      E10000021: ['E06000061', 'E06000062'],
      E10000006: ['E06000063', 'E06000064'],
    }
    for (const [former, lads] of Object.entries(FORMER_UTLA_LADS))
      for (const lad of lads)
        expect(successors[former], `${former} ${lad}`).toContain(LAD_TO_CURRENT_UTLA_OVERRIDES[lad])
  })

  it('puts Christchurch in Dorset county before 2019 and in BCP after', () => {
    expect(FORMER_UTLA_LADS.E10000009).toContain('E07000048')
    expect(LAD_TO_CURRENT_UTLA_OVERRIDES.E07000048).toBe('E06000058')
  })

  it('maps the six pre-2013 LSOA file names to distinct 2013 codes', () => {
    expect(new Set(Object.values(LSOA_FILE_LAD_RECODES)).size).toBe(6)
  })
})

describe('buildLadToCurrentUtla', () => {
  const lookup = [
    { ladCode: 'E06000015', utlaCode: 'E06000015', row: 2 },
    { ladCode: 'E07000032', utlaCode: 'E10000007', row: 3 },
  ]

  it('maps districts through the lookup', () => {
    const mapping = buildLadToCurrentUtla(['E06000015', 'E07000032'], lookup, fixtureRegistry(), FILES)
    expect([...mapping]).toEqual([
      ['E06000015', 'E06000015'],
      ['E07000032', 'E10000007'],
    ])
  })

  it('resolves a former code of the same area to the current code (recodes)', () => {
    const registry = new AreaRegistry(
      FIXTURE_AREAS.map((a) => (a.code === 'E10000007' ? { ...a, formerCodes: ['E10000099'] } : a)),
    )
    const recoded = [{ ladCode: 'E07000032', utlaCode: 'E10000099', row: 2 }]
    expect(buildLadToCurrentUtla(['E07000032'], recoded, registry, FILES).get('E07000032')).toBe('E10000007')
  })

  it('stops with a SourceError naming the district when neither lookup nor overrides place it', () => {
    expect(() => buildLadToCurrentUtla(['E07000999'], lookup, fixtureRegistry(), FILES)).toThrow(SourceError)
    expect(() => buildLadToCurrentUtla(['E07000999'], lookup, fixtureRegistry(), FILES)).toThrow(/E07000999/)
  })

  it('stops when a district lands on a code that is not a current authority, naming lookup row and column', () => {
    const bad = [{ ladCode: 'E07000032', utlaCode: 'E10000888', row: 7 }]
    expect(() => buildLadToCurrentUtla(['E07000032'], bad, fixtureRegistry(), FILES)).toThrow(
      /ltla-utla-lookup\.csv, row 7, column "UTLA21CD".*E10000888/,
    )
  })

  it('adds former authorities only when the registry lists them', () => {
    const mapping = new Map([['E06000015', 'E06000015']])
    expect([...groupLadsByUtla(mapping, fixtureRegistry()).keys()]).toEqual(['E06000015'])
  })
})
