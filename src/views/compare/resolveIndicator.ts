import type { Indicator } from '../../schema/indicators'

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
