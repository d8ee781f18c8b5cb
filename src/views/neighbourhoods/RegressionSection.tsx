import { line, scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, AxisLeft, formatTick } from '../../charts/shared/ChartAxes'
import { ChartFigure } from '../../charts/shared/ChartFigure'
import { ChartFooter } from '../../charts/shared/ChartFooter'
import { BlockSwatch, ChartLegend, DotSwatch, LineSwatch } from '../../charts/shared/ChartLegend'
import { ChartSvg } from '../../charts/shared/ChartSvg'
import { formatNumber } from '../../charts/shared/format'
import { LiveReadout } from '../../charts/shared/LiveReadout'
import { GROUP_COLOUR } from '../../charts/shared/palette'
import { TableTwin } from '../../charts/shared/TableTwin'
import { useActiveIndex } from '../../charts/shared/useActiveIndex'
import { useChartWidth } from '../../charts/shared/useChartWidth'
import type { NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import { MAX_PREDICTORS } from '../../state/dashboardState'
import { useDashboardState } from '../../state/useDashboardState'
import { fitMultipleRegression, partialEffect, type MultipleRegression } from '../../stats/multipleRegression'
import { LICENCE_LINE } from '../shared/sourceLine'
import { completeRows, variablesSourceLine, withUnit } from './analysisData'
import { formatP } from './CompareSection'
import { describeRegression } from './describeRegression'
import type { AnalysisContext } from './NeighbourhoodAnalysisView'
import { VariableSelect } from './VariableSelect'

const WIDTH = 640
const PANEL_HEIGHT = 230
const PANEL_MARGIN = { top: 28, right: 12, bottom: 44, left: 56 }

/**
 * Multiple regression of the outcome on the chosen predictors over the neighbourhoods shown: coefficients with 95%
 * intervals, R², n, effect (partial) plots and a reading in words that warns against causal and individual claims.
 */
export function RegressionSection({ context }: { context: AnalysisContext }) {
  const { update } = useDashboardState()
  const { first: outcome, predictors, numeric } = context
  const ids = [outcome.id, ...predictors.map((p) => p.id)]
  const { rows, leftOut } = completeRows(context.rows, ids)
  const outcomeValues = rows.map((r) => r.values[outcome.id] ?? 0)
  const result = useMemo(
    () =>
      predictors.length
        ? fitMultipleRegression(
            rows.map((r) => r.values[outcome.id] ?? 0),
            predictors.map((p) => ({ name: p.shortLabel, values: rows.map((r) => r.values[p.id] ?? 0) })),
          )
        : null,
    [rows, outcome.id, predictors],
  )
  const choosable = numeric.filter((v) => v.id !== outcome.id && !predictors.some((p) => p.id === v.id))
  const areasText = context.areas.map((a) => a.name).join(', ')
  return (
    <section aria-labelledby="regression-heading">
      <h2 id="regression-heading">What goes with {outcome.shortLabel}, other things held equal</h2>
      <h3>Predictors</h3>
      {predictors.length ? (
        <ul className="analysis-areas">
          {predictors.map((p) => (
            <li key={p.id}>
              {p.label}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => update((latest) => ({ predictors: latest.predictors.filter((x) => x !== p.id) }))}
              >
                Remove<span className="visually-hidden"> {p.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Add one or more predictors to fit a regression of {outcome.label} on them.</p>
      )}
      {predictors.length < MAX_PREDICTORS ? (
        <VariableSelect
          id="regression-add"
          label="Add a predictor"
          variables={choosable}
          value=""
          onChange={(id) => update((latest) => ({ predictors: [...latest.predictors.filter((x) => x !== id), id] }))}
        />
      ) : (
        <p className="hint">At most {MAX_PREDICTORS} predictors.</p>
      )}
      {result && !result.ok ? (
        <p role="alert" className="notification-banner">
          This regression cannot be fitted: {result.reason}
        </p>
      ) : null}
      {result?.ok ? (
        <RegressionResults
          fit={result.fit}
          outcome={outcome}
          predictors={predictors}
          predictorValues={predictors.map((p) => rows.map((r) => r.values[p.id] ?? 0))}
          outcomeValues={outcomeValues}
          leftOut={leftOut}
          areasText={areasText}
        />
      ) : null}
    </section>
  )
}

function RegressionResults({
  fit,
  outcome,
  predictors,
  predictorValues,
  outcomeValues,
  leftOut,
  areasText,
}: {
  fit: MultipleRegression
  outcome: NeighbourhoodVariable
  predictors: NeighbourhoodVariable[]
  predictorValues: number[][]
  outcomeValues: number[]
  leftOut: number
  areasText: string
}) {
  const fmt = (v: number) => formatNumber(v, Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 3 : 4)
  const reading = describeRegression(fit, outcome, predictors)
  return (
    <>
      <ul className="stats-summary" aria-label="Fit">
        <li>
          R²<strong>{formatNumber(fit.rSquared, 3)}</strong>
        </li>
        <li>
          Adjusted R²<strong>{formatNumber(fit.adjustedRSquared, 3)}</strong>
        </li>
        <li>
          Neighbourhoods (n)<strong>{fit.n.toLocaleString('en-GB')}</strong>
        </li>
        <li>
          Residual standard error<strong>{fmt(fit.residualSe)}</strong>
        </li>
      </ul>
      {leftOut ? <p>{leftOut} neighbourhoods lack a figure for one of the variables and are left out.</p> : null}
      <div className="table-wrap">
        <table>
          <caption>
            Ordinary least squares regression of {withUnit(outcome)} on {predictors.length} predictor
            {predictors.length > 1 ? 's' : ''}, neighbourhoods of {areasText}: each coefficient is the difference in the
            outcome for one unit more of the predictor, the others held equal; 95% intervals and p-values from the t
            distribution on {fit.dfResidual} degrees of freedom.
          </caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col" className="numeric">
                Coefficient
              </th>
              <th scope="col" className="numeric">
                95% interval
              </th>
              <th scope="col" className="numeric">
                Standard error
              </th>
              <th scope="col" className="numeric">
                t
              </th>
              <th scope="col" className="numeric">
                p
              </th>
            </tr>
          </thead>
          <tbody>
            {fit.coefficients.map((c, i) => (
              <tr key={c.name}>
                <th scope="row">
                  {i === 0
                    ? 'Constant (all predictors 0)'
                    : `${predictors[i - 1]?.label} (per 1 ${predictors[i - 1]?.unit})`}
                </th>
                <td className="numeric">{fmt(c.estimate)}</td>
                <td className="numeric">
                  {fmt(c.lower)} to {fmt(c.upper)}
                </td>
                <td className="numeric">{fmt(c.se)}</td>
                <td className="numeric">{formatNumber(c.t, 2)}</td>
                <td className="numeric">{formatP(c.p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Reading it</h3>
      {reading.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <PartialPlots
        fit={fit}
        outcome={outcome}
        predictors={predictors}
        predictorValues={predictorValues}
        outcomeValues={outcomeValues}
        areasText={areasText}
      />
    </>
  )
}

function PartialPlots({
  fit,
  outcome,
  predictors,
  predictorValues,
  areasText,
}: {
  fit: MultipleRegression
  outcome: NeighbourhoodVariable
  predictors: NeighbourhoodVariable[]
  predictorValues: number[][]
  outcomeValues: number[]
  areasText: string
}) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const effects = useMemo(
    () => predictors.map((_, j) => partialEffect(fit, predictorValues[j] ?? [], j)),
    [fit, predictors, predictorValues],
  )
  const { active, onKeyDown, clear } = useActiveIndex(predictors.length)
  const columns = width >= 560 && predictors.length > 1 ? 2 : 1
  const panelWidth = width / columns
  const height = PANEL_HEIGHT * Math.ceil(predictors.length / columns)
  const title = `Effect of each predictor on ${outcome.shortLabel}, the others held at their means: neighbourhoods of ${areasText}`
  const csv = {
    header: ['predictor', 'predictor value', `fitted ${outcome.shortLabel}`, '95% lower', '95% upper'],
    rows: predictors.flatMap((p, j) =>
      (effects[j]?.line ?? [])
        .filter((_, i) => i % 10 === 0)
        .map((pt) => [p.shortLabel, pt.x, pt.fitted, pt.lower, pt.upper]),
    ),
  }
  const describe = (j: number) => {
    const e = effects[j]
    const p = predictors[j]
    const first = e?.line[0]
    const last = e?.line.at(-1)
    if (!p || !first || !last) return ''
    return `${p.shortLabel}: from ${formatNumber(first.x, p.decimals)} to ${formatNumber(last.x, p.decimals)}, fitted ${outcome.shortLabel} goes from ${formatNumber(first.fitted, outcome.decimals)} to ${formatNumber(last.fitted, outcome.decimals)}`
  }
  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        <li>
          <LineSwatch colour="#0b0c0c" />
          Fitted outcome, the other predictors at their means
        </li>
        <li>
          <BlockSwatch colour="#b1b4b6" />
          95% confidence band of the fitted line
        </li>
        <li>
          <DotSwatch colour={GROUP_COLOUR} r={3} />A neighbourhood: the line plus its residual (partial residual)
        </li>
      </ChartLegend>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${title}. Use the arrow keys to step through the predictors; the table below has the fitted lines.`}
          describedBy={`${id}-readout`}
          onKeyDown={onKeyDown}
          onLeave={clear}
        >
          <g aria-hidden="true">
            {predictors.map((p, j) => {
              const e = effects[j]
              if (!e) return null
              const ox = (j % columns) * panelWidth
              const oy = Math.floor(j / columns) * PANEL_HEIGHT
              const area = {
                left: ox + PANEL_MARGIN.left,
                right: ox + panelWidth - PANEL_MARGIN.right,
                top: oy + PANEL_MARGIN.top,
                bottom: oy + PANEL_HEIGHT - PANEL_MARGIN.bottom,
              }
              const ys = [...e.points.map((pt) => pt.y), ...e.line.flatMap((l) => [l.lower, l.upper])]
              const x = scaleLinear()
                .domain([e.line[0]?.x ?? 0, e.line.at(-1)?.x ?? 1])
                .nice()
                .range([area.left, area.right])
              const y = scaleLinear()
                .domain([Math.min(...ys), Math.max(...ys)])
                .nice()
                .range([area.bottom, area.top])
              const path = line<{ x: number; fitted: number }>()
                .x((d) => x(d.x))
                .y((d) => y(d.fitted))(e.line)
              const band =
                e.line.map((l) => `${x(l.x)},${y(l.upper)}`).join(' ') +
                ' ' +
                [...e.line]
                  .reverse()
                  .map((l) => `${x(l.x)},${y(l.lower)}`)
                  .join(' ')
              return (
                <g key={p.id}>
                  <text x={area.left} y={oy + 16} fontSize={13} fontWeight={active === j ? 700 : 600}>
                    {p.shortLabel.length > 40 ? `${p.shortLabel.slice(0, 39)}…` : p.shortLabel}
                  </text>
                  {e.points.map((pt, i) => (
                    <circle key={i} cx={x(pt.x)} cy={y(pt.y)} r={1.8} fill={GROUP_COLOUR} opacity={0.35} />
                  ))}
                  <polygon points={band} fill="#b1b4b6" opacity={0.6} />
                  {path ? <path d={path} fill="none" stroke="#0b0c0c" strokeWidth={2} /> : null}
                  <AxisLeft area={area} scale={y} ticks={y.ticks(4)} format={(t) => formatTick(t, 2)} />
                  <AxisBottom
                    area={area}
                    ticks={x.ticks(4).map((t) => ({ at: x(t), label: formatTick(t, 2) }))}
                    baseline
                    title={p.unit.length > 40 ? `${p.unit.slice(0, 39)}…` : p.unit}
                    titleY={oy + PANEL_HEIGHT - 8}
                  />
                </g>
              )
            })}
          </g>
        </ChartSvg>
        <LiveReadout id={`${id}-readout`} text={active !== null ? describe(active) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={variablesSourceLine([outcome, ...predictors])}
        licenceLine={LICENCE_LINE}
        svgRef={svgRef}
        csv={csv}
        name={{ indicator: `neighbourhoods-regression-${outcome.id}` }}
        briefingSentence={`Regression of ${outcome.shortLabel} over ${fit.n} neighbourhoods of ${areasText}: R² ${formatNumber(fit.rSquared, 3)}. An association between places, not a cause, and not a statement about individual families.`}
      />
      <TableTwin caption={`${title}: the fitted line at five points of each predictor's range`}>
        <thead>
          <tr>
            <th scope="col">Predictor</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col" className="numeric">
              Fitted {outcome.shortLabel}
            </th>
            <th scope="col" className="numeric">
              95% interval
            </th>
          </tr>
        </thead>
        <tbody>
          {predictors.flatMap((p, j) =>
            (effects[j]?.line ?? [])
              .filter((_, i) => i % 10 === 0)
              .map((pt) => (
                <tr key={`${p.id}-${pt.x}`}>
                  <th scope="row">{p.shortLabel}</th>
                  <td className="numeric">{formatNumber(pt.x, p.decimals)}</td>
                  <td className="numeric">{formatNumber(pt.fitted, outcome.decimals)}</td>
                  <td className="numeric">
                    {formatNumber(pt.lower, outcome.decimals)} to {formatNumber(pt.upper, outcome.decimals)}
                  </td>
                </tr>
              )),
          )}
        </tbody>
      </TableTwin>
    </ChartFigure>
  )
}
