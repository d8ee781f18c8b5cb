import { area as d3area, line, scaleLinear } from 'd3'
import { useId, useMemo, useRef, type ReactNode } from 'react'
import { AxisBottom, AxisLeft, formatTick, plotArea } from '../shared/ChartAxes'
import type { ChartCsv, ExportName } from '../shared/ChartDownloads'
import { ChartFigure } from '../shared/ChartFigure'
import { ChartFooter } from '../shared/ChartFooter'
import { ChartLegend, DotSwatch, LineSwatch } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { besideStyle, ChartTooltip } from '../shared/ChartTooltip'
import { FocusMarker } from '../shared/FocusMarker'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { AREA_COLOURS, GROUP_COLOUR } from '../shared/palette'
import { findNearestIndex, pointerInViewBox } from '../shared/pointer'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'
import { estimateTextWidth } from '../shared/exportLayout'
import { placePointLabel } from '../shared/pointLabel'
import type { ScatterModel, ScatterPoint, ScatterRole } from './buildScatterModel'

const WIDTH = 640
const HEIGHT = 380
const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 }
/** The selected authority's name beside its point. */
const LABEL_SIZE = 12
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
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}

/** Scatter of an indicator against deprivation with the regression line and its 95% prediction band. */
export function ScatterChart(props: ScatterChartProps) {
  const { model, title, xSpec, ySpec } = props
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const area = useMemo(() => plotArea(width, HEIGHT, MARGIN), [width])
  // Keyboard order runs from least to most deprived, so arrow keys move along the x axis.
  const byX = useMemo(() => [...model.points].sort((a, b) => a.x - b.x), [model.points])
  const { active, setActive, onKeyDown, clear } = useActiveIndex(byX.length)
  const { x, y } = useMemo(
    () => ({
      x: scaleLinear().domain(model.xDomain).nice().range([area.left, area.right]),
      y: scaleLinear().domain(model.yDomain).nice().range([area.bottom, area.top]),
    }),
    [model.xDomain, model.yDomain, area],
  )
  const bandPath =
    d3area<{ x: number; lower: number; upper: number }>()
      .x((d) => x(d.x))
      .y0((d) => y(d.lower))
      .y1((d) => y(d.upper))(model.band) ?? ''
  const curvePath =
    line<{ x: number; y: number }>()
      .x((d) => x(d.x))
      .y((d) => y(d.y))(model.curve) ?? ''
  const activePoint = active === null ? null : byX[active]
  const describe = (p: ScatterPoint) =>
    `${p.label}: ${formatValue(p.y, ySpec)} at ${props.xLabel} ${formatNumber(p.x, xSpec.decimals)}`
  const roles = (['selected', 'neighbour', 'other'] as const).filter((r) => model.points.some((p) => p.role === r))

  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        {roles.map((r) => (
          <li key={r}>
            <DotSwatch colour={ROLE_STYLE[r].fill} r={Math.min(6, ROLE_STYLE[r].r)} />
            {ROLE_STYLE[r].label}
          </li>
        ))}
        {model.curve.length > 0 && (
          <li>
            <LineSwatch colour={GROUP_COLOUR} />
            Expected for its deprivation (fitted on the log scale), with the 95% prediction band shaded
          </li>
        )}
      </ChartLegend>
      {model.missing.length ? (
        // Named on the chart itself, not only in the source line: an authority must never silently drop out.
        <p className="chart__missing">
          <strong>Not plotted (no figure):</strong> {model.missing.join(', ')}.
        </p>
      ) : null}
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={HEIGHT}
          label={`${title}. Chart: use the arrow keys to step through the authorities from least to most deprived; the table below has every figure.`}
          describedBy={`${id}-readout`}
          onPointerMove={(event) =>
            setActive(
              findNearestIndex(
                byX.map((p) => ({ x: x(p.x), y: y(p.y) })),
                pointerInViewBox(event, width, HEIGHT),
              ),
            )
          }
          onKeyDown={onKeyDown}
          onLeave={clear}
        >
          <g aria-hidden="true">
            <AxisLeft area={area} scale={y} ticks={y.ticks(5)} label={unitHeading(ySpec)} />
            <AxisBottom
              area={area}
              ticks={x.ticks(6).map((t) => ({ at: x(t), label: formatTick(t, 2) }))}
              baseline
              title={`${props.xLabel} (higher = more deprived)`}
              titleY={HEIGHT - 6}
            />
            {bandPath && <path d={bandPath} fill={GROUP_COLOUR} opacity={0.15} />}
            {curvePath && <path d={curvePath} fill="none" stroke={GROUP_COLOUR} strokeWidth={2} />}
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
              .map((p) => {
                const at = placePointLabel(
                  { x: x(p.x), y: y(p.y) },
                  estimateTextWidth(p.label, LABEL_SIZE, true),
                  LABEL_SIZE,
                  area,
                )
                return (
                  <text
                    key={`l${p.areaCode}`}
                    x={at.x}
                    y={at.y}
                    textAnchor={at.anchor}
                    fontSize={LABEL_SIZE}
                    fontWeight={700}
                  >
                    {p.label}
                  </text>
                )
              })}
          </g>
          {activePoint && <FocusMarker cx={x(activePoint.x)} cy={y(activePoint.y)} />}
        </ChartSvg>
        {activePoint && (
          <ChartTooltip style={besideStyle(x(activePoint.x), width, { gap: 12, y: y(activePoint.y), height: HEIGHT })}>
            {describe(activePoint)}
          </ChartTooltip>
        )}
        <LiveReadout id={`${id}-readout`} text={activePoint ? describe(activePoint) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={props.sourceLine}
        licenceLine={props.licenceLine}
        svgRef={svgRef}
        csv={props.csv}
        name={props.name}
      />
      {props.table}
    </ChartFigure>
  )
}
