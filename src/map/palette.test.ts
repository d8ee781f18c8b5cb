import { describe, expect, it } from 'vitest'
import { relativeLuminance as luminance } from './labelColour'
import { CHOROPLETH_PALETTE, DECILE_PALETTE, NO_DATA_FILL } from './palette'

describe('map palettes', () => {
  // Ordered lightness is what keeps the classes distinguishable for colour-blind readers and in greyscale print.
  it('gets strictly darker from the lowest class to the highest', () => {
    const l = CHOROPLETH_PALETTE.map(luminance)
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1] as number)
  })
  it('gets strictly lighter from decile 1 (most deprived) to decile 10', () => {
    const l = DECILE_PALETTE.map(luminance)
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1] as number)
  })
  it('keeps the no-data grey off the class ramp', () => {
    expect(CHOROPLETH_PALETTE).not.toContain(NO_DATA_FILL)
    expect(DECILE_PALETTE).not.toContain(NO_DATA_FILL)
  })
})
