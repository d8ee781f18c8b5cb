import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { feature } from 'topojson-client'
import { describe, expect, it } from 'vitest'
import { FIXTURE_RAW_DIR } from './fixtures/areas'
import { buildUtlaTopology } from './mergeUtla'
import { parsePolygonTopology } from './topology'

const districts = parsePolygonTopology(
  readFileSync(join(FIXTURE_RAW_DIR, 'geo/topo_lad.json'), 'utf8'),
  'geo/topo_lad.json',
  'lad',
)
const build = () =>
  buildUtlaTopology(
    districts,
    'lad',
    [
      { properties: { code: 'E10000007', name: 'Derbyshire' }, ladCodes: ['E07000032', 'E07000033'] },
      { properties: { code: 'E06000015', name: 'Derby', firstYear: 2011 }, ladCodes: ['E06000015'] },
    ],
    { minAreaM2: 0, gridSize: 1000 },
  )

describe('buildUtlaTopology', () => {
  it('writes one polygon per authority, with the given properties and code as id', () => {
    const topology = build()
    expect(topology.objects.utla.geometries.map((g) => [g.type, g.id, g.properties])).toEqual([
      ['Polygon', 'E10000007', { code: 'E10000007', name: 'Derbyshire' }],
      ['Polygon', 'E06000015', { code: 'E06000015', name: 'Derby', firstYear: 2011 }],
    ])
  })

  it('drops the inner district boundary, so the merged authority is one L-shaped ring of six corners', () => {
    const topology = build()
    expect(topology.arcs).toHaveLength(4) // A|B, A outer, B outer, C outer; A|C is gone
    const derbyshire = feature(topology as never, topology.objects.utla.geometries[0] as never) as unknown as {
      geometry: { coordinates: number[][][] }
    }
    const ring = derbyshire.geometry.coordinates[0] ?? []
    const corners = new Set(ring.map(([x = 0, y = 0]) => `${x.toFixed(2)},${y.toFixed(2)}`))
    expect(corners).toEqual(
      new Set(['-1.50,53.50', '-1.50,53.70', '-1.40,53.70', '-1.40,53.60', '-1.40,53.50', '-1.50,53.60']),
    )
  })

  it('lets neighbours share their border arc (no gap, no sliver)', () => {
    const [derbyshire, derby] = build().objects.utla.geometries
    const arcsOf = (g: typeof derby) => new Set((g?.arcs.flat(2) as number[]).map((i) => (i < 0 ? ~i : i)))
    const shared = [...arcsOf(derbyshire)].filter((i) => arcsOf(derby).has(i))
    expect(shared).toHaveLength(1)
  })

  it('throws when an authority names a district the topology lacks', () => {
    expect(() =>
      buildUtlaTopology(districts, 'lad', [{ properties: { code: 'X', name: 'X' }, ladCodes: ['E07999999'] }], {
        minAreaM2: 0,
        gridSize: 1000,
      }),
    ).toThrow(/E07999999/)
  })
})
