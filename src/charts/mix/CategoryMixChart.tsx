import { useId, useRef } from 'react'
import { AxisBottom } from '../shared/ChartAxes'
import { ChartFigure } from '../shared/ChartFigure'
import type { ExportName } from '../shared/ChartDownloads'
import { ChartFooter } from '../shared/ChartFooter'
import { ChartLegend } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { ChartTooltip } from '../shared/ChartTooltip'
import { formatNumber, formatValue } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { AREA_COLOURS, GROUP_COLOUR } from '../shared/palette'
import { TableTwin } from '../shared/TableTwin'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'

/** One bar: an authority, a group mean or England, split into category shares of a total. */
export interface MixChartRow {
  key: string
  label: string
  /** Cash £ per category (null where not published, or for a group mean). */
  cash: readonly (number | null)[]
  /** Share of the total per category, %. */
  shares: readonly (number | null)[]
  total: number | null
  /** E.g. "9 of 10 had data" for a group mean. */
  note: string | null
}

const WIDTH = 640
const ROW_HEIGHT = 34
const LABEL_WIDTH = 200
// Room beside the plot for half the width of the end ticks' labels ("0%", "100%"), which are centred on its edges.
const MARGIN = { top: 8, right: 18, bottom: 36 }
/** Narrower than this, names go above the bars. */
const STACK_BELOW = 480
const STACKED_LABEL = 18
/** Categories in order; a seventh gets the group grey so every segment has its own colour. */
const COLOURS = [...AREA_COLOURS, GROUP_COLOUR]
const money = { unit: '£', decimals: 0 } as const

function describeRow(row: MixChartRow, categories: readonly string[]) {
  const parts = categories.map((name, k) => {
    const share = row.shares[k]
    const cash = row.cash[k]
    if (share === null || share === undefined) return `${name}: no figure`
    return `${name}: ${formatNumber(share, 1)}%${cash !== null && cash !== undefined ? ` (${formatValue(cash, money)})` : ''}`
  })
  return `${row.label}${row.note ? ` (${row.note})` : ''}. ${parts.join('; ')}`
}

/** 100% stacked bars of how a spending total splits into categories, with tooltips, a table twin and downloads. */
export function CategoryMixChart({
  rows,
  categories,
  title,
  sourceLine,
  licenceLine,
  name,
}: {
  rows: readonly MixChartRow[]
  categories: readonly string[]
  title: string
  sourceLine: string
  licenceLine: string
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const { active, setActive, onKeyDown, clear } = useActiveIndex(rows.length)
  // On a narrow screen each row's name goes above its bar, so the bar keeps the full width.
  const stacked = width < STACK_BELOW
  const labelWidth = stacked ? 12 : LABEL_WIDTH
  const rowHeight = stacked ? ROW_HEIGHT + STACKED_LABEL : ROW_HEIGHT
  const barOffset = stacked ? STACKED_LABEL : 0
  const height = MARGIN.top + rows.length * rowHeight + MARGIN.bottom
  const plotWidth = width - labelWidth - MARGIN.right
  const area = { left: labelWidth, right: labelWidth + plotWidth, top: MARGIN.top, bottom: height - MARGIN.bottom }
  const x = (share: number) => labelWidth + (share / 100) * plotWidth
  const activeRow = active === null ? null : (rows[active] ?? null)

  return (
    <ChartFigure id={id} title={title}>
      <ChartLegend>
        {categories.map((name, k) => (
          <li key={name}>
            <span className="chart__swatch chart__swatch--block" style={{ color: COLOURS[k] }} aria-hidden="true" />
            {name}
          </li>
        ))}
      </ChartLegend>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${title}. Chart: use the arrow keys to read each bar; the table below has every figure.`}
          describedBy={`${id}-readout`}
          onKeyDown={onKeyDown}
          onLeave={clear}
        >
          <g aria-hidden="true">
            <AxisBottom
              area={area}
              ticks={[0, 25, 50, 75, 100].map((t) => ({ at: x(t), label: `${t}%` }))}
              gridTop={MARGIN.top}
              gap={14}
              title={
                stacked ? 'Share of CYP services spend (%)' : "Share of children and young people's services spend (%)"
              }
              titleY={height - 4}
            />
            {rows.map((row, r) => {
              const top = MARGIN.top + r * rowHeight + 4
              let start = 0
              return (
                <g key={row.key} onPointerEnter={() => setActive(r)}>
                  <text
                    x={stacked ? labelWidth : labelWidth - 8}
                    y={top + 13}
                    textAnchor={stacked ? 'start' : 'end'}
                    fontSize="12"
                    fill="#0b0c0c"
                  >
                    {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
                  </text>
                  {row.shares.every((s) => s === null) && (
                    <text x={labelWidth + 4} y={top + barOffset + 13} fontSize="12" fill={GROUP_COLOUR}>
                      no figures
                    </text>
                  )}
                  {row.shares.map((share, k) => {
                    if (share === null || share <= 0) return null
                    const from = start
                    start += share
                    return (
                      <rect
                        key={categories[k]}
                        x={x(from)}
                        y={top + barOffset}
                        width={Math.max(0, x(Math.min(100, start)) - x(from))}
                        height={ROW_HEIGHT - 10}
                        fill={COLOURS[k]}
                        stroke="#ffffff"
                        strokeWidth={1}
                        opacity={active === null || active === r ? 1 : 0.55}
                      />
                    )
                  })}
                </g>
              )
            })}
          </g>
        </ChartSvg>
        {activeRow && <ChartTooltip style={{ left: 0, top: 0 }}>{describeRow(activeRow, categories)}</ChartTooltip>}
        <LiveReadout id={`${id}-readout`} text={activeRow ? describeRow(activeRow, categories) : ''} />
      </div>
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={licenceLine}
        svgRef={svgRef}
        csv={buildMixCsv(rows, categories)}
        name={name}
      />
      <TableTwin caption={title}>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {rows.map((row) => (
              <th key={row.key} scope="col" className="num">
                {row.label}
                {row.note ? <span className="hint"> ({row.note})</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...categories, 'Total'].map((name, k) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {rows.map((row) => {
                const isTotal = k === categories.length
                const cash = isTotal ? row.total : (row.cash[k] ?? null)
                const share = isTotal ? null : (row.shares[k] ?? null)
                return (
                  <td key={row.key} className="num">
                    {cash !== null ? formatValue(cash, money) : isTotal || share !== null ? '' : '– (no figure)'}
                    {share !== null ? `${cash !== null ? ' · ' : ''}${formatNumber(share, 1)}%` : ''}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </TableTwin>
    </ChartFigure>
  )
}

/** The CSV twin: one row per bar and category, cash and share unformatted. */
export function buildMixCsv(rows: readonly MixChartRow[], categories: readonly string[]) {
  return {
    header: ['series', 'category', 'cash (£)', 'share of total (%)', 'note'],
    rows: rows.flatMap((row) => [
      ...categories.map((name, k) => [
        row.label,
        name,
        row.cash[k] ?? null,
        row.shares[k] === null || row.shares[k] === undefined ? null : Number(row.shares[k].toFixed(1)),
        row.note,
      ]),
      [row.label, 'Total', row.total, null, row.note],
    ]),
  }
}
