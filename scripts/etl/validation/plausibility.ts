import type { Indicator } from '../../../src/schema/indicators'
import { latestByAreaYear } from '../combine/latestPublication'
import type { Observation } from '../types'

/** A figure that is possible but suspicious: reported in the reconciliation summary and by data:check, not fatal. */
export interface PlausibilityFinding {
  indicatorId: string
  areaCode: string
  year: number
  message: string
}

/**
 * A change between consecutive years by more than this factor (up or down) is reported, where the larger figure is at
 * least YEAR_ON_YEAR_FLOOR (small counts and rates swing by large factors without anything being wrong). Spending is
 * left out: S251 lines are reclassified between years, so swings beyond ×10 are common (over 500 in the 2025 data).
 */
export const YEAR_ON_YEAR_FACTOR = 3
export const YEAR_ON_YEAR_FLOOR = 20

/** Published rates and the count they are per 10,000 children of (child_population). */
export const RATE_OF_COUNT: Readonly<Record<string, string>> = {
  cin_rate: 'cin_count',
  cin_starts_rate: 'cin_starts_count',
  cla_rate: 'cla_count',
  cla_starts_rate: 'cla_starts_count',
  cpp_rate: 'cpp_count',
  cpp_starts_rate: 'cpp_starts_count',
  referrals_rate: 'referrals_count',
}

/**
 * How far (as a share) a published rate may sit from count / population × 10,000 beyond its rounding: DfE divides by
 * the population estimate current at publication, and later revisions of the estimates move the recomputed rate by up
 * to a few per cent (2016-2022 most), more for the smallest authorities.
 */
export const RATE_TOLERANCE = 0.1

const YEAR_ON_YEAR_UNITS: ReadonlySet<Indicator['unit']> = new Set(['count', 'rate per 10,000', '%'])

/** The figures that will be published (the latest publication's, per area and year) of one indicator. */
function publishedFigures(observations: readonly Observation[]): Map<string, Map<number, number>> {
  const byArea = new Map<string, Map<number, number>>()
  for (const obs of latestByAreaYear(observations).values()) {
    if (obs.value === null) continue
    const years = byArea.get(obs.areaCode) ?? new Map<number, number>()
    years.set(obs.year, obs.value)
    byArea.set(obs.areaCode, years)
  }
  return byArea
}

export function checkPlausibility(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
): PlausibilityFinding[] {
  const byIndicator = new Map<string, Observation[]>()
  for (const obs of observations) byIndicator.set(obs.indicatorId, [...(byIndicator.get(obs.indicatorId) ?? []), obs])
  const figures = new Map([...byIndicator].map(([id, obs]) => [id, publishedFigures(obs)]))
  const findings: PlausibilityFinding[] = []
  for (const indicator of [...indicators].sort((a, b) => a.id.localeCompare(b.id))) {
    const series = figures.get(indicator.id)
    if (!series) continue
    if (YEAR_ON_YEAR_UNITS.has(indicator.unit)) findings.push(...yearOnYear(indicator, series))
    const countId = RATE_OF_COUNT[indicator.id]
    const counts = countId ? figures.get(countId) : undefined
    const population = figures.get('child_population')
    if (countId && counts && population)
      findings.push(...rateAgainstCount(indicator, countId, series, counts, population))
  }
  return findings
}

function yearOnYear(indicator: Indicator, series: Map<string, Map<number, number>>): PlausibilityFinding[] {
  const out: PlausibilityFinding[] = []
  for (const [areaCode, years] of [...series].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const [year, value] of years) {
      const before = years.get(year - 1)
      if (before === undefined) continue
      const [low, high] = [Math.min(before, value), Math.max(before, value)]
      if (high < YEAR_ON_YEAR_FLOOR || (low > 0 && high / low <= YEAR_ON_YEAR_FACTOR)) continue
      out.push({
        indicatorId: indicator.id,
        areaCode,
        year,
        message: `changed from ${before} in ${year - 1} to ${value} (more than ×${YEAR_ON_YEAR_FACTOR})`,
      })
    }
  }
  return out.sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.year - b.year)
}

function rateAgainstCount(
  indicator: Indicator,
  countId: string,
  rates: Map<string, Map<number, number>>,
  counts: Map<string, Map<number, number>>,
  population: Map<string, Map<number, number>>,
): PlausibilityFinding[] {
  const out: PlausibilityFinding[] = []
  const rounding = 0.5 * 10 ** -indicator.decimals
  for (const [areaCode, years] of [...rates].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const [year, rate] of [...years].sort((a, b) => a[0] - b[0])) {
      const count = counts.get(areaCode)?.get(year)
      const children = population.get(areaCode)?.get(year)
      if (count === undefined || !children) continue
      const implied = (count / children) * 10_000
      if (Math.abs(rate - implied) <= rounding + RATE_TOLERANCE * implied) continue
      out.push({
        indicatorId: indicator.id,
        areaCode,
        year,
        message: `is ${rate}, but ${countId} ${count} per ${children} children is ${implied.toFixed(indicator.decimals + 1)} per 10,000`,
      })
    }
  }
  return out
}
