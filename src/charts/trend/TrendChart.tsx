import { scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, AxisLeft, plotArea } from '../shared/ChartAxes'
import type { ExportName } from '../shared/ChartDownloads'
import { ChartFigure } from '../shared/ChartFigure'
import { ChartFooter } from '../shared/ChartFooter'
import { SeriesLegend } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { besideStyle, ChartTooltip } from '../shared/ChartTooltip'
import { formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { GAP_COLOUR } from '../shared/palette'
import { pointerInViewBox } from '../shared/pointer'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'
import type { TrendModel, TrendSeries } from './buildTrendSeries'
import { TrendSegments } from './TrendSegments'
import { TrendTable } from './TrendTable'
import { YearDivider } from './YearDivider'

const WIDTH = 640
const HEIGHT = 300
const MARGIN = { top: 12, right: 16, bottom: 40, left: 56 }
/** Year labels need about this much room each (four digits at 12 px, with space either side). */
const YEAR_TICK_SPACING = 48

export interface TrendChartProps {
  model: TrendModel
  /** States the subject, e.g. "Children looked after per 10,000 children, Leeds, 2010 to 2025". */
  title: string
  spec: FormatSpec
  /** Source, publication and years, shown under the chart and inside every download. */
  sourceLine: string
  licenceLine: string
  /** Heading level of the title within the page. */
  headingLevel?: 2 | 3
  /** Value axis and CSV value heading when the unit alone is not enough (e.g. "£ per child, 2024-25 prices"). */
  valueLabel?: string
  /** Year axis label; the default suits 31 March counts. */
  yearLabel?: string
  /** A labelled vertical rule before a year where the figures change basis (e.g. from real terms to cash). */
  divider?: { year: number; label: string }
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}

/** Line chart of one indicator over time for several areas, with gaps, breaks, tooltips and a table twin. */
export function TrendChart({
  model,
  title,
  spec,
  sourceLine,
  licenceLine,
  headingLevel = 3,
  valueLabel,
  yearLabel = 'Year ending 31 March',
  divider,
  name,
}: TrendChartProps) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const area = useMemo(() => plotArea(width, HEIGHT, MARGIN), [width])
  const { years, series, extent } = model
  const { active, setActive, onKeyDown, clear } = useActiveIndex(years.length, 'horizontal')

  const { x, y } = useMemo(() => {
    const x = scaleLinear()
      .domain([years[0] ?? 0, years[years.length - 1] ?? 1])
      .range([area.left, area.right])
    // Rates and money start at zero so differences are not exaggerated; scores may not.
    const low = extent ? Math.min(0, extent[0]) : 0
    const high = extent ? extent[1] : 1
    const y = scaleLinear()
      .domain([low, high === low ? low + 1 : high])
      .nice()
      .range([area.bottom, area.top])
    return { x, y }
  }, [years, extent, area])
  const tickEvery = Math.max(
    1,
    Math.ceil(years.length / Math.max(2, Math.min(8, Math.floor((area.right - area.left) / YEAR_TICK_SPACING)))),
  )
  const xTicks = years.filter((_, i) => i % tickEvery === 0 || i === years.length - 1)
  const breaks = series.flatMap((s) => (s.breakBefore ? [{ key: s.key, ...s.breakBefore, label: s.label }] : []))
  // One marker per year even when several reorganised authorities start together; the caption names each.
  const breakYears = [...new Set(breaks.map((b) => b.year))]
  const activeYear = active === null ? null : (years[active] ?? null)

  const describeAt = (s: TrendSeries, year: number) => {
    const p = s.points.find((q) => q.year === year)
    if (!p) return `${s.label}: no figure`
    const text = p.value === null ? (p.missingReason ?? 'no figure') : formatValue(p.value, spec)
    return `${s.label}: ${text}${p.flag && p.value !== null ? ` (${p.missingReason ?? p.flag})` : ''}${p.note ? ` (${p.note})` : ''}`
  }
  const divide = { top: area.top, bottom: area.bottom, width }
  // Lines missing the same year stack their gap markers, so their flags never print on top of each other.
  const gapTier = (key: string, year: number) =>
    series.filter((s) => s.gaps.some((g) => g.year === year)).findIndex((s) => s.key === key)

  return (
    <ChartFigure id={id} title={title} headingLevel={headingLevel}>
      <SeriesLegend series={series} />
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={HEIGHT}
          label={`${title}. Chart: use the left and right arrow keys to read the values year by year; the table below has every figure.`}
          describedBy={`${id}-readout`}
          onPointerMove={(event) => {
            const index = years.indexOf(Math.round(x.invert(pointerInViewBox(event, width, HEIGHT).x)))
            setActive(index >= 0 ? index : null)
          }}
          onKeyDown={onKeyDown}
          onLeave={clear}
        >
          <g aria-hidden="true">
            <AxisLeft area={area} scale={y} ticks={y.ticks(5)} label={valueLabel ?? unitHeading(spec)} />
            <AxisBottom
              area={area}
              ticks={xTicks.map((t) => ({ at: x(t), label: String(t) }))}
              baseline
              // Clear of the value axis's "0", which sits on the baseline just left of the first year.
              gap={19}
              title={yearLabel}
              titleY={HEIGHT - 4}
            />
            {divider && divider.year > (years[0] ?? Infinity) && divider.year <= (years[years.length - 1] ?? 0) && (
              <YearDivider
                {...divide}
                at={x(divider.year - 0.5)}
                label={divider.label}
                colour="#0b0c0c"
                dash="6 3"
                side="before"
              />
            )}
            {model.methodBreaks.map((b) => (
              <YearDivider
                key={`method-${b.year}`}
                {...divide}
                at={x(b.year - 0.5)}
                label="Break in series"
                colour="#0b0c0c"
                dash="6 3"
                side="after"
              />
            ))}
            {breakYears.map((year) => (
              <YearDivider
                key={`break-${year}`}
                {...divide}
                at={x(year - 0.5)}
                label={`Reorganised ${year - 1}`}
                colour={GAP_COLOUR}
                dash="3 3"
                side="after"
              />
            ))}
            {series.map((s) => (
              <g key={s.key}>
                <TrendSegments
                  series={s}
                  x={x}
                  y={y}
                  dotRadius={3}
                  strokeWidth={s.role === 'area' ? 3 : 2}
                  roundJoins
                />
                {s.gaps.map((g) => (
                  <g
                    key={`gap-${g.year}`}
                    transform={`translate(${x(g.year)} ${area.bottom - 8 - 22 * gapTier(s.key, g.year)})`}
                  >
                    <circle r={5} fill="#ffffff" stroke={s.colour} strokeWidth={2} />
                    <text y={-9} textAnchor="middle" fontSize="12" fill={s.colour}>
                      {g.flag ?? 'n/a'}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </g>
          {activeYear !== null && (
            <g data-export="omit" aria-hidden="true">
              <line
                x1={x(activeYear)}
                x2={x(activeYear)}
                y1={area.top}
                y2={area.bottom}
                stroke="#0b0c0c"
                strokeWidth={1}
              />
              {series.map((s) => {
                const p = s.points.find((q) => q.year === activeYear)
                return p && p.value !== null ? (
                  <circle key={s.key} cx={x(activeYear)} cy={y(p.value)} r={5} fill={s.colour} stroke="#ffffff" />
                ) : null
              })}
            </g>
          )}
        </ChartSvg>
        {activeYear !== null && (
          <ChartTooltip style={besideStyle(x(activeYear), width)}>
            <strong>{activeYear}</strong>
            {series.map((s) => (
              <div key={s.key}>{describeAt(s, activeYear)}</div>
            ))}
          </ChartTooltip>
        )}
        <LiveReadout
          id={`${id}-readout`}
          text={activeYear === null ? '' : `${activeYear}. ${series.map((s) => describeAt(s, activeYear)).join('. ')}`}
        />
      </div>
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={licenceLine}
        svgRef={svgRef}
        name={name}
        csv={buildTrendCsv(model, spec, valueLabel)}
        timeline={{
          top: area.top - 2,
          bottom: area.bottom + 2,
          steps: years.map((year) => ({ label: String(year), x: x(year) })),
        }}
      >
        {breaks.map((b) => (
          <span key={b.key}>
            {' '}
            {b.label}: {b.note}.
          </span>
        ))}
        {model.methodBreaks.map((b) => (
          <span key={`method-${b.year}`}>
            {' '}
            Break in series before {b.year}: {b.note.endsWith('.') ? b.note : `${b.note}.`}
          </span>
        ))}
      </ChartFooter>
      <TrendTable model={model} spec={spec} caption={title} {...(valueLabel ? { valueLabel } : {})} />
    </ChartFigure>
  )
}

/** The CSV twin: one row per line and year, with the flag and its meaning. */
export function buildTrendCsv(model: TrendModel, spec: FormatSpec, valueLabel?: string) {
  return {
    header: ['series', 'year', `value (${valueLabel ?? unitHeading(spec)})`, 'flag', 'note'],
    rows: model.series.flatMap((s) =>
      s.points.map((p) => [s.label, p.year, p.value, p.flag, p.value === null ? p.missingReason : p.note]),
    ),
    decimals: [null, null, spec.decimals, null, null],
  }
}
