/**
 * One step of agglomerative clustering. Nodes 0…n−1 are the points; merge i creates node n + i.
 * `left` is the node whose lowest-numbered point comes first, so the tree (and its drawing) depends only on the
 * order of the points given.
 */
export interface Merge {
  left: number
  right: number
  /** Ward's distance between the two clusters merged (see wardClustering). */
  height: number
  /** Points in the merged cluster. */
  size: number
}

/** Euclidean distances between every pair of points (rows of equal length), as a symmetric matrix. */
export function euclideanDistances(points: readonly (readonly number[])[]): number[][] {
  return points.map((a) =>
    points.map((b) => {
      let sum = 0
      for (let j = 0; j < a.length; j++) sum += ((a[j] as number) - (b[j] as number)) ** 2
      return Math.sqrt(sum)
    }),
  )
}

/**
 * Agglomerative hierarchical clustering with Ward's minimum-variance linkage: at each step the two clusters whose
 * merging adds least to the total within-cluster sum of squares are merged. Distances between clusters are updated by
 * the Lance–Williams formula on squared Euclidean distances,
 *   d²(i∪j, k) = [(nᵢ + nₖ)·d²(i, k) + (nⱼ + nₖ)·d²(j, k) − nₖ·d²(i, j)] / (nᵢ + nⱼ + nₖ),
 * which keeps d²(A, B) = 2·nₐ·n_b / (nₐ + n_b) · ‖centroid A − centroid B‖², twice the increase in the sum of squares.
 * A merge's height is d(A, B), the square root, as R's `hclust(method = "ward.D2")` reports it: two single points
 * merge at their Euclidean distance. Ward's heights never decrease, so the tree can be cut at any height.
 * Ties go to the pair whose lowest-numbered points come first. O(n³), a few milliseconds for 153 authorities.
 */
export function wardClustering(points: readonly (readonly number[])[]): Merge[] {
  const n = points.length
  // Squared distances in one flat typed array (row i at i·n): the search below reads it n³/6 times.
  const d2 = new Float64Array(n * n)
  euclideanDistances(points).forEach((row, i) => row.forEach((d, j) => (d2[i * n + j] = d * d)))
  // Slot s holds the active cluster whose lowest-numbered point is s (the merged cluster takes the lower slot).
  const node = Array.from({ length: n }, (_, i) => i)
  const size = Array.from({ length: n }, () => 1)
  const active = Array.from({ length: n }, (_, i) => i)
  const merges: Merge[] = []
  while (active.length > 1) {
    let best = Infinity
    let bi = -1
    let bj = -1
    for (let x = 0; x < active.length; x++) {
      const a = active[x] as number
      for (let y = x + 1; y < active.length; y++) {
        const b = active[y] as number
        const d = d2[a * n + b] as number
        if (d < best) [best, bi, bj] = [d, a, b]
      }
    }
    const ni = size[bi] as number
    const nj = size[bj] as number
    for (const k of active) {
      if (k === bi || k === bj) continue
      const nk = size[k] as number
      const updated =
        ((ni + nk) * (d2[bi * n + k] as number) + (nj + nk) * (d2[bj * n + k] as number) - nk * best) / (ni + nj + nk)
      d2[bi * n + k] = updated
      d2[k * n + bi] = updated
    }
    merges.push({
      left: node[bi] as number,
      right: node[bj] as number,
      height: Math.sqrt(Math.max(0, best)),
      size: ni + nj,
    })
    node[bi] = n + merges.length - 1
    size[bi] = ni + nj
    active.splice(active.indexOf(bj), 1)
  }
  return merges
}

/** The points in the order a dendrogram draws them: each merge's left subtree before its right. */
export function leafOrder(merges: readonly Merge[], n: number): number[] {
  if (n === 0) return []
  const order: number[] = []
  const stack = [n + merges.length - 1]
  while (stack.length) {
    const id = stack.pop() as number
    if (id < n) {
      order.push(id)
      continue
    }
    const m = merges[id - n] as Merge
    stack.push(m.right, m.left)
  }
  return order
}

/**
 * Cuts the tree into k clusters by undoing its last k − 1 merges (the highest, since Ward's heights rise). Returns
 * each point's cluster, 0…k−1, numbered in the dendrogram's left-to-right order so colours and numbers follow the
 * drawing. k is clamped to 1…n.
 */
export function cutTree(merges: readonly Merge[], n: number, k: number): number[] {
  const clusters = Math.min(Math.max(1, Math.round(k)), n)
  const parent = Array.from({ length: n + merges.length }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number
    return x
  }
  merges.slice(0, n - clusters).forEach((m, i) => {
    parent[find(m.left)] = n + i
    parent[find(m.right)] = n + i
  })
  const numberOfRoot = new Map<number, number>()
  for (const point of leafOrder(merges, n)) {
    const root = find(point)
    if (!numberOfRoot.has(root)) numberOfRoot.set(root, numberOfRoot.size)
  }
  return Array.from({ length: n }, (_, point) => numberOfRoot.get(find(point)) as number)
}

/**
 * The height to draw the cut for k clusters at: halfway between the last merge kept and the first undone; null when
 * nothing is cut (k = 1) or every merge is undone (k = n).
 */
export function cutHeight(merges: readonly Merge[], k: number): number | null {
  const kept = merges[merges.length - k]
  const undone = merges[merges.length - k + 1]
  if (k < 2 || !kept || !undone) return null
  return (kept.height + undone.height) / 2
}

/** Each cluster's mean of each column of `rows` (rows in point order, `clusterOf` as cutTree gives it). */
export function clusterMeans(
  rows: readonly (readonly number[])[],
  clusterOf: readonly number[],
  k: number,
): number[][] {
  const columns = rows[0]?.length ?? 0
  const sums = Array.from({ length: k }, () => new Array<number>(columns).fill(0))
  const counts = new Array<number>(k).fill(0)
  rows.forEach((row, i) => {
    const c = clusterOf[i] as number
    counts[c] = (counts[c] as number) + 1
    row.forEach((v, j) => ((sums[c] as number[])[j] = ((sums[c] as number[])[j] as number) + v))
  })
  return sums.map((s, c) => s.map((v) => v / (counts[c] as number)))
}
