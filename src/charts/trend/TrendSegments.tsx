import type { TrendSeries } from './buildTrendSeries'

/** One line's drawable runs: a polyline through each run of years, a dot where a run is a single year. */
export function TrendSegments({
  series,
  x,
  y,
  dotRadius,
  strokeWidth,
  roundJoins = false,
}: {
  series: TrendSeries
  x: (year: number) => number
  y: (value: number) => number
  dotRadius: number
  strokeWidth: number
  roundJoins?: boolean
}) {
  return series.segments.map((seg) =>
    seg.length === 1 ? (
      <circle
        key={`${series.key}-${seg[0]?.year}`}
        cx={x(seg[0]?.year ?? 0)}
        cy={y(seg[0]?.value ?? 0)}
        r={dotRadius}
        fill={series.colour}
      />
    ) : (
      <polyline
        key={`${series.key}-${seg[0]?.year}`}
        points={seg.map((p) => `${x(p.year)},${y(p.value ?? 0)}`).join(' ')}
        fill="none"
        stroke={series.colour}
        strokeWidth={strokeWidth}
        strokeDasharray={series.dash ?? undefined}
        strokeLinejoin={roundJoins ? 'round' : undefined}
      />
    ),
  )
}
