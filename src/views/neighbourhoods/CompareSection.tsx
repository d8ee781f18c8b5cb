import { scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, formatTick, plotArea } from '../../charts/shared/ChartAxes'
import { ChartFigure } from '../../charts/shared/ChartFigure'
import { ChartFooter } from '../../charts/shared/ChartFooter'
import { ChartLegend, DotSwatch, LineSwatch } from '../../charts/shared/ChartLegend'
import { ChartSvg } from '../../charts/shared/ChartSvg'
import { formatNumber } from '../../charts/shared/format'
import { LiveReadout } from '../../charts/shared/LiveReadout'
import { areaColour, GROUP_COLOUR } from '../../charts/shared/palette'
import { TableTwin } from '../../charts/shared/TableTwin'
import { useActiveIndex } from '../../charts/shared/useActiveIndex'
import { useChartWidth } from '../../charts/shared/useChartWidth'
import { groupMean } from '../../stats/anova'
import { quartilesOf } from '../../stats/quartiles'
import { LICENCE_LINE } from '../shared/sourceLine'
import { completeRows, variablesSourceLine, withUnit } from './analysisData'
import type { AnalysisContext } from './NeighbourhoodAnalysisView'
import { useHeavyAnalysis } from './useHeavyAnalysis'

const WIDTH = 640
const ROW = 70
const MARGIN = { top: 8, right: 16, bottom: 48, left: 150 }

/** A p-value as read: "< 0.001" below a thousandth, else three decimals. */
export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : formatNumber(p, 3)
}

/**
 * The variable's distribution in each authority shown (box: quartiles; whiskers: lowest to highest; dots: every
 * neighbourhood; diamond and bar: mean with its 95% interval), a one-way ANOVA and Tukey's HSD for every pair.
 */
export function CompareSection({ context }: { context: AnalysisContext }) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const { first: variable, areas } = context
  // Memoised: the groups are posted to the analysis worker, so they must keep their identity while unchanged.
  const { rows, leftOut } = useMemo(() => completeRows(context.rows, [variable.id]), [context.rows, variable.id])
  const groups = useMemo(
    () => areas.map((a) => rows.filter((r) => r.areaCode === a.code).map((r) => r.values[variable.id] ?? 0)),
    [areas, rows, variable.id],
  )
  const { active, onKeyDown, clear } = useActiveIndex(areas.length)
  // Tukey's p-values integrate the studentized range for every pair: worked out in the analysis worker.
  const groupArgs = useMemo(() => [groups] as [number[][]], [groups])
  const answer = useHeavyAnalysis('compareGroups', groupArgs)
  const tests = answer.status === 'done' ? answer.result : null
  if (areas.length < 2)
    return (
      <p>Add at least one more authority above to compare the distribution of {variable.label} between authorities.</p>
    )
  const summaries = groups.map((g) => (g.length ? { mean: groupMean(g), quartiles: quartilesOf(g) } : null))
  const height = MARGIN.top + MARGIN.bottom + ROW * areas.length
  const area = plotArea(width, height, MARGIN)
  const all = groups.flat()
  const x = scaleLinear()
    .domain([Math.min(...all), Math.max(...all)])
    .nice()
    .range([area.left, area.right])
  const fmt = (v: number) => formatNumber(v, variable.decimals + 1)
  const areasText = areas.map((a) => a.name).join(', ')
  const title = `${variable.label}: neighbourhoods of ${areasText} compared`
  const sourceLine = variablesSourceLine([variable])
  const describe = (i: number) => {
    const s = summaries[i]
    const a = areas[i]
    if (!s || !a) return ''
    return `${a.name}: ${s.mean.n} neighbourhoods, mean ${fmt(s.mean.mean)}${s.mean.ci ? ` (95% interval ${fmt(s.mean.ci.lower)} to ${fmt(s.mean.ci.upper)})` : ''}, median ${s.quartiles ? fmt(s.quartiles[2]) : '–'}`
  }
  const csv = {
    header: [
      'authority',
      'neighbourhoods',
      'mean',
      'mean 95% lower',
      'mean 95% upper',
      'lowest',
      'lower quartile',
      'median',
      'upper quartile',
      'highest',
    ],
    rows: areas.map((a, i) => {
      const s = summaries[i]
      return [
        a.name,
        s?.mean.n ?? 0,
        s?.mean.mean ?? null,
        s?.mean.ci?.lower ?? null,
        s?.mean.ci?.upper ?? null,
        ...(s?.quartiles ?? [null, null, null, null, null]),
      ]
    }),
  }
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">How {variable.shortLabel} differs between the authorities</h2>
      {tests ? (
        <p>
          One-way analysis of variance: F = {formatNumber(tests.anova.f, 2)} on {tests.anova.dfBetween} and{' '}
          {tests.anova.dfWithin} degrees of freedom, p{' '}
          {tests.anova.p < 0.001 ? '< 0.001' : `= ${formatP(tests.anova.p)}`} ({tests.anova.n.toLocaleString('en-GB')}{' '}
          neighbourhoods).{' '}
          {tests.anova.p < 0.05
            ? 'The authorities’ means differ by more than chance alone would readily give.'
            : 'The differences between the means are within what chance alone would readily give.'}
          {leftOut ? ` ${leftOut} neighbourhoods without a figure are left out.` : ''}
        </p>
      ) : answer.status === 'working' ? (
        <p role="status">Working out the analysis of variance and the pairwise comparisons…</p>
      ) : answer.status === 'failed' ? (
        <p className="error-summary" role="alert">
          The tests could not be worked out ({answer.error}); the distributions below are unaffected.
        </p>
      ) : (
        <p>Each authority needs at least two neighbourhoods with a figure for the tests.</p>
      )}
      <ChartFigure id={id} title={title}>
        <ChartLegend>
          <li>
            <DotSwatch colour={GROUP_COLOUR} r={3} />
            One neighbourhood
          </li>
          <li>
            <LineSwatch colour="#0b0c0c" />
            Box: middle half (quartiles) and median; whiskers: lowest to highest
          </li>
          <li>
            <DotSwatch colour="#0b0c0c" r={5} />
            Mean with its 95% interval
          </li>
        </ChartLegend>
        <div className="chart__frame" ref={frameRef}>
          <ChartSvg
            svgRef={svgRef}
            width={width}
            height={height}
            label={`${title}. Use the arrow keys to step through the authorities; the tables below have every figure.`}
            describedBy={`${id}-readout`}
            onKeyDown={onKeyDown}
            onLeave={clear}
          >
            <g aria-hidden="true">
              <AxisBottom
                area={area}
                ticks={x.ticks(6).map((t) => ({ at: x(t), label: formatTick(t, 2) }))}
                baseline
                title={withUnit(variable)}
                titleY={height - 6}
              />
              {areas.map((a, i) => {
                const s = summaries[i]
                const cy = area.top + ROW * i + ROW / 2
                const colour = areaColour(i)
                return (
                  <g key={a.code}>
                    <text
                      x={area.left - 8}
                      y={cy + 4}
                      textAnchor="end"
                      fontSize={13}
                      fontWeight={active === i ? 700 : 400}
                    >
                      {a.name.length > 20 ? `${a.name.slice(0, 19)}…` : a.name}
                    </text>
                    {(groups[i] ?? []).map((v, j) => (
                      // A fixed spread by position, not random, so the picture is the same every time.
                      <circle key={j} cx={x(v)} cy={cy - 18 + ((j * 7919) % 37)} r={2} fill={colour} opacity={0.45} />
                    ))}
                    {s?.quartiles ? (
                      <>
                        <line
                          x1={x(s.quartiles[0])}
                          x2={x(s.quartiles[4])}
                          y1={cy + 26}
                          y2={cy + 26}
                          stroke="#0b0c0c"
                        />
                        <rect
                          x={x(s.quartiles[1])}
                          y={cy + 20}
                          width={Math.max(1, x(s.quartiles[3]) - x(s.quartiles[1]))}
                          height={12}
                          fill="#ffffff"
                          stroke="#0b0c0c"
                        />
                        <line
                          x1={x(s.quartiles[2])}
                          x2={x(s.quartiles[2])}
                          y1={cy + 20}
                          y2={cy + 32}
                          stroke="#0b0c0c"
                          strokeWidth={2}
                        />
                      </>
                    ) : null}
                    {s?.mean.ci ? (
                      <line
                        x1={x(s.mean.ci.lower)}
                        x2={x(s.mean.ci.upper)}
                        y1={cy}
                        y2={cy}
                        stroke="#0b0c0c"
                        strokeWidth={3}
                      />
                    ) : null}
                    {s ? <circle cx={x(s.mean.mean)} cy={cy} r={5} fill="#0b0c0c" stroke="#ffffff" /> : null}
                  </g>
                )
              })}
            </g>
          </ChartSvg>
          <LiveReadout id={`${id}-readout`} text={active !== null ? describe(active) : ''} />
        </div>
        <ChartFooter
          title={title}
          sourceLine={sourceLine}
          licenceLine={LICENCE_LINE}
          svgRef={svgRef}
          csv={csv}
          name={{ authority: areas.map((a) => a.name).join('-'), indicator: `neighbourhoods-${variable.id}-compared` }}
          briefingSentence={`${areas.map((a, i) => `${a.name}: mean ${summaries[i] ? fmt(summaries[i].mean.mean) : '–'}`).join('; ')} (${variable.label}).`}
        />
        <TableTwin caption={`${title}: means with 95% intervals and quartiles`}>
          <thead>
            <tr>
              <th scope="col">Authority</th>
              <th scope="col" className="numeric">
                Neighbourhoods
              </th>
              <th scope="col" className="numeric">
                Mean (95% interval)
              </th>
              <th scope="col" className="numeric">
                Lower quartile
              </th>
              <th scope="col" className="numeric">
                Median
              </th>
              <th scope="col" className="numeric">
                Upper quartile
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a, i) => {
              const s = summaries[i]
              return (
                <tr key={a.code}>
                  <th scope="row">{a.name}</th>
                  <td className="numeric">{s?.mean.n ?? 0}</td>
                  <td className="numeric">
                    {s
                      ? `${fmt(s.mean.mean)}${s.mean.ci ? ` (${fmt(s.mean.ci.lower)} to ${fmt(s.mean.ci.upper)})` : ''}`
                      : 'No figures'}
                  </td>
                  <td className="numeric">{s?.quartiles ? fmt(s.quartiles[1]) : '–'}</td>
                  <td className="numeric">{s?.quartiles ? fmt(s.quartiles[2]) : '–'}</td>
                  <td className="numeric">{s?.quartiles ? fmt(s.quartiles[3]) : '–'}</td>
                </tr>
              )
            })}
          </tbody>
        </TableTwin>
      </ChartFigure>
      {tests ? (
        <div className="table-wrap">
          <table>
            <caption>
              Pairwise differences in mean {variable.shortLabel}: Tukey&apos;s honestly significant difference
              (Tukey-Kramer for unequal numbers of neighbourhoods), with 95% intervals that hold for all{' '}
              {tests.pairs.length} pairs at once and p-values adjusted for making {tests.pairs.length} comparisons.
            </caption>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col" className="numeric">
                  Difference in means
                </th>
                <th scope="col" className="numeric">
                  95% interval
                </th>
                <th scope="col" className="numeric">
                  Adjusted p
                </th>
              </tr>
            </thead>
            <tbody>
              {tests.pairs.map((p) => (
                <tr key={`${p.a}-${p.b}`}>
                  <th scope="row">
                    {areas[p.b]?.name} − {areas[p.a]?.name}
                  </th>
                  <td className="numeric">{fmt(p.difference)}</td>
                  <td className="numeric">
                    {fmt(p.lower)} to {fmt(p.upper)}
                  </td>
                  <td className="numeric">{formatP(p.pAdjusted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
