/** A price index as financial-year values (years ending March, ascending), its base year = 100. */
export interface PriceIndex {
  years: readonly number[]
  index: readonly number[]
  baseYear: number
}

/** How a per-child figure is priced: at the index's base-year prices, or in cash because the index stops earlier. */
export type Pricing = 'real' | 'cash'

/** Why a per-child figure could not be computed. */
export type PerChildGap = 'no-spend' | 'no-population'

export interface PerChildPoint {
  year: number
  /** Pounds per child, rounded to whole pounds; null when spend or population is missing. */
  value: number | null
  /** Null when value is null. */
  pricing: Pricing | null
  gap: PerChildGap | null
}

/**
 * Spend per child 0-17 in real terms: cash ÷ child population × (index of the base year ÷ index of the year), rounded
 * to whole pounds (the published per-child series' precision). The index is never extrapolated: a year it does not
 * reach (after its base year, or before its first year) is returned in cash and marked `pricing: 'cash'`. A missing or
 * zero population, or missing spend, is a gap (null), never 0.
 *
 * `population[i]` is the denominator DfE uses for reporting year `years[i]` (mid-(N-1) for the year ending March N),
 * i.e. the child_population series aligned by year.
 */
export function deflatePerChild(input: {
  years: readonly number[]
  cash: readonly (number | null)[]
  population: readonly (number | null)[]
  priceIndex: PriceIndex
}): PerChildPoint[] {
  const { years, cash, population, priceIndex } = input
  const baseAt = priceIndex.years.indexOf(priceIndex.baseYear)
  const base = baseAt >= 0 ? priceIndex.index[baseAt] : undefined
  return years.map((year, i) => {
    const spend = cash[i] ?? null
    const children = population[i] ?? null
    if (spend === null) return { year, value: null, pricing: null, gap: 'no-spend' }
    if (children === null || children <= 0) return { year, value: null, pricing: null, gap: 'no-population' }
    const at = priceIndex.years.indexOf(year)
    const yearIndex = at >= 0 ? priceIndex.index[at] : undefined
    if (base === undefined || yearIndex === undefined || yearIndex <= 0)
      return { year, value: Math.round(spend / children), pricing: 'cash', gap: null }
    return { year, value: Math.round((spend / children) * (base / yearIndex)), pricing: 'real', gap: null }
  })
}
