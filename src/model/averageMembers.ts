import type { Area } from '../schema/areas'
import type { YearType } from '../schema/yearPeriods'
import { existedIn } from './lifetimes'

/**
 * Splits a group's members into those an average of authorities uses and those left out by default (City of London
 * and Isles of Scilly, `excludedFromAverages` in areas.json: their child populations are so small that their rates
 * swing from year to year). Order is kept; codes not in areas.json stay in (they cannot be known to be tiny).
 */
export function splitForAverages(
  codes: readonly string[],
  areas: readonly Area[],
): { included: string[]; excluded: Area[] } {
  const included: string[] = []
  const excluded: Area[] = []
  for (const code of codes) {
    const area = areas.find((a) => a.code === code)
    if (area?.excludedFromAverages) excluded.push(area)
    else included.push(code)
  }
  return { included, excluded }
}

/** The sentence stating an exclusion wherever an average leaves someone out; null when nobody was left out. */
export function describeExclusion(excluded: readonly Area[]): string | null {
  if (excluded.length === 0) return null
  const names = excluded.map((a) => a.name)
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  return excluded.length === 1
    ? `${list} is left out of the average: its child population is too small for a stable rate.`
    : `${list} are left out of the average: their child populations are too small for stable rates.`
}

/**
 * The authorities a cross-authority statistic (regression, funnel, gradient, ranking) uses for a year: those that
 * existed that year, without City of London and Isles of Scilly (docs/architecture.md, "Authorities and
 * geography").
 */
export function areasForAverages(areas: readonly Area[], year: number, yearType: YearType): Area[] {
  return areas.filter((a) => !a.excludedFromAverages && existedIn(a, year, yearType))
}
