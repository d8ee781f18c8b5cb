/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), the usual typo measure. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  // Three rolling rows: the transposition step looks two rows back.
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1)
      row.push(best)
    }
    prevPrev = prev
    prev = row
  }
  return prev[b.length] ?? 0
}

/** Typos tolerated in a word of this length: none in short words (too many false friends), then 1, then 2. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2
}
