import { computeRatePer10k } from '../../../src/stats/rates'
import type { ChildPopulation } from '../population/childPopulation'
import type { Observation, SourceReport } from '../types'
import type { ClaIndicatorId } from './observations'

const key = (o: Pick<Observation, 'areaCode' | 'year'>) => `${o.areaCode}|${o.year}`

/** For each area and year, the observation of the given indicator from the most recent publication. */
export function pickLatest(observations: readonly Observation[], indicatorId: string): Map<string, Observation> {
  const latest = new Map<string, Observation>()
  for (const o of observations) {
    if (o.indicatorId !== indicatorId) continue
    const current = latest.get(key(o))
    if (!current || o.release > current.release) latest.set(key(o), o)
  }
  return latest
}

/**
 * Rates DfE did not publish (in this bundle): for every area and year with a count but no published rate, the count
 * from the most recent publication / the 0-17 population DfE used for that year × 10,000, rounded half away from zero to
 * whole numbers as DfE publishes CLA rates. A suppressed count gives a null rate with the same flag; an area-year
 * with no denominator (regions before 2013) gets no rate. Provenance 'computed', source and release of the count.
 */
export function computeMissingRates(
  observations: readonly Observation[],
  countId: ClaIndicatorId,
  rateId: ClaIndicatorId,
  population: ChildPopulation,
  report: SourceReport,
): Observation[] {
  const published = new Set(observations.filter((o) => o.indicatorId === rateId).map(key))
  const out: Observation[] = []
  let withoutDenominator = 0
  for (const count of pickLatest(observations, countId).values()) {
    if (published.has(key(count))) continue
    const denominator = population.denominatorFor(count.areaCode, count.year)
    if (!denominator) {
      withoutDenominator++
      continue
    }
    const value = computeRatePer10k(count.value, denominator.value, 0)
    out.push({
      ...count,
      indicatorId: rateId,
      value,
      flag: value === null ? (count.flag ?? '-') : null,
      provenance: 'computed',
    })
  }
  out.sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.year - b.year)
  report.notes.push(
    `${rateId}: ${out.length} rates computed from counts and 0-17 populations; ${withoutDenominator} counts without a denominator (regions before 2013)`,
  )
  return out
}
