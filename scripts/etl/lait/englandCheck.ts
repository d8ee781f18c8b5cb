import type { Indicator } from '../../../src/schema/indicators'
import { ENGLAND_CODE, type Observation } from '../types'

const REGION = /^E12\d{6}$/
/** Units where England's figure is a rate or share of the same kind as its regions', so it lies within their range. */
const AVERAGE_LIKE: ReadonlySet<Indicator['unit']> = new Set(['%', 'rate per 10,000', 'rate per 100,000', 'score'])

/**
 * The years in which a measure's published England figure lies outside the range of its nine regions' figures:
 * for a rate, a share or a score that cannot happen if both are on one basis (LAIT's England row for first-time
 * entrants to youth justice is a count beside regional rates). Such figures are kept as published and caveated.
 */
export function yearsEnglandOutsideRegions(indicator: Indicator, observations: readonly Observation[]): number[] {
  if (!AVERAGE_LIKE.has(indicator.unit)) return []
  const england = new Map<number, number>()
  const regions = new Map<number, number[]>()
  for (const o of observations) {
    if (o.indicatorId !== indicator.id || o.value === null) continue
    if (o.areaCode === ENGLAND_CODE) england.set(o.year, o.value)
    else if (REGION.test(o.areaCode)) regions.set(o.year, [...(regions.get(o.year) ?? []), o.value])
  }
  return [...england]
    .filter(([year, value]) => {
      const inYear = regions.get(year) ?? []
      return inYear.length >= 2 && (value < Math.min(...inYear) || value > Math.max(...inYear))
    })
    .map(([year]) => year)
    .sort((a, b) => a - b)
}
