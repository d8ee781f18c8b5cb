import type { Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'
import type { Series } from '../schema/series'
import { rankValues, type RankOrder } from '../stats/ranks'
import { authoritiesOfYear } from './lifetimes'
import { hasFigureIn, valueAt } from './series'

export type Polarity = Indicator['polarity']

/** Where an authority stands among those ranked. */
export interface AreaRank {
  /** 1-based; tied values share the best rank of the tie (1, 2, 2, 4). */
  rank: number
  /** How many authorities were ranked. */
  of: number
}

/** Whether rank 1 goes to the highest value. "Better" polarities put the best first; the others put the highest first. */
export function ranksHighestFirst(polarity: Polarity): boolean {
  return polarity !== 'higher-is-worse'
}

/** The order a ranking of an indicator with this polarity runs in. */
export function rankOrderOf(polarity: Polarity): RankOrder {
  return ranksHighestFirst(polarity) ? 'highest-first' : 'lowest-first'
}

/**
 * What rank 1 means, for labels: "1 = highest", "1 = lowest, the best"; for deprivation, which describes the area
 * rather than how its council does, "1 = lowest, the least deprived".
 */
export function describeRankOrder(polarity: Polarity, topic?: Indicator['topic']): string {
  if (topic === 'deprivation' && (polarity === 'higher-is-better' || polarity === 'higher-is-worse'))
    return `1 = ${ranksHighestFirst(polarity) ? 'highest' : 'lowest'}, the least deprived`
  switch (polarity) {
    case 'higher-is-better':
      return '1 = highest, the best'
    case 'higher-is-worse':
      return '1 = lowest, the best'
    default:
      return '1 = highest'
  }
}

/** Which end of the ranking comes first, in a sentence. */
export function describeRankEnd(polarity: Polarity): string {
  const end = ranksHighestFirst(polarity) ? 'highest' : 'lowest'
  const why =
    polarity === 'higher-is-better' || polarity === 'higher-is-worse'
      ? ' (the better end)'
      : polarity === 'higher-is-more-intervention'
        ? ' (more intervention; not a judgement of better or worse)'
        : ''
  return `Rank 1 is the ${end} value${why}.`
}

/**
 * Ranks the authorities with a value, polarity-aware, ties sharing a rank (standard competition ranking).
 * Authorities in `excludedCodes` (City of London, Isles of Scilly) and those without a value get no rank.
 */
export function rankAreas(
  data: readonly { areaCode: string; value: number | null }[],
  polarity: Polarity,
  excludedCodes: ReadonlySet<string>,
): Map<string, AreaRank> {
  const ranked = data.filter((d) => d.value !== null && !excludedCodes.has(d.areaCode))
  const ranks = rankValues(
    ranked.map((d) => d.value),
    rankOrderOf(polarity),
  )
  const result = new Map<string, AreaRank>()
  ranked.forEach((d, i) => {
    const rank = ranks[i]
    if (rank !== null && rank !== undefined) result.set(d.areaCode, { rank, of: ranked.length })
  })
  return result
}

/** An authority's place among all English authorities for one year. */
export interface EnglandRank extends AreaRank {
  /** Which end is rank 1, in words. */
  orderNote: string
}

/**
 * Every English authority's rank for a year, as LAIT ranks: among the authorities of that year (authoritiesOfYear)
 * with a figure, polarity-aware, ties sharing a rank, City of London and Isles of Scilly left out (docs/architecture.md,
 * "Authorities and geography"). Authorities without a rank are not in the map.
 */
export function ranksWithinEngland(
  series: Series,
  year: number,
  areas: readonly Area[],
  { polarity, yearType }: Pick<Indicator, 'polarity' | 'yearType'>,
): Map<string, AreaRank> {
  return rankAreas(
    authoritiesOfYear(areas, year, yearType, hasFigureIn(series, year)).map((a) => ({
      areaCode: a.code,
      value: valueAt(series, a.code, year).value,
    })),
    polarity,
    new Set(areas.filter((a) => a.excludedFromAverages).map((a) => a.code)),
  )
}

/**
 * One authority's rank among all English authorities for a year (ranksWithinEngland), with which end is rank 1.
 * Null when the authority has no figure, is not one of that year's authorities or is excluded.
 */
export function rankWithinEngland(
  series: Series,
  year: number,
  areaCode: string,
  areas: readonly Area[],
  { polarity, yearType }: Pick<Indicator, 'polarity' | 'yearType'>,
): EnglandRank | null {
  const own = ranksWithinEngland(series, year, areas, { polarity, yearType }).get(areaCode)
  if (!own) return null
  return { ...own, orderNote: describeRankEnd(polarity) }
}
