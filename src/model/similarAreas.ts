import type { Area } from '../schema/areas'
import type { Series } from '../schema/series'
import { findSimilarAreas, standardise, type SimilarityProfile } from '../stats/similarity'
import { pickYearAtOrBefore, valueAt } from './series'

export const SIMILAR_COUNT = 10

/** One measure used for similarity and the year of it that was used. */
export interface SimilarityMeasure {
  indicatorId: string
  label: string
  year: number
}

export interface SimilarAuthority {
  areaCode: string
  distance: number
  /** Per measure (aligned with `measures`): standardised difference candidate − target, null if the measure was unused. */
  differences: (number | null)[]
  /** "Similar IMD score; somewhat larger child population…". */
  explanation: string
}

export interface SimilarityResult {
  measures: SimilarityMeasure[]
  /** Measures left out because the authority has no figure or nobody differs on them. */
  unusedMeasures: string[]
  similar: SimilarAuthority[]
}

/** Words for a standardised difference, so "why is this a neighbour" reads without statistics. */
export function describeDifference(sd: number, rawLabel: string): string {
  // "Child population 0-17" reads "lower child population 0-17"; acronyms (IMD, IDACI) keep their capitals.
  const label = /^[A-Z][a-z]/.test(rawLabel) ? `${rawLabel.charAt(0).toLowerCase()}${rawLabel.slice(1)}` : rawLabel
  const size = Math.abs(sd)
  if (size < 0.25) return `about the same ${label}`
  const direction = sd > 0 ? 'higher' : 'lower'
  if (size < 0.75) return `slightly ${direction} ${label}`
  if (size < 1.5) return `${direction} ${label}`
  return `much ${direction} ${label}`
}

/**
 * Computes the k authorities most like `areaCode` by standardised Euclidean distance over the chosen measures
 * (each measure's latest figure at or before `year`), among current authorities other than City of London and
 * Isles of Scilly, and explains each one in words, measure by measure.
 */
export function buildSimilarity(input: {
  areaCode: string
  areas: readonly Area[]
  measures: readonly { indicatorId: string; label: string; series: Series }[]
  year: number
  k?: number
}): SimilarityResult {
  const { areaCode } = input
  const pool = input.areas.filter((a) => a.status === 'current' && (!a.excludedFromAverages || a.code === areaCode))
  const measures: SimilarityMeasure[] = []
  const columns: Series[] = []
  const columnYears: number[] = []
  for (const m of input.measures) {
    const y = pickYearAtOrBefore(m.series.years, input.year)
    if (y === null) continue
    measures.push({ indicatorId: m.indicatorId, label: m.label, year: y })
    columns.push(m.series)
    columnYears.push(y)
  }
  const profiles: SimilarityProfile[] = pool.map((a) => ({
    areaCode: a.code,
    values: columns.map((s, i) => valueAt(s, a.code, columnYears[i] ?? 0).value),
  }))
  const target = profiles.find((p) => p.areaCode === areaCode)
  if (!target) return { measures, unusedMeasures: measures.map((m) => m.label), similar: [] }
  // findSimilarAreas measures only over indicators the target has and that vary; mirror that to align differences.
  const scales = standardise(profiles, measures.length)
  const used = measures.map((_, i) => typeof target.values[i] === 'number' && (scales[i]?.sd ?? 0) > 0)
  const similar = findSimilarAreas(areaCode, profiles, input.k ?? SIMILAR_COUNT).map((s): SimilarAuthority => {
    const queue = [...s.standardisedDifferences]
    const differences = used.map((u) => (u ? (queue.shift() ?? null) : null))
    const words = differences.flatMap((d, i) => (d === null ? [] : [describeDifference(d, measures[i]?.label ?? '')]))
    const text = words.join('; ')
    return {
      areaCode: s.areaCode,
      distance: s.distance,
      differences,
      explanation: text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : '',
    }
  })
  return {
    measures,
    unusedMeasures: measures.filter((_, i) => !used[i]).map((m) => m.label),
    similar,
  }
}
