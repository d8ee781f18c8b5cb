import { scaleLinear } from 'd3'
import { useId, useMemo, useRef } from 'react'
import { AxisBottom, plotArea, formatTick } from '../shared/ChartAxes'
import type { ChartCsv, ExportName } from '../shared/ChartDownloads'
import { ChartFigure } from '../shared/ChartFigure'
import { ChartFooter } from '../shared/ChartFooter'
import { BlockSwatch, ChartLegend, LineSwatch } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { ChartTooltip } from '../shared/ChartTooltip'
import { measureInBrowser } from '../shared/exportPicture'
import { FocusMarker } from '../shared/FocusMarker'
import { formatNumber, formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { AREA_COLOURS, ENGLAND_COLOUR, GROUP_COLOUR } from '../shared/palette'
import { pointerInViewBox } from '../shared/pointer'
import { TableTwin } from '../shared/TableTwin'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'
import type { RankingBar, RankingModel } from './buildRankingModel'
import { compactRanking, placeReferenceLabels, referenceName } from './compactRanking'
import { rankingSlidePicture } from './rankingSlidePicture'

// Labels sit above each bar rather than beside it, so names have the full width on a phone. The chart is laid out at
// its container's width (useChartWidth), so text stays at 12 px or more however narrow the screen.
const WIDTH = 560
const ROW = 38
const GAP_ROW = 26
const MARGIN = { top: 26, right: 48, bottom: 36, left: 8 }
const SELECTED = AREA_COLOURS[0]
const MEMBER = '#8fb4d1'
const REFERENCE_DASH = { england: '2 3', group: '6 4' } as const
/** A rough width of 12 px Arial per character, to keep reference names apart. */
const CHAR_WIDTH = 6.8
/** White behind value figures so a reference line never runs through them. */
const HALO = { stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const

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
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}

const describeBar = (bar: RankingBar, spec: FormatSpec, of: number) =>
  `${bar.label}: ${bar.value === null ? (bar.missingReason ?? 'no figure') : formatValue(bar.value, spec)}` +
  `${bar.rank !== null ? `, rank ${bar.rank} of ${of}` : ''}${bar.note ? ` (${bar.note})` : ''}`

/** The name written above a reference line: short, since the legend gives it in full. */

/**
 * Horizontal bars of a group, ranked, the selected authority highlighted, England and the group summary as lines
 * through the bars (never through the names or figures). All of England is drawn compactly: the top and bottom ten
 * and the selected authority, with the number left out between; the table twin lists everyone.
 */
export function RankingChart({ model, title, spec, sourceLine, licenceLine, rankNote, csv, name }: RankingChartProps) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const { bars, references, extent } = model
  const rows = useMemo(() => compactRanking(bars), [bars])
  const drawn = rows.flatMap((r) => (r.kind === 'bar' ? [r.bar] : []))
  const { active, setActive, onKeyDown, clear } = useActiveIndex(drawn.length)
  const tops: number[] = []
  let y = MARGIN.top
  for (const r of rows) {
    tops.push(y)
    y += r.kind === 'bar' ? ROW : GAP_ROW
  }
  const height = y + MARGIN.bottom
  const area = plotArea(width, height, MARGIN)
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(extent ?? [0, 1])
        .nice()
        .range([MARGIN.left, width - MARGIN.right]),
    [extent, width],
  )
  const zero = x(0)
  const activeBar = active === null ? null : drawn[active]
  const activeTop = activeBar ? (tops[rows.findIndex((r) => r.kind === 'bar' && r.bar === activeBar)] ?? 0) : 0
  const labelAt = placeReferenceLabels(
    references.map((r) => ({ key: r.key, x: x(r.value), width: referenceName(r).length * CHAR_WIDTH })),
  )
  const compact = rows.length < bars.length

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
      <p className="hint">
        {rankNote}
        {compact &&
          ` The chart shows the top and bottom ten and the selected authority (${drawn.length} of ${bars.length}); the table lists all ${bars.length}.`}
      </p>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${title}. Chart: use the up and down arrow keys to read each authority shown; the table below has every figure.`}
          describedBy={`${id}-readout`}
          onPointerMove={(event) => {
            const py = pointerInViewBox(event, width, height).y
            const row = rows.findIndex(
              (r, i) => py >= (tops[i] ?? 0) && py < (tops[i] ?? 0) + (r.kind === 'bar' ? ROW : GAP_ROW),
            )
            const hit = rows[row]
            setActive(hit?.kind === 'bar' ? drawn.indexOf(hit.bar) : null)
          }}
          onKeyDown={onKeyDown}
          onLeave={clear}
        >
          <g aria-hidden="true">
            <AxisBottom
              area={area}
              ticks={x.ticks(width < 400 ? 3 : 5).map((t) => ({ at: x(t), label: formatTick(t) }))}
              gridTop={MARGIN.top - 4}
              gap={14}
              fontSize={12}
              title={unitHeading(spec)}
              titleY={height - 4}
            />
            {references.map((r) => (
              <g key={r.key}>
                {rows.map((row, i) =>
                  row.kind === 'bar' ? (
                    <line
                      key={row.bar.areaCode}
                      x1={x(r.value)}
                      x2={x(r.value)}
                      y1={(tops[i] ?? 0) + 15}
                      y2={(tops[i] ?? 0) + ROW - 2}
                      stroke={r.kind === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR}
                      strokeWidth={2}
                      strokeDasharray={REFERENCE_DASH[r.kind]}
                    />
                  ) : null,
                )}
                <text
                  x={Math.min(width - (referenceName(r).length * CHAR_WIDTH) / 2, labelAt.get(r.key) ?? x(r.value))}
                  y={MARGIN.top - 8}
                  textAnchor="middle"
                  fontSize="12"
                  fill={r.kind === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR}
                >
                  {referenceName(r)}
                </text>
              </g>
            ))}
            {rows.map((row, i) => {
              const top = tops[i] ?? 0
              if (row.kind === 'gap')
                return (
                  <text key={`gap-${i}`} x={MARGIN.left} y={top + 17} fontSize="12" fill="#505a5f">
                    … {row.hidden} {row.hidden === 1 ? 'authority' : 'authorities'} not drawn (in the table) …
                  </text>
                )
              const { bar } = row
              const value = bar.value
              return (
                <g key={bar.areaCode} transform={`translate(0 ${top})`}>
                  <text x={MARGIN.left} y={12} fontSize="13" fontWeight={bar.isSelected ? 700 : 400} fill="#0b0c0c">
                    {bar.rank !== null ? `${bar.rank}. ` : ''}
                    {bar.label}
                  </text>
                  {value === null ? (
                    <text x={zero + 2} y={29} fontSize="12" fill="#505a5f" {...HALO}>
                      {bar.missingReason}
                    </text>
                  ) : (
                    <>
                      <rect
                        x={Math.min(zero, x(value))}
                        y={17}
                        width={Math.max(1, Math.abs(x(value) - zero))}
                        height={15}
                        fill={bar.isSelected ? SELECTED : MEMBER}
                      />
                      <text x={Math.max(zero, x(value)) + 4} y={29} fontSize="12" fill="#0b0c0c" {...HALO}>
                        {formatNumber(value, spec.decimals)}
                      </text>
                    </>
                  )}
                </g>
              )
            })}
          </g>
          {activeBar && <FocusMarker x={1} y={activeTop} width={width - 2} height={ROW - 2} />}
        </ChartSvg>
        {activeBar && (
          <ChartTooltip style={{ left: '8px', top: `${((activeTop + ROW) / height) * 100}%` }}>
            {describeBar(activeBar, spec, model.rankedCount)}
          </ChartTooltip>
        )}
        <LiveReadout id={`${id}-readout`} text={activeBar ? describeBar(activeBar, spec, model.rankedCount) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={licenceLine}
        svgRef={svgRef}
        csv={csv ?? buildRankingCsv(model, spec)}
        name={name}
        slidePicture={(legend) =>
          rankingSlidePicture(
            model,
            spec,
            legend,
            measureInBrowser,
            svgRef.current?.getAttribute('aria-label') ?? title,
          )
        }
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
            <td className="num">{b.rank === null ? '–' : `${b.rank} of ${model.rankedCount}`}</td>
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
