import type { AreaGeometry, PolygonTopology } from './topology'

/** A merged area as TopoJSON arc references: polygons, each an exterior ring then its holes. */
export type MergedArcs = number[][][]

/** Absolute grid positions of every arc of a quantised topology. */
export function decodeArcs(topology: PolygonTopology<unknown>): [number, number][][] {
  return topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)] as [number, number])
  })
}

function ringsOf(geometry: AreaGeometry<unknown>): number[][] {
  return geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat()
}

/** Twice the signed area of a ring given as arc references (shoelace over the decoded points). */
function twiceRingArea(ring: readonly number[], points: readonly [number, number][][]): number {
  let sum = 0
  for (const index of ring) {
    const arc = points[index < 0 ? ~index : index] ?? []
    // Reversing an arc negates its shoelace contribution.
    let part = 0
    for (let i = 1; i < arc.length; i++) {
      const [ax, ay] = arc[i - 1] ?? [0, 0]
      const [bx, by] = arc[i] ?? [0, 0]
      part += ax * by - bx * ay
    }
    sum += index < 0 ? -part : part
  }
  return sum
}

/** Twice the signed area of a geometry (exterior rings and holes carry opposite signs). */
export function twiceGeometryArea(geometry: AreaGeometry<unknown>, points: readonly [number, number][][]): number {
  return ringsOf(geometry).reduce((sum, ring) => sum + twiceRingArea(ring, points), 0)
}

function ringPoints(ring: readonly number[], points: readonly [number, number][][]): [number, number][] {
  const out: [number, number][] = []
  for (const index of ring) {
    const arc = points[index < 0 ? ~index : index] ?? []
    const directed = index < 0 ? [...arc].reverse() : arc
    out.push(...(out.length ? directed.slice(1) : directed))
  }
  return out
}

/** Ray casting: is the point strictly inside the ring (points on the boundary count as outside)? */
function isInside([x, y]: [number, number], ring: readonly [number, number][]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0]
    const [xj, yj] = ring[j] ?? [0, 0]
    if (xi === x && yi === y) return false
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/**
 * The union of some districts as arc references into the same (quantised) topology, so neighbouring unions share
 * arcs exactly: no gaps, no slivers. This is topojson-client's mergeArcs idea with one change: an arc is an outer edge
 * when the districts use it a net non-zero number of times counting direction, not when one polygon uses it. The
 * 2013 district file has quantisation glitches (rings that run out and back along an arc, arcs traced twice) on
 * which mergeArcs drops outer edges or turns a county's own lobes into holes (Oxfordshire, Leicestershire, Dorset);
 * counting by direction cancels the glitches, and the result's area equals the districts' summed area exactly.
 */
export function mergeDistricts(
  topology: PolygonTopology<unknown>,
  districts: readonly AreaGeometry<unknown>[],
  points: readonly [number, number][][] = decodeArcs(topology),
): MergedArcs {
  const net = new Map<number, number>()
  for (const district of districts)
    for (const ring of ringsOf(district))
      for (const index of ring) {
        const arc = index < 0 ? ~index : index
        net.set(arc, (net.get(arc) ?? 0) + (index < 0 ? -1 : 1))
      }

  // Directed outer edges, |net| copies each, indexed by the grid point they start from.
  const key = (p: [number, number] | undefined) => (p ? `${p[0]},${p[1]}` : '')
  const startPoint = (index: number) => {
    const arc = points[index < 0 ? ~index : index] ?? []
    return key(index < 0 ? arc[arc.length - 1] : arc[0])
  }
  const endPoint = (index: number) => startPoint(~index)
  const outgoing = new Map<string, number[]>()
  const edges: number[] = []
  for (const [arc, count] of [...net.entries()].sort((a, b) => a[0] - b[0]))
    for (let i = 0; i < Math.abs(count); i++) edges.push(count > 0 ? arc : ~arc)
  for (const edge of edges) outgoing.set(startPoint(edge), [...(outgoing.get(startPoint(edge)) ?? []), edge])

  // Walk the edges into closed rings. At a point where the outline touches itself a ring closes early, giving one
  // ring per lobe; the signed areas below tell lobes (exteriors) from holes.
  const rings: number[][] = []
  for (const first of edges) {
    const fromFirst = outgoing.get(startPoint(first)) ?? []
    if (!fromFirst.includes(first)) continue // already used
    const ring: number[] = []
    let edge: number | undefined = first
    const origin = startPoint(first)
    while (edge !== undefined) {
      const list = outgoing.get(startPoint(edge)) ?? []
      list.splice(list.indexOf(edge), 1)
      ring.push(edge)
      const end = endPoint(edge)
      if (end === origin) break
      edge = outgoing.get(end)?.[0]
      if (edge === undefined) throw new Error(`merged outline does not close at grid point ${end}`)
    }
    rings.push(ring)
  }

  const total = districts.reduce((sum, d) => sum + twiceGeometryArea(d, points), 0)
  const withArea = rings.map((ring) => ({ ring, area: twiceRingArea(ring, points) })).filter((r) => r.area !== 0)
  // Exteriors wind the way the districts' total does; holes the other way.
  const exteriors = withArea.filter((r) => Math.sign(r.area) === Math.sign(total))
  const holes = withArea.filter((r) => Math.sign(r.area) !== Math.sign(total))
  const polygons = exteriors
    .sort((a, b) => Math.abs(b.area) - Math.abs(a.area))
    .map((r) => ({ ...r, outline: ringPoints(r.ring, points), holes: [] as number[][] }))
  for (const hole of holes) {
    const holePoints = ringPoints(hole.ring, points)
    // The smallest exterior strictly containing one of the hole's points holds it.
    const container = [...polygons].reverse().find((p) => holePoints.some((point) => isInside(point, p.outline)))
    if (!container) throw new Error('a hole of the merged outline lies in no exterior ring')
    container.holes.push(hole.ring)
  }
  const merged = polygons.map((p) => [p.ring, ...p.holes])
  const mergedArea = withArea.reduce((sum, r) => sum + r.area, 0)
  if (mergedArea !== total) throw new Error(`merged area ${mergedArea / 2} differs from the districts' ${total / 2}`)
  return merged
}
