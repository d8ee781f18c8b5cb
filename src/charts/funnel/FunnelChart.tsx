import { line as d3line, scaleLinear, scaleLog } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { useActiveIndex } from '../shared/useActiveIndex'
import { ChartDownloads } from '../shared/ChartDownloads'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { AREA_COLOURS, ENGLAND_COLOUR, GROUP_COLOUR } from '../shared/palette'
import type { FunnelModel, FunnelPoint } from './buildFunnelModel'

const WIDTH = 640
const HEIGHT = 360
const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 }
const FILL = { selected: AREA_COLOURS[0], neighbour: AREA_COLOURS[1], other: '#9aa1a6' } as const

/** Funnel plot: rate against child population with 95% and 99.8% limits around England's rate, table twin below. */
export function FunnelChart(props: {
  model: FunnelModel
  title: string
  spec: FormatSpec
  sourceLine: string
  licenceLine: string
}) {
  const { model, title, spec } = props
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const byPop = useMemo(() => [...model.points].sort((a, b) => a.population - b.population), [model.points])
  const { active, setActive, onKeyDown } = useActiveIndex(byPop.length)
  const x = scaleLog()
    .domain(model.populationDomain)
    .range([MARGIN.left, WIDTH - MARGIN.right])
  const y = scaleLinear()
    .domain(model.rateDomain)
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
  const path = (key: 'lower95' | 'upper95' | 'lower998' | 'upper998') =>
    d3line<FunnelModel['limits'][number]>()
      .x((l) => x(l.population))
      .y((l) => y(l[key]))(model.limits) ?? ''
  const activePoint = active === null ? null : byPop[active]
  const describe = (p: FunnelPoint) =>
    `${p.label}: ${formatValue(p.rate, spec)}, ${formatNumber(p.population, 0)} children; ${p.position === 'within' ? 'within the limits' : `${p.position} limit`}`
  const xTicks = [10_000, 20_000, 50_000, 100_000, 200_000, 300_000].filter(
    (t) => t >= model.populationDomain[0] && t <= model.populationDomain[1],
  )
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h3 className="chart__title" id={`${id}-title`}>
        {title}
      </h3>
      <ul className="chart__legend" aria-label="Legend">
        <li>
          <span className="chart__swatch chart__swatch--dashed" style={{ color: ENGLAND_COLOUR }} aria-hidden="true" />
          England: {formatValue(model.target, spec)}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--dashed" style={{ color: GROUP_COLOUR }} aria-hidden="true" />
          95% limits
        </li>
        <li>
          <span className="chart__swatch" style={{ color: GROUP_COLOUR }} aria-hidden="true" />
          99.8% limits
        </li>
      </ul>
      <div className="chart__frame">
        <svg
          ref={svgRef}
          className="chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          tabIndex={0}
          aria-label={`${title}. Chart: use the arrow keys to step through the authorities from smallest to largest; the table below has every figure.`}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
          onPointerLeave={() => setActive(null)}
          onPointerMove={(e) => {
            const box = e.currentTarget.getBoundingClientRect()
            const px = ((e.clientX - box.left) / box.width) * WIDTH
            const py = ((e.clientY - box.top) / box.height) * HEIGHT
            let best: number | null = null
            let bestD = 400
            byPop.forEach((p, i) => {
              const d = (x(p.population) - px) ** 2 + (y(p.rate) - py) ** 2
              if (d < bestD) {
                bestD = d
                best = i
              }
            })
            setActive(best)
          }}
        >
          <g aria-hidden="true">
            {y.ticks(5).map((t) => (
              <g key={`y${t}`}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#d8dadb" />
                <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="12">
                  {formatNumber(t, 0)}
                </text>
              </g>
            ))}
            {xTicks.map((t) => (
              <text key={`x${t}`} x={x(t)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="12">
                {formatNumber(t / 1000, 0)}k
              </text>
            ))}
            <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle" fontSize="12">
              Children aged 0-17 (log scale)
            </text>
            <text
              transform={`translate(12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize="12"
            >
              {unitHeading(spec)}
            </text>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
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
          {activePoint && (
            <circle
              data-export="omit"
              aria-hidden="true"
              cx={x(activePoint.population)}
              cy={y(activePoint.rate)}
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
              left: `${(x(activePoint.population) / WIDTH) * 100}%`,
              top: `${(y(activePoint.rate) / HEIGHT) * 100}%`,
              transform:
                x(activePoint.population) > WIDTH / 2 ? 'translate(calc(-100% - 12px), 12px)' : 'translate(12px, 12px)',
            }}
          >
            {describe(activePoint)}
          </div>
        )}
        <p className="visually-hidden" aria-live="polite">
          {activePoint ? describe(activePoint) : ''}
        </p>
      </div>
      <figcaption className="chart__source">
        {props.sourceLine} {props.licenceLine}
      </figcaption>
      <ChartDownloads
        svgRef={svgRef}
        frame={{ title, sourceLine: props.sourceLine, licenceLine: props.licenceLine }}
        csv={{
          header: ['area', 'area_code', `rate (${unitHeading(spec)})`, 'child_population', 'position'],
          rows: byPop.map((p) => [p.label, p.areaCode, p.rate, p.population, p.position]),
        }}
      />
      <details>
        <summary>Show the figures as a table</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}</caption>
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
          </table>
        </div>
      </details>
    </figure>
  )
}
