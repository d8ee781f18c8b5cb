import type { Indicator } from '../schema/indicators'

/** Used when the URL's indicator has no series yet (e.g. before an ETL source lands). */
const FALLBACK_INDICATORS = ['cla_rate', 'cin_rate', 'cpp_rate', 'referrals_rate']

/** Picks the indicator to show: the URL's if it exists in the catalogue, else the first fallback that does. */
export function resolveIndicator(indicators: readonly Indicator[], wanted: string): Indicator | null {
  return (
    indicators.find((i) => i.id === wanted) ??
    FALLBACK_INDICATORS.map((id) => indicators.find((i) => i.id === id)).find((i) => i !== undefined) ??
    indicators[0] ??
    null
  )
}

/** The child population series (ONS 0-17 as DfE used it): the denominator of every rate per 10,000. */
export const POPULATION_ID = 'child_population'

/**
 * The count series behind each rate, for the pooled rate (sum of counts / sum of child populations × 10,000).
 * A rate without a count here cannot be pooled, and the view says so.
 */
const POOLED_COUNT_IDS: Readonly<Record<string, string>> = {
  cin_rate: 'cin_count',
  cpp_rate: 'cpp_count',
  cla_rate: 'cla_count',
  referrals_rate: 'referrals_count',
  cin_starts_rate: 'cin_starts_count',
  cpp_starts_rate: 'cpp_starts_count',
  cla_starts_rate: 'cla_starts_count',
}

/** The count and denominator series a pooled rate of the indicator adds up; null when it cannot be pooled. */
export function poolingSeriesOf(indicatorId: string): { countId: string; denominatorId: string } | null {
  const countId = POOLED_COUNT_IDS[indicatorId]
  return countId ? { countId, denominatorId: POPULATION_ID } : null
}
