import { ranksHighestFirst } from '../../map/rankAreas'
import type { Area } from '../../schema/areas'
import type { Flag } from '../../schema/flags'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { summariseGroup, type GroupSummary, type SummaryMethod } from '../../stats/groupSummary'
import { quartileBand, rankValues } from '../../stats/ranks'

/** An authority's figure for one year: the value and, when it is null or caveated, the flag. */
export function valueAt(series: Series, areaCode: string, year: number): { value: number | null; flag: Flag | null } {
  const i = series.years.indexOf(year)
  if (i < 0) return { value: null, flag: null }
  return { value: series.values[areaCode]?.[i] ?? null, flag: series.flags?.[areaCode]?.[i] ?? null }
}

export function englandAt(series: Series, year: number): number | null {
  const i = series.years.indexOf(year)
  return i < 0 ? null : (series.england[i] ?? null)
}

/**
 * The count series behind each rate, for the pooled rate (sum of counts / sum of child populations × 10,000).
 * A rate without a count here cannot be pooled, and the view says so.
 */
export const POOLED_COUNT_IDS: Readonly<Record<string, string>> = {
  cin_rate: 'cin_count',
  cpp_rate: 'cpp_count',
  cla_rate: 'cla_count',
  referrals_rate: 'referrals_count',
  cin_starts_rate: 'cin_starts_count',
  cpp_starts_rate: 'cpp_starts_count',
  cla_starts_rate: 'cla_starts_count',
}
export const POPULATION_ID = 'child_population'

/** The series a group summary needs: the indicator, and for a pooled rate its counts and the child population. */
export interface SummarySeries {
  series: Series
  counts?: Series | undefined
  population?: Series | undefined
}

/** Summarises a group's members for one year by mean, median or pooled rate, counting members with data. */
export function summariseMembersAt(
  data: SummarySeries,
  memberCodes: readonly string[],
  year: number,
  method: SummaryMethod,
): GroupSummary {
  return summariseGroup(
    memberCodes.map((code) => ({
      value: valueAt(data.series, code, year).value,
      count: data.counts ? valueAt(data.counts, code, year).value : null,
      population: data.population ? valueAt(data.population, code, year).value : null,
    })),
    method,
  )
}

/** "mean of the 9 of 10 neighbours with a figure" etc. */
export function describeSummary(summary: GroupSummary): string {
  const base = `${summary.withData} of ${summary.members} had data`
  switch (summary.method) {
    case 'mean':
      return `mean of the authorities with a figure (${base})`
    case 'median':
      return `median of the authorities with a figure (${base})`
    case 'pooled':
      return `pooled rate: their counts added up over their child populations added up (${base})`
  }
}

/** An authority's place among all English authorities for one year. */
export interface EnglandRank {
  rank: number
  of: number
  band: 1 | 2 | 3 | 4
  /** Which end is rank 1 and band 1, in words. */
  orderNote: string
}

/** Which end of the ranking comes first, following the app's polarity convention (src/map/rankAreas). */
export function describeRankEnd(polarity: Indicator['polarity']): string {
  const highestFirst = ranksHighestFirst(polarity)
  const end = highestFirst ? 'highest' : 'lowest'
  const why =
    polarity === 'higher-is-better' || polarity === 'higher-is-worse'
      ? ' (the better end)'
      : polarity === 'higher-is-more-intervention'
        ? ' (more intervention; not a judgement of better or worse)'
        : ''
  return `Rank 1 and quartile band 1 are the ${end} values${why}.`
}

/**
 * Ranks the authority among current English authorities with a figure that year, polarity-aware, ties sharing a rank,
 * City of London and Isles of Scilly left out (DESIGN.md §2). Null when the authority has no figure or is excluded.
 */
export function rankWithinEngland(
  series: Series,
  year: number,
  areaCode: string,
  areas: readonly Area[],
  polarity: Indicator['polarity'],
): EnglandRank | null {
  const ranked = areas.filter((a) => !a.excludedFromAverages && valueAt(series, a.code, year).value !== null)
  // Former authorities count only in years they reported (they have figures only then).
  const ranks = rankValues(
    ranked.map((a) => valueAt(series, a.code, year).value),
    ranksHighestFirst(polarity) ? 'highest-first' : 'lowest-first',
  )
  const i = ranked.findIndex((a) => a.code === areaCode)
  const rank = i < 0 ? null : ranks[i]
  if (rank === null || rank === undefined) return null
  return { rank, of: ranked.length, band: quartileBand(rank, ranked.length), orderNote: describeRankEnd(polarity) }
}
