import { describe, expect, it } from 'vitest'
import { hexBox, hexCentre, hexCorners, hexPath, HEX_ROW_HEIGHT, HEX_TILE_WIDTH } from './hexGrid'

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0))

describe('the hex grid', () => {
  it('puts all six neighbours of a cell one tile width away, on even and odd rows alike', () => {
    const neighbours = {
      even: [
        [-1, 0],
        [1, 0],
        [-1, -1],
        [0, -1],
        [-1, 1],
        [0, 1],
      ],
      odd: [
        [-1, 0],
        [1, 0],
        [0, -1],
        [1, -1],
        [0, 1],
        [1, 1],
      ],
    }
    for (const [row, offsets] of [
      [2, neighbours.even],
      [3, neighbours.odd],
    ] as const) {
      const centre = hexCentre({ col: 4, row })
      for (const [dc = 0, dr = 0] of offsets)
        expect(distance(hexCentre({ col: 4 + dc, row: row + dr }), centre)).toBeCloseTo(HEX_TILE_WIDTH, 6)
    }
  })

  it('draws a pointy-topped hexagon whose corners touch its neighbours’ (tiles meet without gaps or overlap)', () => {
    const corners = hexCorners({ col: 0, row: 0 })
    expect(corners).toHaveLength(6)
    const [top = [], , , bottom = []] = corners
    expect(top[0]).toBeCloseTo(0, 6)
    expect((bottom[1] ?? 0) - (top[1] ?? 0)).toBeCloseTo((2 * HEX_TILE_WIDTH) / Math.sqrt(3), 0)
    // The right neighbour shares the right edge: two of its corners are this tile's.
    const right = hexCorners({ col: 1, row: 0 }).map((p) => p.join(' '))
    expect(corners.map((p) => p.join(' ')).filter((p) => right.includes(p))).toHaveLength(2)
    expect(HEX_ROW_HEIGHT).toBeCloseTo((HEX_TILE_WIDTH * Math.sqrt(3)) / 2, 9)
  })

  it('writes a closed path through the six corners, and boxes tiles', () => {
    expect(hexPath({ col: 0, row: 0 })).toMatch(/^M[-\d. ]+(L[-\d. ]+){5}z$/)
    expect(hexBox([])).toBeUndefined()
    const [x0, y0, x1, y1] = hexBox([
      { col: 0, row: 0 },
      { col: 2, row: 1 },
    ]) ?? [0, 0, 0, 0]
    expect(x1 - x0).toBeCloseTo(3.5 * HEX_TILE_WIDTH, 0)
    expect(y1 - y0).toBeCloseTo(HEX_ROW_HEIGHT + (2 * HEX_TILE_WIDTH) / Math.sqrt(3), 0)
  })
})
