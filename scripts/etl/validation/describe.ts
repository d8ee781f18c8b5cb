import type { Observation } from '../types'

/** "cla_count for E08000016 in 2024 (computed by cla)": which figure a finding is about, for messages. */
export function describeObservation(
  obs: Pick<Observation, 'indicatorId' | 'areaCode' | 'year' | 'sourceId' | 'provenance'>,
): string {
  return `${obs.indicatorId} for ${obs.areaCode} in ${obs.year}${obs.provenance === 'computed' ? ` (computed by ${obs.sourceId})` : ''}`
}
