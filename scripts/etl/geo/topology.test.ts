import { describe, expect, it } from 'vitest'
import { errorFrom } from '../testing/errorFrom'
import { parsePolygonTopology } from './topology'

const SQUARE = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs: [
    [
      [0, 0],
      [10, 0],
      [0, 10],
      [-10, 0],
      [0, -10],
    ],
  ],
  objects: {
    lad: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'E1', arcs: [[0]], properties: {} }] },
  },
}

describe('parsePolygonTopology (text already read)', () => {
  it('returns the collection with each geometry’s id', () => {
    const topology = parsePolygonTopology(JSON.stringify(SQUARE), 'geo/topo_lad.json', 'lad')
    expect(topology.objects.lad?.geometries.map((g) => g.id)).toEqual(['E1'])
  })

  it('stops on text that is not JSON, naming the file label', () => {
    const error = errorFrom(() => parsePolygonTopology('{"type":', 'geo/topo_lad.json', 'lad'))
    expect(error.message).toMatch(/^geo\/topo_lad\.json: not valid JSON/)
  })

  it('stops when the named collection is missing, saying which', () => {
    const error = errorFrom(() => parsePolygonTopology(JSON.stringify(SQUARE), 'geo/topo_x.json', 'E07000032'))
    expect(error.message).toMatch(
      /^geo\/topo_x\.json: not a TopoJSON polygon collection "E07000032": objects\.E07000032/,
    )
  })
})
