import type { NeighbourhoodValues } from '../../schema/neighbourhoodVariables'
import { oneWayAnova, tukeyHsd } from '../../stats/anova'
import { pearson, spearman } from '../../stats/correlation'
import { englandPairs } from './analysisData'
import { buildDensity } from './buildDensity'

/**
 * England's 33,755 neighbourhoods paired on two variables: how many pairs, their density grid, Pearson's r and
 * Spearman's rho. Ranking and binning them takes long enough to hold up the page (tens to over a hundred
 * milliseconds), so it runs in the analysis worker.
 */
export function englandCorrelation(x: NeighbourhoodValues, y: NeighbourhoodValues) {
  const { xs, ys } = englandPairs(x, y)
  return { n: xs.length, density: buildDensity(xs, ys), r: pearson(xs, ys), rho: spearman(xs, ys) }
}

/**
 * A one-way analysis of variance across the authorities' neighbourhoods and Tukey's HSD for every pair (each pair's
 * p-value integrates the studentized range distribution, the slow part), or null when an authority has fewer than two
 * neighbourhoods with a figure.
 */
export function compareGroups(groups: readonly (readonly number[])[]) {
  if (groups.length < 2 || groups.some((g) => g.length < 2)) return null
  const anova = oneWayAnova(groups)
  return { anova, pairs: tukeyHsd(groups, anova) }
}

/** What the analysis worker can be asked to work out, by name. */
export const HEAVY_ANALYSES = { englandCorrelation, compareGroups }
export type HeavyAnalyses = typeof HEAVY_ANALYSES
export type HeavyAnalysisName = keyof HeavyAnalyses

export interface HeavyAnalysisRequest<N extends HeavyAnalysisName = HeavyAnalysisName> {
  id: number
  name: N
  args: Parameters<HeavyAnalyses[N]>
}

export type HeavyAnalysisResponse =
  { id: number; result: ReturnType<HeavyAnalyses[HeavyAnalysisName]> } | { id: number; error: string }
