import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { UtlaSvgMap, UtlaSvgMapArea } from '../../../src/schema/geo'
import type { UtlaProperties } from './mergeUtla'

/**
 * The England map of the home page, drawn without a map library: each authority's outline as an SVG path, projected
 * here once (Web Mercator, as Leaflet draws /map, north up) onto a grid whose longer side has SVG_MAP_SIZE steps
 * (about 600 m across England, finer than a screen pixel at the sizes the home page draws it). Points are whole grid
 * steps and paths relative moves, which keeps the file small.
 */
export const SVG_MAP_SIZE = 1000

/** Web Mercator: x and y in radians (y grows northwards), from longitude and latitude in degrees. */
export function mercator([lon = 0, lat = 0]: Position): [number, number] {
  const toRadians = Math.PI / 180
  return [lon * toRadians, Math.log(Math.tan(Math.PI / 4 + (lat * toRadians) / 2))]
}

type Ring = [number, number][]

/** The rings of a (multi)polygon, each a list of projected points. */
function projectedRings(geometry: Polygon | MultiPolygon): Ring[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons.flatMap((rings) => rings.map((ring) => ring.map(mercator)))
}

/**
 * One ring as path commands on the grid: "M x y" then relative "l" moves, closed with "z"; repeated grid points are
 * dropped, and a ring left with fewer than three points (an islet smaller than a grid step) is dropped.
 */
export function ringPath(points: readonly (readonly [number, number])[]): string {
  const kept: [number, number][] = []
  for (const [x, y] of points) {
    const last = kept[kept.length - 1]
    if (!last || last[0] !== x || last[1] !== y) kept.push([x, y])
  }
  const first = kept[0]
  const last = kept[kept.length - 1]
  if (first && last && kept.length > 1 && first[0] === last[0] && first[1] === last[1]) kept.pop()
  if (!first || kept.length < 3) return ''
  const moves = kept.slice(1).map(([x, y], i) => {
    const [px, py] = kept[i] ?? [x, y]
    return `${x - px} ${y - py}`
  })
  // Negative numbers separate themselves; a space is needed only before a positive one.
  return `M${first[0]} ${first[1]}l${moves.join(' ')}z`.replace(/ -/g, '-')
}

/**
 * Projects the authorities of a built UTLA topology onto the grid, with each one's box (for zooming to London) and
 * its properties. An authority whose every ring is smaller than a grid step keeps its largest ring as it rounds, so
 * nothing on the map disappears.
 */
export function buildSvgMap(topology: { objects: Record<string, unknown> }, objectName: string): UtlaSvgMap {
  const object = topology.objects[objectName]
  if (!object) throw new Error(`The topology has no object "${objectName}"`)
  const collection = feature(topology as unknown as Topology, object as never) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    UtlaProperties
  >
  const projected = collection.features.map((f: Feature<Polygon | MultiPolygon, UtlaProperties>) => ({
    properties: f.properties,
    rings: projectedRings(f.geometry),
  }))
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const { rings } of projected)
    for (const ring of rings)
      for (const [x, y] of ring) {
        minX = Math.min(minX, x)
        maxX = Math.max(maxX, x)
        minY = Math.min(minY, y)
        maxY = Math.max(maxY, y)
      }
  const scale = SVG_MAP_SIZE / Math.max(maxX - minX, maxY - minY)
  // SVG's y grows downwards: north (the largest Mercator y) is at the top.
  const toGrid = ([x, y]: [number, number]): [number, number] => [
    Math.round((x - minX) * scale),
    Math.round((maxY - y) * scale),
  ]
  const areas = projected.map(({ properties, rings }): UtlaSvgMapArea => {
    const gridRings = rings.map((ring) => ring.map(toGrid))
    let paths = gridRings.map(ringPath).filter(Boolean)
    if (paths.length === 0) {
      const largest = [...gridRings].sort((a, b) => b.length - a.length)[0] ?? []
      const [x = 0, y = 0] = largest[0] ?? []
      // A dot of one grid step, where the authority is: too small to draw, but there to hover, focus and find.
      paths = [`M${x} ${y}l1 0 0 1-1 0z`]
    }
    const points = gridRings.flat()
    const xs = points.map((p) => p[0])
    const ys = points.map((p) => p[1])
    return {
      ...properties,
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      d: paths.join(''),
    }
  })
  return {
    projection: 'web-mercator',
    width: Math.round((maxX - minX) * scale),
    height: Math.round((maxY - minY) * scale),
    areas,
  }
}
