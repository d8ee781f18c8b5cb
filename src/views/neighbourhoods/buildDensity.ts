/** England's neighbourhoods as a grid of counts: a backdrop a scatter of a few hundred points can sit on. */
export interface DensityGrid {
  xDomain: [number, number]
  yDomain: [number, number]
  columns: number
  rows: number
  /** counts[row][column], row 0 at the lowest y. */
  counts: number[][]
  max: number
}

/**
 * Bins paired values into a columns × rows grid over their joint range (33,755 dots would hide each other and
 * slow the page; a shaded grid shows where England's neighbourhoods lie and exports as a few hundred rectangles).
 */
export function buildDensity(
  xs: readonly number[],
  ys: readonly number[],
  columns = 40,
  rows = 30,
): DensityGrid | null {
  if (xs.length === 0 || xs.length !== ys.length) return null
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0
    const y = ys[i] ?? 0
    if (x < x0) x0 = x
    if (x > x1) x1 = x
    if (y < y0) y0 = y
    if (y > y1) y1 = y
  }
  if (x1 === x0) x1 = x0 + 1
  if (y1 === y0) y1 = y0 + 1
  const counts = Array.from({ length: rows }, () => new Array<number>(columns).fill(0))
  let max = 0
  for (let i = 0; i < xs.length; i++) {
    const c = Math.min(columns - 1, Math.floor((((xs[i] ?? 0) - x0) / (x1 - x0)) * columns))
    const r = Math.min(rows - 1, Math.floor((((ys[i] ?? 0) - y0) / (y1 - y0)) * rows))
    const row = counts[r] ?? []
    row[c] = (row[c] ?? 0) + 1
    max = Math.max(max, row[c] ?? 0)
  }
  return { xDomain: [x0, x1], yDomain: [y0, y1], columns, rows, counts, max }
}
