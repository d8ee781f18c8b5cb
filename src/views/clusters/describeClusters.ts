import { formatNumber, formatYear, unitHeading } from '../../charts/shared/format'
import type { ClusterBasis, ClusterGroup, ClusterVariable } from './buildClusters'

/** Below this many standard deviations from the mean a cluster is called "near average" on a measure. */
export const NEAR_AVERAGE_SD = 0.5
/** From this many standard deviations it is "well above" or "well below". */
export const WELL_AWAY_SD = 1

/** How far a cluster's mean z-score lies from the average of the authorities clustered, in words. */
export function describeZ(z: number): string {
  const size = Math.abs(z)
  if (size < NEAR_AVERAGE_SD) return 'near average'
  const side = z > 0 ? 'above' : 'below'
  return size >= WELL_AWAY_SD ? `well ${side} average` : `${side} average`
}

/** A z-score as the profile sentences print it: signed, one decimal, in standard deviations. */
export function formatSd(z: number): string {
  // Rounded half away from zero, so −0.75 and +0.75 print alike.
  const size = Math.round(Math.abs(z) * 10) / 10
  return `${size === 0 ? '±' : z > 0 ? '+' : '−'}${formatNumber(size, 1)} SD`
}

/** The years the clustering describes: "in 2025", or "from 2020 to 2025" for change per year. */
export function basisText(basis: ClusterBasis): string {
  return basis.kind === 'levels' ? `in ${basis.year}` : `from ${basis.from} to ${basis.to}`
}

/** What a variable measures, as a profile sentence names it. */
export function measureName(variable: ClusterVariable, basis: ClusterBasis): string {
  const label = variable.indicator.shortLabel
  return basis.kind === 'change' ? `change per year in ${lowerFirst(label)}` : lowerFirst(label)
}

/**
 * A cluster's profile in words: its size, then each measure from the most distinctive (largest mean z-score either
 * way) to the least, e.g. "Cluster 2 (14 authorities): children in need rate well above average (+1.3 SD), spending
 * per child near average (+0.1 SD)."
 */
export function describeCluster(cluster: ClusterGroup, variables: readonly ClusterVariable[], basis: ClusterBasis) {
  const parts = variables
    .map((v, j) => ({ name: measureName(v, basis), z: cluster.meanZ[j] ?? 0 }))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
    .map(({ name, z }) => `${name} ${describeZ(z)} (${formatSd(z)})`)
  const size = cluster.members.length
  return `Cluster ${cluster.number} (${size} ${size === 1 ? 'authority' : 'authorities'}): ${parts.join(', ')}.`
}

function lowerFirst(text: string): string {
  // Keep acronyms and names as they are ("IDACI score", "Ofsted"): only a capital followed by a lower-case letter.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** A figure with the indicator's decimals (one more for change per year, which is smaller), or "–". */
export function figureText(value: number | undefined, v: ClusterVariable, basis: ClusterBasis): string {
  if (value === undefined) return '–'
  if (basis.kind === 'levels') return formatNumber(value, v.indicator.decimals)
  const text = formatNumber(value, v.indicator.decimals + 1)
  return value > 0 ? `+${text}` : text
}

/** A table column's heading: the measure, its unit, and the year (levels) or "a year" (change). */
export function columnHeading(v: ClusterVariable, basis: ClusterBasis): string {
  const unit = unitHeading(v.indicator)
  if (basis.kind === 'change') return `${v.indicator.shortLabel}: change a year (${unit})`
  const year = v.years[0]
  return `${v.indicator.shortLabel} (${unit}), ${year === undefined ? '' : formatYear(year, v.indicator.yearType)}`
}
