import type { Merge } from '../../stats/hierarchicalClustering'

/** A merge drawn as a bracket: up from each child to the merge's height, and across between them. */
export interface DendrogramLink {
  /** Elbow path from the left child up, across and down to the right child. */
  path: string
  /** The cluster (0-based) both children belong to, or null for a link above the cut, which joins clusters. */
  cluster: number | null
}

/** Where each point's leaf is drawn and the brackets joining them, in a plot `width` wide with heights on `y`. */
export function layoutDendrogram(input: {
  merges: readonly Merge[]
  order: readonly number[]
  clusterOf: readonly number[]
  k: number
  left: number
  width: number
  bottom: number
  y: (height: number) => number
}): { leafX: number[]; links: DendrogramLink[] } {
  const { merges, order, clusterOf, k, left, width, bottom, y } = input
  const n = order.length
  const step = width / Math.max(1, n)
  const leafX = new Array<number>(n).fill(0)
  order.forEach((point, i) => (leafX[point] = left + (i + 0.5) * step))
  const x = [...leafX]
  const top = Array.from({ length: n }, () => bottom)
  const links = merges.map((m, i) => {
    const [xl, xr] = [x[m.left] ?? 0, x[m.right] ?? 0]
    const [yl, yr] = [top[m.left] ?? bottom, top[m.right] ?? bottom]
    const ym = y(m.height)
    x.push((xl + xr) / 2)
    top.push(ym)
    // The first n − k merges are kept by the cut; a kept merge lies inside one cluster, named by any of its leaves.
    const kept = i < n - k
    const firstLeaf = leafOf(merges, n, m.left)
    return {
      path: `M${round(xl)},${round(yl)}V${round(ym)}H${round(xr)}V${round(yr)}`,
      cluster: kept ? (clusterOf[firstLeaf] ?? null) : null,
    }
  })
  return { leafX, links }
}

/** Any one point under a node (its leftmost). */
function leafOf(merges: readonly Merge[], n: number, node: number): number {
  let id = node
  while (id >= n) id = (merges[id - n] as Merge).left
  return id
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}
