import { area as d3area, scaleLinear } from 'd3'
import { useId, useMemo, useRef, type ReactNode } from 'react'
import { useActiveIndex } from '../shared/useActiveIndex'
import { ChartDownloads, type ChartCsv } from '../shared/ChartDownloads'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { AREA_COLOURS, GROUP_COLOUR } from '../shared/palette'
import type { ScatterModel, ScatterPoint, ScatterRole } from './buildScatterModel'

const WIDTH = 640
const HEIGHT = 380
const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 }
const ROLE_STYLE: Record<ScatterRole, { fill: string; r: number; label: string }> = {
  selected: { fill: AREA_COLOURS[0], r: 7, label: 'Selected authority' },
  neighbour: { fill: AREA_COLOURS[1], r: 5, label: 'Its statistical neighbours' },
  other: { fill: '#9aa1a6', r: 3.5, label: 'Other authorities' },
}

export interface ScatterChartProps {
  model: ScatterModel
  title: string
  xLabel: string
  xSpec: FormatSpec
  ySpec: FormatSpec
  sourceLine: string
  licenceLine: string
  csv: ChartCsv
  /** The table twin (the view knows which columns matter: expected value, difference). */
  table: ReactNode
}

/** Scatter of an indicator against deprivation with the regression line and its 95% prediction band. */
export function ScatterChart(props: ScatterChartProps) {
  const { model, title, xSpec, ySpec } = props
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  // Keyboard order runs from least to most deprived, so arrow keys move along the x axis.
  const byX = useMemo(() => [...model.points].sort((a, b) => a.x - b.x), [model.points])
  const { active, setActive, onKeyDown } = useActiveIndex(byX.length)
  const { x, y } = useMemo(
    () => ({
      x: scaleLinear()
        .domain(model.xDomain)
        .nice()
        .range([MARGIN.left, WIDTH - MARGIN.right]),
      y: scaleLinear()
        .domain(model.yDomain)
        .nice()
        .range([HEIGHT - MARGIN.bottom, MARGIN.top]),
    }),
    [model.xDomain, model.yDomain],
  )
  const bandPath =
    d3area<{ x: number; lower: number; upper: number }>()
      .x((d) => x(d.x))
      .y0((d) => y(d.lower))
      .y1((d) => y(d.upper))(model.band) ?? ''
  const activePoint = active === null ? null : byX[active]
  const describe = (p: ScatterPoint) =>
    `${p.label}: ${formatValue(p.y, ySpec)} at ${props.xLabel} ${formatNumber(p.x, xSpec.decimals)}`
  const nearest = (clientX: number, clientY: number, box: DOMRect) => {
    const px = ((clientX - box.left) / box.width) * WIDTH
    const py = ((clientY - box.top) / box.height) * HEIGHT
    let best = -1
    let bestD = 20 ** 2
    byX.forEach((p, i) => {
      const d = (x(p.x) - px) ** 2 + (y(p.y) - py) ** 2
      if (d < bestD) {
        bestD = d
        best = i
      }
    })
    return best >= 0 ? best : null
  }
  const roles = (['selected', 'neighbour', 'other'] as const).filter((r) => model.points.some((p) => p.role === r))

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h3 className="chart__title" id={`${id}-title`}>
        {title}
      </h3>
      <ul className="chart__legend" aria-label="Legend">
        {roles.map((r) => (
          <li key={r}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r={Math.min(6, ROLE_STYLE[r].r)} fill={ROLE_STYLE[r].fill} />
            </svg>{' '}
            {ROLE_STYLE[r].label}
          </li>
        ))}
        {model.line && (
          <li>
            <span className="chart__swatch" style={{ color: GROUP_COLOUR }} aria-hidden="true" />
            Fitted line (least squares), with its 95% prediction band shaded
          </li>
        )}
      </ul>
      <div className="chart__frame">
        <svg
          ref={svgRef}
          className="chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          tabIndex={0}
          aria-label={`${title}. Chart: use the arrow keys to step through the authorities from least to most deprived; the table below has every figure.`}
          aria-describedby={`${id}-readout`}
          onPointerMove={(e) => setActive(nearest(e.clientX, e.clientY, e.currentTarget.getBoundingClientRect()))}
          onPointerLeave={() => setActive(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          <g aria-hidden="true">
            {y.ticks(5).map((t) => (
              <g key={`y${t}`}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#d8dadb" />
                <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="12">
                  {formatNumber(t, Number.isInteger(t) ? 0 : 1)}
                </text>
              </g>
            ))}
            {x.ticks(6).map((t) => (
              <text key={`x${t}`} x={x(t)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="12">
                {formatNumber(t, Number.isInteger(t) ? 0 : 2)}
              </text>
            ))}
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={HEIGHT - MARGIN.bottom}
              y2={HEIGHT - MARGIN.bottom}
              stroke="#0b0c0c"
            />
            <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle" fontSize="12">
              {props.xLabel} (higher = more deprived)
            </text>
            <text
              transform={`translate(12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize="12"
            >
              {unitHeading(ySpec)}
            </text>
            {bandPath && <path d={bandPath} fill={GROUP_COLOUR} opacity={0.15} />}
            {model.line && (
              <line
                x1={x(model.line[0].x)}
                y1={y(model.line[0].y)}
                x2={x(model.line[1].x)}
                y2={y(model.line[1].y)}
                stroke={GROUP_COLOUR}
                strokeWidth={2}
              />
            )}
            {model.points.map((p) => (
              <circle
                key={p.areaCode}
                cx={x(p.x)}
                cy={y(p.y)}
                r={ROLE_STYLE[p.role].r}
                fill={ROLE_STYLE[p.role].fill}
                stroke="#ffffff"
                strokeWidth={p.role === 'other' ? 0.5 : 1.5}
              />
            ))}
            {model.points
              .filter((p) => p.role === 'selected')
              .map((p) => (
                <text key={`l${p.areaCode}`} x={x(p.x) + 9} y={y(p.y) - 9} fontSize="12" fontWeight={700}>
                  {p.label}
                </text>
              ))}
          </g>
          {activePoint && (
            <circle
              data-export="omit"
              aria-hidden="true"
              cx={x(activePoint.x)}
              cy={y(activePoint.y)}
              r={10}
              fill="none"
              stroke="#0b0c0c"
              strokeWidth={2}
            />
          )}
        </svg>
        {activePoint && (
          <div
            className="chart__tooltip"
            aria-hidden="true"
            style={{
              left: `${(x(activePoint.x) / WIDTH) * 100}%`,
              top: `${(y(activePoint.y) / HEIGHT) * 100}%`,
              transform: x(activePoint.x) > WIDTH / 2 ? 'translate(calc(-100% - 12px), 12px)' : 'translate(12px, 12px)',
            }}
          >
            {describe(activePoint)}
          </div>
        )}
        <p id={`${id}-readout`} className="visually-hidden" aria-live="polite">
          {activePoint ? describe(activePoint) : ''}
        </p>
      </div>
      <figcaption className="chart__source">
        {props.sourceLine} {props.licenceLine}
        {model.missing.length ? ` Not shown (no figure): ${model.missing.join(', ')}.` : ''}
      </figcaption>
      <ChartDownloads
        svgRef={svgRef}
        frame={{ title, sourceLine: props.sourceLine, licenceLine: props.licenceLine }}
        csv={props.csv}
      />
      {props.table}
    </figure>
  )
}
