import { quantize } from 'topojson-client'
import { filter, presimplify, simplify } from 'topojson-simplify'
import { z } from 'zod'
import { SourceError } from '../../lib/sourceError'

/** A polygon or multipolygon geometry of a TopoJSON topology, with typed properties. */
export type AreaGeometry<P> =
  | { type: 'Polygon'; arcs: number[][]; id?: string; properties: P }
  | { type: 'MultiPolygon'; arcs: number[][][]; id?: string; properties: P }

/** A topology whose objects are all collections of (multi)polygons: the only kind this ETL reads or writes. */
export interface PolygonTopology<P> {
  type: 'Topology'
  transform?: { scale: [number, number]; translate: [number, number] }
  bbox?: number[]
  arcs: number[][][]
  objects: Record<string, { type: 'GeometryCollection'; geometries: AreaGeometry<P>[] }>
}

const rawGeometrySchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  id: z.string(),
  arcs: z.array(z.array(z.unknown())),
  properties: z.record(z.string(), z.unknown()),
})

const rawTopologySchema = (objectName: string) =>
  z.object({
    type: z.literal('Topology'),
    transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.object({
      [objectName]: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(rawGeometrySchema) }),
    }),
  })

/**
 * Parses the text of a quantised TopoJSON file holding one collection of (multi)polygons named objectName, each with
 * a string id. Bad JSON or another layout stops the ETL, naming the file (as labelled by the caller) and what was wrong.
 */
export function parsePolygonTopology(
  text: string,
  file: string,
  objectName: string,
): PolygonTopology<Record<string, unknown>> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SourceError({ file }, `not valid JSON (${(error as Error).message})`)
  }
  const parsed = rawTopologySchema(objectName).safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new SourceError(
      { file },
      `not a TopoJSON polygon collection "${objectName}": ${issue?.path.join('.')} ${issue?.message}`,
    )
  }
  return parsed.data as unknown as PolygonTopology<Record<string, unknown>>
}

const METRES_PER_DEGREE_LATITUDE = 111_320

/**
 * Area in square metres of the triangle a vertex makes with its neighbours (Visvalingam's weight), for lon/lat
 * points: degrees are scaled to metres at the triangle's latitude, so one threshold means the same on the ground in
 * Cornwall and Northumberland (planar degrees² would not).
 */
export function metricTriangleArea(triangle: readonly (readonly number[])[]): number {
  const [a = [0, 0], b = [0, 0], c = [0, 0]] = triangle
  const latitude = (((a[1] ?? 0) + (b[1] ?? 0) + (c[1] ?? 0)) / 3) * (Math.PI / 180)
  const kx = METRES_PER_DEGREE_LATITUDE * Math.cos(latitude)
  const ky = METRES_PER_DEGREE_LATITUDE
  const [ax, ay, bx, by, cx, cy] = [
    (a[0] ?? 0) * kx,
    (a[1] ?? 0) * ky,
    (b[0] ?? 0) * kx,
    (b[1] ?? 0) * ky,
    (c[0] ?? 0) * kx,
    (c[1] ?? 0) * ky,
  ]
  return Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) / 2
}

/**
 * Visvalingam simplification that keeps topology: a vertex goes if its effective triangle is under minAreaM2 square
 * metres; arc end points (where three or more areas meet) always stay, so neighbours keep sharing their edges.
 * Returns an unquantised topology (absolute lon/lat).
 */
export function simplifyTopology<P>(topology: PolygonTopology<P>, minAreaM2: number): PolygonTopology<P> {
  const weighted = presimplify(topology as never, metricTriangleArea as never)
  return simplify(weighted as never, minAreaM2) as unknown as PolygonTopology<P>
}

/** Drops arcs that no geometry uses any more (e.g. district boundaries inside a merged authority), renumbering. */
export function pruneUnusedArcs<P>(topology: PolygonTopology<P>): PolygonTopology<P> {
  // topojson-simplify's filter with no ring filter keeps every ring and prunes unused arcs.
  return filter(topology as never, () => true) as unknown as PolygonTopology<P>
}

/**
 * Quantises an unquantised topology onto a grid of `gridSize` steps across its bounding box and delta-encodes the
 * arcs, which is what keeps the JSON small. Coincident consecutive points collapse.
 */
export function quantizeTopology<P>(topology: PolygonTopology<P>, gridSize: number): PolygonTopology<P> {
  const quantized = quantize(topology as never, gridSize) as unknown as PolygonTopology<P>
  // quantize adds a bbox computed from the arcs; clients do not need it.
  delete quantized.bbox
  return quantized
}

/** Shifts arc references by offset (negative indexes mean "reversed": ~i). */
function offsetArcIndex(index: number, offset: number): number {
  return index >= 0 ? index + offset : ~(~index + offset)
}

function offsetGeometry<P>(geometry: AreaGeometry<P>, offset: number): AreaGeometry<P> {
  if (geometry.type === 'Polygon')
    return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map((i) => offsetArcIndex(i, offset))) }
  return {
    ...geometry,
    arcs: geometry.arcs.map((polygon) => polygon.map((ring) => ring.map((i) => offsetArcIndex(i, offset)))),
  }
}

/**
 * Joins unquantised topologies into one collection: arcs are concatenated and arc references shifted. Edges shared
 * across parts stay as two arcs (the parts were built separately); within a part they stay shared.
 */
export function concatTopologies<P>(
  parts: readonly { topology: PolygonTopology<P>; geometries: readonly AreaGeometry<P>[] }[],
  objectName: string,
): PolygonTopology<P> {
  const arcs: number[][][] = []
  const geometries: AreaGeometry<P>[] = []
  for (const part of parts) {
    if (part.topology.transform) throw new Error('concatTopologies needs unquantised topologies')
    const offset = arcs.length
    arcs.push(...part.topology.arcs)
    geometries.push(...part.geometries.map((g) => offsetGeometry(g, offset)))
  }
  return { type: 'Topology', arcs, objects: { [objectName]: { type: 'GeometryCollection', geometries } } }
}

/** Absolute grid positions of a quantised (delta-encoded) arc. */
function decodeDeltas(arc: readonly number[][]): [number, number][] {
  let x = 0
  let y = 0
  return arc.map(([dx = 0, dy = 0]) => {
    x += dx
    y += dy
    return [x, y]
  })
}

/**
 * True for an arc that encloses nothing and goes nowhere: it ends where it starts with zero area (a spike out and
 * back, or a single point). The source districts hold a few dozen such quantisation artefacts; they add nothing to a
 * ring, and two neighbours both trace them in the same direction, which breaks "each edge once each way".
 */
export function isDegenerateArc(arc: readonly number[][]): boolean {
  const points = decodeDeltas(arc)
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return false
  let twiceArea = 0
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] ?? [0, 0]
    const [bx, by] = points[i] ?? [0, 0]
    twiceArea += ax * by - bx * ay
  }
  return twiceArea === 0
}

/** Removes degenerate arcs from every ring of a quantised topology (then drops empty rings and polygons) and prunes. */
export function removeDegenerateArcs<P>(topology: PolygonTopology<P>): PolygonTopology<P> {
  if (!topology.transform) throw new Error('removeDegenerateArcs needs a quantised topology')
  const degenerate = topology.arcs.map(isDegenerateArc)
  const cleanRing = (ring: readonly number[]) => ring.filter((i) => !degenerate[i < 0 ? ~i : i])
  const cleanPolygon = (rings: readonly number[][]) => {
    const [exterior = [], ...holes] = rings.map(cleanRing)
    return exterior.length ? [exterior, ...holes.filter((h) => h.length)] : []
  }
  const objects: PolygonTopology<P>['objects'] = {}
  for (const [name, collection] of Object.entries(topology.objects)) {
    const geometries = collection.geometries.map((g): AreaGeometry<P> => {
      if (g.type === 'Polygon') return { ...g, arcs: cleanPolygon(g.arcs) }
      return { ...g, arcs: g.arcs.map(cleanPolygon).filter((p) => p.length) }
    })
    objects[name] = { type: 'GeometryCollection', geometries }
  }
  return pruneUnusedArcs({ ...topology, objects })
}
