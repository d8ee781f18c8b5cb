import { scaleLinear } from 'd3'
import { useId, useRef, type PointerEvent } from 'react'
import { useActiveIndex } from '../shared/useActiveIndex'
import { ChartDownloads, type ChartCsv } from '../shared/ChartDownloads'
import { formatNumber, formatValue, unitHeading } from '../shared/format'
import type { SmallMultiplePanel, SmallMultiplesModel } from './buildSmallMultiples'

const PANEL_W = 300
const PANEL_H = 170
const MARGIN = { top: 26, right: 10, bottom: 22, left: 44 }

function panelScales(panel: SmallMultiplePanel, firstYear: number, lastYear: number) {
  const x = scaleLinear()
    .domain([firstYear, lastYear === firstYear ? firstYear + 1 : lastYear])
    .range([MARGIN.left, PANEL_W - MARGIN.right])
  const y = scaleLinear()
    .domain(panel.domain ?? [0, 1])
    .nice()
    .range([PANEL_H - MARGIN.bottom, MARGIN.top])
  return { x, y }
}

/** Render-only marks of one panel (used on screen and again in the combined export). */
function PanelMarks({
  panel,
  firstYear,
  lastYear,
  activeYear,
}: {
  panel: SmallMultiplePanel
  firstYear: number
  lastYear: number
  activeYear: number | null
}) {
  const { x, y } = panelScales(panel, firstYear, lastYear)
  const ticks = y.ticks(3)
  return (
    <g aria-hidden="true">
      <text x={0} y={14} fontSize="13" fontWeight={700} fill="#0b0c0c">
        {panel.title} ({unitHeading(panel.spec)})
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={MARGIN.left} x2={PANEL_W - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#d8dadb" />
          <text x={MARGIN.left - 4} y={y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="#0b0c0c">
            {formatNumber(t, Number.isInteger(t) ? 0 : 1)}
          </text>
        </g>
      ))}
      <text x={MARGIN.left} y={PANEL_H - 6} fontSize="11" fill="#0b0c0c">
        {firstYear}
      </text>
      <text x={PANEL_W - MARGIN.right} y={PANEL_H - 6} textAnchor="end" fontSize="11" fill="#0b0c0c">
        {lastYear}
      </text>
      {panel.trend.series.map((s) =>
        s.segments.map((seg) =>
          seg.length === 1 ? (
            <circle
              key={`${s.key}-${seg[0]?.year}`}
              cx={x(seg[0]?.year ?? 0)}
              cy={y(seg[0]?.value ?? 0)}
              r={2.5}
              fill={s.colour}
            />
          ) : (
            <polyline
              key={`${s.key}-${seg[0]?.year}`}
              points={seg.map((p) => `${x(p.year)},${y(p.value ?? 0)}`).join(' ')}
              fill="none"
              stroke={s.colour}
              strokeWidth={s.role === 'area' ? 2.5 : 1.5}
              strokeDasharray={s.dash ?? undefined}
            />
          ),
        ),
      )}
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
  const { active, setActive, onKeyDown } = useActiveIndex(years.length)
  const activeYear = active === null ? null : (years[active] ?? null)
  const { x } = panelScales(panel, model.firstYear, model.lastYear)
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const year = Math.round(x.invert(((event.clientX - box.left) / box.width) * PANEL_W))
    const i = years.indexOf(year)
    setActive(i >= 0 ? i : null)
  }
  const text = activeYear === null ? '' : describePanelYear(panel, activeYear)
  return (
    <div className="chart__frame">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${PANEL_W} ${PANEL_H}`}
        role="group"
        tabIndex={0}
        aria-label={`${panel.title}. Use the left and right arrow keys to read each year.`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActive(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
      >
        <PanelMarks panel={panel} firstYear={model.firstYear} lastYear={model.lastYear} activeYear={activeYear} />
      </svg>
      {activeYear !== null && (
        <div className="chart__tooltip" aria-hidden="true" style={{ left: '8px', top: '100%' }}>
          {text}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {text}
      </p>
    </div>
  )
}

export interface SmallMultiplesChartProps {
  model: SmallMultiplesModel
  title: string
  sourceLine: string
  licenceLine: string
}

/** A grid of small trend charts, one per indicator, each on its own scale over the same years, with a table twin. */
export function SmallMultiplesChart({ model, title, sourceLine, licenceLine }: SmallMultiplesChartProps) {
  const id = useId()
  const exportRef = useRef<SVGSVGElement>(null)
  const columns = 2
  const rows = Math.ceil(model.panels.length / columns)
  const legend = model.panels[0]?.trend.series ?? []
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h3 className="chart__title" id={`${id}-title`}>
        {title}
      </h3>
      <ul className="chart__legend" aria-label="Legend">
        {legend.map((s) => (
          <li key={s.key}>
            <span
              className={`chart__swatch${s.dash ? ' chart__swatch--dashed' : ''}`}
              style={{ color: s.colour }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
      </ul>
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
      <figcaption className="chart__source">
        {sourceLine} {licenceLine}
      </figcaption>
      <ChartDownloads
        svgRef={exportRef}
        frame={{ title, sourceLine, licenceLine }}
        csv={buildSmallMultiplesCsv(model)}
      />
      <details>
        <summary>Show the figures as a table</summary>
        <div className="table-wrap">
          <table>
            <caption>{title}: latest figure of each line</caption>
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
          </table>
        </div>
      </details>
    </figure>
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
          unitHeading(p.spec),
          s.label,
          pt.year,
          pt.value,
          pt.flag,
          pt.value === null ? pt.missingReason : pt.note,
        ]),
      ),
    ),
  }
}
