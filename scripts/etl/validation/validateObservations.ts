import type { Indicator } from '../../../src/schema/indicators'
import type { Observation } from '../types'
import { checkDomains } from './domain'
import { checkDuplicates, type RepeatedFigure } from './duplicates'
import { checkPlausibility, type PlausibilityFinding } from './plausibility'

export interface ValidationReport {
  repeated: RepeatedFigure[]
  plausibility: PlausibilityFinding[]
}

/**
 * Checks every observation, whichever source and combine step produced it: a figure outside its indicator's domain
 * or two different figures for one indicator, area and year in one file stop the build (SourceError); identical
 * repeats and implausible figures are returned for the reconciliation summary and data:check.
 */
export function validateObservations(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
): ValidationReport {
  checkDomains(observations, indicators)
  const repeated = checkDuplicates(observations)
  return { repeated, plausibility: checkPlausibility(observations, indicators) }
}

/** The summary lines: counts first, then every finding (data:check lists them all too). */
export function formatValidationReport({ repeated, plausibility }: ValidationReport): string[] {
  const lines = [
    `- checks: every figure within its indicator's domain; ${repeated.length} figures repeated identically within one file; ${plausibility.length} plausibility findings`,
  ]
  for (const r of repeated)
    lines.push(`    repeated ${r.times} times with the same figure: ${r.description} in ${r.file}`)
  for (const f of plausibility)
    lines.push(`    plausibility: ${f.indicatorId} for ${f.areaCode} in ${f.year} ${f.message}`)
  return lines
}
