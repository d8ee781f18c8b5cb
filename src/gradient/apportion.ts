/** One 2021 neighbourhood's share of a count moved from 2011 codes. */
export interface MovedCount {
  /** The count apportioned to the 2021 LSOA; null when any 2011 LSOA feeding it had no count. */
  count: number | null
  /** The 2011 LSOAs whose counts went into it (for the disclosure rule). */
  sources: string[]
}

/**
 * Moves counts on 2011 LSOAs onto 2021 LSOAs with the bundled lookup: a 2011 LSOA's count goes whole to the one 2021
 * LSOA it became (unchanged or merged), or is split among its 2021 pieces by their share of Census 2021 children
 * (the shares come with the lookup). A 2021 LSOA fed by any 2011 LSOA without a count is unknown. Pieces outside
 * the authority are ignored, and reported by the caller.
 */
export function moveCountsTo2021(
  counts: ReadonlyMap<string, number | null>,
  lsoa11Codes: readonly string[],
  moves: ReadonlyArray<readonly [number, string, number]>,
): Map<string, MovedCount> {
  const out = new Map<string, MovedCount>()
  for (const [i, code21, share] of moves) {
    const code11 = lsoa11Codes[i]
    if (code11 === undefined) continue
    const count = counts.has(code11) ? (counts.get(code11) ?? null) : null
    const entry = out.get(code21) ?? { count: 0, sources: [] }
    entry.sources.push(code11)
    entry.count = entry.count === null || count === null ? null : entry.count + count * share
    out.set(code21, entry)
  }
  return out
}
