import { scaleBand, scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, AxisLeft, plotArea } from '../../charts/shared/ChartAxes'
import { ChartFigure } from '../../charts/shared/ChartFigure'
import { ChartFooter } from '../../charts/shared/ChartFooter'
import { ChartLegend, DotSwatch, LineSwatch } from '../../charts/shared/ChartLegend'
import { ChartSvg } from '../../charts/shared/ChartSvg'
import { besideStyle, ChartTooltip } from '../../charts/shared/ChartTooltip'
import { FocusMarker } from '../../charts/shared/FocusMarker'
import { LiveReadout } from '../../charts/shared/LiveReadout'
import { AREA_COLOURS, ENGLAND_COLOUR } from '../../charts/shared/palette'
import { pointerInViewBox } from '../../charts/shared/pointer'
import { TableTwin } from '../../charts/shared/TableTwin'
import { useActiveIndex } from '../../charts/shared/useActiveIndex'
import { useChartWidth } from '../../charts/shared/useChartWidth'
import { estimateTextWidth, wrapByWidth } from '../../charts/shared/exportLayout'
import { DISCLOSURE_RULE, STATUS_TEXT } from '../../gradient/disclosure'
import type { MeasureResult } from '../../gradient/types'
import { describeDecile } from '../../map/lsoaMap'
import { describeDecileRate, rate1, whole } from '../../gradient/format'

const WIDTH = 640
const HEIGHT = 340
const MARGIN = { top: 16, right: 16, bottom: 56, left: 60 }
const OWN = AREA_COLOURS[0]
/** The axis title: two lines, each made of phrases that a narrow chart wraps between, not inside ("× = not shown"). */
const AXIS_TITLE = [
  ['National deprivation decile of the neighbourhood'],
  ['1 = most deprived 10%,', '10 = least deprived;', '× = not shown (disclosure rule)'],
]
/** The axis title's line spacing (AxisBottom's) and font size. */
const LINE = 16
const AXIS_FONT = 12

/**
 * The drawing's size for the width it is laid out at: the axis title wraps to the width (on a phone its second line
 * would otherwise run off both edges), and the chart grows by the extra lines rather than squeezing the plot.
 */
function layoutFor(width: number) {
  const measure = (text: string) => estimateTextWidth(text, AXIS_FONT, false)
  const titleLines = AXIS_TITLE.flatMap((phrases) => wrapPhrases(phrases, width - 8, measure))
  const extra = (titleLines.length - AXIS_TITLE.length) * LINE
  const height = HEIGHT + extra
  return { titleLines, height, area: plotArea(width, height, { ...MARGIN, bottom: MARGIN.bottom + extra }) }
}

/** Greedy wrap that breaks between phrases; only a phrase wider than the line on its own is broken between words. */
function wrapPhrases(phrases: readonly string[], maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  for (const phrase of phrases) {
    const last = lines.at(-1)
    if (last !== undefined && measure(`${last} ${phrase}`) <= maxWidth) lines[lines.length - 1] = `${last} ${phrase}`
    else lines.push(...wrapByWidth(phrase, maxWidth, measure))
  }
  return lines
}

/**
 * Rates per 10,000 children by national deprivation decile: the authority's (dots with exact 95% intervals) against
 * CWIP's England 2015 gradient (dashed line, where the measure has one). Deciles not shown under the disclosure rule
 * are marked at the axis, not drawn.
 */
export function GradientCompareChart({
  result,
  title,
  areaName,
  sourceLine,
  briefingSentence,
}: {
  result: MeasureResult
  title: string
  areaName: string
  sourceLine: string
  /** What a briefing item of this chart says (the gradient in words). */
  briefingSentence: string
}) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { deciles, cwip } = result
  const { active, setActive, onKeyDown, clear } = useActiveIndex(deciles.length, 'horizontal')
  const { frameRef, width } = useChartWidth(WIDTH)
  const { titleLines, height, area } = useMemo(() => layoutFor(width), [width])
  const { x, y } = useMemo(() => {
    const highest = Math.max(1, ...deciles.map((d) => d.upper ?? 0), ...(cwip?.rates ?? []))
    return {
      x: scaleBand<number>()
        .domain(deciles.map((d) => d.decile))
        .range([area.left, area.right])
        .padding(0.3),
      y: scaleLinear().domain([0, highest]).nice().range([area.bottom, area.top]),
    }
  }, [deciles, cwip, area])
  const centre = (decile: number) => (x(decile) ?? 0) + x.bandwidth() / 2
  const describe = (i: number) => {
    const d = deciles[i]
    if (!d) return ''
    const own = `${areaName}: ${describeDecileRate(d)}`
    const england = cwip ? `; CWIP England 2015: ${rate1(cwip.rates[i] ?? 0)} per 10,000` : ''
    return `Decile ${describeDecile(d.decile)}. ${own}${england}.`
  }
  const activeDecile = active === null ? null : deciles[active]
  const cwipPath = cwip ? cwip.rates.map((r, i) => `${i === 0 ? 'M' : 'L'}${centre(i + 1)},${y(r)}`).join('') : ''
  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        <li>
          <DotSwatch colour={OWN} />
          {areaName}, with 95% confidence interval
        </li>
        {cwip ? (
          <li>
            <LineSwatch colour={ENGLAND_COLOUR} dashed />
            CWIP, England 2015
          </li>
        ) : null}
      </ChartLegend>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${title}. Chart: use the left and right arrow keys to read each decile; the table below has every figure.`}
          onKeyDown={onKeyDown}
          onLeave={clear}
          onPointerMove={(event) => {
            const px = pointerInViewBox(event, width, height).x
            const i = deciles.findIndex((d) => Math.abs(px - centre(d.decile)) <= x.step() / 2)
            setActive(i >= 0 ? i : null)
          }}
        >
          <g aria-hidden="true">
            <AxisLeft area={area} scale={y} ticks={y.ticks(5)} label="Children per 10,000 aged 0-17" />
            {cwip ? (
              <path d={cwipPath} fill="none" stroke={ENGLAND_COLOUR} strokeWidth={2} strokeDasharray="6 4" />
            ) : null}
            {deciles.map((d) =>
              d.status === 'shown' && d.rate !== null ? (
                <g key={d.decile}>
                  <line
                    x1={centre(d.decile)}
                    x2={centre(d.decile)}
                    y1={y(d.lower ?? d.rate)}
                    y2={y(d.upper ?? d.rate)}
                    stroke={OWN}
                    strokeWidth={2}
                  />
                  {[d.lower ?? d.rate, d.upper ?? d.rate].map((v, k) => (
                    <line
                      key={k}
                      x1={centre(d.decile) - 6}
                      x2={centre(d.decile) + 6}
                      y1={y(v)}
                      y2={y(v)}
                      stroke={OWN}
                      strokeWidth={2}
                    />
                  ))}
                  <circle cx={centre(d.decile)} cy={y(d.rate)} r={6} fill={OWN} stroke="#ffffff" strokeWidth={1.5} />
                </g>
              ) : d.neighbourhoods > 0 ? (
                <text
                  key={d.decile}
                  x={centre(d.decile)}
                  y={area.bottom - 6}
                  textAnchor="middle"
                  fontSize={16}
                  fill={OWN}
                >
                  ×
                </text>
              ) : null,
            )}
            <AxisBottom
              area={area}
              ticks={deciles.map((d) => ({ at: centre(d.decile), label: String(d.decile) }))}
              title={titleLines}
              titleY={height - 6}
            />
          </g>
          {activeDecile && (
            <FocusMarker
              x={centre(activeDecile.decile) - x.step() / 2}
              y={area.top}
              width={x.step()}
              height={area.bottom - area.top}
            />
          )}
        </ChartSvg>
        {activeDecile && (
          <ChartTooltip style={besideStyle(centre(activeDecile.decile), width)}>{describe(active ?? 0)}</ChartTooltip>
        )}
        <LiveReadout text={active === null ? '' : describe(active)} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={DISCLOSURE_RULE}
        svgRef={svgRef}
        briefingSentence={briefingSentence}
        csv={{
          header: [
            'decile (1 = most deprived)',
            'neighbourhoods',
            'neighbourhoods with a count',
            'children aged 0-17 in them',
            'children counted',
            'rate per 10,000',
            'lower 95% CI',
            'upper 95% CI',
            'CWIP England 2015 rate per 10,000',
          ],
          rows: deciles.map((d, i) => [
            d.decile,
            d.neighbourhoods,
            d.counted,
            Math.round(d.children),
            d.status === 'shown' && d.count !== null
              ? round1(d.count)
              : STATUS_TEXT[d.status === 'shown' ? 'none' : d.status],
            d.rate === null ? null : round1(d.rate),
            d.lower === null ? null : round1(d.lower),
            d.upper === null ? null : round1(d.upper),
            cwip ? (cwip.rates[i] ?? null) : null,
          ]),
        }}
      />
      <TableTwin caption={title}>
        <DecileTableBody result={result} />
      </TableTwin>
    </ChartFigure>
  )
}

const round1 = (n: number) => Math.round(n * 10) / 10

/** The decile table: the chart's figures, with the neighbourhoods and children behind each. */
export function DecileTableBody({ result }: { result: MeasureResult }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">Decile</th>
          <th scope="col" className="num">
            Neighbourhoods (with a count)
          </th>
          <th scope="col" className="num">
            Children aged 0-17
          </th>
          <th scope="col" className="num">
            Children counted
          </th>
          <th scope="col" className="num">
            Rate per 10,000 (95% CI)
          </th>
          {result.cwip ? (
            <th scope="col" className="num">
              CWIP England 2015
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {result.deciles.map((d, i) => (
          <tr key={d.decile}>
            <th scope="row">{describeDecile(d.decile)}</th>
            <td className="num">
              {d.neighbourhoods} ({d.counted})
            </td>
            <td className="num">{whole(d.children)}</td>
            <td className="num">
              {d.status === 'shown' && d.count !== null
                ? whole(d.count)
                : STATUS_TEXT[d.status === 'shown' ? 'none' : d.status]}
            </td>
            <td className="num">
              {d.rate === null ? '–' : `${rate1(d.rate)} (${rate1(d.lower ?? 0)} to ${rate1(d.upper ?? 0)})`}
            </td>
            {result.cwip ? <td className="num">{rate1(result.cwip.rates[i] ?? 0)}</td> : null}
          </tr>
        ))}
      </tbody>
    </>
  )
}
