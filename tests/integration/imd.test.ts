import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readCsv } from '../../scripts/lib/readCsv'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { DISTRICT_SCORES_FILE, parseDistrictScores, rankByScoreDescending } from '../../scripts/etl/imd/districtRanks'
import { main } from '../../scripts/etl/imd/run'
import { emptyReport, type SourceOutput } from '../../scripts/etl/types'
import { indicatorsFileSchema } from '../../src/schema/indicators'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import { RAW_DIR } from './rawBundle'

// Golden values read by eye from imd/utla/imd-2015.xlsx and imd-2019.xlsx (SheetJS dump of the rows), and ranks
// from sorting imd/humaniverse-csv/imd2019_england_ltla19.csv by Score.
let output: SourceOutput

function valueOf(indicatorId: string, areaCode: string, year: number): number | null | undefined {
  const matches = output.observations.filter(
    (o) => o.indicatorId === indicatorId && o.areaCode === areaCode && o.year === year,
  )
  if (matches.length > 1) throw new Error(`${matches.length} observations for ${indicatorId} ${areaCode} ${year}`)
  return matches[0]?.value
}

function row(areaCode: string, year: number, ids: readonly string[]) {
  return Object.fromEntries(ids.map((id) => [id, valueOf(id, areaCode, year)]))
}

const HEADLINE = ['imd_score', 'imd_rank', 'imd_most_deprived_10pc', 'idaci_score', 'idaci_most_deprived_10pc'] as const
const DISTRICT = ['imd_district_rank', 'imd_district_rank_least'] as const

describe('IMD ETL over the raw bundle', () => {
  beforeAll(async () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    output = await main(etlContext(RAW_DIR, registry))
  })

  it('reads 152 authorities from IoD2015 and 151 from IoD2019, every row kept', () => {
    const areasIn = (year: number) =>
      new Set(output.observations.filter((o) => o.year === year && o.sourceId === 'imd-utla').map((o) => o.areaCode))
    expect(areasIn(2015).size).toBe(152)
    expect(areasIn(2019).size).toBe(151)
    const utla = output.reports.find((r) => r.sourceId === 'imd-utla')
    expect(utla).toMatchObject({ rowsRead: 9 * (152 + 151), rowsKept: 9 * (152 + 151), dropped: {}, unmatched: [] })
  })

  it('reproduces Barnsley (metropolitan) in both editions, 0.2177 of LSOAs stored as 21.77%', () => {
    expect(row('E08000016', 2019, HEADLINE)).toEqual({
      imd_score: 29.933,
      imd_rank: 30,
      imd_most_deprived_10pc: 21.77,
      idaci_score: 0.225,
      idaci_most_deprived_10pc: 17.69,
    })
    expect(row('E08000016', 2015, HEADLINE)).toEqual({
      imd_score: 29.568,
      imd_rank: 32,
      imd_most_deprived_10pc: 21.77,
      idaci_score: 0.249,
      idaci_most_deprived_10pc: 19.05,
    })
  })

  it('reproduces every domain score for Blackpool (unitary), ranked 1st in both editions', () => {
    const domains = [
      'imd_income_score',
      'imd_employment_score',
      'imd_education_score',
      'imd_health_score',
      'imd_crime_score',
      'imd_barriers_score',
      'imd_living_environment_score',
    ]
    expect(row('E06000009', 2019, domains)).toEqual({
      imd_income_score: 0.247,
      imd_employment_score: 0.209,
      imd_education_score: 38.502,
      imd_health_score: 1.643,
      imd_crime_score: 0.815,
      imd_barriers_score: 11.804,
      imd_living_environment_score: 39.531,
    })
    expect(row('E06000009', 2015, domains)).toEqual({
      imd_income_score: 0.257,
      imd_employment_score: 0.228,
      imd_education_score: 35.579,
      imd_health_score: 1.489,
      imd_crime_score: 0.831,
      imd_barriers_score: 8.343,
      imd_living_environment_score: 37.918,
    })
    expect(row('E06000009', 2019, HEADLINE)).toMatchObject({
      imd_score: 45.039,
      imd_rank: 1,
      imd_most_deprived_10pc: 41.49,
    })
    expect(row('E06000009', 2015, HEADLINE)).toMatchObject({
      imd_score: 41.997,
      imd_rank: 1,
      imd_most_deprived_10pc: 38.3,
    })
  })

  it('reproduces Tower Hamlets (London borough) and Hampshire (county)', () => {
    expect(row('E09000030', 2019, HEADLINE)).toEqual({
      imd_score: 27.913,
      imd_rank: 39,
      imd_most_deprived_10pc: 1.39,
      idaci_score: 0.266,
      idaci_most_deprived_10pc: 9.72,
    })
    expect(row('E09000030', 2015, HEADLINE)).toMatchObject({
      imd_score: 35.657,
      imd_rank: 9,
      idaci_most_deprived_10pc: 54.17,
    })
    expect(row('E10000014', 2019, HEADLINE)).toEqual({
      imd_score: 12.693,
      imd_rank: 135,
      imd_most_deprived_10pc: 0.84,
      idaci_score: 0.101,
      idaci_most_deprived_10pc: 0.96,
    })
    expect(valueOf('imd_health_score', 'E10000014', 2019)).toBe(-0.642)
    expect(row('E10000014', 2015, HEADLINE)).toMatchObject({ imd_score: 11.917, imd_rank: 141 })
  })

  it('puts Buckinghamshire (published as E10000002) under E06000060 in both editions', () => {
    expect(row('E06000060', 2015, HEADLINE)).toEqual({
      imd_score: 9.757,
      imd_rank: 148,
      imd_most_deprived_10pc: 0,
      idaci_score: 0.098,
      idaci_most_deprived_10pc: 0.31,
    })
    expect(row('E06000060', 2019, HEADLINE)).toEqual({
      imd_score: 10.052,
      imd_rank: 146,
      imd_most_deprived_10pc: 0,
      idaci_score: 0.085,
      idaci_most_deprived_10pc: 0,
    })
    expect(output.observations.some((o) => o.areaCode === 'E10000002')).toBe(false)
  })

  it('keeps former Northamptonshire (both editions) and former Bournemouth (2015) under their own codes', () => {
    expect(row('E10000021', 2019, HEADLINE)).toEqual({
      imd_score: 18.605,
      imd_rank: 99,
      imd_most_deprived_10pc: 5.69,
      idaci_score: 0.142,
      idaci_most_deprived_10pc: 5.21,
    })
    expect(row('E10000021', 2015, HEADLINE)).toMatchObject({
      imd_score: 18.936,
      imd_rank: 97,
      imd_most_deprived_10pc: 6.87,
    })
    expect(row('E06000028', 2015, HEADLINE)).toEqual({
      imd_score: 21.847,
      imd_rank: 82,
      imd_most_deprived_10pc: 6.36,
      idaci_score: 0.187,
      idaci_most_deprived_10pc: 5.45,
    })
    for (const former of ['E06000028', 'E06000029', 'E10000009'])
      expect(valueOf('imd_score', former, 2019), former).toBeUndefined()
  })

  it('reads BCP in 2019 only', () => {
    expect(row('E06000058', 2019, HEADLINE)).toEqual({
      imd_score: 18.173,
      imd_rank: 104,
      imd_most_deprived_10pc: 3.86,
      idaci_score: 0.147,
      idaci_most_deprived_10pc: 3.86,
    })
    expect(valueOf('imd_score', 'E06000058', 2015)).toBeUndefined()
  })

  it('invents no summary for authorities created after IoD2019', () => {
    for (const code of ['E06000061', 'E06000062', 'E06000063', 'E06000064'])
      for (const year of [2015, 2019]) expect(valueOf('imd_score', code, year), `${code} ${year}`).toBeUndefined()
  })

  it('ranks the 317 districts as published: Blackpool 1, Knowsley 2, Liverpool 3, Hull 4, Middlesbrough 5, Hart 317', () => {
    expect(row('E06000009', 2019, DISTRICT)).toEqual({ imd_district_rank: 1, imd_district_rank_least: 1 })
    expect(valueOf('imd_district_rank', 'E08000011', 2019)).toBe(2)
    expect(valueOf('imd_district_rank', 'E08000012', 2019)).toBe(3)
    expect(valueOf('imd_district_rank', 'E06000010', 2019)).toBe(4)
    expect(valueOf('imd_district_rank', 'E06000002', 2019)).toBe(5)
    expect(valueOf('imd_district_rank', 'E06000018', 2019)).toBe(11) // Nottingham, "11th most deprived district"
    expect(row('E08000016', 2019, DISTRICT)).toEqual({ imd_district_rank: 38, imd_district_rank_least: 38 })
    expect(row('E09000030', 2019, DISTRICT)).toEqual({ imd_district_rank: 50, imd_district_rank_least: 50 })
    // Hampshire: Havant (21.806) is its most deprived district, Hart (5.544, least deprived in England) its least.
    expect(row('E10000014', 2019, DISTRICT)).toEqual({ imd_district_rank: 119, imd_district_rank_least: 317 })
  })

  it('gives equal district scores the same rank (Isles of Scilly and Warwick, 12.005) and skips the next', () => {
    const file = join(RAW_DIR, DISTRICT_SCORES_FILE)
    const districts = parseDistrictScores(readCsv(file), emptyReport('imd-lsoa'))
    const ranks = rankByScoreDescending(districts)
    expect([ranks.get('E06000053'), ranks.get('E07000222')]).toEqual([258, 258])
    expect([...ranks.values()].filter((r) => r === 259)).toEqual([])
    expect([...ranks.values()].filter((r) => r === 260)).toHaveLength(1)
    expect(valueOf('imd_district_rank', 'E06000053', 2019)).toBe(258)
  })

  it('places the reorganised districts: Buckinghamshire, Northamptonshire, Cumbria and their successors', () => {
    expect(row('E06000060', 2019, DISTRICT)).toEqual({ imd_district_rank: 276, imd_district_rank_least: 315 })
    expect(row('E10000021', 2019, DISTRICT)).toEqual({ imd_district_rank: 76, imd_district_rank_least: 312 })
    expect(row('E06000061', 2019, DISTRICT)).toEqual({ imd_district_rank: 76, imd_district_rank_least: 228 })
    expect(row('E06000062', 2019, DISTRICT)).toEqual({ imd_district_rank: 97, imd_district_rank_least: 312 })
    expect(row('E10000006', 2019, DISTRICT)).toEqual({ imd_district_rank: 31, imd_district_rank_least: 250 })
    expect(row('E06000063', 2019, DISTRICT)).toEqual({ imd_district_rank: 85, imd_district_rank_least: 117 })
    expect(row('E06000064', 2019, DISTRICT)).toEqual({ imd_district_rank: 31, imd_district_rank_least: 250 })
    expect(row('E06000058', 2019, DISTRICT)).toEqual({ imd_district_rank: 160, imd_district_rank_least: 160 })
  })

  it('gives a district rank to every current authority and to former Northamptonshire and Cumbria only', () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    const ranked = new Set(
      output.observations.filter((o) => o.indicatorId === 'imd_district_rank').map((o) => o.areaCode),
    )
    const expected = [...registry.current.map((a) => a.code), 'E10000021', 'E10000006'].sort()
    expect([...ranked].sort()).toEqual(expected)
    expect(expected).toHaveLength(155)
  })

  it('catalogues every indicator it produces', () => {
    const catalogue = indicatorsFileSchema.parse(output.indicators)
    const ids = new Set(catalogue.map((i) => i.id))
    for (const id of new Set(output.observations.map((o) => o.indicatorId))) expect(ids.has(id), id).toBe(true)
    expect(catalogue.every((i) => i.topic === 'deprivation' && i.yearType === 'edition')).toBe(true)
  })
})
