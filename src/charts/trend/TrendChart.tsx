import { scaleLinear } from 'd3'
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { ChartDownloads } from '../shared/ChartDownloads'
import type { ExportFrame } from '../shared/composeExportSvg'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { GAP_COLOUR } from '../shared/palette'
import type { TrendModel, TrendSeries } from './buildTrendSeries'
import { TrendTable } from './TrendTable'

const WIDTH = 640
const HEIGHT = 300
const MARGIN = { top: 12, right: 16, bottom: 40, left: 56 }

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
}: TrendChartProps) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const [activeIndex, setActiveIndex] = useState<number | null>(null)
  const { years, series, extent } = model

  const scales = useMemo(() => {
    const x = scaleLinear()
      .domain([years[0] ?? 0, years[years.length - 1] ?? 1])
      .range([MARGIN.left, WIDTH - MARGIN.right])
    // Rates and money start at zero so differences are not exaggerated; scores may not.
    const low = extent ? Math.min(0, extent[0]) : 0
    const high = extent ? extent[1] : 1
    const y = scaleLinear()
      .domain([low, high === low ? low + 1 : high])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    return { x, y }
  }, [years, extent])
  const { x, y } = scales
  const yTicks = y.ticks(5)
  const tickEvery = Math.max(1, Math.ceil(years.length / 8))
  const xTicks = years.filter((_, i) => i % tickEvery === 0 || i === years.length - 1)
  const breaks = series.flatMap((s) => (s.breakBefore ? [{ key: s.key, ...s.breakBefore, label: s.label }] : []))
  // One marker per year even when several reorganised authorities start together; the caption names each.
  const breakYears = [...new Set(breaks.map((b) => b.year))]
  const activeYear = activeIndex === null ? null : (years[activeIndex] ?? null)

  const describeAt = (s: TrendSeries, year: number) => {
    const p = s.points.find((q) => q.year === year)
    if (!p) return `${s.label}: no figure`
    const text = p.value === null ? (p.missingReason ?? 'no figure') : formatValue(p.value, spec)
    return `${s.label}: ${text}${p.flag && p.value !== null ? ` (${p.missingReason ?? p.flag})` : ''}${p.note ? ` (${p.note})` : ''}`
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const px = ((event.clientX - box.left) / box.width) * WIDTH
    const year = Math.round(x.invert(px))
    const index = years.indexOf(year)
    setActiveIndex(index >= 0 ? index : null)
  }
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = years.length - 1
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, (activeIndex ?? -1) + 1),
      ArrowLeft: Math.max(0, (activeIndex ?? last + 1) - 1),
      Home: 0,
      End: last,
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      setActiveIndex(next)
    } else if (event.key === 'Escape') setActiveIndex(null)
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const frame: ExportFrame = { title, sourceLine, licenceLine }

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <Heading className="chart__title" id={`${id}-title`}>
        {title}
      </Heading>
      <ul className="chart__legend" aria-label="Legend">
        {series.map((s) => (
          <li key={s.key}>
            <span
              className={`chart__swatch${s.dash ? ' chart__swatch--dashed' : ''}`}
              style={{ color: s.colour }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
      </ul>
      <div className="chart__frame">
        <svg
          ref={svgRef}
          className="chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          tabIndex={0}
          aria-label={`${title}. Chart: use the left and right arrow keys to read the values year by year; the table below has every figure.`}
          aria-describedby={`${id}-readout`}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActiveIndex(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActiveIndex(null)}
        >
          <g aria-hidden="true">
            {yTicks.map((t) => (
              <g key={t} transform={`translate(0 ${y(t)})`}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke="#d8dadb" />
                <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" fontSize="12" fill="#0b0c0c">
                  {formatNumber(t, Number.isInteger(t) ? 0 : 1)}
                </text>
              </g>
            ))}
            <text
              transform={`translate(12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize="12"
              fill="#0b0c0c"
            >
              {valueLabel ?? unitHeading(spec)}
            </text>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={HEIGHT - MARGIN.bottom}
              y2={HEIGHT - MARGIN.bottom}
              stroke="#0b0c0c"
            />
            {xTicks.map((t) => (
              <text key={t} x={x(t)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="12" fill="#0b0c0c">
                {t}
              </text>
            ))}
            <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="12">
              {yearLabel}
            </text>
            {divider && divider.year > (years[0] ?? Infinity) && divider.year <= (years[years.length - 1] ?? 0) && (
              <g>
                <line
                  x1={x(divider.year - 0.5)}
                  x2={x(divider.year - 0.5)}
                  y1={MARGIN.top}
                  y2={HEIGHT - MARGIN.bottom}
                  stroke="#0b0c0c"
                  strokeDasharray="6 3"
                />
                <text x={x(divider.year - 0.5) - 4} y={MARGIN.top + 10} fontSize="11" fill="#0b0c0c" textAnchor="end">
                  {divider.label}
                </text>
              </g>
            )}
            {breakYears.map((year) => (
              <g key={`break-${year}`}>
                <line
                  x1={x(year - 0.5)}
                  x2={x(year - 0.5)}
                  y1={MARGIN.top}
                  y2={HEIGHT - MARGIN.bottom}
                  stroke={GAP_COLOUR}
                  strokeDasharray="3 3"
                />
                <text
                  x={x(year - 0.5) + (x(year - 0.5) > WIDTH * 0.75 ? -4 : 4)}
                  y={MARGIN.top + 10}
                  fontSize="11"
                  fill={GAP_COLOUR}
                  textAnchor={x(year - 0.5) > WIDTH * 0.75 ? 'end' : 'start'}
                >
                  Reorganised {year - 1}
                </text>
              </g>
            ))}
            {series.map((s) => (
              <g key={s.key}>
                {s.segments.map((seg) =>
                  seg.length === 1 ? (
                    <circle
                      key={seg[0]?.year}
                      cx={x(seg[0]?.year ?? 0)}
                      cy={y(seg[0]?.value ?? 0)}
                      r={3}
                      fill={s.colour}
                    />
                  ) : (
                    <polyline
                      key={seg[0]?.year}
                      points={seg.map((p) => `${x(p.year)},${y(p.value ?? 0)}`).join(' ')}
                      fill="none"
                      stroke={s.colour}
                      strokeWidth={s.role === 'area' ? 3 : 2}
                      strokeDasharray={s.dash ?? undefined}
                      strokeLinejoin="round"
                    />
                  ),
                )}
                {s.gaps.map((g) => (
                  <g key={`gap-${g.year}`} transform={`translate(${x(g.year)} ${HEIGHT - MARGIN.bottom - 8})`}>
                    <circle r={5} fill="#ffffff" stroke={s.colour} strokeWidth={2} />
                    <text y={-9} textAnchor="middle" fontSize="10" fill={s.colour}>
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
                y1={MARGIN.top}
                y2={HEIGHT - MARGIN.bottom}
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
        </svg>
        {activeYear !== null && (
          <div
            className="chart__tooltip"
            aria-hidden="true"
            style={{
              left: `${(x(activeYear) / WIDTH) * 100}%`,
              top: 0,
              transform: x(activeYear) > WIDTH / 2 ? 'translateX(calc(-100% - 8px))' : 'translateX(8px)',
            }}
          >
            <strong>{activeYear}</strong>
            {series.map((s) => (
              <div key={s.key}>{describeAt(s, activeYear)}</div>
            ))}
          </div>
        )}
        <p id={`${id}-readout`} className="visually-hidden" aria-live="polite">
          {activeYear === null ? '' : `${activeYear}. ${series.map((s) => describeAt(s, activeYear)).join('. ')}`}
        </p>
      </div>
      <figcaption className="chart__source">
        {sourceLine} {licenceLine}
        {breaks.map((b) => (
          <span key={b.key}>
            {' '}
            {b.label}: {b.note}.
          </span>
        ))}
      </figcaption>
      <ChartDownloads svgRef={svgRef} frame={frame} csv={buildTrendCsv(model, spec, valueLabel)} />
      <TrendTable model={model} spec={spec} caption={title} {...(valueLabel ? { valueLabel } : {})} />
    </figure>
  )
}

/** The CSV twin: one row per line and year, with the flag and its meaning. */
export function buildTrendCsv(model: TrendModel, spec: FormatSpec, valueLabel?: string) {
  return {
    header: ['series', 'year', `value (${valueLabel ?? unitHeading(spec)})`, 'flag', 'note'],
    rows: model.series.flatMap((s) =>
      s.points.map((p) => [s.label, p.year, p.value, p.flag, p.value === null ? p.missingReason : p.note]),
    ),
  }
}
