import { describe, expect, it } from 'vitest'
import {
  clusterMeans,
  cutHeight,
  cutTree,
  euclideanDistances,
  leafOrder,
  wardClustering,
} from './hierarchicalClustering'

// Hand-worked example on one variable: a = 0, b = 1, c = 5, d = 6, e = 12.
// Ward's d²(A, B) = 2·nA·nB/(nA + nB)·(centroid difference)², height = √d².
//   1. a+b: d² = 1 (tied with c+d; the pair with the lower points goes first), height 1.
//   2. c+d: d² = 1, height 1. (Lance–Williams check: d²(ab, c) = [2·25 + 2·16 − 1·1] / 3 = 27 = 2·2·1/3·4.5².)
//   3. ab+cd: centroids 0.5 and 5.5, d² = 2·2·2/4·25 = 50, height √50 = 7.071068 (cd+e would be 4/3·6.5² = 56.33).
//   4. abcd+e: centroids 3 and 12, d² = 2·4·1/5·81 = 129.6, height √129.6 = 11.384200.
const LINE = [[0], [1], [5], [6], [12]]

describe('euclideanDistances', () => {
  it('is the straight-line distance between every pair', () => {
    const d = euclideanDistances([
      [0, 0],
      [3, 4],
      [6, 8],
    ])
    expect(d).toEqual([
      [0, 5, 10],
      [5, 0, 5],
      [10, 5, 0],
    ])
  })
})

describe('wardClustering', () => {
  it('merges in the hand-worked order at the hand-worked heights', () => {
    const merges = wardClustering(LINE)
    expect(merges.map(({ left, right, size }) => [left, right, size])).toEqual([
      [0, 1, 2],
      [2, 3, 2],
      [5, 6, 4],
      [7, 4, 5],
    ])
    const heights = merges.map((m) => m.height)
    expect(heights[0]).toBeCloseTo(1, 12)
    expect(heights[1]).toBeCloseTo(1, 12)
    expect(heights[2]).toBeCloseTo(Math.sqrt(50), 12)
    expect(heights[3]).toBeCloseTo(Math.sqrt(129.6), 12)
  })

  it('gives each merge height as √(2 × the rise in the within-cluster sum of squares), in two dimensions too', () => {
    // A square of side 2 at the origin and one point far off: (0,0), (2,0), (0,2), (2,2), (10,0).
    // The four corners pair up at distance 2 (height 2); the pairs, centroids 2 apart, merge at √(2·2·2/4·4) = √8;
    // the square (centroid (1,1)) and the far point at √(2·4·1/5·(81 + 1)) = √131.2.
    const points = [
      [0, 0],
      [2, 0],
      [0, 2],
      [2, 2],
      [10, 0],
    ]
    const merges = wardClustering(points)
    expect(merges.map((m) => m.height)).toEqual(
      [2, 2, Math.sqrt(8), Math.sqrt(131.2)].map((h) => expect.closeTo(h, 12)),
    )
    expect(merges.at(-1)).toMatchObject({ right: 4, size: 5 })
    // The same height from sums of squares: the last merge's height is √(2 × (SSE of all five − SSE of the square)).
    const sse = (ps: number[][]) => {
      const cx = ps.reduce((s, p) => s + (p[0] ?? 0), 0) / ps.length
      const cy = ps.reduce((s, p) => s + (p[1] ?? 0), 0) / ps.length
      return ps.reduce((s, p) => s + ((p[0] ?? 0) - cx) ** 2 + ((p[1] ?? 0) - cy) ** 2, 0)
    }
    const rise = sse(points) - sse(points.slice(0, 4))
    expect(merges.at(-1)?.height).toBeCloseTo(Math.sqrt(2 * rise), 12)
  })

  it('has heights that never fall, and n − 1 merges', () => {
    const points = Array.from({ length: 30 }, (_, i) => [Math.sin(i * 1.7) * 5, Math.cos(i * 0.9) * 3 + i / 10])
    const merges = wardClustering(points)
    expect(merges).toHaveLength(29)
    for (let i = 1; i < merges.length; i++)
      expect(merges[i]?.height).toBeGreaterThanOrEqual((merges[i - 1]?.height ?? 0) - 1e-12)
    expect(merges.at(-1)?.size).toBe(30)
  })

  it('has nothing to merge for one point or none', () => {
    expect(wardClustering([[1]])).toEqual([])
    expect(wardClustering([])).toEqual([])
  })
})

describe('leafOrder', () => {
  it('draws each left subtree before its right', () => {
    expect(leafOrder(wardClustering(LINE), 5)).toEqual([0, 1, 2, 3, 4])
    // 3 and 0 are close, 1 and 2 are close: the pairs come out as (0 3) (1 2).
    expect(leafOrder(wardClustering([[0], [10], [11], [1]]), 4)).toEqual([0, 3, 1, 2])
    expect(leafOrder([], 1)).toEqual([0])
    expect(leafOrder([], 0)).toEqual([])
  })
})

describe('cutTree', () => {
  const merges = wardClustering(LINE)
  it('undoes the last k − 1 merges, numbering clusters left to right', () => {
    expect(cutTree(merges, 5, 1)).toEqual([0, 0, 0, 0, 0])
    expect(cutTree(merges, 5, 2)).toEqual([0, 0, 0, 0, 1])
    expect(cutTree(merges, 5, 3)).toEqual([0, 0, 1, 1, 2])
    expect(cutTree(merges, 5, 5)).toEqual([0, 1, 2, 3, 4])
  })

  it('numbers clusters in drawing order, not point order', () => {
    const tree = wardClustering([[0], [10], [11], [1]])
    expect(cutTree(tree, 4, 2)).toEqual([0, 1, 1, 0])
  })

  it('clamps k to 1…n', () => {
    expect(cutTree(merges, 5, 9)).toEqual([0, 1, 2, 3, 4])
    expect(cutTree(merges, 5, 0)).toEqual([0, 0, 0, 0, 0])
  })
})

describe('cutHeight', () => {
  it('is halfway between the last merge kept and the first undone', () => {
    const merges = wardClustering(LINE)
    expect(cutHeight(merges, 2)).toBeCloseTo((Math.sqrt(50) + Math.sqrt(129.6)) / 2, 12)
    expect(cutHeight(merges, 3)).toBeCloseTo((1 + Math.sqrt(50)) / 2, 12)
    expect(cutHeight(merges, 1)).toBeNull()
    expect(cutHeight(merges, 5)).toBeNull()
  })
})

describe('clusterMeans', () => {
  it('averages each column within each cluster', () => {
    expect(clusterMeans(LINE, [0, 0, 1, 1, 2], 3)).toEqual([[0.5], [5.5], [12]])
    expect(
      clusterMeans(
        [
          [1, 10],
          [3, 20],
          [5, 60],
        ],
        [1, 0, 1],
        2,
      ),
    ).toEqual([
      [3, 20],
      [3, 35],
    ])
  })
})
