// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ChartFigure } from './ChartFigure'
import { ChartFooter } from './ChartFooter'
import { SeriesLegend } from './ChartLegend'
import { besideStyle, ChartTooltip } from './ChartTooltip'
import { FocusMarker } from './FocusMarker'
import { LiveReadout } from './LiveReadout'
import { TableTwin } from './TableTwin'

afterEach(cleanup)

describe('besideStyle', () => {
  it('sits right of a point in the left half and left of it past the middle, at the top without a y', () => {
    expect(besideStyle(160, 640)).toEqual({ left: '25%', top: 0, transform: 'translateX(8px)' })
    expect(besideStyle(480, 640)).toEqual({ left: '75%', top: 0, transform: 'translateX(calc(-100% - 8px))' })
  })
  it('with a y sits below-beside the point; flip and its gap can be set', () => {
    expect(besideStyle(480, 640, { gap: 12, y: 90, height: 360 })).toEqual({
      left: '75%',
      top: '25%',
      transform: 'translate(calc(-100% - 12px), 12px)',
    })
    expect(besideStyle(320, 640, { flip: true, flipGap: 40 }).transform).toBe('translateX(calc(-100% - 40px))')
  })
})

describe('render-only chart parts', () => {
  it('ChartTooltip is hidden from screen readers, which hear the LiveReadout', () => {
    render(
      <>
        <ChartTooltip style={{ left: 0 }}>Leeds: 85</ChartTooltip>
        <LiveReadout id="r" text="Leeds: 85" />
      </>,
    )
    const tooltip = document.querySelector('.chart__tooltip')
    expect(tooltip?.getAttribute('aria-hidden')).toBe('true')
    const readout = document.querySelector('[aria-live="polite"]')
    expect([readout?.id, readout?.textContent, readout?.className]).toEqual(['r', 'Leeds: 85', 'visually-hidden'])
  })

  it('FocusMarker rings a dot or boxes a bar, and is left out of downloads', () => {
    const { container } = render(
      <svg>
        <FocusMarker cx={5} cy={6} />
        <FocusMarker x={1} y={2} width={3} height={4} />
      </svg>,
    )
    const circle = container.querySelector('circle')
    const rect = container.querySelector('rect')
    expect([circle?.getAttribute('r'), circle?.getAttribute('fill'), circle?.dataset.export]).toEqual([
      '10',
      'none',
      'omit',
    ])
    expect([rect?.getAttribute('width'), rect?.dataset.export, rect?.getAttribute('aria-hidden')]).toEqual([
      '3',
      'omit',
      'true',
    ])
  })

  it('ChartFigure is named by its heading; ChartFooter captions source, licence and notes and offers the downloads', () => {
    render(
      <ChartFigure id="c" title="CLA rate, Leeds" headingLevel={2}>
        <SeriesLegend series={[{ key: 'a', label: 'Leeds', colour: '#000', dash: '4 2' }]} />
        <ChartFooter
          title="CLA rate, Leeds"
          sourceLine="Source: DfE."
          licenceLine="OGL."
          svgRef={createRef()}
          csv={{ header: [], rows: [] }}
        >
          {' Note.'}
        </ChartFooter>
      </ChartFigure>,
    )
    expect(screen.getByRole('figure', { name: 'CLA rate, Leeds' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: 'CLA rate, Leeds' })).toBeTruthy()
    expect(document.querySelector('figcaption')?.textContent).toBe('Source: DfE. OGL. Note.')
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toBe('Leeds')
    expect(document.querySelector('.chart__swatch--dashed')).toBeTruthy()
    for (const kind of ['PNG', 'SVG', 'CSV'])
      expect(screen.getByRole('button', { name: new RegExp(`^Download ${kind}.*CLA rate, Leeds$`) })).toBeTruthy()
  })

  it('TableTwin folds the table away under a summary, with its caption', () => {
    render(
      <TableTwin caption="Figures">
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </TableTwin>,
    )
    expect(screen.getByText('Show the figures as a table').tagName).toBe('SUMMARY')
    expect(screen.getByRole('table', { name: 'Figures' })).toBeTruthy()
  })
})
