import type { Lsoa21Measure, Lsoa21Properties, LsoaDomain, LsoaProperties } from '../schema/geo'
import { LSOA21_COUNT, LSOA21_MEASURES, LSOA_DOMAINS } from '../schema/geo'
import { formatNumber } from '../charts/shared/format'
import { DECILE_PALETTE } from './palette'

/** Number of LSOAs ranked in the English Indices of Deprivation 2019. */
export const LSOA_COUNT_2019 = 32844

/** Names of the IMD 2019 domains, as the English Indices of Deprivation 2019 use them. */
export const LSOA_DOMAIN_LABELS: Record<LsoaDomain, string> = {
  imd: 'Index of Multiple Deprivation (overall)',
  income: 'Income',
  employment: 'Employment',
  education: 'Education, skills and training',
  health: 'Health deprivation and disability',
  crime: 'Crime',
  housing_and_access: 'Barriers to housing and services',
  environment: 'Living environment',
}

/** IoD2025 measures: the IMD, its domains and IDACI (income deprivation affecting children). */
export const LSOA21_MEASURE_LABELS: Record<Lsoa21Measure, string> = {
  ...LSOA_DOMAIN_LABELS,
  idaci: 'Income deprivation affecting children (IDACI)',
}

/** A decile's legend label: 1 and 10 say which end they are. */
export function describeDecile(decile: number): string {
  if (decile === 1) return '1 (most deprived 10%)'
  if (decile === 10) return '10 (least deprived 10%)'
  return String(decile)
}

/** Fill for a decile (1 = most deprived = darkest). */
export function decileFill(decile: number): string {
  const colour = DECILE_PALETTE[decile - 1]
  if (!colour) throw new RangeError(`decile ${decile} is not 1-10`)
  return colour
}

/** One LSOA's standing on a domain, with text for tooltips and tables. */
export interface LsoaStanding {
  code: string
  name: string
  /** The ward the neighbourhood lies in (2021 LSOAs only): the place name readers know. */
  ward?: string
  /** The published score (IoD2025 IMD and domains; not published for IDACI here). */
  score?: number
  rank: number
  decile: number
  fill: string
  /** "Rank 1,234 of 32,844 (1 = most deprived)". */
  rankText: string
}

/** Reads an LSOA's rank and decile for a domain from its properties (arrays in LSOA_DOMAINS order). */
export function readLsoaStanding(props: LsoaProperties, domain: LsoaDomain): LsoaStanding {
  const i = LSOA_DOMAINS.indexOf(domain)
  const rank = props.ranks[i] as number
  const decile = props.deciles[i] as number
  return {
    code: props.code,
    name: props.name,
    rank,
    decile,
    fill: decileFill(decile),
    rankText: `Rank ${formatNumber(rank, 0)} of ${formatNumber(LSOA_COUNT_2019, 0)} (1 = most deprived)`,
  }
}

/** Reads a 2021 LSOA's IoD2025 standing on a measure (arrays in LSOA21_MEASURES order; scores in LSOA_DOMAINS order). */
export function readLsoa21Standing(props: Lsoa21Properties, measure: Lsoa21Measure): LsoaStanding {
  const i = LSOA21_MEASURES.indexOf(measure)
  const rank = props.ranks[i] as number
  const decile = props.deciles[i] as number
  const score = props.scores[i]
  return {
    code: props.code,
    name: props.name,
    ward: props.ward,
    ...(score !== undefined ? { score } : {}),
    rank,
    decile,
    fill: decileFill(decile),
    rankText: `Rank ${formatNumber(rank, 0)} of ${formatNumber(LSOA21_COUNT, 0)} (1 = most deprived)`,
  }
}

/** Counts LSOAs per decile (index 0 = decile 1) for the domain shown. */
export function countByDecile(standings: readonly Pick<LsoaStanding, 'decile'>[]): number[] {
  const counts = Array.from({ length: 10 }, () => 0)
  for (const s of standings) counts[s.decile - 1] = (counts[s.decile - 1] ?? 0) + 1
  return counts
}
