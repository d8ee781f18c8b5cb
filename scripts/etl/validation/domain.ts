import type { Indicator } from '../../../src/schema/indicators'
import { SourceError } from '../../lib/sourceError'
import type { Observation } from '../types'
import { describeObservation } from './describe'

/** What a figure of each unit can be. Scores (IMD domain scores include negative z-scores) are only finite. */
export interface Domain {
  min?: number
  /** The smallest value is excluded (populations). */
  minExclusive?: boolean
  max?: number
  integer?: boolean
  /** Said in the error message. */
  statement: string
}

export const POPULATION_INDICATORS: ReadonlySet<string> = new Set(['child_population'])

/** The domain of an indicator's figures, from its unit (and, for populations, its id). */
export function domainOf(indicator: Pick<Indicator, 'id' | 'unit'>): Domain {
  if (POPULATION_INDICATORS.has(indicator.id))
    return { min: 0, minExclusive: true, integer: true, statement: 'a population is a positive whole number' }
  switch (indicator.unit) {
    case 'count':
      return { min: 0, integer: true, statement: 'a count is a whole number, 0 or more' }
    case 'rate per 10,000':
      return { min: 0, max: 10_000, statement: 'a rate per 10,000 is between 0 and 10,000' }
    case 'rate per 100,000':
      return { min: 0, max: 100_000, statement: 'a rate per 100,000 is between 0 and 100,000' }
    case 'number':
      return { min: 0, statement: 'a number (such as full-time equivalents) is 0 or more' }
    case '%':
      return { min: 0, max: 100, statement: 'a percentage is between 0 and 100' }
    case 'rank':
      return { min: 1, integer: true, statement: 'a rank is a whole number, 1 or more' }
    case '£':
    case 'score':
      return { statement: `a ${indicator.unit === '£' ? 'sum of money' : 'score'} is a finite number` }
  }
}

export function isInDomain(value: number, domain: Domain): boolean {
  if (!Number.isFinite(value)) return false
  if (domain.integer && !Number.isInteger(value)) return false
  if (domain.min !== undefined && (domain.minExclusive ? value <= domain.min : value < domain.min)) return false
  return domain.max === undefined || value <= domain.max
}

/**
 * Stops the build at the first figure outside its indicator's domain (a count of -1804 or 1804.5, a rate of 1e9, a
 * population of 0), naming the file, row and column it was read from where the source recorded them.
 */
export function checkDomains(observations: readonly Observation[], indicators: readonly Indicator[]): void {
  const domains = new Map(indicators.map((i) => [i.id, domainOf(i)]))
  for (const obs of observations) {
    const domain = domains.get(obs.indicatorId)
    if (obs.value === null || !domain || isInDomain(obs.value, domain)) continue
    throw new SourceError(
      obs.origin ?? { file: `source ${obs.sourceId}` },
      `${describeObservation(obs)} is ${obs.value}, which is impossible: ${domain.statement}`,
    )
  }
}
