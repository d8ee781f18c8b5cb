import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_RAW_DIR } from './fixtures/areas'
import { decodeArcs, mergeDistricts, twiceGeometryArea } from './mergeDistricts'
import { parsePolygonTopology, type AreaGeometry, type PolygonTopology } from './topology'

// Fixture: three 10×10 squares, A (Amber Valley) with B (Derby) to its east and C (Bolsover) to its north.
// Arcs: 0 = A|B edge, 1 = A|C edge, 2 = A's outer edge, 3 = B's, 4 = C's.
const topology = parsePolygonTopology(
  readFileSync(join(FIXTURE_RAW_DIR, 'geo/topo_lad.json'), 'utf8'),
  'geo/topo_lad.json',
  'lad',
)
const district = (id: string) => {
  const g = topology.objects.lad?.geometries.find((x) => x.id === id)
  if (!g) throw new Error(id)
  return g
}
const [A, B, C] = [district('E07000032'), district('E06000015'), district('E07000033')]
const arcsUsed = (merged: number[][][]) => merged.flat(2).map((i) => (i < 0 ? ~i : i))
const area = (merged: number[][][]) =>
  twiceGeometryArea({ type: 'MultiPolygon', arcs: merged, properties: {} }, decodeArcs(topology)) / 2

describe('mergeDistricts', () => {
  it('merges two squares sharing an edge into one polygon without that edge', () => {
    const merged = mergeDistricts(topology, [A, C])
    expect(merged).toHaveLength(1)
    expect(merged[0]).toHaveLength(1) // one ring, no holes
    expect(arcsUsed(merged)).not.toContain(1)
    expect(arcsUsed(merged).sort()).toEqual([0, 2, 4])
    expect(area(merged)).toBe(-200) // clockwise, like the districts
  })

  it('merges all three squares into one ring of outer edges only', () => {
    const merged = mergeDistricts(topology, [A, B, C])
    expect(merged).toHaveLength(1)
    expect(arcsUsed(merged).sort()).toEqual([2, 3, 4])
    expect(area(merged)).toBe(-300)
  })

  it('keeps a single district as it is', () => {
    const merged = mergeDistricts(topology, [B])
    expect(merged).toEqual([[[0, -4]]])
  })

  it('references the same arc from both sides of a border, in opposite directions', () => {
    const derbyshire = mergeDistricts(topology, [A, C]).flat(2)
    const derby = mergeDistricts(topology, [B]).flat(2)
    expect(derbyshire).toContain(~0)
    expect(derby).toContain(0)
  })

  it('cancels a ring running out and back along an arc (a quantisation glitch in the source)', () => {
    // A with a detour along the A|B edge and back (0, then ~0) before closing.
    const glitched: AreaGeometry<Record<string, unknown>> = { ...A, type: 'Polygon', arcs: [[-3, -2, -1, 0, -1]] }
    const merged = mergeDistricts(topology, [glitched, C])
    expect(arcsUsed(merged).sort()).toEqual([0, 2, 4])
    expect(area(merged)).toBe(-200)
  })

  it('keeps both squares whole when districts meet only at a corner (one ring through the shared point)', () => {
    const merged = mergeDistricts(topology, [B, C])
    expect(arcsUsed(merged).sort()).toEqual([0, 1, 3, 4])
    expect(area(merged)).toBe(-200)
  })

  it('keeps a hole where an authority surrounds another', () => {
    // A 30×30 square whose centre 10×10 square is a separate district (arc 1 its outline, arc 0 the outer square).
    const ring: PolygonTopology<Record<string, unknown>> = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 0] },
      arcs: [
        [
          [0, 0],
          [0, 30],
          [30, 0],
          [0, -30],
          [-30, 0],
        ],
        [
          [10, 10],
          [10, 0],
          [0, 10],
          [-10, 0],
          [0, -10],
        ],
      ],
      objects: {},
    }
    const outer: AreaGeometry<Record<string, unknown>> = { type: 'Polygon', arcs: [[0], [1]], properties: {} }
    const merged = mergeDistricts(ring, [outer])
    expect(merged).toEqual([[[0], [1]]])
  })
})
