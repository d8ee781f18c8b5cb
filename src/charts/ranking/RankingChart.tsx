import { scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, plotArea, formatTick } from '../shared/ChartAxes'
import type { ChartCsv } from '../shared/ChartDownloads'
import { ChartFigure } from '../shared/ChartFigure'
import { ChartFooter } from '../shared/ChartFooter'
import { BlockSwatch, ChartLegend, LineSwatch } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { ChartTooltip } from '../shared/ChartTooltip'
import { FocusMarker } from '../shared/FocusMarker'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { AREA_COLOURS, ENGLAND_COLOUR, GROUP_COLOUR } from '../shared/palette'
import { pointerInViewBox } from '../shared/pointer'
import { TableTwin } from '../shared/TableTwin'
import { useActiveIndex } from '../shared/useActiveIndex'
import type { RankingBar, RankingModel } from './buildRankingModel'

// Labels sit above each bar rather than beside it, so the chart stays readable when a 320 px screen scales it down.
const WIDTH = 340
const ROW = 36
const MARGIN = { top: 28, right: 44, bottom: 34, left: 8 }
const SELECTED = AREA_COLOURS[0]
const MEMBER = '#8fb4d1'
const REFERENCE_DASH = { england: '2 3', group: '6 4' } as const

export interface RankingChartProps {
  model: RankingModel
  /** States the subject: "Children in need per 10,000 children, Leeds and its statistical neighbours, 2025". */
  title: string
  spec: FormatSpec
  sourceLine: string
  licenceLine: string
  /** "Rank 1 = highest", said under the title and in the table. */
  rankNote: string
  /** Extra CSV columns a view wants (e.g. expected value); defaults to area, code, rank, value, flag, note. */
  csv?: ChartCsv
}

const describeBar = (bar: RankingBar, spec: FormatSpec) =>
  `${bar.label}: ${bar.value === null ? (bar.missingReason ?? 'no figure') : formatValue(bar.value, spec)}` +
  `${bar.rank !== null ? `, rank ${bar.rank}` : ''}${bar.note ? ` (${bar.note})` : ''}`

/** Horizontal bars of a group, ranked, the selected authority highlighted, England and the group summary as lines. */
export function RankingChart({ model, title, spec, sourceLine, licenceLine, rankNote, csv }: RankingChartProps) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { bars, references, extent } = model
  const { active, setActive, onKeyDown, clear } = useActiveIndex(bars.length)
  const height = MARGIN.top + bars.length * ROW + MARGIN.bottom
  const area = plotArea(WIDTH, height, MARGIN)
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(extent ?? [0, 1])
        .nice()
        .range([MARGIN.left, WIDTH - MARGIN.right]),
    [extent],
  )
  const zero = x(0)
  const activeBar = active === null ? null : bars[active]

  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        <li>
          <BlockSwatch colour={SELECTED} />
          Selected authority
        </li>
        <li>
          <BlockSwatch colour={MEMBER} />
          Group members
        </li>
        {references.map((r) => (
          <li key={r.key}>
            <LineSwatch colour={r.kind === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR} dashed />
            {r.label}: {formatValue(r.value, spec)}
          </li>
        ))}
      </ChartLegend>
      <p className="hint">{rankNote}</p>
      <div className="chart__frame">
        <ChartSvg
          svgRef={svgRef}
          style={{ maxWidth: `${WIDTH * 1.8}px` }}
          width={WIDTH}
          height={height}
          label={`${title}. Chart: use the up and down arrow keys to read each authority; the table below has every figure.`}
          describedBy={`${id}-readout`}
          onPointerMove={(event) => {
            const index = Math.floor((pointerInViewBox(event, WIDTH, height).y - MARGIN.top) / ROW)
            setActive(index >= 0 && index < bars.length ? index : null)
          }}
          onKeyDown={onKeyDown}
          onLeave={clear}
        >
          <g aria-hidden="true">
            <AxisBottom
              area={area}
              ticks={x.ticks(4).map((t) => ({ at: x(t), label: formatTick(t) }))}
              gridTop={MARGIN.top - 6}
              gap={14}
              fontSize={11}
              title={unitHeading(spec)}
              titleY={height - 4}
            />
            {bars.map((bar, i) => {
              const top = MARGIN.top + i * ROW
              const value = bar.value
              return (
                <g key={bar.areaCode} transform={`translate(0 ${top})`}>
                  <text x={MARGIN.left} y={12} fontSize="13" fontWeight={bar.isSelected ? 700 : 400} fill="#0b0c0c">
                    {bar.rank !== null ? `${bar.rank}. ` : ''}
                    {bar.label}
                  </text>
                  {value === null ? (
                    <text x={zero + 2} y={28} fontSize="12" fill="#505a5f">
                      {bar.missingReason}
                    </text>
                  ) : (
                    <>
                      <rect
                        x={Math.min(zero, x(value))}
                        y={16}
                        width={Math.max(1, Math.abs(x(value) - zero))}
                        height={15}
                        fill={bar.isSelected ? SELECTED : MEMBER}
                      />
                      <text x={Math.max(zero, x(value)) + 4} y={28} fontSize="12" fill="#0b0c0c">
                        {formatNumber(value, spec.decimals)}
                      </text>
                    </>
                  )}
                </g>
              )
            })}
            {references.map((r) => (
              <g key={r.key}>
                <line
                  x1={x(r.value)}
                  x2={x(r.value)}
                  y1={MARGIN.top - 10}
                  y2={height - MARGIN.bottom}
                  stroke={r.kind === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR}
                  strokeWidth={2}
                  strokeDasharray={REFERENCE_DASH[r.kind]}
                />
                <text
                  x={x(r.value)}
                  y={r.kind === 'england' ? MARGIN.top - 16 : MARGIN.top - 4}
                  textAnchor="middle"
                  fontSize="10"
                  fill={r.kind === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR}
                >
                  {r.kind === 'england' ? 'England' : 'Group'}
                </text>
              </g>
            ))}
          </g>
          {active !== null && <FocusMarker x={1} y={MARGIN.top + active * ROW} width={WIDTH - 2} height={ROW - 2} />}
        </ChartSvg>
        {activeBar && active !== null && (
          <ChartTooltip style={{ left: '8px', top: `${((MARGIN.top + (active + 1) * ROW) / height) * 100}%` }}>
            {describeBar(activeBar, spec)}
          </ChartTooltip>
        )}
        <LiveReadout id={`${id}-readout`} text={activeBar ? describeBar(activeBar, spec) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={licenceLine}
        svgRef={svgRef}
        csv={csv ?? buildRankingCsv(model, spec)}
      />
      <RankingTable model={model} spec={spec} caption={title} rankNote={rankNote} />
    </ChartFigure>
  )
}

/** The CSV twin: one row per authority in rank order, then the reference values. */
export function buildRankingCsv(model: RankingModel, spec: FormatSpec): ChartCsv {
  return {
    header: ['area', 'area_code', 'rank', `value (${unitHeading(spec)})`, 'flag', 'note'],
    rows: [
      ...model.bars.map((b) => [b.label, b.areaCode, b.rank, b.value, b.flag, b.missingReason ?? b.note]),
      ...model.references.map((r) => [r.label, null, null, r.value, null, null]),
    ],
    decimals: [null, null, null, spec.decimals, null, null],
  }
}

function RankingTable({
  model,
  spec,
  caption,
  rankNote,
}: {
  model: RankingModel
  spec: FormatSpec
  caption: string
  rankNote: string
}) {
  const hasNotes = model.bars.some((b) => b.note)
  return (
    <TableTwin
      caption={
        <>
          {caption} ({unitHeading(spec)}; {rankNote})
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col" className="num">
            Rank
          </th>
          <th scope="col">Authority</th>
          <th scope="col" className="num">
            Value
          </th>
          {hasNotes && <th scope="col">Note</th>}
        </tr>
      </thead>
      <tbody>
        {model.bars.map((b) => (
          <tr key={b.areaCode} className={b.isSelected ? 'row--selected' : undefined}>
            <td className="num">{b.rank ?? '–'}</td>
            <th scope="row">
              {b.label}
              {b.isSelected ? ' (selected)' : ''}
            </th>
            <td className="num">{b.value === null ? `– (${b.missingReason})` : formatValue(b.value, spec)}</td>
            {hasNotes && <td>{b.note}</td>}
          </tr>
        ))}
        {model.references.map((r) => (
          <tr key={r.key}>
            <td className="num">–</td>
            <th scope="row">{r.label}</th>
            <td className="num">{formatValue(r.value, spec)}</td>
            {hasNotes && <td />}
          </tr>
        ))}
      </tbody>
    </TableTwin>
  )
}
