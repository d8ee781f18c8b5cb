import { computeRatePer10k } from '../../../src/stats/rates'
import { pickLatestPublication } from '../assembleSeries'
import type { ChildPopulation } from '../population/childPopulation'
import type { Observation } from '../types'

/** Each rate and the count it is computed from where DfE published no rate. */
export const RATE_OF_COUNT: Readonly<Record<string, string>> = {
  cin_rate: 'cin_count',
  cin_starts_rate: 'cin_starts_count',
  cpp_rate: 'cpp_count',
  cpp_starts_rate: 'cpp_starts_count',
  referrals_rate: 'referrals_count',
  s47_rate: 's47_count',
}

/** DfE publishes rates per 10,000 to one decimal place. */
export const RATE_DECIMALS = 1

export interface ComputedRates {
  observations: Observation[]
  /** "indicator area year" of counts with no denominator (no rate could be computed). */
  missingDenominators: string[]
}

/**
 * Fills the years where no publication gives a rate, with DfE's method: the most recent published count / the ONS
 * 0-17 estimate for mid-(N-1) DfE used for that reporting year × 10,000, rounded to one decimal place. A suppressed
 * count gives a null rate with the count's flag (provenance stays 'published': nothing was computed). A LAIT "-" does not count as a published rate (it says nothing
 * about why; see keepInformativeFlags), so a rate is computed there too.
 */
export function computeMissingRates(
  observations: readonly Observation[],
  population: Pick<ChildPopulation, 'denominatorFor'>,
): ComputedRates {
  const isPublishedRate = (o: Observation) => !(o.sourceId === 'lait' && o.value === null && o.flag === '-')
  const out: Observation[] = []
  const missingDenominators: string[] = []
  for (const [rateId, countId] of Object.entries(RATE_OF_COUNT)) {
    const published = new Set(
      observations.filter((o) => o.indicatorId === rateId && isPublishedRate(o)).map((o) => `${o.areaCode}|${o.year}`),
    )
    const counts = pickLatestPublication(observations.filter((o) => o.indicatorId === countId))
    for (const [key, count] of [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (published.has(key)) continue
      if (count.value === null) {
        // Nothing is computed here: the rate is unknown for the reason DfE gave for the count.
        out.push({ ...count, indicatorId: rateId })
        continue
      }
      const denominator = population.denominatorFor(count.areaCode, count.year)
      if (!denominator) {
        missingDenominators.push(`${rateId} ${count.areaCode} ${count.year}`)
        continue
      }
      const value = computeRatePer10k(count.value, denominator.value, RATE_DECIMALS)
      out.push({ ...count, indicatorId: rateId, value, flag: null, provenance: 'computed' })
    }
  }
  return { observations: out, missingDenominators }
}
