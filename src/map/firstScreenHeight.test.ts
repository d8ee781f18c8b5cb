import { describe, expect, it } from 'vitest'
import { firstScreenHeight } from './firstScreenHeight'

describe('firstScreenHeight', () => {
  const fit = { min: 320, max: 1000, gap: 16 }
  it('ends the element the gap above the bottom of the first screen', () => {
    expect(firstScreenHeight(185, 768, fit)).toBe(567)
    expect(firstScreenHeight(300, 1080, fit)).toBe(764)
  })
  it('gives up (null) when less than the minimum is left, as on a phone where the map starts below the screen', () => {
    expect(firstScreenHeight(500, 812, fit)).toBeNull()
    expect(firstScreenHeight(1200, 812, fit)).toBeNull()
  })
  it('is never taller than the maximum', () => {
    expect(firstScreenHeight(100, 2160, fit)).toBe(1000)
  })
  it('rounds down, so the element never reaches past the screen by a fraction of a pixel', () => {
    expect(firstScreenHeight(184.6, 768, fit)).toBe(567)
  })
})
