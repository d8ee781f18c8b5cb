// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { fitOls } from '../../stats/ols'
import { buildScatterModel } from './buildScatterModel'
import { ScatterChart } from './ScatterChart'

afterEach(cleanup)

describe('ScatterChart', () => {
  it('steps through the authorities from least to most deprived with the keyboard, and lists the missing', () => {
    const inputs = [
      { areaCode: 'B', label: 'Bolton', x: 30, y: 90, role: 'neighbour' as const },
      { areaCode: 'A', label: 'Leeds', x: 27.3, y: 85, role: 'selected' as const },
      { areaCode: 'C', label: 'Wokingham', x: 5.1, y: 20, role: 'other' as const },
      { areaCode: 'D', label: 'Cumberland', x: null, y: 70, role: 'other' as const },
    ]
    const fit = fitOls([
      { x: 30, y: Math.log(90) },
      { x: 27.3, y: Math.log(85) },
      { x: 5.1, y: Math.log(20) },
    ])
    render(
      <ScatterChart
        model={buildScatterModel(inputs, fit)}
        title="CLA rate against IMD score"
        xLabel="IMD score (2019)"
        xSpec={{ unit: 'score', decimals: 1 }}
        ySpec={{ unit: 'rate per 10,000', decimals: 0 }}
        sourceLine="Source: DfE; MHCLG."
        licenceLine="OGL."
        csv={{ header: ['area'], rows: [] }}
        table={null}
      />,
    )
    const chart = screen.getByRole('group', { name: /^CLA rate against IMD score\. Chart/ })
    const readout = () => document.querySelector('[aria-live="polite"]')?.textContent
    fireEvent.keyDown(chart, { key: 'ArrowRight' })
    expect(readout()).toBe('Wokingham: 20 per 10,000 at IMD score (2019) 5.1')
    fireEvent.keyDown(chart, { key: 'End' })
    expect(readout()).toBe('Bolton: 90 per 10,000 at IMD score (2019) 30.0')
    const missing = document.querySelector('.chart__missing')
    expect(missing?.textContent).toBe('Not plotted (no figure): Cumberland.')
    // Above the plot, not in the caption under it.
    expect(missing?.closest('figcaption')).toBeNull()
  })
})
