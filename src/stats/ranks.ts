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
