/** How a comparator group's figures are summarised (docs/architecture.md, "Statistics"). */
export const SUMMARY_METHODS = ['mean', 'median', 'pooled'] as const
export type SummaryMethod = (typeof SUMMARY_METHODS)[number]

/** A group member's figure for one year; count and population are needed only for the pooled rate. */
export interface GroupMemberValue {
  value: number | null
  count?: number | null
  population?: number | null
}

export interface GroupSummary {
  method: SummaryMethod
  /** Null when no member had data. */
  value: number | null
  /** How many members had data (the summary's base), and how many there are. */
  withData: number
  members: number
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * Summarises a group: the mean of the members with data (LAIT's default), their median, or the pooled rate per
 * 10,000 (sum of counts / sum of populations, from members that have both). Always says how many had data.
 */
export function summariseGroup(members: readonly GroupMemberValue[], method: SummaryMethod): GroupSummary {
  if (method === 'pooled') {
    const usable = members.filter(
      (m) => typeof m.count === 'number' && typeof m.population === 'number' && m.population > 0,
    )
    const count = usable.reduce((s, m) => s + (m.count ?? 0), 0)
    const population = usable.reduce((s, m) => s + (m.population ?? 0), 0)
    return {
      method,
      value: usable.length ? (count / population) * 10_000 : null,
      withData: usable.length,
      members: members.length,
    }
  }
  const values = members.map((m) => m.value).filter((v): v is number => v !== null)
  const value =
    method === 'mean' ? (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null) : median(values)
  return { method, value, withData: values.length, members: members.length }
}
