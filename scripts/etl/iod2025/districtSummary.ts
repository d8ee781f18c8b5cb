import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import { DISTRICT_COUNT_2025 } from './files'

/** The district figures the series use, keyed by the indicator they feed. Scores keep the published 3 decimals. */
export const DISTRICT_SCORE_COLUMNS = {
  imd_score: 'imd_average_score',
  imd_income_score: 'income_average_score',
  imd_employment_score: 'employment_average_score',
  imd_education_score: 'education_skills_and_training_average_score',
  imd_health_score: 'health_deprivation_and_disability_average_score',
  imd_crime_score: 'crime_average_score',
  imd_barriers_score: 'barriers_to_housing_and_services_average_score',
  imd_living_environment_score: 'living_environment_average_score',
} as const
export type DistrictScoreId = keyof typeof DISTRICT_SCORE_COLUMNS | 'idaci_score'
export const DISTRICT_SCORE_IDS = [...Object.keys(DISTRICT_SCORE_COLUMNS), 'idaci_score'] as DistrictScoreId[]

const RANK_COLUMN = 'imd_rank_of_average_score'
const PROPORTION_COLUMN = 'imd_proportion_of_lso_as_in_most_deprived_10_percent_nationally'

/** One 2024 district's published IoD2025 summary. */
export interface DistrictSummary2025 {
  code: string
  name: string
  /** Average scores as published, by indicator id. */
  scores: Record<DistrictScoreId, number>
  /** Rank of the IMD average score among the 296 districts (1 = most deprived). */
  imdRank: number
  /** Proportion of the district's LSOAs in England's most deprived 10% on the IMD (0-1, 4 decimals). */
  imdProportion10: number
  /** IDACI proportion of LSOAs in the most deprived 10%, as published in File 10 version 1. */
  idaciProportion10: number
  row: number
}

function requireNumber(raw: string | undefined, at: { file: string; row: number; column: string }): number {
  const { value } = parseNumberCell(raw, at)
  if (value === null) throw new SourceError(at, 'a district figure is missing')
  return value
}

/** File 10 v2 (humaniverse CSV): IMD and domain average scores, IMD rank and share in the most deprived 10%. */
export function parseDistrictSummaries(
  table: CsvTable,
  idaci: ReadonlyMap<string, IdaciSummary>,
  idaciFile: string,
  expectedCount = DISTRICT_COUNT_2025,
): DistrictSummary2025[] {
  const scoreColumns = Object.values(DISTRICT_SCORE_COLUMNS)
  const cols: Record<string, number> = requireColumns(table, [
    'ltla24_code',
    'ltla24_name',
    RANK_COLUMN,
    PROPORTION_COLUMN,
    ...scoreColumns,
  ])
  const seen = new Set<string>()
  const districts = table.rows.map((row, i): DistrictSummary2025 => {
    const rowNumber = table.firstRowNumber + i
    const at = (column: string) => ({ file: table.file, row: rowNumber, column })
    const cell = (column: string) => row[cols[column] ?? -1]
    const code = (cell('ltla24_code') ?? '').trim()
    if (!/^E0[6789]\d{6}$/.test(code) || seen.has(code))
      throw new SourceError(at('ltla24_code'), `expected a new English district code, found "${code}"`)
    seen.add(code)
    const idaciSummary = idaci.get(code)
    if (idaciSummary === undefined) throw new SourceError({ file: idaciFile }, `no IDACI summary for district ${code}`)
    const scores = Object.fromEntries(
      Object.entries(DISTRICT_SCORE_COLUMNS).map(([id, column]) => [id, requireNumber(cell(column), at(column))]),
    ) as Record<DistrictScoreId, number>
    scores.idaci_score = idaciSummary.score
    const imdRank = requireNumber(cell(RANK_COLUMN), at(RANK_COLUMN))
    if (!Number.isInteger(imdRank) || imdRank < 1 || imdRank > expectedCount)
      throw new SourceError(at(RANK_COLUMN), `expected a rank from 1 to ${expectedCount}, found "${cell(RANK_COLUMN)}"`)
    const imdProportion10 = requireNumber(cell(PROPORTION_COLUMN), at(PROPORTION_COLUMN))
    if (imdProportion10 < 0 || imdProportion10 > 1)
      throw new SourceError(
        at(PROPORTION_COLUMN),
        `expected a proportion from 0 to 1, found "${cell(PROPORTION_COLUMN)}"`,
      )
    const name = (cell('ltla24_name') ?? '').trim()
    return {
      code,
      name,
      scores,
      imdRank,
      imdProportion10,
      idaciProportion10: idaciSummary.proportion10,
      row: rowNumber,
    }
  })
  if (districts.length !== expectedCount)
    throw new SourceError({ file: table.file }, `expected ${expectedCount} districts, found ${districts.length}`)
  return districts
}

const IDACI_DOMAIN = 'Income Deprivation Affecting Children'

/** A district's published IDACI summary: average score (0-1) and proportion of LSOAs in the most deprived 10%. */
export interface IdaciSummary {
  score: number
  proportion10: number
}

/** The long-form district file (File 10 v1): the IDACI summary of each district, the only figures read from it. */
export function parseIdaciSummaries(table: CsvTable): Map<string, IdaciSummary> {
  const cols = requireColumns(table, ['area_code', 'index_domain', 'average_score', 'proportion_bottom_decile'])
  const out = new Map<string, IdaciSummary>()
  table.rows.forEach((row, i) => {
    if ((row[cols.index_domain] ?? '').trim() !== IDACI_DOMAIN) return
    const at = (column: string) => ({ file: table.file, row: table.firstRowNumber + i, column })
    const code = (row[cols.area_code] ?? '').trim()
    if (out.has(code)) throw new SourceError(at('area_code'), `district ${code} has two IDACI rows`)
    // The CSV carries floating-point noise on a few cells (0.09300000000000001): the published figure has 3 decimals.
    out.set(code, {
      score: Number(requireNumber(row[cols.average_score], at('average_score')).toFixed(3)),
      proportion10: Number(
        requireNumber(row[cols.proportion_bottom_decile], at('proportion_bottom_decile')).toFixed(4),
      ),
    })
  })
  return out
}
