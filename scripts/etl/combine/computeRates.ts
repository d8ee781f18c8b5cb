import * as aq from 'arquero'
import { computeRatePer10k } from '../../../src/stats/rates'
import type { ChildPopulation } from '../population/childPopulation'
import type { Observation } from '../types'
import { pickLatestPublications } from './latestPublication'

/** A rate per 10,000 children and the count it is computed from, with the decimals its publications use. */
export interface RatePair {
  rateId: string
  countId: string
  decimals: number
}

export interface ComputedRates {
  /** Rates computed from counts (and nulls carrying a suppressed count's flag), to add to the observations. */
  observations: Observation[]
  /** "indicator area year" of counts with no denominator (no rate could be computed). */
  missingDenominators: string[]
}

// Join keys as [left columns, right columns] (a bare two-name list would read as one left and one right key).
const AREA_YEAR = ['areaCode', 'year']
const PUBLICATION_KEYS = ['areaCode', 'year', 'rateSource', 'rateRelease']

interface Joined {
  areaCode: string
  year: number
  countIndex: number
  rateIndex: number | undefined
  /** The count the rate's own publication gives for the area and year, where it gives one. */
  sameCount: number | null | undefined
}

/**
 * Rates for every area and year with a count, by DfE's method: the count / the ONS 0-17 estimate for mid-(N-1) DfE
 * used for that reporting year × 10,000, rounded half away from zero to the pair's decimals. A rate is computed where
 * - no publication gives one (a blank '-' does not count: it says nothing), or
 * - the most recent count comes from a newer publication than the most recent rate and differs from the count in the
 *   rate's own publication (or that publication has none): a rate and its count always come from the same
 *   publication, so a revised count (West Sussex 2013 child protection plans: 424 in the 2022 release, 379 in the
 *   2025 one) never stands beside a rate of the old count.
 * The computed rate takes the count's source and release, so the combine stage picks it over the older rate. A
 * suppressed count gives a null rate with the count's flag: nothing is computed, so its provenance stays
 * 'published'. A count with no denominator gives no rate and is reported.
 */
export function computeMissingRates(
  observations: readonly Observation[],
  pairs: readonly RatePair[],
  population: Pick<ChildPopulation, 'denominatorFor'>,
): ComputedRates {
  const out: Observation[] = []
  const missingDenominators: string[] = []
  for (const { rateId, countId, decimals } of pairs) {
    const counts = observations.filter((o) => o.indicatorId === countId)
    const rates = observations.filter((o) => o.indicatorId === rateId)
    for (const row of joinRatesToCounts(counts, rates)) {
      const count = counts[row.countIndex] as Observation
      const rate = row.rateIndex === undefined ? undefined : rates[row.rateIndex]
      if (rate && !rateNeedsCount(rate, count, row.sameCount)) continue
      if (count.value === null) {
        out.push({ ...count, indicatorId: rateId })
        continue
      }
      const denominator = population.denominatorFor(count.areaCode, count.year)
      if (!denominator) {
        missingDenominators.push(`${rateId} ${count.areaCode} ${count.year}`)
        continue
      }
      const value = computeRatePer10k(count.value, denominator.value, decimals)
      out.push({ ...count, indicatorId: rateId, value, flag: value === null ? 'x' : null, provenance: 'computed' })
    }
  }
  return { observations: out, missingDenominators }
}

/** Whether the most recent rate must be replaced by one of the most recent count (see computeMissingRates). */
function rateNeedsCount(rate: Observation, count: Observation, sameCount: number | null | undefined): boolean {
  if (rate.value === null && rate.flag === '-') return true
  if (count.release <= rate.release) return false
  return sameCount === undefined || sameCount !== count.value
}

/**
 * The most recent count of each area and year, with the most recent rate (left join) and the count the rate's
 * publication gives (left join on area, year, source and release), sorted by area then year.
 */
function joinRatesToCounts(counts: readonly Observation[], rates: readonly Observation[]): Joined[] {
  const latestCounts = indexed(counts, pickLatestPublications(counts)).rename({ index: 'countIndex' })
  if (latestCounts.numRows() === 0) return []
  const latestRates = indexed(rates, pickLatestPublications(rates))
    .select('index', 'areaCode', 'year', 'sourceId', 'release')
    .rename({ index: 'rateIndex', sourceId: 'rateSource', release: 'rateRelease' })
  const countsByPublication = indexed(counts, counts)
    .select('areaCode', 'year', 'sourceId', 'release', 'value')
    .rename({ sourceId: 'rateSource', release: 'rateRelease', value: 'sameCount' })
    .dedupe('areaCode', 'year', 'rateSource', 'rateRelease')
  const joined = latestCounts
    .select('countIndex', 'areaCode', 'year')
    .join_left(latestRates, [AREA_YEAR, AREA_YEAR])
    .join_left(countsByPublication, [PUBLICATION_KEYS, PUBLICATION_KEYS])
  return joined.orderby('areaCode', 'year').objects() as Joined[]
}

/** A table of observations with each one's position in `all` (observations are matched by identity). */
function indexed(all: readonly Observation[], subset: readonly Observation[]) {
  const position = new Map(all.map((o, i) => [o, i]))
  // Built from columns, so that an empty subset still has them for the joins.
  return aq.table({
    index: subset.map((o) => position.get(o) ?? -1),
    areaCode: subset.map((o) => o.areaCode),
    year: subset.map((o) => o.year),
    sourceId: subset.map((o) => o.sourceId),
    release: subset.map((o) => o.release),
    value: subset.map((o) => o.value),
  })
}
