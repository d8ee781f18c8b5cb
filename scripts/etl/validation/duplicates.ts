import { formatLocation, SourceError } from '../../lib/sourceError'
import type { Observation } from '../types'
import { describeObservation } from './describe'

/** Identical figures a publication repeats (e.g. the same row in two tables of one file), reported in the summary. */
export interface RepeatedFigure {
  description: string
  file: string
  times: number
}

/**
 * Finds two figures for the same indicator, area and year read from one file. Different values stop the build
 * naming both rows (otherwise the last would silently win); identical ones are returned to be reported.
 */
export function checkDuplicates(observations: readonly Observation[]): RepeatedFigure[] {
  const seen = new Map<string, { first: Observation; times: number }>()
  for (const obs of observations) {
    if (!obs.origin) continue
    const key = `${obs.origin.file}|${obs.indicatorId}|${obs.areaCode}|${obs.year}`
    const entry = seen.get(key)
    if (!entry) {
      seen.set(key, { first: obs, times: 1 })
      continue
    }
    if (entry.first.value !== obs.value || entry.first.flag !== obs.flag) {
      throw new SourceError(
        obs.origin,
        `${describeObservation(obs)} appears twice in this file with different figures: ${show(entry.first)} at ${formatLocation(entry.first.origin ?? obs.origin)}, and ${show(obs)} here`,
      )
    }
    entry.times++
  }
  return [...seen.values()]
    .filter((e) => e.times > 1)
    .map((e) => ({ description: describeObservation(e.first), file: e.first.origin?.file ?? '', times: e.times }))
}

function show(obs: Observation): string {
  return obs.value === null ? `flag "${obs.flag ?? ''}"` : String(obs.value)
}
