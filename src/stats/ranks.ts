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
 * Ranks 1..n, lowest value first, with tied values given the average of the ranks they span ("fractional" ranks:
 * 10, 20, 20, 30 → 1, 2.5, 2.5, 4), as Spearman's rank correlation needs.
 */
export function averageRanks(values: readonly number[]): number[] {
  // An index array sorted by value: no object per value, which matters for England's 33,755 neighbourhoods.
  const order = Uint32Array.from(values.keys()).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0))
  const ranks = new Array<number>(values.length).fill(0)
  let start = 0
  while (start < order.length) {
    const value = values[order[start] ?? 0]
    let end = start
    while (end + 1 < order.length && values[order[end + 1] ?? 0] === value) end++
    const rank = (start + end) / 2 + 1
    for (let j = start; j <= end; j++) ranks[order[j] ?? 0] = rank
    start = end + 1
  }
  return ranks
}
