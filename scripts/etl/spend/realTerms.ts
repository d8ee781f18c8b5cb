import type { Deflator } from '../../../src/schema/deflators'
import { toRealTerms } from '../deflators/financialYearIndex'
import type { Observation } from '../types'
import { cashIndicatorId, PER_CHILD_PARTS, perChildIndicatorId } from './categories'

/** The winning observation per "areaCode|year" of one indicator (see pickLatestPublications). */
export type Winners = ReadonlyMap<string, Observation>

export interface PopulationLookup {
  denominatorFor(areaCode: string, reportingYear: number): { value: number; sourceId: string } | undefined
}

/** Counts of per-child figures left null, by reason, for the report. */
export type GapCounts = Record<string, number>

/** A figure derived from `base`: a null keeps the given flag (else 'x'); a value keeps only an 'incomplete' flag. */
function derived(base: Observation, indicatorId: string, value: number | null, flag: Observation['flag']): Observation {
  const valueFlag = flag === 'incomplete' ? flag : null
  return { ...base, indicatorId, value, flag: value === null ? (flag ?? 'x') : valueFlag, provenance: 'computed' }
}

/**
 * Real-terms spend per child 0-17: cash ÷ the 0-17 population DfE uses for the year (mid-(N-1) ONS estimate) ×
 * 100 ÷ the deflator's index for the year (base year = 100), rounded to whole pounds. A year the deflator or the
 * population does not reach stays null with flag 'x' (never extrapolated); a null cash figure keeps its flag.
 */
export function buildPerChildObservations(
  cashByIndicator: ReadonlyMap<string, Winners>,
  population: PopulationLookup,
  deflator: Pick<Deflator, 'years' | 'index'>,
  gaps: GapCounts,
): Observation[] {
  const out: Observation[] = []
  const countGap = (reason: string) => (gaps[reason] = (gaps[reason] ?? 0) + 1)
  for (const part of PER_CHILD_PARTS) {
    const id = perChildIndicatorId(part)
    for (const cash of cashByIndicator.get(cashIndicatorId(part))?.values() ?? []) {
      if (cash.value === null) {
        out.push(derived(cash, id, null, cash.flag))
        continue
      }
      const children = population.denominatorFor(cash.areaCode, cash.year)
      if (!children || children.value <= 0) {
        countGap('no 0-17 population for the area and year')
        out.push(derived(cash, id, null, 'x'))
        continue
      }
      const real = toRealTerms(cash.value / children.value, cash.year, deflator)
      if (real === undefined) {
        countGap('deflator does not reach the year')
        out.push(derived(cash, id, null, 'x'))
        continue
      }
      out.push(derived(cash, id, Math.round(real), cash.flag))
    }
  }
  return out
}

/** Children looked after spend as % of the children and young people's services total, 1 decimal place. */
export function buildClaShareObservations(cashByIndicator: ReadonlyMap<string, Winners>): Observation[] {
  const cla = cashByIndicator.get(cashIndicatorId('cla')) ?? new Map<string, Observation>()
  const cyp = cashByIndicator.get(cashIndicatorId('cyp')) ?? new Map<string, Observation>()
  const out: Observation[] = []
  for (const [key, claObs] of cla) {
    const total = cyp.get(key)
    if (!total) continue
    const value =
      claObs.value === null || total.value === null || total.value <= 0
        ? null
        : Math.round((claObs.value / total.value) * 1000) / 10
    const flag =
      claObs.value === null
        ? claObs.flag
        : total.value === null
          ? total.flag
          : [claObs.flag, total.flag].includes('incomplete')
            ? 'incomplete'
            : 'x'
    // The newer of the two publications decides the source shown for the figure.
    const base = total.release > claObs.release ? total : claObs
    out.push(derived(base, 'spend_cla_share', value, flag))
  }
  return out
}
