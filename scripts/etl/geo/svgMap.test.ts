import { describe, expect, it } from 'vitest'
import { utlaSvgMapSchema } from '../../../src/schema/geo'
import { buildSvgMap, mercator, ringPath, SVG_MAP_SIZE } from './svgMap'

// Synthetic: two unquantised squares side by side (sharing the edge at longitude -1.4), and a one-point islet.
const topology = {
  type: 'Topology',
  arcs: [
    [
      [-1.4, 53.5],
      [-1.4, 53.6],
    ],
    [
      [-1.4, 53.6],
      [-1.5, 53.6],
      [-1.5, 53.5],
      [-1.4, 53.5],
    ],
    [
      [-1.4, 53.5],
      [-1.3, 53.5],
      [-1.3, 53.6],
      [-1.4, 53.6],
    ],
    [
      [-1.35, 53.55],
      [-1.35, 53.55],
      [-1.35, 53.55],
      [-1.35, 53.55],
    ],
  ],
  objects: {
    utla: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'E1', name: 'West' } },
        { type: 'Polygon', arcs: [[2, -1]], properties: { code: 'E2', name: 'East', firstYear: 2020 } },
        { type: 'Polygon', arcs: [[3]], properties: { code: 'E3', name: 'Islet', lastYear: 2019 } },
      ],
    },
  },
}

describe('mercator', () => {
  it('is Web Mercator: the equator at 0, 45° north at ln(tan(67.5°))', () => {
    const [ex, ey] = mercator([0, 0])
    expect(ex).toBe(0)
    expect(ey).toBeCloseTo(0, 12)
    const [x, y] = mercator([180, 45])
    expect(x).toBeCloseTo(Math.PI, 12)
    expect(y).toBeCloseTo(Math.log(Math.tan((67.5 * Math.PI) / 180)), 12)
  })
})

describe('ringPath', () => {
  it('moves to the first point, then relative steps, and closes; repeated points and the closing point go', () => {
    expect(
      ringPath([
        [0, 0],
        [10, 0],
        [10, 0],
        [10, 5],
        [0, 0],
      ]),
    ).toBe('M0 0l10 0 0 5z')
  })
  it('writes negative steps without a separating space', () => {
    expect(
      ringPath([
        [5, 5],
        [0, 5],
        [0, 0],
      ]),
    ).toBe('M5 5l-5 0 0-5z')
  })
  it('drops a ring of fewer than three distinct points (an islet smaller than a grid step)', () => {
    expect(
      ringPath([
        [3, 3],
        [3, 3],
        [4, 3],
      ]),
    ).toBe('')
  })
})

describe('buildSvgMap', () => {
  const map = buildSvgMap(topology, 'utla')

  it('writes a file the schema accepts, each area with its properties, box and path', () => {
    expect(utlaSvgMapSchema.parse(map)).toEqual(map)
    expect(map.projection).toBe('web-mercator')
    expect(map.areas.map((a) => [a.code, a.name, a.firstYear, a.lastYear])).toEqual([
      ['E1', 'West', undefined, undefined],
      ['E2', 'East', 2020, undefined],
      ['E3', 'Islet', undefined, 2019],
    ])
  })

  it('fits the longer side to the grid, west on the left and north at the top', () => {
    expect(Math.max(map.width, map.height)).toBe(SVG_MAP_SIZE)
    const [west, east] = map.areas
    expect(west?.box[0]).toBe(0)
    expect(east?.box[2]).toBe(map.width)
    expect(west?.box[2]).toBe(east?.box[0]) // the shared edge
    expect(west?.box[1]).toBe(0) // 53.6° north is the top
    expect(west?.box[3]).toBe(map.height)
  })

  it('keeps the shape: a degree of longitude spans the same steps as its Mercator height says', () => {
    const [x0, y0] = mercator([-1.5, 53.5])
    const [x1, y1] = mercator([-1.3, 53.6])
    expect(map.width / map.height).toBeCloseTo((x1 - x0) / (y1 - y0), 2)
  })

  it('keeps an area too small for the grid as a dot where it is, so it can still be found and focused', () => {
    const islet = map.areas[2]
    expect(islet?.d).toMatch(/^M\d+ \d+l1 0 0 1-1 0z$/)
    const [x, y] = mercator([-1.35, 53.55])
    const [left] = mercator([-1.5, 53.5])
    const [, top] = mercator([-1.5, 53.6])
    const scale = SVG_MAP_SIZE / Math.max(...[mercator([-1.3, 53.6])[0] - left, top - mercator([-1.5, 53.5])[1]])
    expect(islet?.box[0]).toBe(Math.round((x - left) * scale))
    expect(islet?.box[1]).toBe(Math.round((top - y) * scale))
  })

  it('throws when the object is missing', () => {
    expect(() => buildSvgMap(topology, 'lad')).toThrow(/no object "lad"/)
  })
})
