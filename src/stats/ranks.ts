/** Which end of a ranking is first: the highest value, or the lowest. */
export type RankOrder = 'highest-first' | 'lowest-first'

/**
 * Competition ranks ("1224"): equal values share the best rank, nulls are unranked (null). Rank 1 is the highest value
 * for 'highest-first', the lowest for 'lowest-first'.
 */
export function rankValues(values: readonly (number | null)[], order: RankOrder): (number | null)[] {
  const present = values.filter((v): v is number => v !== null)
  const sorted = [...present].sort((a, b) => (order === 'highest-first' ? b - a : a - b))
  const firstIndex = new Map<number, number>()
  sorted.forEach((v, i) => {
    if (!firstIndex.has(v)) firstIndex.set(v, i + 1)
  })
  return values.map((v) => (v === null ? null : (firstIndex.get(v) ?? null)))
}

/**
 * Quartile band of a rank among n ranked areas, 1 = the first quarter of the ranking. With polarity-aware order
 * (LAIT's convention: the "better" end first for measures with a direction), band 1 is the best quarter.
 */
export function quartileBand(rank: number, rankedCount: number): 1 | 2 | 3 | 4 {
  const position = (rank - 1) / rankedCount
  if (position < 0.25) return 1
  if (position < 0.5) return 2
  if (position < 0.75) return 3
  return 4
}
