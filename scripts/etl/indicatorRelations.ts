import type { Indicator, Role } from '../../src/schema/indicators'
import type { RatePair } from './combine/computeRates'

type Relations = Pick<Indicator, 'count' | 'denominator' | 'rankOf' | 'rangeEnd' | 'subject'>

const PER_CHILD = { denominator: 'child_population' } as const

/**
 * How indicators relate, in one place: each rate's count and denominator (a pooled rate adds these up), each
 * per-child spending figure's cash total, what each rank ranks, and what each spending total is spent on. The app
 * reads them from indicators.json.
 */
export const INDICATOR_RELATIONS: Readonly<Record<string, Relations>> = {
  cin_rate: { count: 'cin_count', ...PER_CHILD },
  cin_starts_rate: { count: 'cin_starts_count', ...PER_CHILD },
  cpp_rate: { count: 'cpp_count', ...PER_CHILD },
  cpp_starts_rate: { count: 'cpp_starts_count', ...PER_CHILD },
  cla_rate: { count: 'cla_count', ...PER_CHILD },
  cla_starts_rate: { count: 'cla_starts_count', ...PER_CHILD },
  referrals_rate: { count: 'referrals_count', ...PER_CHILD },
  // DfE publishes no section 47 count series in the bundled files, so s47_rate has no count and cannot be pooled.
  s47_rate: PER_CHILD,
  children_low_income_pct: { count: 'children_low_income_count' },
  spend_cyp_per_child: { count: 'spend_cyp_total', ...PER_CHILD },
  spend_cla_per_child: { count: 'spend_cla_total', ...PER_CHILD },
  spend_safeguarding_per_child: { count: 'spend_safeguarding_total', ...PER_CHILD },
  spend_family_support_per_child: { count: 'spend_family_support_total', ...PER_CHILD },
  spend_early_years_per_child: { count: 'spend_early_years_total', ...PER_CHILD },
  spend_young_people_per_child: { count: 'spend_young_people_total', ...PER_CHILD },
  spend_youth_justice_per_child: { count: 'spend_youth_justice_total', ...PER_CHILD },
  spend_cyp_total: { subject: "Children and young people's services" },
  spend_cla_total: { subject: 'Children looked after' },
  spend_safeguarding_total: { subject: 'Safeguarding' },
  spend_family_support_total: { subject: 'Family support' },
  spend_early_years_total: { subject: 'Sure Start and early years' },
  spend_young_people_total: { subject: 'Services for young people' },
  spend_youth_justice_total: { subject: 'Youth justice' },
  spend_other_children_family_total: { subject: "Other children's and families" },
  imd_rank: { rankOf: { measure: 'imd_score', first: 'highest' } },
  // Out of 317 districts in IoD2019 and 296 in IoD2025: the number ranked changes with the edition, so no `among`.
  imd_district_rank: { rankOf: { measure: 'imd_score', first: 'highest' }, rangeEnd: 'imd_district_rank_least' },
  imd_district_rank_least: { rankOf: { measure: 'imd_score', first: 'highest' } },
}

/**
 * Counts the build reads only to compute a rate for years DfE published none, and does not publish as a series:
 * the relations above cannot name them (a relation must name a catalogue indicator, and a pooled rate would need the
 * count in every year). Section 47 counts come only in the 2010-2011 files.
 */
export const UNPUBLISHED_RATE_COUNTS: Readonly<Record<string, string>> = { s47_rate: 's47_count' }

/**
 * The rate ↔ count pairs a source computes missing rates from, derived from the relations so that they are defined
 * once: each of the source's rates per 10,000 children with its count (from INDICATOR_RELATIONS, or
 * UNPUBLISHED_RATE_COUNTS), to the rate's published decimals. Per-child spending has the same denominator but is £
 * per child, computed by the spending source itself, so only rates per 10,000 are paired.
 */
export function ratePairsFor(indicators: readonly Indicator[]): RatePair[] {
  return indicators.flatMap((rate) => {
    const relations = INDICATOR_RELATIONS[rate.id]
    if (rate.unit !== 'rate per 10,000' || relations?.denominator !== PER_CHILD.denominator) return []
    const countId = relations.count ?? UNPUBLISHED_RATE_COUNTS[rate.id]
    return countId ? [{ rateId: rate.id, countId, decimals: rate.decimals }] : []
  })
}

/** The app's fixed lists, each in reading order. */
export const INDICATOR_ROLES: Readonly<Record<Role, readonly string[]>> = {
  // What a view shows before anyone picks an indicator (a link without `indicator=`): the rate of children looked
  // after, the figure the dashboard's users benchmark first.
  defaultIndicator: ['cla_rate'],
  // The profile sets the IMD figures out edition by edition in a table of their own, not as headline figures.
  headline: ['cin_rate', 'cpp_rate', 'cla_rate', 'referrals_rate', 'spend_cyp_per_child'],
  // What a briefing states first about an authority's deprivation: its share of England's most deprived 10% of
  // neighbourhoods, then its district rank.
  deprivationHeadline: ['imd_most_deprived_10pc', 'imd_district_rank'],
  profileTrend: ['cin_rate', 'cpp_rate', 'cla_rate', 'referrals_rate'],
  smallMultiples: ['cin_rate', 'cpp_rate', 'cla_rate', 'spend_cyp_per_child'],
  similarity: ['imd_score', 'idaci_score', 'child_population', 'children_low_income_pct'],
  deprivationMeasure: ['imd_score', 'idaci_score'],
  spendingTotal: ['spend_cyp_per_child'],
  spendingCategory: [
    'spend_cla_per_child',
    'spend_safeguarding_per_child',
    'spend_family_support_per_child',
    'spend_early_years_per_child',
    'spend_young_people_per_child',
    'spend_youth_justice_per_child',
  ],
  spendingOther: ['spend_other_children_family_total'],
  spendingShare: ['spend_cla_share'],
}

/** The words for either end of a rank of `measure` ("most deprived", "least deprived"); null without a direction. */
function endWords(
  rankOf: NonNullable<Indicator['rankOf']>,
  measure: Indicator,
): { first: string; last: string } | null {
  if (measure.polarity !== 'higher-is-worse' && measure.polarity !== 'higher-is-better') return null
  const worstFirst = (rankOf.first === 'highest') === (measure.polarity === 'higher-is-worse')
  const [worst, best] = measure.topic === 'deprivation' ? ['most deprived', 'least deprived'] : ['worst', 'best']
  return worstFirst ? { first: worst, last: best } : { first: best, last: worst }
}

/** "1 = highest IMD score, the most deprived": what rank 1 means, worded from the measure ranked. */
export function describeRankOrder(rankOf: NonNullable<Indicator['rankOf']>, measure: Indicator): string {
  const end = `1 = ${rankOf.first} ${measure.shortLabel}`
  const words = endWords(rankOf, measure)
  return words ? `${end}, the ${words.first}` : end
}

/**
 * Which way a change of rank moves: towards rank 1 and towards the last place, worded from the measure ranked
 * ("most deprived" / "least deprived"), or by the measure itself when it has no direction ("highest IMD score").
 */
export function describeRankEnds(
  rankOf: NonNullable<Indicator['rankOf']>,
  measure: Indicator,
): { first: string; last: string } {
  const other = rankOf.first === 'highest' ? 'lowest' : 'highest'
  return (
    endWords(rankOf, measure) ?? {
      first: `${rankOf.first} ${measure.shortLabel}`,
      last: `${other} ${measure.shortLabel}`,
    }
  )
}

/**
 * Adds the relations and roles to the catalogue built by the sources. Every id they name must be in the catalogue:
 * a relation to a missing indicator would silently disable a pooled rate or a page section, so it stops the build.
 */
export function attachRelations(indicators: readonly Indicator[]): Indicator[] {
  const byId = new Map(indicators.map((i) => [i.id, i]))
  const need = (id: string, what: string) => {
    const found = byId.get(id)
    if (!found) throw new Error(`indicator relations: ${what} names "${id}", which is not in the catalogue`)
    return found
  }
  const roles = new Map<string, Partial<Record<Role, number>>>()
  for (const [role, ids] of Object.entries(INDICATOR_ROLES) as [Role, readonly string[]][]) {
    ids.forEach((id, i) => {
      need(id, `role ${role}`)
      roles.set(id, { ...roles.get(id), [role]: i + 1 })
    })
  }
  for (const id of Object.keys(INDICATOR_RELATIONS)) need(id, 'the relations table')
  return indicators.map((indicator) => {
    const relations = INDICATOR_RELATIONS[indicator.id] ?? {}
    const what = `${indicator.id}'s relations`
    if (relations.count) need(relations.count, what)
    if (relations.denominator) need(relations.denominator, what)
    if (relations.rangeEnd) need(relations.rangeEnd, what)
    const ranked = relations.rankOf ? { rankOf: relations.rankOf, measure: need(relations.rankOf.measure, what) } : null
    const indicatorRoles = roles.get(indicator.id)
    return {
      ...indicator,
      ...relations,
      ...(ranked && {
        rankOrder: describeRankOrder(ranked.rankOf, ranked.measure),
        rankEnds: describeRankEnds(ranked.rankOf, ranked.measure),
      }),
      ...(indicatorRoles && { roles: indicatorRoles }),
    }
  })
}
