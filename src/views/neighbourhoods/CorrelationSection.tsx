import { extent, scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, AxisLeft, formatTick, plotArea } from '../../charts/shared/ChartAxes'
import { ChartFigure } from '../../charts/shared/ChartFigure'
import { ChartFooter } from '../../charts/shared/ChartFooter'
import { BlockSwatch, ChartLegend, DotSwatch } from '../../charts/shared/ChartLegend'
import { ChartSvg } from '../../charts/shared/ChartSvg'
import { formatNumber } from '../../charts/shared/format'
import { FocusMarker } from '../../charts/shared/FocusMarker'
import { LiveReadout } from '../../charts/shared/LiveReadout'
import { areaColour } from '../../charts/shared/palette'
import { TableTwin } from '../../charts/shared/TableTwin'
import { useActiveIndex } from '../../charts/shared/useActiveIndex'
import { useChartWidth } from '../../charts/shared/useChartWidth'
import { pearson, spearman } from '../../stats/correlation'
import { LICENCE_LINE } from '../shared/sourceLine'
import { completeRows, rowsCsv, variablesSourceLine, withUnit } from './analysisData'
import { useHeavyAnalysis } from './useHeavyAnalysis'
import type { AnalysisContext } from './NeighbourhoodAnalysisView'

const WIDTH = 640
const HEIGHT = 420
const MARGIN = { top: 12, right: 16, bottom: 48, left: 64 }
const ENGLAND_SHADE = '#6f777b'

/**
 * A scatter of two variables over the neighbourhoods shown, each authority in its own colour, on a shaded grid of
 * England's neighbourhoods; Pearson's r with its 95% interval, Spearman's rho and n for the authorities and England.
 */
export function CorrelationSection({ context }: { context: AnalysisContext }) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const { first: xVar, second: yVar, areaName } = context
  const { rows, leftOut } = completeRows(context.rows, [xVar.id, yVar.id])
  const xs = rows.map((r) => r.values[xVar.id] ?? 0)
  const ys = rows.map((r) => r.values[yVar.id] ?? 0)
  const xValues = context.values.get(xVar.id)
  const yValues = context.values.get(yVar.id)
  // England's 33,755 pairs are ranked and binned in the analysis worker, so the page stays responsive meanwhile.
  const englandArgs = useMemo(
    () => (xValues && yValues ? ([xValues, yValues] as [typeof xValues, typeof yValues]) : null),
    [xValues, yValues],
  )
  const englandAnswer = useHeavyAnalysis('englandCorrelation', englandArgs)
  const national = englandAnswer.status === 'done' ? englandAnswer.result : null
  const density = national?.density ?? null
  const local = { r: pearson(xs, ys), rho: spearman(xs, ys) }
  const { active, onKeyDown, clear } = useActiveIndex(rows.length)
  const area = plotArea(width, HEIGHT, MARGIN)
  const x = scaleLinear()
    .domain(density?.xDomain ?? spanOf(xs))
    .nice()
    .range([area.left, area.right])
  const y = scaleLinear()
    .domain(density?.yDomain ?? spanOf(ys))
    .nice()
    .range([area.bottom, area.top])
  const areasText = context.areas.map((a) => a.name).join(', ')
  const title = `${yVar.shortLabel} against ${xVar.shortLabel}: neighbourhoods of ${areasText} on England's`
  const sourceLine = variablesSourceLine([xVar, yVar])
  const describe = (i: number) => {
    const r = rows[i]
    if (!r) return ''
    return `${r.code}, ${areaName(r.areaCode)}: ${xVar.shortLabel} ${formatNumber(r.values[xVar.id] ?? 0, xVar.decimals)}, ${yVar.shortLabel} ${formatNumber(r.values[yVar.id] ?? 0, yVar.decimals)}`
  }
  const fmtR = (v: number) => formatNumber(v, 2)
  const rText = (p: ReturnType<typeof pearson>) =>
    p ? `${fmtR(p.r)}${p.ci ? ` (95% interval ${fmtR(p.ci.lower)} to ${fmtR(p.ci.upper)})` : ''}` : 'not defined'
  const csv = rowsCsv(rows, [xVar, yVar], areaName)
  const cellW = density ? (x(density.xDomain[1]) - x(density.xDomain[0])) / density.columns : 0
  const cellH = density ? (y(density.yDomain[0]) - y(density.yDomain[1])) / density.rows : 0
  return (
    <section aria-labelledby="correlation-heading">
      <h2 id="correlation-heading">
        How {yVar.shortLabel} goes with {xVar.shortLabel}
      </h2>
      <ul className="stats-summary" aria-label="Correlation">
        <li>
          Pearson&apos;s r, {areasText}
          <strong>{rText(local.r)}</strong>
        </li>
        <li>
          Spearman&apos;s rho
          <strong>{local.rho ? fmtR(local.rho.rho) : 'not defined'}</strong>
        </li>
        <li>
          Neighbourhoods (n)
          <strong>{rows.length.toLocaleString('en-GB')}</strong>
        </li>
        <li>
          England&apos;s r (rho), n = {national ? national.n.toLocaleString('en-GB') : '…'}
          <strong>
            {national
              ? `${national.r ? fmtR(national.r.r) : '–'} (${national.rho ? fmtR(national.rho.rho) : '–'})`
              : '…'}
          </strong>
        </li>
      </ul>
      <p>
        Pearson&apos;s r measures how closely the two follow a straight line (−1 to 1); its 95% interval uses
        Fisher&apos;s z transformation. Spearman&apos;s rho does the same for their ranks, so a few extreme
        neighbourhoods sway it less. Neither says that one causes the other.
        {leftOut ? ` ${leftOut} neighbourhoods lack a figure for one of the two and are left out.` : ''}
      </p>
      {englandAnswer.status === 'working' ? (
        <p role="status">Working out where England&apos;s neighbourhoods lie for the chart…</p>
      ) : englandAnswer.status === 'failed' ? (
        <p className="error-summary" role="alert">
          England&apos;s figures could not be worked out ({englandAnswer.error}); the table below has every figure of{' '}
          {areasText}.
        </p>
      ) : null}
      <ChartFigure id={id} title={title}>
        <ChartLegend>
          {context.areas.map((a, i) => (
            <li key={a.code}>
              <DotSwatch colour={areaColour(i)} r={4} />
              {a.name}&apos;s neighbourhoods
            </li>
          ))}
          <li>
            <BlockSwatch colour={ENGLAND_SHADE} />
            England&apos;s {national ? national.n.toLocaleString('en-GB') : ''} neighbourhoods (darker where more lie)
          </li>
        </ChartLegend>
        <div className="chart__frame" ref={frameRef}>
          <ChartSvg
            svgRef={svgRef}
            width={width}
            height={HEIGHT}
            label={`${title}. Use the arrow keys to step through the authorities' neighbourhoods; the table below has every figure.`}
            describedBy={`${id}-readout`}
            onKeyDown={onKeyDown}
            onLeave={clear}
          >
            <g aria-hidden="true">
              {density?.counts.flatMap((row, ri) =>
                row.map((count, ci) =>
                  count === 0 ? null : (
                    <rect
                      key={`${ri}-${ci}`}
                      x={x(density.xDomain[0]) + ci * cellW}
                      y={y(density.yDomain[0]) - (ri + 1) * cellH}
                      width={cellW}
                      height={cellH}
                      fill={ENGLAND_SHADE}
                      opacity={0.08 + 0.5 * Math.sqrt(count / density.max)}
                    />
                  ),
                ),
              )}
              <AxisLeft
                area={area}
                scale={y}
                ticks={y.ticks(5)}
                format={(t) => formatTick(t, 2)}
                label={withUnit(yVar)}
              />
              <AxisBottom
                area={area}
                ticks={x.ticks(6).map((t) => ({ at: x(t), label: formatTick(t, 2) }))}
                baseline
                title={withUnit(xVar)}
                titleY={HEIGHT - 6}
              />
              {rows.map((r, i) => (
                <circle
                  key={r.code}
                  cx={x(xs[i] ?? 0)}
                  cy={y(ys[i] ?? 0)}
                  r={3}
                  fill={areaColour(context.areas.findIndex((a) => a.code === r.areaCode))}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                />
              ))}
            </g>
            {active !== null && <FocusMarker cx={x(xs[active] ?? 0)} cy={y(ys[active] ?? 0)} />}
          </ChartSvg>
          <LiveReadout id={`${id}-readout`} text={active !== null ? describe(active) : ''} />
        </div>
        <ChartFooter
          title={title}
          sourceLine={sourceLine}
          licenceLine={LICENCE_LINE}
          svgRef={svgRef}
          csv={csv}
          name={{
            authority: context.areas.map((a) => a.name).join('-'),
            indicator: `neighbourhoods-${xVar.id}-${yVar.id}`,
          }}
          briefingSentence={`Across ${areasText}'s ${rows.length} neighbourhoods, Pearson's r between ${xVar.shortLabel} and ${yVar.shortLabel} is ${rText(local.r)}; Spearman's rho ${local.rho ? fmtR(local.rho.rho) : 'not defined'}.`}
        />
        <TableTwin caption={`${title}: each neighbourhood of ${areasText}`}>
          <thead>
            <tr>
              <th scope="col">Neighbourhood</th>
              <th scope="col">Authority</th>
              <th scope="col" className="numeric">
                {xVar.shortLabel}
              </th>
              <th scope="col" className="numeric">
                {yVar.shortLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.code}>
                <th scope="row">{r.code}</th>
                <td>{areaName(r.areaCode)}</td>
                <td className="numeric">{formatNumber(xs[i] ?? 0, xVar.decimals)}</td>
                <td className="numeric">{formatNumber(ys[i] ?? 0, yVar.decimals)}</td>
              </tr>
            ))}
          </tbody>
        </TableTwin>
      </ChartFigure>
    </section>
  )
}

/** The values' range (the authority's own, until England's is worked out), or 0 to 1 with none. */
function spanOf(values: readonly number[]): [number, number] {
  const [low, high] = extent(values)
  return low === undefined || high === undefined ? [0, 1] : [low, high]
}
