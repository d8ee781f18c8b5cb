import { scaleBand, scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, AxisLeft, plotArea } from '../shared/ChartAxes'
import { ChartFigure } from '../shared/ChartFigure'
import type { ExportName } from '../shared/ChartDownloads'
import { ChartFooter } from '../shared/ChartFooter'
import { BlockSwatch, ChartLegend, DotSwatch } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { besideStyle, ChartTooltip } from '../shared/ChartTooltip'
import { FocusMarker } from '../shared/FocusMarker'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { AREA_COLOURS } from '../shared/palette'
import { pointerInViewBox } from '../shared/pointer'
import { TableTwin } from '../shared/TableTwin'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'
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
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}) {
  const { model, title, spec } = props
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const area = useMemo(() => plotArea(width, HEIGHT, MARGIN), [width])
  const { active, setActive, onKeyDown, clear } = useActiveIndex(model.groups.length)
  const { x, y } = useMemo(
    () => ({
      x: scaleBand<number>()
        .domain(model.groups.map((g) => g.decile))
        .range([area.left, area.right])
        .padding(0.2),
      y: scaleLinear()
        .domain(model.extent ?? [0, 1])
        .nice()
        .range([area.bottom, area.top]),
    }),
    [model.groups, model.extent, area],
  )
  const left = (g: GradientGroup) => x(g.decile) ?? 0
  const describe = (g: GradientGroup) =>
    `Group ${g.decile} (deprivation score ${formatNumber(g.scoreRange[0], props.scoreDecimals)} to ${formatNumber(g.scoreRange[1], props.scoreDecimals)}): ` +
    `mean ${g.mean === null ? 'no figure' : formatValue(g.mean, spec)}, ${g.withData} of ${g.members} authorities had data`
  const activeGroup = active === null ? null : model.groups[active]
  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        <li>
          <BlockSwatch colour={BAR} />
          Mean of the authorities in the group
        </li>
        {props.selectedLabel && model.selectedValue !== null && (
          <li>
            <DotSwatch colour={SELECTED} />
            {props.selectedLabel}: {formatValue(model.selectedValue, spec)}
          </li>
        )}
      </ChartLegend>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={HEIGHT}
          label={`${title}. Chart: use the arrow keys to read each group; the table below has every figure.`}
          onKeyDown={onKeyDown}
          onLeave={clear}
          onPointerMove={(event) => {
            const px = pointerInViewBox(event, width, HEIGHT).x
            const i = model.groups.findIndex((g) => px >= left(g) && px <= left(g) + x.bandwidth())
            setActive(i >= 0 ? i : null)
          }}
        >
          <g aria-hidden="true">
            <AxisLeft area={area} scale={y} ticks={y.ticks(5)} label={unitHeading(spec)} />
            {model.groups.map(
              (g) =>
                g.mean !== null && (
                  <rect
                    key={g.decile}
                    x={left(g)}
                    width={x.bandwidth()}
                    y={y(Math.max(0, g.mean))}
                    height={Math.abs(y(g.mean) - y(0))}
                    fill={BAR}
                    stroke={g.decile === model.selectedDecile ? SELECTED : 'none'}
                    strokeWidth={3}
                  />
                ),
            )}
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
            <AxisBottom
              area={area}
              ticks={model.groups.map((g) => ({ at: left(g) + x.bandwidth() / 2, label: String(g.decile) }))}
              title={['Tenths of authorities by deprivation score', '1 = most deprived, 10 = least deprived']}
              titleY={HEIGHT - 6}
            />
          </g>
          {activeGroup && (
            <FocusMarker
              x={left(activeGroup) - 3}
              y={area.top}
              width={x.bandwidth() + 6}
              height={area.bottom - area.top}
            />
          )}
        </ChartSvg>
        {activeGroup && (
          <ChartTooltip
            style={besideStyle(left(activeGroup) + x.bandwidth(), width, {
              flip: left(activeGroup) > width / 2,
              flipGap: 40,
            })}
          >
            {describe(activeGroup)}
          </ChartTooltip>
        )}
        <LiveReadout text={activeGroup ? describe(activeGroup) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={props.sourceLine}
        licenceLine={props.licenceLine}
        svgRef={svgRef}
        name={props.name}
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
          // The mean is derived, so it keeps three places; a median of two middle values needs one more than published.
          decimals: [null, null, null, 3, spec.decimals + 1, null, null],
        }}
      />
      <TableTwin caption={title}>
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
      </TableTwin>
    </ChartFigure>
  )
}
