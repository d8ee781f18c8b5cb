import { line as d3line, scaleLinear, scaleLog } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, AxisLeft, plotArea } from '../shared/ChartAxes'
import { ChartFigure } from '../shared/ChartFigure'
import type { ExportName } from '../shared/ChartDownloads'
import { ChartFooter } from '../shared/ChartFooter'
import { ChartLegend, LineSwatch } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { besideStyle, ChartTooltip } from '../shared/ChartTooltip'
import { FocusMarker } from '../shared/FocusMarker'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { AREA_COLOURS, ENGLAND_COLOUR, GROUP_COLOUR } from '../shared/palette'
import { findNearestIndex, pointerInViewBox } from '../shared/pointer'
import { TableTwin } from '../shared/TableTwin'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'
import type { FunnelModel, FunnelPoint } from './buildFunnelModel'

const WIDTH = 640
const HEIGHT = 360
const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 }
const FILL = { selected: AREA_COLOURS[0], neighbour: AREA_COLOURS[1], other: '#9aa1a6' } as const
const POPULATION_TICKS = [10_000, 20_000, 50_000, 100_000, 200_000, 300_000]

/** Funnel plot: rate against child population with 95% and 99.8% limits around England's rate, table twin below. */
export function FunnelChart(props: {
  model: FunnelModel
  title: string
  spec: FormatSpec
  sourceLine: string
  licenceLine: string
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}) {
  const { model, title, spec } = props
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const area = useMemo(() => plotArea(width, HEIGHT, MARGIN), [width])
  const byPop = useMemo(() => [...model.points].sort((a, b) => a.population - b.population), [model.points])
  const { active, setActive, onKeyDown, clear } = useActiveIndex(byPop.length)
  const { x, y } = useMemo(
    () => ({
      x: scaleLog().domain(model.populationDomain).range([area.left, area.right]),
      y: scaleLinear().domain(model.rateDomain).nice().range([area.bottom, area.top]),
    }),
    [model.populationDomain, model.rateDomain, area],
  )
  const path = (key: 'lower95' | 'upper95' | 'lower998' | 'upper998') =>
    d3line<FunnelModel['limits'][number]>()
      .x((l) => x(l.population))
      .y((l) => y(l[key]))(model.limits) ?? ''
  const activePoint = active === null ? null : byPop[active]
  const describe = (p: FunnelPoint) =>
    `${p.label}: ${formatValue(p.rate, spec)}, ${formatNumber(p.population, 0)} children; ${p.position === 'within' ? 'within the limits' : `${p.position} limit`}`
  const xTicks = POPULATION_TICKS.filter((t) => t >= model.populationDomain[0] && t <= model.populationDomain[1])
  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        <li>
          <LineSwatch colour={ENGLAND_COLOUR} dashed />
          England: {formatValue(model.target, spec)}
        </li>
        <li>
          <LineSwatch colour={GROUP_COLOUR} dashed />
          95% limits
        </li>
        <li>
          <LineSwatch colour={GROUP_COLOUR} />
          99.8% limits
        </li>
      </ChartLegend>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={HEIGHT}
          label={`${title}. Chart: use the arrow keys to step through the authorities from smallest to largest; the table below has every figure.`}
          onKeyDown={onKeyDown}
          onLeave={clear}
          onPointerMove={(event) =>
            setActive(
              findNearestIndex(
                byPop.map((p) => ({ x: x(p.population), y: y(p.rate) })),
                pointerInViewBox(event, width, HEIGHT),
              ),
            )
          }
        >
          <g aria-hidden="true">
            <AxisLeft
              area={area}
              scale={y}
              ticks={y.ticks(5)}
              format={(t) => formatNumber(t, 0)}
              label={unitHeading(spec)}
            />
            <AxisBottom
              area={area}
              ticks={xTicks.map((t) => ({ at: x(t), label: `${formatNumber(t / 1000, 0)}k` }))}
              title="Children aged 0-17 (log scale)"
              titleY={HEIGHT - 6}
            />
            <line
              x1={area.left}
              x2={area.right}
              y1={y(model.target)}
              y2={y(model.target)}
              stroke={ENGLAND_COLOUR}
              strokeDasharray="2 3"
              strokeWidth={2}
            />
            {(['lower95', 'upper95'] as const).map((k) => (
              <path key={k} d={path(k)} fill="none" stroke={GROUP_COLOUR} strokeDasharray="6 4" strokeWidth={1.5} />
            ))}
            {(['lower998', 'upper998'] as const).map((k) => (
              <path key={k} d={path(k)} fill="none" stroke={GROUP_COLOUR} strokeWidth={1.5} />
            ))}
            {model.points.map((p) => (
              <circle
                key={p.areaCode}
                cx={x(p.population)}
                cy={y(p.rate)}
                r={p.role === 'selected' ? 7 : p.role === 'neighbour' ? 5 : 3.5}
                fill={FILL[p.role]}
                stroke="#ffffff"
                strokeWidth={1}
              />
            ))}
            {model.points
              .filter((p) => p.role === 'selected')
              .map((p) => (
                <text key={`l${p.areaCode}`} x={x(p.population) + 9} y={y(p.rate) - 9} fontSize="12" fontWeight={700}>
                  {p.label}
                </text>
              ))}
          </g>
          {activePoint && <FocusMarker cx={x(activePoint.population)} cy={y(activePoint.rate)} />}
        </ChartSvg>
        {activePoint && (
          <ChartTooltip
            style={besideStyle(x(activePoint.population), width, { gap: 12, y: y(activePoint.rate), height: HEIGHT })}
          >
            {describe(activePoint)}
          </ChartTooltip>
        )}
        <LiveReadout text={activePoint ? describe(activePoint) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={props.sourceLine}
        licenceLine={props.licenceLine}
        svgRef={svgRef}
        csv={{
          header: ['area', 'area_code', `rate (${unitHeading(spec)})`, 'child_population', 'position'],
          rows: byPop.map((p) => [p.label, p.areaCode, p.rate, p.population, p.position]),
          decimals: [null, null, spec.decimals, 0, null],
        }}
        name={props.name}
      />
      <TableTwin caption={title}>
        <thead>
          <tr>
            <th scope="col">Authority</th>
            <th scope="col" className="num">
              Rate
            </th>
            <th scope="col" className="num">
              Children 0-17
            </th>
            <th scope="col">Against the limits</th>
          </tr>
        </thead>
        <tbody>
          {byPop.map((p) => (
            <tr key={p.areaCode} className={p.role === 'selected' ? 'row--selected' : undefined}>
              <th scope="row">{p.label}</th>
              <td className="num">{formatValue(p.rate, spec)}</td>
              <td className="num">{formatNumber(p.population, 0)}</td>
              <td>{p.position}</td>
            </tr>
          ))}
        </tbody>
      </TableTwin>
    </ChartFigure>
  )
}
