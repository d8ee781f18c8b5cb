import { describe, expect, it } from 'vitest'
import { DARK_LABEL, LIGHT_LABEL, labelColourOn, relativeLuminance } from './labelColour'
import { CHOROPLETH_PALETTE, NO_DATA_FILL, SUPPRESSED_FILL } from './palette'

const contrast = (a: string, b: string) => {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe('labelColourOn', () => {
  it('gives every map class, and the no-figure grey, a label with at least 4.5:1 contrast', () => {
    for (const fill of [...CHOROPLETH_PALETTE, NO_DATA_FILL])
      expect(contrast(labelColourOn(fill), fill), fill).toBeGreaterThanOrEqual(4.5)
  })
  it('writes white on the darkest class and near-black on the lightest', () => {
    expect(labelColourOn('#440154')).toBe(LIGHT_LABEL)
    expect(labelColourOn('#fde725')).toBe(DARK_LABEL)
  })
  it('writes near-black on a pattern fill (the suppressed hatch)', () => {
    expect(labelColourOn(SUPPRESSED_FILL)).toBe(DARK_LABEL)
  })
})
