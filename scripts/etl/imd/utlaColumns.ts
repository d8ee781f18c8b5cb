/** The two IoD editions with an upper-tier summary (File 11) in the bundle, and where each figure sits in it. */

export interface UtlaEdition {
  /** Edition (publication) year: the series year of every figure in it. */
  year: 2015 | 2019
  /** Path inside the raw bundle. */
  file: string
  /** Header of the authority code column, on every sheet. */
  codeHeader: string
  /** The IDACI sheet's header prefix: spelled out in 2015, abbreviated in 2019. */
  idaciPrefix: string
  /** Publication date as YYYYMMDD (orders publications in build-data). */
  release: number
}

export const UTLA_EDITIONS: readonly UtlaEdition[] = [
  {
    year: 2015,
    file: 'imd/utla/imd-2015.xlsx',
    codeHeader: 'Upper Tier Local Authority District code (2013)',
    idaciPrefix: 'Income Deprivation Affecting Children Index (IDACI)',
    release: 20150930, // IoD2015 was published on 30 September 2015
  },
  {
    year: 2019,
    file: 'imd/utla/imd-2019.xlsx',
    codeHeader: 'Upper Tier Local Authority District code (2019)',
    idaciPrefix: 'IDACI',
    release: 20190926, // IoD2019 was published on 26 September 2019
  },
]

/**
 * How a column is published: `score` and `rank` are kept as published; `proportion` (0.2177) becomes a percentage
 * (21.77) with two fewer decimals, so no precision is gained or lost.
 */
export type UtlaColumnKind = 'score' | 'rank' | 'proportion'

export interface UtlaColumn {
  indicatorId: string
  sheet: string
  /** The header in the given edition. Matched ignoring case and repeated spaces (2019 has "Proportion  of"). */
  header: (edition: UtlaEdition) => string
  kind: UtlaColumnKind
  /** Most decimal places the publisher gives (a cell with more stops the ETL: the catalogue's precision would be wrong). */
  publishedDecimals: number
}

const PROPORTION_10PC = 'Proportion of LSOAs in most deprived 10% nationally'

function averageScore(indicatorId: string, sheet: string, prefix: string): UtlaColumn {
  return { indicatorId, sheet, header: () => `${prefix} - Average score`, kind: 'score', publishedDecimals: 3 }
}

export const UTLA_COLUMNS: readonly UtlaColumn[] = [
  averageScore('imd_score', 'IMD', 'IMD'),
  {
    indicatorId: 'imd_rank',
    sheet: 'IMD',
    header: () => 'IMD - Rank of average score',
    kind: 'rank',
    publishedDecimals: 0,
  },
  {
    indicatorId: 'imd_most_deprived_10pc',
    sheet: 'IMD',
    header: () => `IMD - ${PROPORTION_10PC}`,
    kind: 'proportion',
    publishedDecimals: 4,
  },
  averageScore('imd_income_score', 'Income', 'Income'),
  averageScore('imd_employment_score', 'Employment', 'Employment'),
  averageScore('imd_education_score', 'Education', 'Education, Skills and Training'),
  averageScore('imd_health_score', 'Health', 'Health Deprivation and Disability'),
  averageScore('imd_crime_score', 'Crime', 'Crime'),
  averageScore('imd_barriers_score', 'Barriers', 'Barriers to Housing and Services'),
  averageScore('imd_living_environment_score', 'Living', 'Living Environment'),
  {
    indicatorId: 'idaci_score',
    sheet: 'IDACI',
    header: (edition) => `${edition.idaciPrefix} - Average score`,
    kind: 'score',
    publishedDecimals: 3,
  },
  {
    indicatorId: 'idaci_most_deprived_10pc',
    sheet: 'IDACI',
    header: (edition) => `${edition.idaciPrefix} - ${PROPORTION_10PC}`,
    kind: 'proportion',
    publishedDecimals: 4,
  },
]
