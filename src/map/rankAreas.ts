import type { Indicator } from '../schema/indicators'
import { rankValues } from '../stats/ranks'
import type { AreaDatum } from './choropleth'

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

/** What rank 1 means, for labels: "1 = highest", "1 = lowest, the best". */
export function describeRankOrder(polarity: Polarity): string {
  switch (polarity) {
    case 'higher-is-better':
      return '1 = highest, the best'
    case 'higher-is-worse':
      return '1 = lowest, the best'
    default:
      return '1 = highest'
  }
}

/**
 * Ranks the authorities with a value, polarity-aware, ties sharing a rank (standard competition ranking).
 * Authorities in `excludedCodes` (City of London, Isles of Scilly) and those without a value get no rank.
 */
export function rankAreas(
  data: readonly AreaDatum[],
  polarity: Polarity,
  excludedCodes: ReadonlySet<string>,
): Map<string, AreaRank> {
  const ranked = data.filter((d) => d.value !== null && !excludedCodes.has(d.areaCode))
  const ranks = rankValues(
    ranked.map((d) => d.value),
    ranksHighestFirst(polarity) ? 'highest-first' : 'lowest-first',
  )
  const result = new Map<string, AreaRank>()
  ranked.forEach((d, i) => {
    const rank = ranks[i]
    if (rank !== null && rank !== undefined) result.set(d.areaCode, { rank, of: ranked.length })
  })
  return result
}
