import { AREA_COLOURS } from '../../charts/shared/palette'

/**
 * A colour per cluster, 1 to 10: the Okabe-Ito hues the trend lines use, then four darker ones from Paul Tol's muted
 * scheme, all at least 3:1 against white. Past six, colour alone cannot be told apart by everyone, so the clusters'
 * numbers are always printed beside their colour (the strip under the dendrogram, the legend, every table).
 */
const CLUSTER_COLOURS = [...AREA_COLOURS.slice(0, 6), '#332288', '#882255', '#6b6b00', '#1f6f80'] as const
/** Links above the cut join clusters, so they belong to none. */
export const JOINING_COLOUR = '#6f777b'

export function clusterColour(cluster: number): string {
  return CLUSTER_COLOURS[cluster % CLUSTER_COLOURS.length] ?? JOINING_COLOUR
}
