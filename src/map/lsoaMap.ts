import type { LsoaDecilesFile, LsoaDomain, LsoaProperties } from '../schema/geo'
import { LSOA_DOMAINS } from '../schema/geo'
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

/** Counts LSOAs per decile (index 0 = decile 1) for the domain shown. */
export function countByDecile(standings: readonly Pick<LsoaStanding, 'decile'>[]): number[] {
  const counts = Array.from({ length: 10 }, () => 0)
  for (const s of standings) counts[s.decile - 1] = (counts[s.decile - 1] ?? 0) + 1
  return counts
}

/** The published IMD summary for an authority (overall IMD deciles), or undefined when it has none. */
export function readDecileSummary(file: LsoaDecilesFile, areaCode: string) {
  return file.areas[areaCode]
}
