import { join } from 'node:path'
import { readCsv } from '../../lib/readCsv'
import { readSheet } from '../../lib/readWorkbook'
import { emptyReport, type EtlContext, type SourceOutput } from '../types'
import { DISTRICT_INDICATORS, UTLA_INDICATORS } from './catalogue'
import {
  buildDistrictRankObservations,
  DISTRICT_SCORES_FILE,
  DISTRICT_SOURCE_ID,
  LTLA_UTLA_LOOKUP_FILE,
  mapDistrictsToAuthorities,
  parseDistrictScores,
  parseLtlaUtlaLookup,
  rankByScoreDescending,
} from './districtRanks'
import { UTLA_EDITIONS } from './utlaColumns'
import { parseUtlaSummary, UTLA_SHEETS, UTLA_SOURCE_ID } from './utlaSummary'

/** Areas with no published IoD2015/2019 upper-tier summary (created later), named in the report. */
const NO_UTLA_SUMMARY = ['E06000061', 'E06000062', 'E06000063', 'E06000064']

/** IMD upper-tier summaries (2015, 2019) and district ranks computed from the 2019 district summaries. */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const utlaReport = emptyReport(UTLA_SOURCE_ID)
  const utlaObservations = UTLA_EDITIONS.flatMap((edition) => {
    const file = join(ctx.rawDir, edition.file)
    const grids = UTLA_SHEETS.map((sheet) => readSheet(file, sheet))
    const observations = parseUtlaSummary(grids, edition, ctx.areas, utlaReport)
    const areaCount = new Set(observations.map((o) => o.areaCode)).size
    utlaReport.notes.push(`IoD${edition.year} (${edition.file}): ${areaCount} authorities`)
    return observations
  })
  utlaReport.notes.push(
    `no published summary, left blank: ${NO_UTLA_SUMMARY.map((c) => `${c} ${ctx.areas.findByCode(c)?.name ?? ''}`).join(', ')}`,
  )

  const districtReport = emptyReport(DISTRICT_SOURCE_ID)
  const scoresFile = join(ctx.rawDir, DISTRICT_SCORES_FILE)
  const districts = parseDistrictScores(readCsv(scoresFile), districtReport)
  const lookup = parseLtlaUtlaLookup(readCsv(join(ctx.rawDir, LTLA_UTLA_LOOKUP_FILE)))
  const members = mapDistrictsToAuthorities(districts, lookup, ctx.areas, scoresFile)
  const districtObservations = buildDistrictRankObservations(members, rankByScoreDescending(districts))
  districtReport.notes.push(
    `IoD2019 district ranks (of ${districts.length}) for ${members.size} authorities, from ${DISTRICT_SCORES_FILE}`,
  )
  ctx.log(`${utlaObservations.length} published and ${districtObservations.length} computed observations`)

  return {
    observations: [...utlaObservations, ...districtObservations],
    indicators: [...UTLA_INDICATORS, ...DISTRICT_INDICATORS],
    files: [],
    reports: [utlaReport, districtReport],
  }
}
