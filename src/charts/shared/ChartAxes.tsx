import { formatNumber } from './format'

/** The plot's edges in viewBox units, inside the margins. */
export interface PlotArea {
  left: number
  right: number
  top: number
  bottom: number
}

/** The plot area of a chart of `width` × `height` with these margins. */
export function plotArea(
  width: number,
  height: number,
  margin: { top: number; right: number; bottom: number; left: number },
): PlotArea {
  return { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom }
}

/** Whole-number ticks without decimals, others with `decimals` (axes want fewer digits than the figures). */
export function formatTick(tick: number, decimals = 1): string {
  return formatNumber(tick, Number.isInteger(tick) ? 0 : decimals)
}

const INK = '#0b0c0c'
const GRID = '#d8dadb'

/** Value axis on the left: a gridline and label per tick, and the axis title turned on its side. */
export function AxisLeft({
  area,
  scale,
  ticks,
  format = formatTick,
  label,
  fontSize = 12,
  gap = 6,
}: {
  area: PlotArea
  scale: (value: number) => number
  ticks: readonly number[]
  format?: (tick: number) => string
  label?: string
  fontSize?: number
  /** Space between the tick labels and the plot. */
  gap?: number
}) {
  return (
    <g className="chart__axis chart__axis--left">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={area.left} x2={area.right} y1={scale(t)} y2={scale(t)} stroke={GRID} />
          <text x={area.left - gap} y={scale(t)} dy="0.32em" textAnchor="end" fontSize={fontSize} fill={INK}>
            {format(t)}
          </text>
        </g>
      ))}
      {label !== undefined && (
        <text
          transform={`translate(12 ${(area.top + area.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize="12"
          fill={INK}
        >
          {label}
        </text>
      )}
    </g>
  )
}

/** One tick of a bottom axis: where it sits (viewBox x) and what it says. */
export interface BottomTick {
  at: number
  label: string
}

/**
 * Bottom axis: tick labels under the plot, optionally a baseline and vertical gridlines (from `gridTop` down), and a
 * centred title of one or more lines whose last line sits at `titleY`.
 */
export function AxisBottom({
  area,
  ticks,
  title = [],
  titleY,
  baseline = false,
  gridTop,
  fontSize = 12,
  gap = 16,
}: {
  area: PlotArea
  ticks: readonly BottomTick[]
  title?: string | readonly string[]
  titleY: number
  baseline?: boolean
  gridTop?: number
  fontSize?: number
  /** From the plot's bottom edge to the tick labels' baseline. */
  gap?: number
}) {
  const lines = typeof title === 'string' ? [title] : title
  return (
    <g className="chart__axis chart__axis--bottom">
      {gridTop !== undefined &&
        ticks.map((t) => <line key={`grid-${t.at}`} x1={t.at} x2={t.at} y1={gridTop} y2={area.bottom} stroke={GRID} />)}
      {baseline && <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} stroke={INK} />}
      {ticks.map((t) => (
        <text key={t.at} x={t.at} y={area.bottom + gap} textAnchor="middle" fontSize={fontSize} fill={INK}>
          {t.label}
        </text>
      ))}
      {lines.map((line, i) => (
        <text
          key={line}
          x={(area.left + area.right) / 2}
          y={titleY - (lines.length - 1 - i) * 16}
          textAnchor="middle"
          fontSize={fontSize}
          fill={INK}
        >
          {line}
        </text>
      ))}
    </g>
  )
}
