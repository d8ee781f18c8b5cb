import { describe, expect, it } from 'vitest'
import { boundsOfFeatures, topologyToFeatures } from './topology'

// Two unit squares sharing the edge x = 1 (absolute coordinates, no transform); arc ~0 (-1) is arc 0 reversed.
const TOPOLOGY = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [2, 1],
      [2, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ],
  ],
  objects: {
    utla: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'E06000001', name: 'East' } },
        { type: 'Polygon', arcs: [[2, -1]], properties: { code: 'E06000002', name: 'West' } },
      ],
    },
  },
}

describe('topologyToFeatures', () => {
  it('converts each geometry to a feature keeping its properties', () => {
    const features = topologyToFeatures(TOPOLOGY, 'utla')
    expect(features.map((f) => f.properties.code)).toEqual(['E06000001', 'E06000002'])
    expect(features[0]?.geometry.type).toBe('Polygon')
  })
  it('names the missing object', () => {
    expect(() => topologyToFeatures(TOPOLOGY, 'lsoa')).toThrow('no object "lsoa"')
  })
})

describe('boundsOfFeatures', () => {
  it('boxes all coordinates as [[south, west], [north, east]]', () => {
    expect(boundsOfFeatures(topologyToFeatures(TOPOLOGY, 'utla'))).toEqual([
      [0, 0],
      [1, 2],
    ])
  })
  it('is undefined for no features', () => {
    expect(boundsOfFeatures([])).toBeUndefined()
  })
})
