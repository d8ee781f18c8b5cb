import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { emptyReport } from '../types'
import {
  buildDistrictRankObservations,
  mapDistrictsToAuthorities,
  parseDistrictScores,
  parseLtlaUtlaLookup,
  rankByScoreDescending,
  type DistrictScore,
} from './districtRanks'
import { buildTestRegistry } from './fixtures/areas'
import { errorFrom } from '../testing/errorFrom'

const areas = buildTestRegistry()

const SCORES_CSV = `"ltla19_code","Score","Proportion"
"E06000001",35.037,0.3621
"E08000016",29.933,0.2177
"E07000150",25.5,0.1
"E07000154",12.005,0
"E07000004",12.005,0
`
const LOOKUP_CSV = `\uFEFFFID,LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM
1,E06000001,Hartlepool,E06000001,Hartlepool
2,E08000016,Barnsley,E08000016,Barnsley
3,E07000026,Allerdale,E10000006,Cumbria
4,E07000163,Craven,E10000023,North Yorkshire
5,W06000001,Isle of Anglesey,W06000001,Isle of Anglesey
`

function district(districtCode: string, score: number, rowNumber = 2): DistrictScore {
  return { districtCode, score, rowNumber }
}

describe('rankByScoreDescending', () => {
  it('ranks the highest score 1 (most deprived)', () => {
    const ranks = rankByScoreDescending([district('A', 10), district('B', 30), district('C', 20)])
    expect(Object.fromEntries(ranks)).toEqual({ B: 1, C: 2, A: 3 })
  })

  it('gives tied scores the better rank and skips the next one (1, 2, 2, 4)', () => {
    const ranks = rankByScoreDescending([district('A', 9), district('B', 5), district('C', 5), district('D', 1)])
    expect(Object.fromEntries(ranks)).toEqual({ A: 1, B: 2, C: 2, D: 4 })
  })

  it('handles a three-way tie at the top, a single district and none', () => {
    expect(Object.fromEntries(rankByScoreDescending([district('A', 1), district('B', 1), district('C', 1)]))).toEqual({
      A: 1,
      B: 1,
      C: 1,
    })
    expect(Object.fromEntries(rankByScoreDescending([district('A', -2)]))).toEqual({ A: 1 })
    expect(rankByScoreDescending([]).size).toBe(0)
  })
})

describe('parseDistrictScores', () => {
  it('reads code and score with the row each came from', () => {
    const report = emptyReport('imd-lsoa')
    const scores = parseDistrictScores(parseCsvText(SCORES_CSV, 'ltla19.csv'), report, 5)
    expect(scores[1]).toEqual({ districtCode: 'E08000016', score: 29.933, rowNumber: 3 })
    expect(report).toMatchObject({ rowsRead: 5, rowsKept: 5 })
  })

  it('stops when the file does not hold every district (ranks would be wrong)', () => {
    const error = errorFrom(() => parseDistrictScores(parseCsvText(SCORES_CSV, 'ltla19.csv'), emptyReport('x'), 317))
    expect(error.message).toContain('expected 317 districts, found 5')
  })

  it('stops on a non-numeric score, naming file, row and column', () => {
    const csv = SCORES_CSV.replace('29.933', '"n/a"')
    const error = errorFrom(() => parseDistrictScores(parseCsvText(csv, 'ltla19.csv'), emptyReport('x'), 5))
    expect(error.message).toMatch(/^ltla19\.csv, row 3, column "Score": /)
  })

  it('stops on a renamed column', () => {
    const csv = SCORES_CSV.replace('"Score"', '"IMD_Score"')
    expect(errorFrom(() => parseDistrictScores(parseCsvText(csv, 'ltla19.csv'), emptyReport('x'), 5)).location).toEqual(
      {
        file: 'ltla19.csv',
        row: 1,
        column: 'Score',
      },
    )
  })

  it('stops on a repeated or malformed district code', () => {
    const repeated = SCORES_CSV.replace('"E08000016"', '"E06000001"')
    expect(
      errorFrom(() => parseDistrictScores(parseCsvText(repeated, 'f.csv'), emptyReport('x'), 5)).location.row,
    ).toBe(3)
    const welsh = SCORES_CSV.replace('"E08000016"', '"W06000001"')
    expect(errorFrom(() => parseDistrictScores(parseCsvText(welsh, 'f.csv'), emptyReport('x'), 5)).location.row).toBe(3)
  })
})

describe('mapDistrictsToAuthorities', () => {
  const lookup = parseLtlaUtlaLookup(parseCsvText(LOOKUP_CSV, 'lookup.csv'))

  it('reads English rows of the lookup only', () => {
    expect(lookup.get('E07000026')).toBe('E10000006')
    expect(lookup.has('W06000001')).toBe(false)
  })

  it('places a unitary or metropolitan district in itself', () => {
    const members = mapDistrictsToAuthorities([district('E08000016', 1)], lookup, areas, 'f.csv')
    expect(Object.fromEntries(members)).toEqual({ E08000016: ['E08000016'] })
  })

  it('places a 2019 Buckinghamshire district (not in the 2021 lookup) in E06000060', () => {
    const members = mapDistrictsToAuthorities([district('E07000004', 1)], lookup, areas, 'f.csv')
    expect(Object.fromEntries(members)).toEqual({ E06000060: ['E07000004'] })
  })

  it('places a Northamptonshire district in the former county and in its 2021 unitary', () => {
    const members = mapDistrictsToAuthorities(
      [district('E07000150', 1), district('E07000154', 2)],
      lookup,
      areas,
      'f.csv',
    )
    expect(Object.fromEntries(members)).toEqual({
      E10000021: ['E07000150', 'E07000154'],
      E06000061: ['E07000150'],
      E06000062: ['E07000154'],
    })
  })

  it('places a Cumbrian district in the former county (lookup) and in its 2023 unitary', () => {
    const members = mapDistrictsToAuthorities([district('E07000026', 1)], lookup, areas, 'f.csv')
    expect(Object.fromEntries(members)).toEqual({ E10000006: ['E07000026'], E06000063: ['E07000026'] })
  })

  it('places a North Yorkshire district under the 2023 series code via the registry', () => {
    const members = mapDistrictsToAuthorities([district('E07000163', 1)], lookup, areas, 'f.csv')
    expect(Object.fromEntries(members)).toEqual({ E06000065: ['E07000163'] })
  })

  it('stops on a district that is in no authority, naming file and row', () => {
    const error = errorFrom(() => mapDistrictsToAuthorities([district('E07000999', 1, 7)], lookup, areas, 'f.csv'))
    expect(error.location).toEqual({ file: 'f.csv', row: 7, column: 'ltla19_code' })
  })
})

describe('buildDistrictRankObservations', () => {
  const ranks = new Map([
    ['D1', 45],
    ['D2', 280],
    ['D3', 120],
    ['U1', 7],
  ])
  const observations = buildDistrictRankObservations(
    new Map([
      ['E10000014', ['D1', 'D2', 'D3']],
      ['E06000001', ['U1']],
    ]),
    ranks,
  )
  const valueOf = (id: string, code: string) =>
    observations.find((o) => o.indicatorId === id && o.areaCode === code)?.value

  it('gives a county the ranks of its most and least deprived districts', () => {
    expect(valueOf('imd_district_rank', 'E10000014')).toBe(45)
    expect(valueOf('imd_district_rank_least', 'E10000014')).toBe(280)
  })

  it('gives a single-district authority its own rank twice', () => {
    expect(valueOf('imd_district_rank', 'E06000001')).toBe(7)
    expect(valueOf('imd_district_rank_least', 'E06000001')).toBe(7)
  })

  it('marks the figures as computed from the 2019 edition', () => {
    expect(observations).toHaveLength(4)
    expect(observations.every((o) => o.year === 2019 && o.provenance === 'computed' && o.sourceId === 'imd-lsoa')).toBe(
      true,
    )
  })
})
