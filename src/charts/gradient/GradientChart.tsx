import { scaleBand, scaleLinear } from 'd3'
import { useId, useRef } from 'react'
import { useActiveIndex } from '../shared/useActiveIndex'
import { ChartDownloads } from '../shared/ChartDownloads'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { AREA_COLOURS } from '../shared/palette'
import type { GradientGroup, GradientModel } from './buildGradientModel'

const WIDTH = 640
const HEIGHT = 320
const MARGIN = { top: 16, right: 16, bottom: 52, left: 56 }
const BAR = '#8fb4d1'
const SELECTED = AREA_COLOURS[0]

/** Column chart of the mean value in each tenth of authorities by deprivation, the selected authority marked. */
export function GradientChart(props: {
  model: GradientModel
  title: string
  spec: FormatSpec
  scoreDecimals: number
  selectedLabel: string | null
  sourceLine: string
  licenceLine: string
}) {
  const { model, title, spec } = props
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { active, setActive, onKeyDown } = useActiveIndex(model.groups.length)
  const x = scaleBand<number>()
    .domain(model.groups.map((g) => g.decile))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2)
  const y = scaleLinear()
    .domain(model.extent ?? [0, 1])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
  const describe = (g: GradientGroup) =>
    `Group ${g.decile} (deprivation score ${formatNumber(g.scoreRange[0], props.scoreDecimals)} to ${formatNumber(g.scoreRange[1], props.scoreDecimals)}): ` +
    `mean ${g.mean === null ? 'no figure' : formatValue(g.mean, spec)}, ${g.withData} of ${g.members} authorities had data`
  const activeGroup = active === null ? null : model.groups[active]
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h3 className="chart__title" id={`${id}-title`}>
        {title}
      </h3>
      <ul className="chart__legend" aria-label="Legend">
        <li>
          <span className="chart__block" style={{ background: BAR }} aria-hidden="true" />
          Mean of the authorities in the group
        </li>
        {props.selectedLabel && model.selectedValue !== null && (
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="6" fill={SELECTED} />
            </svg>{' '}
            {props.selectedLabel}: {formatValue(model.selectedValue, spec)}
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
          aria-label={`${title}. Chart: use the arrow keys to read each group; the table below has every figure.`}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
          onPointerLeave={() => setActive(null)}
          onPointerMove={(e) => {
            const box = e.currentTarget.getBoundingClientRect()
            const px = ((e.clientX - box.left) / box.width) * WIDTH
            const i = model.groups.findIndex(
              (g) => px >= (x(g.decile) ?? 0) && px <= (x(g.decile) ?? 0) + x.bandwidth(),
            )
            setActive(i >= 0 ? i : null)
          }}
        >
          <g aria-hidden="true">
            {y.ticks(5).map((t) => (
              <g key={t}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#d8dadb" />
                <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="12">
                  {formatNumber(t, Number.isInteger(t) ? 0 : 1)}
                </text>
              </g>
            ))}
            <text
              transform={`translate(12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize="12"
            >
              {unitHeading(spec)}
            </text>
            {model.groups.map((g) => {
              const left = x(g.decile) ?? 0
              return (
                <g key={g.decile}>
                  {g.mean !== null && (
                    <rect
                      x={left}
                      width={x.bandwidth()}
                      y={y(Math.max(0, g.mean))}
                      height={Math.abs(y(g.mean) - y(0))}
                      fill={BAR}
                      stroke={g.decile === model.selectedDecile ? SELECTED : 'none'}
                      strokeWidth={3}
                    />
                  )}
                  <text x={left + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="12">
                    {g.decile}
                  </text>
                </g>
              )
            })}
            {model.selectedDecile !== null && model.selectedValue !== null && (
              <circle
                cx={(x(model.selectedDecile) ?? 0) + x.bandwidth() / 2}
                cy={y(model.selectedValue)}
                r={6}
                fill={SELECTED}
                stroke="#ffffff"
                strokeWidth={1.5}
              />
            )}
            <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 22} textAnchor="middle" fontSize="12">
              Tenths of authorities by deprivation score
            </text>
            <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle" fontSize="12">
              1 = most deprived, 10 = least deprived
            </text>
          </g>
          {activeGroup && (
            <rect
              data-export="omit"
              aria-hidden="true"
              x={(x(activeGroup.decile) ?? 0) - 3}
              y={MARGIN.top}
              width={x.bandwidth() + 6}
              height={HEIGHT - MARGIN.top - MARGIN.bottom}
              fill="none"
              stroke="#0b0c0c"
              strokeWidth={2}
            />
          )}
        </svg>
        {activeGroup && (
          <div
            className="chart__tooltip"
            aria-hidden="true"
            style={{
              left: `${(((x(activeGroup.decile) ?? 0) + x.bandwidth()) / WIDTH) * 100}%`,
              top: 0,
              transform:
                (x(activeGroup.decile) ?? 0) > WIDTH / 2 ? 'translateX(calc(-100% - 40px))' : 'translateX(8px)',
            }}
          >
            {describe(activeGroup)}
          </div>
        )}
        <p className="visually-hidden" aria-live="polite">
          {activeGroup ? describe(activeGroup) : ''}
        </p>
      </div>
      <figcaption className="chart__source">
        {props.sourceLine} {props.licenceLine}
      </figcaption>
      <ChartDownloads
        svgRef={svgRef}
        frame={{ title, sourceLine: props.sourceLine, licenceLine: props.licenceLine }}
        csv={{
          header: [
            'group (1 = most deprived)',
            'lowest_score',
            'highest_score',
            `mean (${unitHeading(spec)})`,
            'median',
            'with_data',
            'authorities',
          ],
          rows: model.groups.map((g) => [
            g.decile,
            g.scoreRange[0],
            g.scoreRange[1],
            g.mean === null ? null : Math.round(g.mean * 1000) / 1000,
            g.median,
            g.withData,
            g.members,
          ]),
        }}
      />
      <details>
        <summary>Show the figures as a table</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" className="num">
                  Deprivation scores
                </th>
                <th scope="col" className="num">
                  Mean
                </th>
                <th scope="col" className="num">
                  Had data
                </th>
              </tr>
            </thead>
            <tbody>
              {model.groups.map((g) => (
                <tr key={g.decile} className={g.decile === model.selectedDecile ? 'row--selected' : undefined}>
                  <th scope="row">
                    {g.decile}
                    {g.decile === model.selectedDecile && props.selectedLabel ? ` (${props.selectedLabel})` : ''}
                  </th>
                  <td className="num">
                    {formatNumber(g.scoreRange[0], props.scoreDecimals)} to{' '}
                    {formatNumber(g.scoreRange[1], props.scoreDecimals)}
                  </td>
                  <td className="num">{g.mean === null ? '–' : formatValue(g.mean, spec)}</td>
                  <td className="num">
                    {g.withData} of {g.members}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
