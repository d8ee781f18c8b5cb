import { scaleLinear } from 'd3'
import { useId, useRef } from 'react'
import { AxisLeft, plotArea } from '../shared/ChartAxes'
import type { ChartCsv, ExportName } from '../shared/ChartDownloads'
import { ChartFigure } from '../shared/ChartFigure'
import { estimateTextWidth, fitLabel } from '../shared/exportLayout'
import { ChartFooter } from '../shared/ChartFooter'
import { SeriesLegend } from '../shared/ChartLegend'
import { ChartSvg } from '../shared/ChartSvg'
import { ChartTooltip } from '../shared/ChartTooltip'
import { formatValue } from '../shared/format'
import { LiveReadout } from '../shared/LiveReadout'
import { pointerInViewBox } from '../shared/pointer'
import { TableTwin } from '../shared/TableTwin'
import { useActiveIndex } from '../shared/useActiveIndex'
import { useChartWidth } from '../shared/useChartWidth'
import { TrendSegments } from '../trend/TrendSegments'
import type { SmallMultiplePanel, SmallMultiplesModel } from './buildSmallMultiples'

const PANEL_W = 300
const PANEL_H = 170
const MARGIN = { top: 26, right: 10, bottom: 22, left: 44 }

/** A panel's scales at a width: its frame's on screen (useChartWidth), PANEL_W in the combined export. */
function panelScales(panel: SmallMultiplePanel, firstYear: number, lastYear: number, width = PANEL_W) {
  const area = plotArea(width, PANEL_H, MARGIN)
  const x = scaleLinear()
    .domain([firstYear, lastYear === firstYear ? firstYear + 1 : lastYear])
    .range([area.left, area.right])
  const y = scaleLinear()
    .domain(panel.domain ?? [0, 1])
    .nice()
    .range([area.bottom, area.top])
  return { x, y, area }
}

/** Render-only marks of one panel (used on screen and again in the combined export). */
function PanelMarks({
  panel,
  firstYear,
  lastYear,
  activeYear,
  width = PANEL_W,
}: {
  panel: SmallMultiplePanel
  firstYear: number
  lastYear: number
  activeYear: number | null
  width?: number
}) {
  const { x, y, area } = panelScales(panel, firstYear, lastYear, width)
  const heading = `${panel.title} (${panel.unitText})`
  return (
    <g aria-hidden="true">
      {/* A long authority name would run into the next panel: shortened to the panel's width (the table has it all). */}
      <text x={0} y={14} fontSize="13" fontWeight={700} fill="#0b0c0c">
        <title>{heading}</title>
        {fitLabel(heading, width - 4, (s) => estimateTextWidth(s, 13, true))}
      </text>
      <AxisLeft area={area} scale={y} ticks={y.ticks(3)} fontSize={12} gap={4} />
      <text x={MARGIN.left} y={PANEL_H - 6} fontSize="12" fill="#0b0c0c">
        {firstYear}
      </text>
      <text x={width - MARGIN.right} y={PANEL_H - 6} textAnchor="end" fontSize="12" fill="#0b0c0c">
        {lastYear}
      </text>
      {panel.trend.series.map((s) => (
        <TrendSegments key={s.key} series={s} x={x} y={y} dotRadius={2.5} strokeWidth={s.role === 'area' ? 2.5 : 1.5} />
      ))}
      {activeYear !== null && (
        <line
          data-export="omit"
          x1={x(activeYear)}
          x2={x(activeYear)}
          y1={MARGIN.top}
          y2={PANEL_H - MARGIN.bottom}
          stroke="#0b0c0c"
        />
      )}
    </g>
  )
}

function describePanelYear(panel: SmallMultiplePanel, year: number): string {
  const parts = panel.trend.series.map((s) => {
    const p = s.points.find((q) => q.year === year)
    return `${s.label}: ${p?.value != null ? formatValue(p.value, panel.spec) : (p?.missingReason ?? 'no figure')}`
  })
  return `${panel.title}, ${year}. ${parts.join('. ')}`
}

function Panel({ panel, model }: { panel: SmallMultiplePanel; model: SmallMultiplesModel }) {
  const years = panel.trend.years
  const { active, setActive, onKeyDown, clear } = useActiveIndex(years.length)
  const activeYear = active === null ? null : (years[active] ?? null)
  const { frameRef, width } = useChartWidth(PANEL_W)
  const { x } = panelScales(panel, model.firstYear, model.lastYear, width)
  const text = activeYear === null ? '' : describePanelYear(panel, activeYear)
  return (
    <div className="chart__frame" ref={frameRef}>
      <ChartSvg
        width={width}
        height={PANEL_H}
        label={`${panel.title}. Use the left and right arrow keys to read each year.`}
        onPointerMove={(event) => {
          const i = years.indexOf(Math.round(x.invert(pointerInViewBox(event, width, PANEL_H).x)))
          setActive(i >= 0 ? i : null)
        }}
        onKeyDown={onKeyDown}
        onLeave={clear}
      >
        <PanelMarks
          panel={panel}
          firstYear={model.firstYear}
          lastYear={model.lastYear}
          activeYear={activeYear}
          width={width}
        />
      </ChartSvg>
      {activeYear !== null && <ChartTooltip style={{ left: '8px', top: '100%' }}>{text}</ChartTooltip>}
      <LiveReadout text={text} />
    </div>
  )
}

export interface SmallMultiplesChartProps {
  model: SmallMultiplesModel
  title: string
  sourceLine: string
  licenceLine: string
  /** Parts of the download file names (authority, indicator, years); without it they come from the title. */
  name?: ExportName | undefined
}

/** A grid of small trend charts, one per indicator, each on its own scale over the same years, with a table twin. */
export function SmallMultiplesChart({ model, title, sourceLine, licenceLine, name }: SmallMultiplesChartProps) {
  const id = useId()
  const exportRef = useRef<SVGSVGElement>(null)
  const columns = 2
  const rows = Math.ceil(model.panels.length / columns)
  const legend = model.panels[0]?.trend.series ?? []
  return (
    <ChartFigure id={id} title={title}>
      <SeriesLegend series={legend} />
      <div className="small-multiples">
        {model.panels.map((p) => (
          <Panel key={p.key} panel={p} model={model} />
        ))}
      </div>
      {/* One picture of every panel for the PNG and SVG downloads; never shown on screen. */}
      <svg
        ref={exportRef}
        viewBox={`0 0 ${columns * PANEL_W + 20} ${rows * (PANEL_H + 10)}`}
        width={0}
        height={0}
        style={{ position: 'absolute' }}
        aria-hidden="true"
        focusable="false"
      >
        {model.panels.map((p, i) => (
          <g
            key={p.key}
            transform={`translate(${(i % columns) * (PANEL_W + 20)} ${Math.floor(i / columns) * (PANEL_H + 10)})`}
          >
            <PanelMarks panel={p} firstYear={model.firstYear} lastYear={model.lastYear} activeYear={null} />
          </g>
        ))}
      </svg>
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={licenceLine}
        svgRef={exportRef}
        csv={buildSmallMultiplesCsv(model)}
        name={name}
      />
      <TableTwin caption={`${title}: latest figure of each line`}>
        <thead>
          <tr>
            <th scope="col">Panel</th>
            {legend.map((s) => (
              <th key={s.key} scope="col" className="num">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.panels.map((p) => (
            <tr key={p.key}>
              <th scope="row">{p.title}</th>
              {legend.map((s) => {
                const l = p.latest.find((q) => q.key === s.key)
                return (
                  <td key={s.key} className="num">
                    {l?.value != null ? `${formatValue(l.value, p.spec)} (${l.year})` : '–'}
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

/** Long-form CSV: one row per indicator, line and year. */
export function buildSmallMultiplesCsv(model: SmallMultiplesModel): ChartCsv {
  return {
    header: ['panel', 'unit', 'series', 'year', 'value', 'flag', 'note'],
    rows: model.panels.flatMap((p) =>
      p.trend.series.flatMap((s) =>
        s.points.map((pt) => [
          p.title,
          p.unitText,
          s.label,
          pt.year,
          pt.value === null ? null : Number(pt.value.toFixed(p.spec.decimals)),
          pt.flag,
          pt.value === null ? pt.missingReason : pt.note,
        ]),
      ),
    ),
  }
}
