// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { chartWidthFor, MIN_CHART_WIDTH, PRINT_CHART_WIDTH, useChartWidth } from './useChartWidth'

afterEach(cleanup)

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

function Probe() {
  const { frameRef, width } = useChartWidth(640)
  return (
    <div ref={frameRef} data-testid="frame">
      {width}
    </div>
  )
}

describe('useChartWidth while printing', () => {
  it('draws a chart of a two-up print group at the print column width from beforeprint until afterprint', () => {
    render(
      <div className="print-two-up">
        <Probe />
      </div>,
    )
    expect(screen.getByTestId('frame').textContent).toBe('640')
    // The width must be in place as soon as beforeprint returns: the browser lays the page out for paper right after.
    window.dispatchEvent(new Event('beforeprint'))
    expect(screen.getByTestId('frame').textContent).toBe(String(PRINT_CHART_WIDTH))
    act(() => void window.dispatchEvent(new Event('afterprint')))
    expect(screen.getByTestId('frame').textContent).toBe('640')
  })

  it('leaves a chart outside such a group to scale with the page', () => {
    render(<Probe />)
    window.dispatchEvent(new Event('beforeprint'))
    expect(screen.getByTestId('frame').textContent).toBe('640')
  })
})
