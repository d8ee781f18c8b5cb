import type { TrendLineInput } from '../../charts/trend/buildTrendSeries'
import type { Deflator } from '../../schema/deflators'
import type { Flag } from '../../schema/flags'
import type { Series } from '../../schema/series'
import { yearsExisted, type Lifetime } from '../../model/lifetimes'
import { valueAt } from '../../model/series'
import { summariseGroup } from '../../stats/groupSummary'
import { deflatePerChild } from '../../stats/realTerms'
import type { YearType } from '../../schema/yearPeriods'

/** "2024-25" for the year ending March 2025. */
export function formatFinancialYear(year: number): string {
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`
}

/** The index's short name for titles and axes: "GDP deflator", "Services producer price index". */
export function shortDeflatorName(deflator: Pick<Deflator, 'label'>): string {
  return deflator.label.split(' (')[0] ?? deflator.label
}

/**
 * A per-child series in real terms with another price index, computed from the cash series and the child population
 * for every authority in the cash file and England. Years the index does not reach stay in cash: `cashFrom` is the
 * first such year after the index's base year (null if none). A gap keeps the cash series' flag, or "x" where the
 * population is missing; a figure from an incomplete total keeps the flag 'incomplete'.
 */
export function buildRealTermsSeries(input: {
  id: string
  cash: Series
  population: Series
  deflator: Pick<Deflator, 'years' | 'index' | 'baseYear'>
}): { series: Series; cashFrom: number | null } {
  const { cash, population, deflator } = input
  const years = cash.years
  const popAligned = (values: readonly (number | null)[] | undefined) =>
    years.map((y) => {
      const i = population.years.indexOf(y)
      return i >= 0 ? (values?.[i] ?? null) : null
    })
  const compute = (
    cashValues: readonly (number | null)[],
    cashFlags: readonly (Flag | null)[] | undefined,
    pop: (number | null)[],
  ) => {
    const points = deflatePerChild({ years, cash: cashValues, population: pop, priceIndex: deflator })
    return {
      values: points.map((p) => p.value),
      flags: points.map((p, i): Flag | null => {
        if (p.gap === 'no-spend') return cashFlags?.[i] ?? null
        if (p.gap === 'no-population') return 'x'
        // A total missing some authorities stays marked so, whatever the price index.
        return cashFlags?.[i] === 'incomplete' ? 'incomplete' : null
      }),
    }
  }
  const values: Record<string, (number | null)[]> = {}
  const flags: Record<string, (Flag | null)[]> = {}
  for (const [code, cashValues] of Object.entries(cash.values)) {
    const result = compute(cashValues, cash.flags?.[code], popAligned(population.values[code]))
    values[code] = result.values
    if (result.flags.some((f) => f !== null)) flags[code] = result.flags
  }
  const england = compute(cash.england, cash.englandFlags, popAligned(population.england))
  const cashFrom = years.find((y) => y > deflator.baseYear) ?? null
  return {
    series: {
      id: input.id,
      years: [...years],
      values,
      ...(Object.keys(flags).length ? { flags } : {}),
      england: england.values,
      ...(england.flags.some((f) => f !== null) ? { englandFlags: england.flags } : {}),
      yearSources: [...cash.yearSources],
      yearProvenance: years.map(() => 'computed' as const),
    },
    cashFrom,
  }
}

/** Adds "in cash" to each line's note from `cashFrom` on, so tooltips, tables and CSVs say which figures are cash. */
export function markCashYears(
  lines: readonly TrendLineInput[],
  cashFrom: number | null,
  note: string,
): TrendLineInput[] {
  if (cashFrom === null) return [...lines]
  return lines.map((line) => ({
    ...line,
    notes: line.years.map((y, i) => {
      const existing = line.notes?.[i] ?? null
      if (y < cashFrom) return existing
      return existing ? `${existing}; ${note}` : note
    }),
  }))
}

/** One row of the category mix: cash by category and each category's share of the CYP total. */
export interface MixRow {
  key: string
  label: string
  /** Cash £ per category, in the order of the categories given; null when not published. */
  cash: (number | null)[]
  /** Share of the CYP total, %, per category; null when the category or the total is missing. */
  shares: (number | null)[]
  total: number | null
  /** For a group mean: how many members had a total. */
  note: string | null
}

/**
 * The category mix in a year: the authority's and England's cash by category and shares of the total, and the
 * neighbours' mean share per category (mean of the members with a figure, as for every neighbour mean). `categories`
 * are the cash series of the categories, in the order the chart names them.
 */
export function buildCategoryMix(input: {
  year: number
  areaCode: string
  areaName: string
  neighbourCodes: readonly string[]
  categories: readonly Series[]
  total: Series
}): MixRow[] {
  const { year, categories, total } = input
  const at = (s: Series, code: string | null) => {
    const i = s.years.indexOf(year)
    if (i < 0) return null
    return (code === null ? s.england[i] : s.values[code]?.[i]) ?? null
  }
  const share = (part: number | null, whole: number | null) =>
    part === null || whole === null || whole <= 0 ? null : (part / whole) * 100
  const rowFor = (key: string, label: string, code: string | null): MixRow => {
    const whole = at(total, code)
    const cash = categories.map((c) => at(c, code))
    return { key, label, cash, shares: cash.map((c) => share(c, whole)), total: whole, note: null }
  }
  const rows = [rowFor('area', input.areaName, input.areaCode)]
  if (input.neighbourCodes.length > 0) {
    const members = input.neighbourCodes.map((code) => rowFor(code, code, code))
    const shares = categories.map((_, k) =>
      summariseGroup(
        members.map((m) => ({ value: m.shares[k] ?? null })),
        'mean',
      ),
    )
    const withTotal = members.filter((m) => m.total !== null).length
    rows.push({
      key: 'neighbours',
      label: 'Statistical neighbours (mean)',
      cash: categories.map(() => null),
      shares: shares.map((s) => s.value),
      total: null,
      note: `${withTotal} of ${members.length} had data`,
    })
  }
  rows.push(rowFor('england', 'England', null))
  return rows
}

/** Section 251 spending is reported by financial year, so lifetimes are read that way (src/schema/yearPeriods). */
export const SPENDING_YEAR_TYPE: YearType = 'financial year'

/** The latest financial year in which the area existed and has a CYP total; null if none. */
export function latestSpendYear(total: Series, area: Lifetime & { code: string }): number | null {
  return (
    yearsExisted(area, total.years, SPENDING_YEAR_TYPE).findLast((y) => valueAt(total, area.code, y).value !== null) ??
    null
  )
}
