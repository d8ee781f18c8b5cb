import { describe, expect, it } from 'vitest'
import { placePointLabel } from './pointLabel'

const AREA = { left: 56, right: 359, top: 12, bottom: 336 }

describe('placePointLabel', () => {
  it('puts the name above and to the right of a point with room', () => {
    expect(placePointLabel({ x: 150, y: 200 }, 60, 12, AREA)).toEqual({ x: 159, y: 191, anchor: 'start' })
  })
  it('flips to the left of a point near the right edge (Blackpool, the highest rate and most deprived)', () => {
    const placed = placePointLabel({ x: 340, y: 200 }, 60, 12, AREA)
    expect(placed).toEqual({ x: 331, y: 191, anchor: 'end' })
    expect(placed.x - 60).toBeGreaterThanOrEqual(AREA.left)
  })
  it('goes below a point at the top of the plot', () => {
    expect(placePointLabel({ x: 150, y: 14 }, 60, 12, AREA)).toEqual({ x: 159, y: 35, anchor: 'start' })
  })
  it('keeps a label wider than either side inside the plot', () => {
    const placed = placePointLabel({ x: 200, y: 200 }, 290, 12, AREA)
    expect(placed.anchor).toBe('start')
    expect(placed.x).toBe(AREA.right - 290)
    expect(placed.x).toBeGreaterThanOrEqual(AREA.left)
  })
})
