import type { Indicator } from '../../../src/schema/indicators'
import { DISTRICT_COUNT_2025 } from '../iod2025/files'
import { DISTRICT_COUNT } from './districtRanks'

const UTLA_SOURCE = ['imd-utla', 'iod2025', 'ons-mye2024']

const AVERAGE_SCORE =
  'the population-weighted average of the scores of the authority’s LSOAs (neighbourhoods of about 1,500 people), ' +
  'as published in the English Indices of Deprivation upper-tier local authority summaries (File 11); for IoD2025, ' +
  'which has no upper-tier summary in the bundle, the district summary (File 10) of an authority that is itself a ' +
  'district, and for a county a figure computed by CSC Explorer (see method)'

/** How the IoD2025 figures of the 21 counties are computed (every other authority's are as published). */
export const IOD2025_COUNTY_METHOD =
  'IoD2025 (year 2025): unitary authorities, metropolitan districts and London boroughs are themselves 2024 ' +
  'districts and take MHCLG’s published district summary (File 10 version 2; IDACI from File 10 version 1). For the ' +
  '21 counties CSC Explorer computes the figures: the average score is the mean of the county’s districts’ published ' +
  'average scores weighted by their ONS mid-2024 population (all ages; children aged 0-15 for IDACI), to 3 decimal ' +
  'places. MHCLG weights LSOA scores by its own population denominators, so a computed county score approximates the ' +
  'one MHCLG would publish. The share of LSOAs in the most deprived 10% is counted exactly from the LSOA deciles of ' +
  'IoD2025 File 1 (IMD) and File 3 (IDACI), with File 1’s district for every LSOA.'

const GEOGRAPHY_CAVEATS =
  'Each edition is on its own geography: IoD2015 on 2013 upper-tier authorities (152), IoD2019 on April 2019 ones ' +
  '(151). Buckinghamshire (published as E10000002), North Yorkshire and Somerset (published under their pre-2023 ' +
  'codes) are the same areas as today and appear under their current codes. Dorset county, Bournemouth and Poole ' +
  '(IoD2015) and Northamptonshire and Cumbria (both editions) are former authorities with their own values; BCP and ' +
  'Dorset (unitary) start in IoD2019. North Northamptonshire, West Northamptonshire, Cumberland and Westmorland and ' +
  'Furness were created after IoD2019 and have no published summary in either edition: they are left blank, not ' +
  'estimated. IoD2025 is on 2021 LSOAs and 2024 districts and covers every current authority (see method). Scores ' +
  'from different editions use the same broad method but are not designed for measuring change over time.'

/**
 * IoD2025 changed more than the geography: 20 new and 14 modified indicators, and income (so the Income domain, IDACI
 * and the IMD built on them) now assessed after housing costs. Trends break before it, so no line joins 2019 to 2025.
 */
export const IOD2025_BREAK: { year: number; note: string } = {
  year: 2025,
  note:
    'IoD2025 is on 2021 neighbourhoods and 2024 districts, with 20 new and 14 modified indicators and income assessed ' +
    'after housing costs: not comparable with earlier editions.',
}

const EDITION: Pick<Indicator, 'topic' | 'yearType' | 'breaks'> = {
  topic: 'deprivation',
  yearType: 'edition',
  breaks: [IOD2025_BREAK],
}

function domainScore(id: string, domain: string, shortLabel: string, scale: string): Indicator {
  return {
    id,
    label: `IMD ${domain} domain: average score`,
    shortLabel,
    ...EDITION,
    unit: 'score',
    decimals: 3,
    polarity: 'higher-is-worse',
    source: UTLA_SOURCE,
    definition: `${domain} domain of the Index of Multiple Deprivation: ${AVERAGE_SCORE}. ${scale} Higher = more deprived.`,
    method: IOD2025_COUNTY_METHOD,
    caveats: GEOGRAPHY_CAVEATS,
  }
}

const RATE_SCALE = (who: string) =>
  `The score is the share of ${who} experiencing this deprivation, kept as published on a 0 to 1 scale (0.239 = 23.9%).`
const INDEX_SCALE = 'The score is on the domain’s own scale (not a percentage), kept as published.'
const STANDARDISED_SCALE =
  'The score is standardised around 0 (negative = less deprived than average), kept as published.'

export const UTLA_INDICATORS: readonly Indicator[] = [
  {
    id: 'imd_score',
    label: 'Index of Multiple Deprivation: average score',
    shortLabel: 'IMD score',
    ...EDITION,
    unit: 'score',
    decimals: 3,
    polarity: 'higher-is-worse',
    source: UTLA_SOURCE,
    definition: `Index of Multiple Deprivation (all seven domains combined): ${AVERAGE_SCORE}. Higher = more deprived.`,
    method: IOD2025_COUNTY_METHOD,
    caveats: GEOGRAPHY_CAVEATS,
  },
  {
    id: 'imd_rank',
    label: 'Index of Multiple Deprivation: rank of average score among upper-tier authorities',
    shortLabel: 'IMD rank (upper tier)',
    ...EDITION,
    unit: 'rank',
    decimals: 0,
    // A higher rank number means less deprived, the same direction as "lower score is better".
    polarity: 'higher-is-better',
    source: UTLA_SOURCE,
    definition:
      'The published rank of the authority’s IMD average score among all upper-tier authorities in England in that ' +
      'edition, 1 = most deprived (out of 152 in IoD2015 and 151 in IoD2019, City of London and Isles of Scilly included). ' +
      'IoD2025 (2025): computed by CSC Explorer, ranking the 153 current authorities’ IMD average scores (published for ' +
      'unitary authorities, computed for counties).',
    method: `${IOD2025_COUNTY_METHOD} The 2025 rank orders those scores, highest = 1; equal scores share the better rank.`,
    caveats: `Ranks are out of a different number of authorities in each edition. ${GEOGRAPHY_CAVEATS}`,
  },
  {
    id: 'imd_most_deprived_10pc',
    label: 'Share of neighbourhoods (LSOAs) in England’s most deprived 10% (IMD)',
    shortLabel: 'LSOAs in most deprived 10%',
    ...EDITION,
    unit: '%',
    decimals: 2,
    polarity: 'higher-is-worse',
    source: UTLA_SOURCE,
    definition:
      'The percentage of the authority’s LSOAs that are among the 10% most deprived LSOAs in England on the Index of ' +
      'Multiple Deprivation.',
    method:
      'Published as a proportion with 4 decimal places (e.g. 0.2177); multiplied by 100 and kept to 2 decimal places ' +
      `(21.77%), so no precision is added or lost. ${IOD2025_COUNTY_METHOD}`,
    caveats: GEOGRAPHY_CAVEATS,
  },
  domainScore('imd_income_score', 'Income', 'Income score', RATE_SCALE('the population')),
  domainScore('imd_employment_score', 'Employment', 'Employment score', RATE_SCALE('the working-age population')),
  domainScore('imd_education_score', 'Education, Skills and Training', 'Education score', INDEX_SCALE),
  domainScore('imd_health_score', 'Health Deprivation and Disability', 'Health score', STANDARDISED_SCALE),
  domainScore('imd_crime_score', 'Crime', 'Crime score', STANDARDISED_SCALE),
  domainScore('imd_barriers_score', 'Barriers to Housing and Services', 'Barriers score', INDEX_SCALE),
  domainScore('imd_living_environment_score', 'Living Environment', 'Living environment score', INDEX_SCALE),
  {
    id: 'idaci_score',
    label: 'Income Deprivation Affecting Children Index (IDACI): average score',
    shortLabel: 'IDACI score',
    ...EDITION,
    unit: 'score',
    decimals: 3,
    polarity: 'higher-is-worse',
    source: UTLA_SOURCE,
    definition: `IDACI, the share of children aged 0-15 living in income-deprived families: ${AVERAGE_SCORE}. ${RATE_SCALE('children aged 0-15')} Higher = more deprived.`,
    method: IOD2025_COUNTY_METHOD,
    caveats: `IoD2025 measures IDACI after housing costs, so its scores are much higher than IoD2019’s: the editions are not comparable. The 2025 district scores come from File 10 version 1 (the only district IDACI summary bundled), in which West Northamptonshire and Cherwell differ slightly from the corrected version 2. ${GEOGRAPHY_CAVEATS}`,
  },
  {
    id: 'idaci_most_deprived_10pc',
    label: 'Share of neighbourhoods (LSOAs) in England’s most deprived 10% on IDACI',
    shortLabel: 'LSOAs in most deprived 10% (IDACI)',
    ...EDITION,
    unit: '%',
    decimals: 2,
    polarity: 'higher-is-worse',
    source: UTLA_SOURCE,
    definition:
      'The percentage of the authority’s LSOAs that are among the 10% of LSOAs in England with the highest income ' +
      'deprivation affecting children (IDACI).',
    method:
      'Published as a proportion with 4 decimal places; multiplied by 100 and kept to 2 decimal places, so no ' +
      `precision is added or lost. ${IOD2025_COUNTY_METHOD} IoD2025 File 10 version 1 placed one LSOA (E01027305) in ` +
      'Cherwell rather than West Northamptonshire; West Northamptonshire’s 2025 IDACI share is therefore counted from ' +
      'the deciles (1.68%, published 1.69%) and marked computed.',
    caveats: GEOGRAPHY_CAVEATS,
  },
]

const DISTRICT_SOURCE = ['imd-lsoa', 'iod2025', 'ons-utla-lookup']

const DISTRICT_METHOD =
  `Computed by the ETL from the published IoD2019 district (lower-tier authority) IMD average scores (File 10, ` +
  `${DISTRICT_COUNT} districts on April 2019 boundaries, 3 decimal places): districts are ranked by average score, ` +
  `highest = 1 = most deprived; equal scores share the better rank. Districts are placed in authorities with ONS's ` +
  `April 2021 lower-to-upper-tier lookup (North Yorkshire and Somerset under their 2023 codes), plus: Buckinghamshire's ` +
  `four 2019 districts (merged in 2020) to Buckinghamshire; Northamptonshire's seven to the former county and to North ` +
  `Northamptonshire (Corby, East Northamptonshire, Kettering, Wellingborough) or West Northamptonshire (Daventry, ` +
  `Northampton, South Northamptonshire); Cumbria's six to the former county and to Cumberland (Allerdale, Carlisle, ` +
  `Copeland) or Westmorland and Furness (Barrow-in-Furness, Eden, South Lakeland). IoD2025 (2025): the published rank ` +
  `of average score among ${DISTRICT_COUNT_2025} districts (File 10 version 2); a county takes its most (and least) ` +
  `deprived 2024 district's rank, districts placed with ONS's April 2023 lookup.`

const DISTRICT_CAVEATS =
  'A rank, not a measure of how much more deprived: rank 1 and rank 10 can be close in score. The official File 10 ' +
  'ranks use unrounded scores, so where two published scores are equal (Isles of Scilly and Warwick, 12.005, both ' +
  'ranked 258 here) the official ranks may differ by one. Former authorities that had gone by April 2019 (Dorset ' +
  'county, Bournemouth, Poole) have no value.'

export const DISTRICT_INDICATORS: readonly Indicator[] = [
  {
    id: 'imd_district_rank',
    label: `IMD rank of average score among England's districts (most deprived district)`,
    shortLabel: `IMD district rank`,
    ...EDITION,
    unit: 'rank',
    decimals: 0,
    polarity: 'higher-is-better',
    source: DISTRICT_SOURCE,
    definition:
      `The rank of IMD average score among England's lower-tier authorities (districts): ${DISTRICT_COUNT} in IoD2019, ` +
      `${DISTRICT_COUNT_2025} in IoD2025; ` +
      `1 = most deprived: the rank councils usually quote. For an authority that is itself a district (unitary, ` +
      `metropolitan borough, London borough) it is the authority's own rank; for a county or any other authority ` +
      `made up of several 2019 districts it is the rank of its MOST deprived district (see imd_district_rank_least ` +
      `for its least deprived district).`,
    method: DISTRICT_METHOD,
    caveats: DISTRICT_CAVEATS,
  },
  {
    id: 'imd_district_rank_least',
    label: `IMD rank of average score among England's districts (least deprived district)`,
    shortLabel: `IMD district rank, least deprived`,
    ...EDITION,
    unit: 'rank',
    decimals: 0,
    polarity: 'higher-is-better',
    source: DISTRICT_SOURCE,
    definition:
      `The rank (1 = most deprived of ${DISTRICT_COUNT} districts in IoD2019, ${DISTRICT_COUNT_2025} in IoD2025) of the ` +
      `authority's LEAST deprived district. Equal to imd_district_rank for an authority that is itself a single district; for a county it ` +
      `gives the other end of the range ("districts rank from 45 to 280 of ${DISTRICT_COUNT_2025}").`,
    method: DISTRICT_METHOD,
    caveats: DISTRICT_CAVEATS,
  },
]
