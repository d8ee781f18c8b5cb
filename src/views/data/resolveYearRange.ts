/** The years a /data table covers, and what the range controls may offer. */
export interface YearRange {
  /** The chosen indicators' combined coverage (manifest.json): the only years the controls offer. */
  first: number
  last: number
  /** The range shown, always within first..last. */
  from: number
  to: number
  /** Why a year from the link was moved, for the page to show (never a silent change). */
  notices: string[]
}

/**
 * Resolves the range from the URL against the chosen indicators' coverage. Both ends empty means the latest year only
 * (or `year`, from links made before ranges existed); one end empty means the coverage's first or last year. Years
 * outside the coverage are moved to its edge with a notice. Null when no chosen indicator has any coverage.
 */
export function resolveYearRange(
  coverages: readonly ({ first: number; last: number } | undefined)[],
  wanted: { from: number | null; to: number | null; year: number | null },
): YearRange | null {
  const known = coverages.filter((c): c is { first: number; last: number } => c !== undefined)
  if (known.length === 0) return null
  const first = Math.min(...known.map((c) => c.first))
  const last = Math.max(...known.map((c) => c.last))
  const notices: string[] = []
  const clamp = (year: number, end: 'from' | 'to') => {
    const moved = Math.min(Math.max(year, first), last)
    if (moved !== year)
      notices.push(
        `The chosen indicators have figures from ${first} to ${last}; the range ${end === 'from' ? 'starts' : 'ends'} at ${moved} instead of ${year}.`,
      )
    return moved
  }
  const single = wanted.from === null && wanted.to === null ? (wanted.year ?? last) : null
  const from = clamp(wanted.from ?? single ?? first, 'from')
  const to = clamp(wanted.to ?? single ?? last, 'to')
  return { first, last, from: Math.min(from, to), to: Math.max(from, to), notices }
}

/** Every year from first to last, for the range controls. */
export function listYears(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}
