// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { scaleLinear } from 'd3'
import { afterEach, describe, expect, it } from 'vitest'
import { AxisBottom, AxisLeft, formatTick, plotArea } from './ChartAxes'

afterEach(cleanup)
const area = plotArea(640, 300, { top: 12, right: 16, bottom: 40, left: 56 })
const texts = (container: Element) => [...container.querySelectorAll('text')].map((t) => t.textContent)

describe('plotArea and formatTick', () => {
  it('plotArea is the box inside the margins', () =>
    expect(area).toEqual({ left: 56, right: 624, top: 12, bottom: 260 }))
  it('formatTick drops decimals from whole numbers and keeps them otherwise', () => {
    expect(formatTick(1000)).toBe('1,000')
    expect(formatTick(2.5)).toBe('2.5')
    expect(formatTick(0.25, 2)).toBe('0.25')
  })
})

describe('AxisLeft', () => {
  it('draws a full-width gridline and a right-aligned label at each tick, and the title on its side', () => {
    const y = scaleLinear().domain([0, 100]).range([area.bottom, area.top])
    const { container } = render(
      <svg>
        <AxisLeft area={area} scale={y} ticks={[0, 50, 100]} label="per 10,000 children" />
      </svg>,
    )
    expect(texts(container)).toEqual(['0', '50', '100', 'per 10,000 children'])
    const lines = [...container.querySelectorAll('line')]
    expect(lines.map((l) => [l.getAttribute('x1'), l.getAttribute('x2'), l.getAttribute('y1')])).toEqual([
      ['56', '624', '260'],
      ['56', '624', '136'],
      ['56', '624', '12'],
    ])
    expect(container.querySelector('text')?.getAttribute('x')).toBe('50')
    expect(container.querySelector('text')?.getAttribute('text-anchor')).toBe('end')
    expect([...container.querySelectorAll('text')].at(-1)?.getAttribute('transform')).toBe(
      'translate(12 136) rotate(-90)',
    )
  })

  it('draws no title when given none, and formats ticks as told', () => {
    const { container } = render(
      <svg>
        <AxisLeft area={area} scale={(v) => v} ticks={[1]} format={(t) => `${t}k`} />
      </svg>,
    )
    expect(texts(container)).toEqual(['1k'])
  })
})

describe('AxisBottom', () => {
  it('puts tick labels under the plot, a baseline when asked, and stacks a two-line title up from titleY', () => {
    const { container } = render(
      <svg>
        <AxisBottom
          area={area}
          ticks={[
            { at: 100, label: '2010' },
            { at: 300, label: '2015' },
          ]}
          baseline
          title={['Tenths by deprivation', '1 = most deprived']}
          titleY={296}
        />
      </svg>,
    )
    expect(texts(container)).toEqual(['2010', '2015', 'Tenths by deprivation', '1 = most deprived'])
    const [first, , top, bottom] = [...container.querySelectorAll('text')]
    expect(first?.getAttribute('y')).toBe('276')
    expect([top?.getAttribute('y'), bottom?.getAttribute('y')]).toEqual(['280', '296'])
    expect(top?.getAttribute('x')).toBe('340')
    expect(container.querySelectorAll('line')).toHaveLength(1)
  })

  it('draws vertical gridlines from gridTop to the plot bottom, without a baseline unless asked', () => {
    const { container } = render(
      <svg>
        <AxisBottom area={area} ticks={[{ at: 100, label: '0%' }]} gridTop={20} titleY={296} />
      </svg>,
    )
    const lines = [...container.querySelectorAll('line')]
    expect(lines.map((l) => [l.getAttribute('x1'), l.getAttribute('y1'), l.getAttribute('y2')])).toEqual([
      ['100', '20', '260'],
    ])
  })
})
