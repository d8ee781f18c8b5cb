import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'

/** A boundary feature with the properties every map layer relies on. */
export type CodedFeature<P extends { code: string; name: string } = { code: string; name: string }> = Feature<
  Geometry,
  P
>

/**
 * Converts one object of a validated TopoJSON topology to GeoJSON features (topojson-client `feature`).
 * The schema checks the structure we rely on; the cast bridges zod's inferred type and topojson's own.
 */
export function topologyToFeatures<P extends { code: string; name: string }>(
  topology: { objects: Record<string, unknown> },
  objectName: string,
): CodedFeature<P>[] {
  const topo = topology as unknown as Topology
  const object = topo.objects[objectName]
  if (!object) throw new Error(`The topology has no object "${objectName}"`)
  const converted = feature(topo, object) as FeatureCollection<Geometry, P> | Feature<Geometry, P>
  return converted.type === 'FeatureCollection' ? converted.features : [converted]
}

/** [[south, west], [north, east]] in degrees, as Leaflet takes bounds. */
export type LatLngBox = [[number, number], [number, number]]

/** The box around some features, or undefined when they have no coordinates. */
export function boundsOfFeatures(features: readonly Feature<Geometry>[]): LatLngBox | undefined {
  let south = Infinity
  let west = Infinity
  let north = -Infinity
  let east = -Infinity
  const visit = (coords: unknown): void => {
    if (!Array.isArray(coords)) return
    if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
      const [lon, lat] = coords as [number, number]
      south = Math.min(south, lat)
      north = Math.max(north, lat)
      west = Math.min(west, lon)
      east = Math.max(east, lon)
      return
    }
    for (const c of coords) visit(c)
  }
  for (const f of features) {
    const g = f.geometry
    if (g && 'coordinates' in g) visit(g.coordinates)
  }
  return Number.isFinite(south)
    ? [
        [south, west],
        [north, east],
      ]
    : undefined
}
