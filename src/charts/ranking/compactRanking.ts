import type { RankingBar, RankingReference } from './buildRankingModel'

/** A row of the drawn ranking: a bar, or a marker standing for the authorities left out between two bars. */
export type RankingRow = { kind: 'bar'; bar: RankingBar; index: number } | { kind: 'gap'; hidden: number }

/** Above this many authorities the chart draws the top, the bottom and the selected ones (the table lists all). */
export const COMPACT_ABOVE = 30

/**
 * The rows to draw: every bar for a group of up to `above` (COMPACT_ABOVE on screen); for all of England, the first and last `keep` and
 * the selected authority with one either side, gaps marked with how many are left out. `index` is the bar's place in
 * the full list (for keyboard reading and the table).
 */
export function compactRanking(bars: readonly RankingBar[], keep = 10, above = COMPACT_ABOVE): RankingRow[] {
  const all = bars.map((bar, index) => ({ kind: 'bar' as const, bar, index }))
  if (bars.length <= above) return all
  const shown = new Set<number>()
  for (let i = 0; i < Math.min(keep, bars.length); i++) {
    shown.add(i)
    shown.add(bars.length - 1 - i)
  }
  bars.forEach((b, i) => {
    if (!b.isSelected) return
    for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < bars.length) shown.add(j)
  })
  const rows: RankingRow[] = []
  let hidden = 0
  all.forEach((row, i) => {
    if (shown.has(i)) {
      if (hidden > 0) rows.push({ kind: 'gap', hidden })
      hidden = 0
      rows.push(row)
    } else hidden += 1
  })
  if (hidden > 0) rows.push({ kind: 'gap', hidden })
  return rows
}

/**
 * Where to write the reference lines' names above the bars so they never overprint: in value order, each at its line
 * unless that would run into the previous name, then nudged right of it. `width` is each name's width.
 */
export function placeReferenceLabels(
  positions: readonly { key: string; x: number; width: number }[],
  gap = 6,
): Map<string, number> {
  const placed = new Map<string, number>()
  let rightEdge = -Infinity
  for (const p of [...positions].sort((a, b) => a.x - b.x)) {
    const centre = Math.max(p.x, rightEdge + gap + p.width / 2)
    placed.set(p.key, centre)
    rightEdge = centre + p.width / 2
  }
  return placed
}

/** The short name a reference line is labelled with above the bars. */
export const referenceName = (r: RankingReference) =>
  r.kind === 'england' ? 'England' : r.label.length <= 20 ? r.label : 'Group'
