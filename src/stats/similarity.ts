/** One authority's values on the indicators similarity is measured over (null = missing). */
export interface SimilarityProfile {
  areaCode: string
  values: readonly (number | null)[]
}

export interface SimilarArea {
  areaCode: string
  distance: number
  /** Per indicator: the difference in standard deviations (candidate − target), explaining the distance. */
  standardisedDifferences: number[]
}

/** Mean and (population) standard deviation of each indicator across the profiles that have it. */
export function standardise(
  profiles: readonly SimilarityProfile[],
  indicatorCount: number,
): { mean: number; sd: number }[] {
  return Array.from({ length: indicatorCount }, (_, i) => {
    const values = profiles.map((p) => p.values[i]).filter((v): v is number => typeof v === 'number')
    const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1)
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length || 1))
    return { mean, sd }
  })
}

/**
 * The k authorities nearest to the target by standardised Euclidean distance: each indicator is turned into z-scores
 * across all profiles so that no unit dominates. Candidates missing any indicator the target has are left out.
 */
export function findSimilarAreas(target: string, profiles: readonly SimilarityProfile[], k: number): SimilarArea[] {
  const targetProfile = profiles.find((p) => p.areaCode === target)
  if (!targetProfile) return []
  const count = targetProfile.values.length
  const scales = standardise(profiles, count)
  const usable = targetProfile.values.map((v, i) => typeof v === 'number' && (scales[i]?.sd ?? 0) > 0)
  const candidates: SimilarArea[] = []
  for (const profile of profiles) {
    if (profile.areaCode === target) continue
    const differences: number[] = []
    let missing = false
    for (let i = 0; i < count; i++) {
      if (!usable[i]) continue
      const a = targetProfile.values[i]
      const b = profile.values[i]
      if (typeof b !== 'number' || typeof a !== 'number') {
        missing = true
        break
      }
      differences.push((b - a) / (scales[i]?.sd ?? 1))
    }
    if (missing || differences.length === 0) continue
    candidates.push({
      areaCode: profile.areaCode,
      distance: Math.sqrt(differences.reduce((s, d) => s + d * d, 0)),
      standardisedDifferences: differences,
    })
  }
  return candidates.sort((a, b) => a.distance - b.distance || a.areaCode.localeCompare(b.areaCode)).slice(0, k)
}

/** How many of the computed set are also in another list (e.g. DfE's statistical neighbours). */
export function countOverlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b)
  return a.filter((code) => set.has(code)).length
}
