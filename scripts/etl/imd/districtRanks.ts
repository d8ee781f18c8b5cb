import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import type { Observation, SourceReport } from '../types'

export const DISTRICT_SCORES_FILE = 'imd/humaniverse-csv/imd2019_england_ltla19.csv'
export const LTLA_UTLA_LOOKUP_FILE = 'lookups/ltla-utla-lookup.csv'
export const DISTRICT_SOURCE_ID = 'imd-lsoa'
/** IoD2019 publication date (26 September 2019): the district ranks are computed from that edition's File 10. */
export const DISTRICT_RANK_RELEASE = 20190926
export const DISTRICT_RANK_YEAR = 2019
/** The number of districts (April 2019 lower-tier authorities) IoD2019 ranks. */
export const DISTRICT_COUNT = 317

export interface DistrictScore {
  districtCode: string
  score: number
  /** Row in the CSV, for error messages. */
  rowNumber: number
}

/**
 * 2019 districts the April 2021 lookup cannot place, or places only in an authority that has since been split: the
 * series codes they belong to besides (or instead of) the lookup's. Buckinghamshire's four districts merged into the
 * unitary in April 2020 and so are not in the 2021 lookup. Northamptonshire's seven went in 2021 to the two new
 * unitaries, and Cumbria's six in 2023 to Cumberland and Westmorland and Furness (Structural Changes Orders; see the
 * raw bundle's README, geo/ table); each also stays with its former county.
 */
export const DISTRICT_EXTRA_AUTHORITIES: Readonly<Record<string, readonly string[]>> = {
  E07000004: ['E06000060'], // Aylesbury Vale → Buckinghamshire
  E07000005: ['E06000060'], // Chiltern
  E07000006: ['E06000060'], // South Bucks
  E07000007: ['E06000060'], // Wycombe
  E07000150: ['E10000021', 'E06000061'], // Corby → North Northamptonshire
  E07000152: ['E10000021', 'E06000061'], // East Northamptonshire
  E07000153: ['E10000021', 'E06000061'], // Kettering
  E07000156: ['E10000021', 'E06000061'], // Wellingborough
  E07000151: ['E10000021', 'E06000062'], // Daventry → West Northamptonshire
  E07000154: ['E10000021', 'E06000062'], // Northampton
  E07000155: ['E10000021', 'E06000062'], // South Northamptonshire
  E07000026: ['E06000063'], // Allerdale → Cumberland (the lookup gives Cumbria)
  E07000028: ['E06000063'], // Carlisle
  E07000029: ['E06000063'], // Copeland
  E07000027: ['E06000064'], // Barrow-in-Furness → Westmorland and Furness
  E07000030: ['E06000064'], // Eden
  E07000031: ['E06000064'], // South Lakeland
}

/**
 * The published IoD2019 district average scores (File 10, via the humaniverse CSV), one row per district. Fewer or
 * more rows than expected (a truncated or different file) stop the ETL: every rank depends on the full list.
 */
export function parseDistrictScores(
  table: CsvTable,
  report: SourceReport,
  expectedCount = DISTRICT_COUNT,
): DistrictScore[] {
  const cols = requireColumns(table, ['ltla19_code', 'Score'])
  const seen = new Set<string>()
  const scores = table.rows.map((row, i) => {
    const rowNumber = table.firstRowNumber + i
    report.rowsRead++
    const districtCode = (row[cols.ltla19_code] ?? '').trim()
    if (!/^E0[6789]\d{6}$/.test(districtCode) || seen.has(districtCode))
      throw new SourceError(
        { file: table.file, row: rowNumber, column: 'ltla19_code' },
        `expected a new English district code, found "${districtCode}"`,
      )
    seen.add(districtCode)
    const { value } = parseNumberCell(row[cols.Score], { file: table.file, row: rowNumber, column: 'Score' })
    if (value === null)
      throw new SourceError({ file: table.file, row: rowNumber, column: 'Score' }, 'a district score is missing')
    report.rowsKept++
    return { districtCode, score: value, rowNumber }
  })
  if (scores.length !== expectedCount)
    throw new SourceError({ file: table.file }, `expected ${expectedCount} districts, found ${scores.length}`)
  return scores
}

/**
 * Ranks by score, highest (most deprived) = 1. Tied scores share the better rank and the next rank is skipped
 * (standard competition ranking: 1, 2, 2, 4).
 */
export function rankByScoreDescending(
  scores: readonly Pick<DistrictScore, 'districtCode' | 'score'>[],
): Map<string, number> {
  const sorted = [...scores].sort((a, b) => b.score - a.score)
  const ranks = new Map<string, number>()
  sorted.forEach((district, i) => {
    const previous = sorted[i - 1]
    const rank = previous && previous.score === district.score ? (ranks.get(previous.districtCode) ?? i + 1) : i + 1
    ranks.set(district.districtCode, rank)
  })
  return ranks
}

/** April 2021 lower-tier → upper-tier codes, English rows only (the file also lists Wales). */
export function parseLtlaUtlaLookup(table: CsvTable): Map<string, string> {
  const cols = requireColumns(table, ['LTLA21CD', 'UTLA21CD'])
  const lookup = new Map<string, string>()
  for (const row of table.rows) {
    const district = row[cols.LTLA21CD] ?? ''
    if (district.startsWith('E')) lookup.set(district, row[cols.UTLA21CD] ?? '')
  }
  return lookup
}

/**
 * The series codes of every authority each 2019 district lies in: the lookup's upper tier (resolved through the
 * registry, so North Yorkshire E10000023 lands on E06000065), plus DISTRICT_EXTRA_AUTHORITIES. A district placed
 * nowhere stops the ETL.
 */
export function mapDistrictsToAuthorities(
  districts: readonly DistrictScore[],
  lookup: ReadonlyMap<string, string>,
  areas: AreaRegistry,
  scoresFile: string,
): Map<string, string[]> {
  const members = new Map<string, string[]>()
  for (const district of districts) {
    const at = { file: scoresFile, row: district.rowNumber, column: 'ltla19_code' }
    const upperTier = lookup.get(district.districtCode)
    const codes = [
      ...(upperTier ? [areas.requireCode(upperTier, at).code] : []),
      ...(DISTRICT_EXTRA_AUTHORITIES[district.districtCode] ?? []).map((code) => areas.requireCode(code, at).code),
    ]
    if (codes.length === 0)
      throw new SourceError(at, `district "${district.districtCode}" is in no upper-tier authority (not in the lookup)`)
    for (const code of new Set(codes)) members.set(code, [...(members.get(code) ?? []), district.districtCode])
  }
  return members
}

/**
 * imd_district_rank (the authority's most deprived district's rank: its own rank where it is a single district) and
 * imd_district_rank_least (its least deprived district's rank), for every authority with districts.
 */
export function buildDistrictRankObservations(
  members: ReadonlyMap<string, readonly string[]>,
  ranks: ReadonlyMap<string, number>,
): Observation[] {
  const observations: Observation[] = []
  for (const [areaCode, districts] of [...members.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const memberRanks = districts.map((d) => {
      const rank = ranks.get(d)
      if (rank === undefined) throw new Error(`district ${d} has no rank`)
      return rank
    })
    const observe = (indicatorId: string, value: number): Observation => ({
      indicatorId,
      areaCode,
      year: DISTRICT_RANK_YEAR,
      value,
      flag: null,
      sourceId: DISTRICT_SOURCE_ID,
      release: DISTRICT_RANK_RELEASE,
      provenance: 'computed',
    })
    observations.push(
      observe('imd_district_rank', Math.min(...memberRanks)),
      observe('imd_district_rank_least', Math.max(...memberRanks)),
    )
  }
  return observations
}
