import type { Indicator, Role, TOPICS } from '../schema/indicators'

/** The topics of children's social care itself (the rest is context: spending, deprivation, population, …). */
export const SOCIAL_CARE_TOPICS: ReadonlySet<(typeof TOPICS)[number]> = new Set([
  'children-in-need',
  'child-protection',
  'looked-after',
  'adoption',
  'workforce',
  'youth-justice',
])

/** Each topic's heading, as pickers, the profile and the methods page name it. */
export const TOPIC_NAMES: Readonly<Record<(typeof TOPICS)[number], string>> = {
  'children-in-need': 'Children in need',
  'child-protection': 'Referrals and child protection',
  'looked-after': 'Children looked after and care leavers',
  adoption: 'Adoption',
  workforce: "Children's social work workforce",
  'youth-justice': 'Youth justice',
  spending: 'Spending',
  economic: 'Economic factors',
  population: 'Population',
  deprivation: 'Deprivation and low income',
  context: 'Context',
}

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
 * The indicator a view shows until one is chosen: the catalogue's `defaultIndicator`, else its first headline
 * figure, else its first indicator; null for an empty catalogue. The domain decides it here, once.
 */
export function defaultIndicatorOf(indicators: readonly Indicator[]): Indicator | null {
  return (
    indicatorsWithRole(indicators, 'defaultIndicator')[0] ??
    indicatorsWithRole(indicators, 'headline')[0] ??
    indicators[0] ??
    null
  )
}

/** Picks the indicator to show: the URL's if it exists in the catalogue, else the default; null for an empty catalogue. */
export function resolveIndicator(indicators: readonly Indicator[], wanted: string): Indicator | null {
  return indicators.find((i) => i.id === wanted) ?? defaultIndicatorOf(indicators)
}

/**
 * The count and denominator series a pooled rate of the indicator adds up (sum of counts / sum of child populations ×
 * 10,000); null when it is not a rate per 10,000 with both in the catalogue, so it cannot be pooled.
 */
export function poolingSeriesOf(indicator: Indicator): { countId: string; denominatorId: string } | null {
  if (indicator.unit !== 'rate per 10,000' || !indicator.count || !indicator.denominator) return null
  return { countId: indicator.count, denominatorId: indicator.denominator }
}

/** What a spending figure is spent on, as titles and legends name it: the catalogue's subject, else its short label. */
export function subjectOf(indicator: Indicator): string {
  return indicator.subject ?? indicator.shortLabel
}

/** The spending page's figures, from the catalogue's spending roles and each per-child figure's relations. */
export interface SpendingCatalogue {
  /** The total per child (published in real terms), its cash total and the child population it is divided by. */
  total: { perChild: Indicator; cash: Indicator; population: Indicator }
  /** Each category's per-child figure and cash total, in the catalogue's order. */
  categories: { perChild: Indicator; cash: Indicator }[]
  /** Cash totals of the parts that have no per-child figure; with the categories they make up the total. */
  others: Indicator[]
  /** Shares of the total over time. */
  shares: Indicator[]
}

/**
 * Reads the spending lists from the catalogue: the total and each category with the cash total (`count`) and
 * population (`denominator`) its per-child figure is worked out from. Null when the catalogue has no total with both;
 * a category without its cash total is left out, since neither its real terms nor its share could be worked out.
 */
export function spendingCatalogue(indicators: readonly Indicator[]): SpendingCatalogue | null {
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const cashOf = (perChild: Indicator) => (perChild.count ? byId.get(perChild.count) : undefined)
  const perChild = indicatorsWithRole(indicators, 'spendingTotal')[0]
  const cash = perChild && cashOf(perChild)
  const population = perChild?.denominator ? byId.get(perChild.denominator) : undefined
  if (!perChild || !cash || !population) return null
  return {
    total: { perChild, cash, population },
    categories: indicatorsWithRole(indicators, 'spendingCategory').flatMap((category) => {
      const categoryCash = cashOf(category)
      return categoryCash ? [{ perChild: category, cash: categoryCash }] : []
    }),
    others: indicatorsWithRole(indicators, 'spendingOther'),
    shares: indicatorsWithRole(indicators, 'spendingShare'),
  }
}

/** Every series the spending page draws, each once. */
export function spendingSeriesIds(spending: SpendingCatalogue): string[] {
  const { total, categories, others, shares } = spending
  const ids = [
    total.perChild,
    ...categories.map((c) => c.perChild),
    total.cash,
    ...categories.map((c) => c.cash),
    ...others,
    ...shares,
    total.population,
  ].map((i) => i.id)
  return [...new Set(ids)]
}
