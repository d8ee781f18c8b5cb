/**
 * The hex cartogram's grid (geo/hex-cartogram.json): pointy-topped hexagons in "odd-r" offset coordinates, row 0 at
 * the top (north) and every odd row shifted half a tile to the right, so each tile touches six others. Shared by the
 * build, which assigns authorities to cells, and the views, which draw them. Pure.
 */

/** Distance between the centres of two touching tiles, in the units a drawing uses. */
export const HEX_TILE_WIDTH = 100

/** Vertical distance between rows: three quarters of a hexagon's height, √3/2 of its width. */
export const HEX_ROW_HEIGHT = (HEX_TILE_WIDTH * Math.sqrt(3)) / 2

/** Centre-to-corner distance of a tile (its corners at top and bottom). */
const RADIUS = HEX_TILE_WIDTH / Math.sqrt(3)

export interface HexCell {
  col: number
  row: number
}

/** A cell's centre, x to the right and y downwards, in drawing units. */
export function hexCentre({ col, row }: HexCell): [number, number] {
  return [(col + (Math.abs(row) % 2 === 1 ? 0.5 : 0)) * HEX_TILE_WIDTH, row * HEX_ROW_HEIGHT]
}

/** The tile's six corners, clockwise from the top, rounded to a tenth of a unit. */
export function hexCorners(cell: HexCell): [number, number][] {
  const [cx, cy] = hexCentre(cell)
  return [-90, -30, 30, 90, 150, 210].map((degrees) => {
    const angle = (degrees * Math.PI) / 180
    return [
      Math.round((cx + RADIUS * Math.cos(angle)) * 10) / 10,
      Math.round((cy + RADIUS * Math.sin(angle)) * 10) / 10,
    ]
  })
}

/** The tile as SVG path data. */
export function hexPath(cell: HexCell): string {
  const [first, ...rest] = hexCorners(cell)
  return `M${first?.join(' ')}${rest.map((p) => `L${p.join(' ')}`).join('')}z`
}

/** The smallest box around some tiles, [x0, y0, x1, y1] in drawing units, or undefined for none. */
export function hexBox(cells: readonly HexCell[]): [number, number, number, number] | undefined {
  if (cells.length === 0) return undefined
  const corners = cells.flatMap(hexCorners)
  const xs = corners.map((p) => p[0])
  const ys = corners.map((p) => p[1])
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}
