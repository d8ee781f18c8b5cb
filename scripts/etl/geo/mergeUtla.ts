import type { UtlaTopology } from '../../../src/schema/geo'
import { utlaTopologySchema } from '../../../src/schema/geo'
import { decodeArcs, mergeDistricts } from './mergeDistricts'
import {
  pruneUnusedArcs,
  quantizeTopology,
  removeDegenerateArcs,
  simplifyTopology,
  type AreaGeometry,
  type PolygonTopology,
} from './topology'

/** Properties of one upper-tier polygon (utlaPropertiesSchema). */
export interface UtlaProperties {
  code: string
  name: string
  firstYear?: number
  lastYear?: number
}

/** One authority to draw and the districts whose union it is. */
export interface UtlaGroup {
  properties: UtlaProperties
  ladCodes: readonly string[]
}

export interface UtlaBuildOptions {
  /** Visvalingam threshold in square metres (see simplifyTopology). */
  minAreaM2: number
  /** Quantisation grid steps across the bounding box. */
  gridSize: number
}

/**
 * Builds the upper-tier topology (object `utla`) from the district topology: each authority is the arc-level union of
 * its districts (mergeDistricts, so neighbouring authorities reference the very same arcs: no gaps, no slivers), then
 * simplified keeping topology, unused inner arcs dropped and coordinates quantised. A district code a group names
 * but the topology lacks throws: the caller checks coverage first and reports it as a SourceError.
 */
export function buildUtlaTopology(
  districts: PolygonTopology<Record<string, unknown>>,
  districtObject: string,
  groups: readonly UtlaGroup[],
  { minAreaM2, gridSize }: UtlaBuildOptions,
): UtlaTopology {
  // Spikes and zero-length arcs in the source would come out as empty rings; they go first.
  const clean = removeDegenerateArcs(districts)
  const points = decodeArcs(clean)
  const byCode = new Map(clean.objects[districtObject]?.geometries.map((g) => [g.id, g]))
  const geometries: AreaGeometry<UtlaProperties>[] = groups.map(({ properties, ladCodes }) => {
    const parts = ladCodes.map((code) => {
      const geometry = byCode.get(code)
      if (!geometry) throw new Error(`district ${code} (for ${properties.code}) is not in the district topology`)
      return geometry
    })
    const merged = mergeDistricts(clean, parts, points)
    // A single polygon is written as Polygon, as topojson's own tools do.
    const [only, ...rest] = merged
    const shape =
      only && rest.length === 0
        ? { type: 'Polygon' as const, arcs: only }
        : { type: 'MultiPolygon' as const, arcs: merged }
    return { ...shape, id: properties.code, properties }
  })
  const merged: PolygonTopology<UtlaProperties> = {
    type: 'Topology',
    transform: clean.transform,
    arcs: clean.arcs,
    objects: { utla: { type: 'GeometryCollection', geometries } },
  }
  const simplified = pruneUnusedArcs(simplifyTopology(merged, minAreaM2))
  return utlaTopologySchema.parse(removeDegenerateArcs(quantizeTopology(simplified, gridSize)))
}
