import type { Indicator, Role } from '../schema/indicators'

/** The catalogue's members of one of the app's fixed lists (indicators.json `roles`), in the list's order. */
export function indicatorsWithRole(indicators: readonly Indicator[], role: Role): Indicator[] {
  return indicators
    .filter((i) => i.roles?.[role] !== undefined)
    .sort((a, b) => (a.roles?.[role] ?? 0) - (b.roles?.[role] ?? 0))
}

/** The ids of a role's indicators, in order. */
export function idsWithRole(indicators: readonly Indicator[], role: Role): string[] {
  return indicatorsWithRole(indicators, role).map((i) => i.id)
}

/**
 * Picks the indicator to show: the URL's if it exists in the catalogue, else the first of the profile's trend rates,
 * else anything; null for an empty catalogue.
 */
export function resolveIndicator(indicators: readonly Indicator[], wanted: string): Indicator | null {
  return (
    indicators.find((i) => i.id === wanted) ??
    indicatorsWithRole(indicators, 'profileTrend')[0] ??
    indicators[0] ??
    null
  )
}

/**
 * The count and denominator series a pooled rate of the indicator adds up (sum of counts / sum of child populations ×
 * 10,000); null when it is not a rate per 10,000 with both in the catalogue, so it cannot be pooled.
 */
export function poolingSeriesOf(indicator: Indicator): { countId: string; denominatorId: string } | null {
  if (indicator.unit !== 'rate per 10,000' || !indicator.count || !indicator.denominator) return null
  return { countId: indicator.count, denominatorId: indicator.denominator }
}
