import { describe, expect, it } from 'vitest'
import { chartWidthFor, MIN_CHART_WIDTH } from './useChartWidth'

describe('chartWidthFor', () => {
  it('lays out at the container width when it is narrower than the design, so text keeps its size', () => {
    expect(chartWidthFor(343, 640)).toBe(343)
    expect(chartWidthFor(288.4, 640)).toBe(288)
  })

  it('keeps the design width in a wider container (the SVG scales up) or before the frame is measured', () => {
    expect(chartWidthFor(1200, 640)).toBe(640)
    expect(chartWidthFor(null, 640)).toBe(640)
    expect(chartWidthFor(0, 640)).toBe(640)
  })

  it('never lays out narrower than the minimum', () => {
    expect(chartWidthFor(120, 640)).toBe(MIN_CHART_WIDTH)
  })
})
