// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { buildTrendSeries } from './buildTrendSeries'
import { TrendChart } from './TrendChart'

afterEach(cleanup)
const spec = { unit: '%', decimals: 1 } as const
const note = 'DWP revised its method (2026 release); not comparable across the break.'
const model = buildTrendSeries(
  [
    { key: 'B', label: 'Barnsley', role: 'area', years: [2020, 2021, 2022, 2023], values: [20.1, 21.5, 24.2, 25] },
    { key: 'E', label: 'England', role: 'england', years: [2020, 2021, 2022, 2023], values: [19, 19.5, 22, null] },
  ],
  { firstYear: 2020, lastYear: 2023, methodBreaks: [{ year: 2022, note }] },
)
const renderChart = () =>
  render(
    <TrendChart
      model={model}
      title="Children in low income families, Barnsley"
      spec={spec}
      sourceLine="Source: DWP."
      licenceLine="OGL."
      yearLabel="Financial year ending"
    />,
  )

describe('TrendChart', () => {
  it('draws each line in two pieces either side of a method break, marks it and explains it under the chart', () => {
    const { container } = renderChart()
    // Barnsley: 2020-2021 and 2022-2023; England: 2020-2021 and a lone 2022 dot (2023 has no figure).
    expect(container.querySelectorAll('polyline')).toHaveLength(3)
    expect(screen.getByText('Break in series')).toBeTruthy()
    expect(container.querySelector('figcaption')?.textContent).toBe(
      `Source: DWP. OGL. Break in series before 2022: ${note}`,
    )
  })

  it('reads the years out from the keyboard, left and right only, and clears on Escape', () => {
    renderChart()
    const chart = screen.getByRole('group', { name: /^Children in low income families, Barnsley\. Chart/ })
    const readout = () => document.querySelector('[aria-live="polite"]')?.textContent
    fireEvent.keyDown(chart, { key: 'ArrowRight' })
    expect(readout()).toBe('2020. Barnsley: 20.1%. England: 19.0%')
    fireEvent.keyDown(chart, { key: 'ArrowDown' })
    expect(readout()).toBe('2020. Barnsley: 20.1%. England: 19.0%')
    fireEvent.keyDown(chart, { key: 'End' })
    expect(readout()).toBe('2023. Barnsley: 25.0%. England: no figure')
    expect(document.querySelector('.chart__tooltip')?.textContent).toContain('2023')
    fireEvent.keyDown(chart, { key: 'Escape' })
    expect(readout()).toBe('')
    expect(document.querySelector('.chart__tooltip')).toBeNull()
  })
})
