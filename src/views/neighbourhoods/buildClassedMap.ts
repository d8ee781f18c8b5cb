import { interpolateViridis } from 'd3'
import { formatNumber } from '../../charts/shared/format'
import type { LegendItem } from '../../map/MapLegend'
import type { NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import { classOf, quantileClasses } from '../../stats/quantileClasses'
import type { NeighbourhoodRow } from './analysisData'

/**
 * k viridis colours, light (lowest class) to dark (highest): perceptually even and ordered for the common
 * colour-vision deficiencies and in greyscale. Sampled from 0.95 down to 0.05 so the lightest is not the palest yellow
 * and the darkest not near-black.
 */
export function sequentialPalette(k: number): string[] {
  return Array.from({ length: k }, (_, i) => interpolateViridis(0.95 - (0.9 * i) / Math.max(1, k - 1)))
}

/** A quantile map's classes: each neighbourhood's fill and the legend with the range and count of each class. */
export interface ClassedMap {
  fillOf: Map<string, string>
  classOfCode: Map<string, number>
  legend: LegendItem[]
  /** Neighbourhoods with no figure. */
  missing: number
}

/**
 * Splits the variable's values over the neighbourhoods shown into k quantile classes (3-10), computed over those
 * neighbourhoods only, and colours each. The legend gives each class's range and count; a class left empty by ties
 * says so with its count of 0.
 */
export function buildClassedMap(
  rows: readonly NeighbourhoodRow[],
  variable: NeighbourhoodVariable,
  k: number,
): ClassedMap | null {
  const present = rows.filter((r) => r.values[variable.id] != null)
  const classes = quantileClasses(
    present.map((r) => r.values[variable.id] ?? 0),
    k,
  )
  if (!classes) return null
  const palette = sequentialPalette(k)
  const fillOf = new Map<string, string>()
  const classOfCode = new Map<string, number>()
  for (const r of present) {
    const c = classOf(r.values[variable.id] ?? 0, classes.breaks)
    classOfCode.set(r.code, c)
    fillOf.set(r.code, palette[c] ?? '')
  }
  const fmt = (v: number) => formatNumber(v, variable.decimals)
  const legend = classes.breaks.map((upper, i) => {
    const lower = i === 0 ? classes.min : (classes.breaks[i - 1] ?? classes.min)
    const label = i === 0 ? `${fmt(lower)} to ${fmt(upper)}` : `above ${fmt(lower)} to ${fmt(upper)}`
    return { fill: palette[i] ?? '', label, count: classes.counts[i] ?? 0 }
  })
  return { fillOf, classOfCode, legend, missing: rows.length - present.length }
}
