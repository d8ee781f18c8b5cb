import { FLAG_LABELS, type Flag } from '../../schema/flags'
import { rankValues, type RankOrder } from '../../stats/ranks'

/** One authority in a ranked bar chart. */
export interface RankingInput {
  areaCode: string
  label: string
  value: number | null
  flag: Flag | null
  /** The authority the page is about is drawn in the highlight colour. */
  isSelected: boolean
  /** Optional extra words for tooltips and the table (e.g. the 95% interval of an adjusted value). */
  note?: string | null
}

/** A reference value drawn across the bars: England's published figure or the group's summary. */
export interface RankingReference {
  key: string
  label: string
  value: number
  kind: 'england' | 'group'
}

export interface RankingBar extends RankingInput {
  /** Rank within the chart (ties share the best rank); null without a value. */
  rank: number | null
  /** Why there is no bar ("suppressed to protect confidentiality"), or null. */
  missingReason: string | null
  note: string | null
}

export interface RankingModel {
  /** Ranked bars first (rank order, ties by name), then authorities without a value (by name). */
  bars: RankingBar[]
  references: RankingReference[]
  /** Value domain including zero and every reference, or null when nothing has a value. */
  extent: [number, number] | null
  order: RankOrder
  rankedCount: number
}

/**
 * Ranks a group of authorities for a bar chart: rank 1 is at the top, at the end `order` names (polarity-aware in the
 * caller); missing values stay visible at the bottom with the reason, never as a zero bar.
 */
export function buildRankingModel(
  rows: readonly RankingInput[],
  options: { order: RankOrder; references?: readonly RankingReference[] },
): RankingModel {
  const ranks = rankValues(
    rows.map((r) => r.value),
    options.order,
  )
  const bars: RankingBar[] = rows.map((r, i) => ({
    ...r,
    note: r.note ?? null,
    rank: ranks[i] ?? null,
    missingReason: r.value !== null ? null : r.flag ? FLAG_LABELS[r.flag] : 'no figure',
  }))
  bars.sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.label.localeCompare(b.label)
    if (a.rank !== null) return -1
    if (b.rank !== null) return 1
    return a.label.localeCompare(b.label)
  })
  const references = [...(options.references ?? [])]
  const values = [...bars.flatMap((b) => (b.value === null ? [] : [b.value])), ...references.map((r) => r.value)]
  const extent: [number, number] | null = values.length ? [Math.min(0, ...values), Math.max(0, ...values)] : null
  return {
    bars,
    references,
    extent,
    order: options.order,
    rankedCount: bars.filter((b) => b.rank !== null).length,
  }
}
