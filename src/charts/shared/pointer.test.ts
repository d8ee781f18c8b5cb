import { describe, expect, it } from 'vitest'
import { findNearestIndex, pointerInViewBox } from './pointer'

describe('pointerInViewBox', () => {
  it('maps client pixels to viewBox units when the SVG is drawn at another size', () => {
    const currentTarget = {
      getBoundingClientRect: () => ({ left: 100, top: 50, width: 320, height: 180 }),
    } as unknown as Element
    expect(pointerInViewBox({ clientX: 260, clientY: 140, currentTarget }, 640, 360)).toEqual({ x: 320, y: 180 })
  })
})

describe('findNearestIndex', () => {
  const marks = [
    { x: 10, y: 10 },
    { x: 50, y: 50 },
    { x: 58, y: 50 },
  ]
  it('picks the closest mark', () => expect(findNearestIndex(marks, { x: 55, y: 50 })).toBe(2))
  it('is null when no mark lies within the radius, or there are none', () => {
    expect(findNearestIndex(marks, { x: 200, y: 200 })).toBeNull()
    expect(findNearestIndex(marks, { x: 30, y: 10 }, 20)).toBeNull()
    expect(findNearestIndex([], { x: 0, y: 0 })).toBeNull()
  })
  it('keeps the first of two equally near marks', () => expect(findNearestIndex(marks, { x: 54, y: 50 })).toBe(1))
})
