import { lifetimeLine, pickYearAtOrBefore, yearsWithFigures } from '../../model/series'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { clusterMeans, cutTree, leafOrder, wardClustering, type Merge } from '../../stats/hierarchicalClustering'
import { leastSquaresSlope } from '../../stats/ols'
import { standardiseComplete, type Scale } from '../../stats/zScores'

/** What each authority is described by: its figure in one year, or its average change per year over a range. */
export type ClusterBasis = { kind: 'levels'; year: number } | { kind: 'change'; from: number; to: number }

/** A chosen indicator as the clustering uses it. */
export interface ClusterVariable {
  indicator: Indicator
  /** Levels: the year of the figures used (the latest at or before the chosen year). Change: the years in the range. */
  years: number[]
  /** Mean and standard deviation over the authorities clustered, in the indicator's units (per year for change). */
  scale: Scale
}

export interface ClusterGroup {
  /** 1…k, left to right along the dendrogram. */
  number: number
  /** Member codes, in dendrogram order. */
  members: string[]
  /** Mean z-score on each variable (same order as `variables`). */
  meanZ: number[]
  /** Mean of the members' figures on each variable, in original units (unweighted: each authority counts once). */
  meanValue: number[]
}

export interface ClusterAnalysis {
  basis: ClusterBasis
  variables: ClusterVariable[]
  /** Chosen indicators not used, and why. */
  unusedIndicators: { indicator: Indicator; reason: string }[]
  /** Authorities clustered, in the input order the tree was built from. */
  codes: string[]
  /** Figures (levels, or change per year) and z-scores, row by row as `codes`, column by column as `variables`. */
  values: number[][]
  z: number[][]
  merges: Merge[]
  /** Point indices in dendrogram order. */
  order: number[]
  /** Each point's cluster, 0…k−1. */
  clusterOf: number[]
  clusters: ClusterGroup[]
  /** Authorities left out for lacking a figure on a used indicator, with the indicators they lack. */
  leftOut: { code: string; missing: string[] }[]
  /** City of London and Isles of Scilly, left out by design. */
  excluded: string[]
}

/** Fewest authorities worth clustering (and the most clusters is one fewer). */
export const MIN_CLUSTERED = 3

/**
 * Clusters the current authorities on the chosen indicators: each authority's figure in the chosen year (levels) or
 * the least-squares slope of its figures over the chosen years (change per year; at least two figures needed),
 * standardised to z-scores, joined by Ward's hierarchical clustering and cut into k clusters. Authorities are taken
 * in code order so the same choices always give the same tree. Figures from years an authority did not exist are not
 * used. Returns null when fewer than MIN_CLUSTERED authorities or no usable indicator remain.
 */
export function buildClusters(input: {
  areas: readonly Area[]
  indicators: readonly Indicator[]
  seriesById: ReadonlyMap<string, Series>
  basis: ClusterBasis
  k: number
}): ClusterAnalysis | null {
  const { basis } = input
  const candidates = input.areas
    .filter((a) => a.status === 'current')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const excluded = candidates.filter((a) => a.excludedFromAverages).map((a) => a.code)
  const areas = candidates.filter((a) => !a.excludedFromAverages)

  const unusedIndicators: ClusterAnalysis['unusedIndicators'] = []
  const measured: { indicator: Indicator; years: number[]; figures: (number | null)[] }[] = []
  for (const indicator of input.indicators) {
    const series = input.seriesById.get(indicator.id)
    const withFigures = series ? yearsWithFigures(series) : []
    const years =
      basis.kind === 'levels'
        ? [pickYearAtOrBefore(withFigures, basis.year)].filter((y): y is number => y !== null && y <= basis.year)
        : withFigures.filter((y) => y >= basis.from && y <= basis.to)
    if (!series || years.length < (basis.kind === 'levels' ? 1 : 2)) {
      unusedIndicators.push({
        indicator,
        reason:
          basis.kind === 'levels'
            ? `no figures for ${basis.year} or before`
            : `fewer than two years of figures from ${basis.from} to ${basis.to}`,
      })
      continue
    }
    const figures = areas.map((area) => {
      const line = lifetimeLine(series, area, indicator.yearType).values
      const points = years.flatMap((year) => {
        const value = line[series.years.indexOf(year)]
        return typeof value === 'number' ? [{ x: year, y: value }] : []
      })
      if (basis.kind === 'levels') return points[0]?.y ?? null
      return leastSquaresSlope(points)
    })
    measured.push({ indicator, years, figures })
  }
  if (measured.length === 0) return null

  const standardised = standardiseComplete(
    areas.map((a, i) => ({ id: a.code, values: measured.map((m) => m.figures[i] ?? null) })),
    measured.length,
  )
  for (const j of standardised.constant) {
    const m = measured[j]
    if (m) unusedIndicators.push({ indicator: m.indicator, reason: 'every authority has the same figure' })
  }
  const kept = standardised.kept.map((j) => measured[j] as (typeof measured)[number])
  const leftOut = standardised.incomplete.map((code) => {
    const i = areas.findIndex((a) => a.code === code)
    return { code, missing: measured.filter((m) => m.figures[i] === null).map((m) => m.indicator.shortLabel) }
  })
  const n = standardised.ids.length
  if (kept.length === 0 || n < MIN_CLUSTERED) return null

  const rowOf = new Map(areas.map((a, i) => [a.code, i]))
  const values = standardised.ids.map((code) => kept.map((m) => m.figures[rowOf.get(code) as number] as number))
  const merges = wardClustering(standardised.z)
  const order = leafOrder(merges, n)
  const k = Math.min(Math.max(2, Math.round(input.k)), n - 1)
  const clusterOf = cutTree(merges, n, k)
  const meanZ = clusterMeans(standardised.z, clusterOf, k)
  const meanValue = clusterMeans(values, clusterOf, k)
  return {
    basis,
    variables: kept.map((m, c) => ({
      indicator: m.indicator,
      years: m.years,
      scale: standardised.scales[standardised.kept[c] as number] as Scale,
    })),
    unusedIndicators,
    codes: standardised.ids,
    values,
    z: standardised.z,
    merges,
    order,
    clusterOf,
    clusters: Array.from({ length: k }, (_, c) => ({
      number: c + 1,
      members: order.filter((p) => clusterOf[p] === c).map((p) => standardised.ids[p] as string),
      meanZ: meanZ[c] as number[],
      meanValue: meanValue[c] as number[],
    })),
    leftOut,
    excluded,
  }
}
